import { describe, expect, it } from "vitest"
import { asFullDocument } from "./asFullDocument.js"

describe("asFullDocument", () => {
  it("wraps a fragment in <html><head></head><body>", () => {
    expect(asFullDocument("<p>Hi.</p>")).toBe("<html><head></head><body><p>Hi.</p></body></html>")
    expect(asFullDocument("<!DOCTYPE html><p>Hi.</p>")).toBe("<html><head></head><body><p>Hi.</p></body></html>")
  })

  it("adds the body after the head, and before </html>", () => {
    expect(asFullDocument("<html><head><title>T</title></head><p>Hi.</p></html>")).toBe(
      "<html><head><title>T</title></head><body><p>Hi.</p></body></html>"
    )
    expect(asFullDocument("<HTML lang=en><P>Hi.</P></HTML>")).toBe("<HTML lang=en><body><P>Hi.</P></body></HTML>")
    expect(asFullDocument("<head><title>T</title></head><p>Hi.</p>")).toBe("<html><head><title>T</title></head><body><p>Hi.</p></body></html>")
  })

  it("leaves a complete page alone, and only adds <html> around a lone body", () => {
    const page = "<!doctype html><html><head></head><body><p>Hi.</p></body></html>"
    expect(asFullDocument(page)).toBe(page)
    expect(asFullDocument("<body><p>Hi.</p></body>")).toBe("<html><body><p>Hi.</p></body></html>")
  })
})
