import { describe, expect, it } from "vitest"
import { gazetteer } from "./Gazetteer.js"

describe("the embedded gazetteer's places", () => {
  it("has first-level regions with their country and coordinates", () => {
    const g = gazetteer()
    expect(g.cityByName("Tasmania")).toMatchObject({ countryCode: "AUS" })
    expect(Math.round(g.cityByName("Tasmania")!.lat)).toBe(-42)
    expect(g.cityByName("Manitoba")).toMatchObject({ countryCode: "CAN" })
    // The news agencies' abbreviation of a US state is that state.
    expect(g.cityByName("Tenn.")).toEqual({ ...g.cityByName("Tennessee"), name: "Tenn." })
  })

  it("gives a name shared by a region and a city to the city only when it is a capital or a city of a million", () => {
    const g = gazetteer()
    // Washington the capital (38.9° N), not the state; Ontario the province, not the
    // Californian city of 170,000.
    expect(Math.round(g.cityByName("Washington")!.lat)).toBe(39)
    expect(g.cityByName("Ontario")).toMatchObject({ countryCode: "CAN" })
  })

  it("gives a region name several countries use to a far more populous country's region, else to none", () => {
    const g = gazetteer()
    expect(g.cityByName("Florida")).toMatchObject({ countryCode: "USA" })
    expect(g.cityByName("Punjab")).toBeUndefined()
  })

  it("locates a place named in a dateline's capitals or without its accents, and knows regions", () => {
    const g = gazetteer()
    expect(g.cityByName("SAN ANTONIO")).toBeUndefined()
    expect(g.placeToLocate("SAN ANTONIO")).toMatchObject({ name: "San Antonio", countryCode: "USA", isRegion: false })
    expect(g.placeToLocate("Zurich")).toMatchObject({ countryCode: "CHE" })
    expect(g.cityByName("Ohio")).toMatchObject({ isRegion: true })
    expect(g.placeToLocate("Nowhereville")).toBeUndefined()
  })

  it("never makes a country's name, a nationality or a group word a place", () => {
    const g = gazetteer()
    expect(g.cityByName("Georgia")).toBeUndefined()
    expect(g.cityByName("Jewish")).toBeUndefined()
  })
})
