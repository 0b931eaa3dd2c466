import { describe, expect, it } from "vitest"
import { choosePlaces, type PlaceGroup } from "./choosePlaces.js"
import { gazetteer } from "./gazetteer/Gazetteer.js"

/** Groups for each named place of a hand-written text, one mention each at its first occurrence. */
const groupsOf = (text: string, names: ReadonlyArray<string>, countries: Readonly<Record<string, string>> = {}): PlaceGroup[] =>
  names.map((name) => ({ forms: [name], starts: [text.indexOf(name)], ends: [text.indexOf(name) + name.length], countryCode: countries[name] ?? null }))

describe("choosePlaces", () => {
  const gaz = gazetteer()

  it("reads a US state after a dateline's comma, in any of its written forms", () => {
    for (const [text, state] of [
      ["ATHENS, Ga. (Wire) - The council met on Monday.", "GA"],
      ["MOSCOW, Idaho - A storm closed the pass.", "ID"],
      ["NEW BRUNSWICK, N.J. — The school board voted.", "NJ"],
      ["The fund is run from Birmingham, Alabama. The shares rose.", "AL"],
      ["The Dublin, Ohio-based chain cut prices.", "OH"]
    ] as const) {
      const name = text.slice(0, text.indexOf(",")).split(" ").filter((w) => /^\p{Lu}/u.test(w) && w !== "The").join(" ")
      const [choice] = choosePlaces(text, groupsOf(text, [name]), gaz)
      expect(choice, text).toMatchObject({ countryCode: "USA", usState: state })
      expect(choice!.lat, text).not.toBeNull()
    }
  })

  it("leaves the place a name means alone when the text says nothing else", () => {
    const text = "Talks in Athens and Moscow resumed."
    expect(choosePlaces(text, groupsOf(text, ["Athens", "Moscow"]), gaz)).toEqual([null, null])
    // "Washington, D.C." is what Washington means alone.
    const dc = "WASHINGTON, D.C. - Lawmakers returned."
    expect(choosePlaces(dc, groupsOf(dc, ["WASHINGTON"]), gaz)).toEqual([null])
  })

  it("places a town the gazetteer does not list by its state, without coordinates", () => {
    const text = "He moved to Pinebrook Falls, Vt., last year."
    expect(choosePlaces(text, groupsOf(text, ["Pinebrook Falls"]), gaz)).toEqual([{ countryCode: "USA", usState: "VT", lat: null, lon: null }])
  })

  it("does not place a name of a list by the state after it", () => {
    const text = "The line-up: Blue Owls, Pinebrook Falls, Texas, and more."
    expect(choosePlaces(text, groupsOf(text, ["Pinebrook Falls"]), gaz)).toEqual([null])
  })

  it("gives a region's name to another country's city only when it is a city of 50,000", () => {
    // Geneva the canton; Geneva, Illinois is a town of 20,000.
    const text = "Cars were shown at Geneva. Detroit, Chicago and Boston makers came."
    expect(choosePlaces(text, groupsOf(text, ["Geneva", "Detroit", "Chicago", "Boston"]), gaz)[0]).toBeNull()
  })

  it("takes a country after a comma only when it has a place of the name", () => {
    const text = "The show opened in London, Ontario, to good reviews."
    expect(choosePlaces(text, groupsOf(text, ["London"]), gaz)[0]).toMatchObject({ countryCode: "CAN" })
    // "in Paris, Ireland face…": the next clause's subject, not where Paris is.
    const clause = "After the draw in Paris, Ireland face a long trip."
    expect(choosePlaces(clause, groupsOf(clause, ["Paris", "Ireland"], { Ireland: "IRL" }), gaz)[0]).toBeNull()
  })

  it("reads a list after a comma as no qualifier", () => {
    const text = "Flights from Athens, Georgia and Ukraine were cancelled."
    // "Georgia and Ukraine" is no state; "Georgia" alone is followed by "and".
    expect(choosePlaces(text, groupsOf(text, ["Athens"]), gaz)[0]).toBeNull()
  })

  it("follows the document's country when none of its places is in the name's own country", () => {
    const text = "Rain stopped play at Worcester. England and Scotland meet at Cardiff next."
    const groups = groupsOf(text, ["Worcester", "England", "Scotland", "Cardiff"])
    expect(choosePlaces(text, groups, gaz)[0]).toMatchObject({ countryCode: "GBR" })
    // One mention of the name's own country keeps its place.
    const mixed = "Rain stopped play at Worcester. England and Scotland meet in Boston next, in the United States."
    expect(choosePlaces(mixed, groupsOf(mixed, ["Worcester", "England", "Scotland", "Boston", "United States"], { "United States": "USA" }), gaz)[0]).toBeNull()
  })

  it("lets a state the document names pick its town of a US name, not a small one for a big city", () => {
    const text = "Springfield officials met. Illinois lawmakers agreed."
    expect(choosePlaces(text, groupsOf(text, ["Springfield", "Illinois"]), gaz)[0]).toMatchObject({ countryCode: "USA", usState: "IL" })
    const capital = "Washington officials met. Utah lawmakers agreed."
    expect(choosePlaces(capital, groupsOf(capital, ["Washington", "Utah"]), gaz)[0]).toBeNull()
  })

  it("does not give a famous city's name to a much smaller town of the document's country", () => {
    const text = "Archives at Oxford, Boston and Chicago were searched, said officials in Texas."
    expect(choosePlaces(text, groupsOf(text, ["Oxford", "Boston", "Chicago", "Texas"]), gaz)[0]).toBeNull()
  })
})
