import { describe, expect, it } from "vitest"
import { cannotRead } from "./readError.js"

describe("cannotRead", () => {
  it("explains the common error codes and says what to do", () => {
    expect(cannotRead(Object.assign(new Error("x"), { code: "EACCES" }))).toBe(
      "cannot be read: permission denied (EACCES); check the file's permissions"
    )
    expect(cannotRead(Object.assign(new Error("x"), { code: "ENOENT" }))).toMatch(/disappeared after the folder was listed/)
  })

  it("keeps the code and message of an error it does not know", () => {
    expect(cannotRead(Object.assign(new Error("stale file handle"), { code: "ESTALE" }))).toBe("cannot be read: ESTALE: stale file handle")
    expect(cannotRead("odd")).toBe("cannot be read: odd")
  })
})
