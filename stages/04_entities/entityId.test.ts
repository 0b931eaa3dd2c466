import { createHash } from "node:crypto"
import { describe, expect, it } from "vitest"
import { countryEntityId, entityId, normalizeName } from "./entityId.js"

describe("entity ids", () => {
  it("are the type and a SHA-1 prefix of type and normalized name, the same on every run", () => {
    const expected = "person_" + createHash("sha1").update("PERSON:laura vance").digest("hex").slice(0, 12)
    expect(entityId("PERSON", "Laura Vance")).toBe(expected)
    expect(entityId("PERSON", "  LAURA   Vance ")).toBe(expected)
    expect(entityId("ORG", "Laura Vance")).not.toBe(expected)
  })

  it("ignore dots, accents, case, a leading 'the' and a possessive", () => {
    expect(normalizeName("U.N.")).toBe(normalizeName("UN"))
    expect(normalizeName("Zürich")).toBe("zurich")
    expect(normalizeName("The Hague")).toBe("hague")
    expect(normalizeName("Reuters's")).toBe("reuters")
    expect(entityId("ORG", "the World Bank")).toBe(entityId("ORG", "World Bank"))
  })

  it("are the ISO code for a country", () => {
    expect(countryEntityId("FRA")).toBe("FRA")
  })
})
