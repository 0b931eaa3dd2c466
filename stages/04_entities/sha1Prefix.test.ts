import { createHash } from "node:crypto"
import { describe, expect, it } from "vitest"
import { sha1Prefix12 } from "./sha1Prefix.js"

const reference = (s: string): string => createHash("sha1").update(s).digest("hex").slice(0, 12)

describe("sha1Prefix12", () => {
  it("agrees with node:crypto on every length around the one-block limit, ASCII or not", () => {
    const inputs: string[] = []
    for (let n = 0; n <= 70; n++) inputs.push("abcdefghijklmnopqrstuvwxyz0123456789:ABCDEFGHIJKLMNOPQRSTUVWXYZ _-'".repeat(2).slice(0, n))
    inputs.push("PERSON:mark esper", "ORG:popular mobilization units", "GPE:são paulo", "PERSON:Ελληνικά", "LOC:\u007f\u0000")
    for (let seed = 1; seed < 300; seed++) {
      let s = ""
      for (let k = 0; k < (seed * 7) % 60; k++) s += String.fromCharCode(32 + ((seed * 31 + k * 17) % 95))
      inputs.push(s)
    }
    for (const s of inputs) expect(sha1Prefix12(s), s).toBe(reference(s))
  })
})
