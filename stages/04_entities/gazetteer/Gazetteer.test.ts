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

  it("gives a name to a city of 100,000 rather than a little-known region of a small country", () => {
    const g = gazetteer()
    expect(g.cityByName("Savannah")).toMatchObject({ countryCode: "USA", usState: "GA", isRegion: false })
    expect(g.cityByName("Portland")).toMatchObject({ countryCode: "USA", usState: "OR" })
    // A well-known region keeps its name: Kent the English county, Virginia the state.
    expect(g.cityByName("Kent")).toMatchObject({ countryCode: "GBR", isRegion: true })
    expect(g.cityByName("Virginia")).toMatchObject({ countryCode: "USA", isRegion: true })
  })

  it("lists every place of a name, the one it means alone first", () => {
    const g = gazetteer()
    const athens = g.placeCandidates("ATHENS")
    expect(athens[0]).toMatchObject({ countryCode: "GRC" })
    expect(athens.map((c) => c.usState)).toContain("GA")
    expect(g.placeCandidates("Nowhereville")).toEqual([])
    // English names of cities GeoNames lists in their own language, and names without their river.
    expect(g.cityByName("Kiev")).toMatchObject({ countryCode: "UKR" })
    expect(g.cityByName("Frankfurt")).toMatchObject({ countryCode: "DEU" })
    expect(g.placeCandidates("Newcastle").map((c) => c.countryCode)).toContain("GBR")
  })

  it("reads a country's name in capitals", () => {
    const g = gazetteer()
    expect(g.countryByCapitals("HONG KONG")?.code).toBe("HKG")
    expect(g.countryByCapitals("BOSNIA AND HERZEGOVINA")?.code).toBe("BIH")
    expect(g.countryByCapitals("Chad")).toBeUndefined()
    expect(g.countryByCapitals("BRAVO")).toBeUndefined()
  })

  it("reads a US state's name, abbreviation and postal code", () => {
    const g = gazetteer()
    expect(["Georgia", "Ga.", "GA"].map((f) => g.usState(f))).toEqual(["GA", "GA", "GA"])
    expect(g.usState("Gaul")).toBeUndefined()
  })

  it("finds the state a US postal code names, and nothing for other codes", () => {
    const g = gazetteer()
    expect(g.usStateOfPostalCode("MI")).toMatchObject({ name: "Michigan", countryCode: "USA", isRegion: true })
    expect(g.usStateOfPostalCode("WA")).toMatchObject({ name: "Washington", countryCode: "USA", isRegion: true })
    expect(g.usStateOfPostalCode("Mich.")).toBeUndefined()
    expect(g.usStateOfPostalCode("XQ")).toBeUndefined()
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

  it("locates no part of a town named by a compass point and End or Side, whatever place the table lists so", () => {
    const g = gazetteer()
    for (const name of ["West End", "East End", "South Side", "Northwest Side", "Lower East Side", "WEST END"]) {
      expect(g.placeToLocate(name), name).toBeUndefined()
      expect(g.placeCandidates(name), name).toEqual([])
    }
    expect(g.placeToLocate("West Haven")).toBeDefined()
  })

  it("never makes a country's name, a nationality or a group word a place", () => {
    const g = gazetteer()
    expect(g.cityByName("Georgia")).toBeUndefined()
    expect(g.cityByName("Jewish")).toBeUndefined()
  })
})
