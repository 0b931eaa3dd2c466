import { describe, expect, it } from "vitest"
import { stripInlineBoilerplate } from "./inlineBoilerplate.js"

const strip = (line: string) => {
  const removed: string[] = []
  return { text: stripInlineBoilerplate(line, removed), removed }
}

describe("stripInlineBoilerplate: furniture inside a flattened line", () => {
  it("removes 'Read or Share this story' with its link", () => {
    expect(strip("Police are investigating. Read or Share this story: http://on.example.com/2ab")).toEqual({
      text: "Police are investigating.",
      removed: ["share: Read or Share this story: http://on.example.com/2ab"]
    })
  })

  it("removes a parenthesized photo credit between sentences", () => {
    expect(strip("The suspect was arrested on Friday. (Photo: File photo) He was held without bail.")).toEqual({
      text: "The suspect was arrested on Friday. He was held without bail.",
      removed: ["credit: (Photo: File photo)"]
    })
  })

  it("removes a station's copyright notice with its redistribution formula", () => {
    const notice =
      "Copyright 2014 by ClickOrlando.com. All rights reserved. This material may not be published, broadcast, rewritten or redistributed."
    expect(strip(`No one was hurt. ${notice} Deputies said the road reopened.`)).toEqual({
      text: "No one was hurt. Deputies said the road reopened.",
      removed: [`credit: ${notice}`]
    })
    expect(strip("Police investigate. (Source: Metro Wire © Daily Times 2014. All Rights Reserved.)").text).toBe("Police investigate.")
    expect(strip("The road reopened. Copyright Associated Press").removed).toEqual(["credit: Copyright Associated Press"])
  })

  it("removes the video player notice", () => {
    expect(strip("Please enable Javascript to watch this video RICHMOND, Va. -- Police said")).toEqual({
      text: "RICHMOND, Va. -- Police said",
      removed: ["boilerplate: Please enable Javascript to watch this video"]
    })
  })

  it("removes the reporter's contact block at the end of the line", () => {
    expect(strip("No arrests were made. Email: jdoe@paper.example Twitter: @jdoe")).toEqual({
      text: "No arrests were made.",
      removed: ["byline: Email: jdoe@paper.example Twitter: @jdoe"]
    })
    expect(strip("No arrests were made. Jane Doe: 555-123-4567; jdoe@paper.example").text).toBe("No arrests were made.")
    expect(strip("Police investigate. jdoe@paper.example Twitter:@jdoe").text).toBe("Police investigate.")
    // The sentence before the block keeps its last word, though it is capitalized and ends in a period.
    expect(strip("He has no record in Washington. Jane Doe: 555-123-4567; jdoe@paper.example").text).toBe(
      "He has no record in Washington."
    )
    expect(strip("The case is ongoing. jdoe@paper.example").removed).toEqual(["byline: jdoe@paper.example"])
    expect(strip("Reach Jane at 555-123-4567. On Twitter: @jdoe").removed).toEqual(["share: On Twitter: @jdoe"])
    expect(strip("No arrests were made. Follow him on Twitter @jdoe. Find us on the web.").text).toBe(
      "No arrests were made. Find us on the web."
    )
  })
})

describe("stripInlineBoilerplate: precision (sentences about photos, copyright or Twitter stay)", () => {
  it("keeps ordinary sentences", () => {
    const sentences = [
      "Police released a photo of the suspect on Twitter and asked for help.",
      "The photo (taken by a neighbour) shows the car.",
      "The band sued over copyright and said all rights reserved in the contract were theirs.",
      "Copyright law protects the photographs, the judge said.",
      "He wrote on Twitter: @mayor should resign.",
      "Contact the tip line at 555-123-4567 or tips@police.example if you saw the car.",
      "Anyone with information should call the tip line at 555-123-4567, tips@police.example.",
      "Tips can be sent to tips@police.example.",
      "Followers on Twitter asked him to follow them on Facebook too, he said.",
      "Users must enable JavaScript to see the map, the county said."
    ]
    for (const s of sentences) expect(strip(s), s).toEqual({ text: s, removed: [] })
  })
})
