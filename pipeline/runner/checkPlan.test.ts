import { describe, expect, it } from "vitest"
import { checkPlan } from "./checkPlan.js"
import type { Stage } from "./Stage.js"

const stage = (name: string, requires: string[], provides: string[]): Stage => ({ name, requires, provides, tables: [] })

describe("checkPlan", () => {
  it("accepts stages in an order where every need is met", () => {
    expect(checkPlan([stage("ingest", [], ["documents"]), stage("sentences", ["documents.text"], ["sentences"])])).toBeUndefined()
  })

  it("names the stage and what it lacks when the order is wrong", () => {
    const err = checkPlan([stage("sentences", ["documents"], ["sentences"]), stage("ingest", [], ["documents"])])
    expect(err?.stage).toBe("sentences")
    expect(err?.missing).toEqual(["documents"])
    expect(err?.message).toContain("Move the stage")
  })
})
