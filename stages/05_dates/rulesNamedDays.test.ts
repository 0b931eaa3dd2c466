import { describe, expect, it } from "vitest"
import { readTimexes } from "./testing/readTimexes.js"

describe("a day that names an event of another year", () => {
  it("reads the September 11 attacks as 2001-09-11 in a later year's story", () => {
    expect(readTimexes(["Airport checks have grown since the Sept. 11th terrorist attacks."], "2009-06-02")).toEqual(["Sept. 11th → DATE 2001-09-11"])
    expect(readTimexes(["Relatives of September 11 victims met the panel."], "2009-06-02")).toEqual(["September 11 → DATE 2001-09-11"])
  })
  it("leaves September 11 of the story's own year alone", () => {
    expect(readTimexes(["The shop reopens on September 11 after repairs."], "2009-06-02")).toEqual(["September 11 → DATE 2009-09-11"])
    expect(readTimexes(["The attack on September 11, 2012 killed four."], "2013-06-02")).toEqual(["September 11, 2012 → DATE 2012-09-11"])
  })
})
