import { describe, expect, it } from "vitest"
import { chooseOriginals } from "./chooseOriginals.js"

describe("chooseOriginals", () => {
  it("points every copy in a chain at the earliest dated document", () => {
    const a = { docId: "a", publishedAt: "2019-12-10" }
    const b = { docId: "b", publishedAt: "2019-12-09T08:00:00Z" }
    const c = { docId: "c", publishedAt: null }
    const map = chooseOriginals([
      [a, c],
      [c, b]
    ])
    expect(map.get("a")).toBe("b")
    expect(map.get("c")).toBe("b")
    expect(map.has("b")).toBe(false)
  })

  it("breaks ties on doc_id so the choice is deterministic", () => {
    const x = { docId: "x", publishedAt: null }
    const y = { docId: "y", publishedAt: null }
    expect(chooseOriginals([[y, x]]).get("y")).toBe("x")
    expect(chooseOriginals([[x, y]]).get("y")).toBe("x")
  })

  it("reads a date-time without an offset as UTC, so the choice does not depend on the machine's time zone", () => {
    // As UTC the date-only copy (midnight) is earlier; read in a zone east of UTC, 03:00 local would be earlier.
    const dateOnly = { docId: "b-date", publishedAt: "2020-03-10" }
    const local = { docId: "a-local", publishedAt: "2020-03-10T03:00:00" }
    expect(chooseOriginals([[local, dateOnly]]).get("a-local")).toBe("b-date")
  })
})
