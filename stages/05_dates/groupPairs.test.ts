import { describe, expect, it } from "vitest"
import { surfaceForm } from "./groupPairs.js"

describe("surfaceForm", () => {
  it("folds weekdays, months and digits so like expressions group together", () => {
    expect(surfaceForm("Friday night")).toBe("DAY night")
    expect(surfaceForm("Sept. 30, 1989")).toBe("MON 99, 9999")
    expect(surfaceForm("a year earlier")).toBe("a year earlier")
  })
})
