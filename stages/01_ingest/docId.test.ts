import { describe, expect, it } from "vitest"
import { docId } from "./docId.js"
import { JsonlRecordKeys } from "./JsonlRecordKeys.js"

describe("docId", () => {
  it("is 16 lowercase hex characters and the same for the same input, on any machine", () => {
    // Pinned value (computed independently: Python hashlib.sha256(b"news/a.txt\x00")); a change
    // here would change every id ever published.
    expect(docId("news/a.txt", "")).toBe("e824c3114b7e5a6c")
    expect(docId("news/a.txt", "")).toMatch(/^[0-9a-f]{16}$/)
  })

  it("differs by path and by record key, and the separator prevents look-alike collisions", () => {
    expect(docId("a.jsonl", "1")).not.toBe(docId("a.jsonl", "2"))
    expect(docId("a.jsonl", "1")).not.toBe(docId("b.jsonl", "1"))
    expect(docId("ab", "c")).not.toBe(docId("a", "bc"))
  })
})

describe("JsonlRecordKeys", () => {
  it("uses the record id, falls back to the line for missing or repeated ids, and never repeats a key", () => {
    const keys = new JsonlRecordKeys()
    const got = [
      keys.next("x1", 1),
      keys.next("x1", 2), // repeated id
      keys.next(undefined, 3), // missing id
      keys.next(42, 4), // numeric id
      keys.next("", 5), // empty id
      keys.next("line:7", 6), // an id that looks like a line key...
      keys.next(null, 7) // ...and the line it names
    ]
    expect(got).toEqual(["x1", "line:2", "line:3", "42", "line:5", "line:7", "line:7'"])
    expect(new Set(got).size).toBe(got.length)
  })
})
