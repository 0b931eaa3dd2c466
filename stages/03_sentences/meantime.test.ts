import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { MEANTIME_ANNOTATED_SENTENCES, MeantimeReadError, meantimeAnnotatedUntil, parseMeantimeXml, readMeantimeDir } from "./meantime.js"

const FIXTURE = fileURLToPath(new URL("./fixtures/meantime", import.meta.url))

const xml = (tokens: ReadonlyArray<readonly [string, number]>): string =>
  `<?xml version="1.0" ?><Document doc_id="7" doc_name="t" lang="en">\n` +
  tokens.map(([t, s], k) => `<token number="${k}" sentence="${s}" t_id="${k + 1}">${t}</token>`).join("\n") +
  `\n<Markables/></Document>`

describe("parseMeantimeXml", () => {
  it("rebuilds spacing, puts title and date on their own lines and maps tokens to offsets", () => {
    const doc = parseMeantimeXml(
      xml([
        ["Ford", 0], ["wins", 0],
        ["May", 1], ["5", 1], [",", 1], ["2009", 1],
        ["``", 2], ["We", 2], ["won", 2], ["$", 2], ["5", 2], ["''", 2], [",", 2], ["he", 2], ["said", 2], [".", 2],
        ["&quot;", 3], ["Ford", 3], ["'s", 3], ["Co.", 3], [".", 3], ["&quot;", 3],
        ["It", 4], ["did", 4], ["n't", 4], ["(", 4], ["yet", 4], [")", 4], ["!", 4]
      ]),
      "t.xml"
    )
    expect(doc.docId).toBe("7")
    expect(doc.headerSentences).toBe(2)
    expect(doc.text).toBe('Ford wins\nMay 5, 2009\n"We won $5", he said. "Ford\'s Co." It didn\'t (yet)!')
    expect(doc.sentenceStarts).toEqual([0, 10, 22, 44, 57])
    expect(doc.sentenceStarts).toEqual(["Ford", "May", '"We', '"Ford', "It"].map((s) => doc.text.indexOf(s)))
    for (const t of doc.tokens) expect([...doc.text].slice(t.start, t.end).join("")).toBe(t.text)
    // The treebank's repeated period adds no text.
    expect(doc.tokens.filter((t) => t.text === "")).toHaveLength(1)
  })

  it("counts offsets in code points", () => {
    const doc = parseMeantimeXml(xml([["Title", 0], ["𝔸", 1], ["hi", 1], [".", 1], ["Next", 2], [".", 2]]), "t.xml")
    expect(doc.headerSentences).toBe(1)
    expect(doc.text).toBe("Title\n𝔸 hi. Next.")
    expect(doc.sentenceStarts).toEqual([0, 6, 12])
  })

  it("knows where the annotated part (title and first sentences) ends", () => {
    const sentences = Array.from({ length: MEANTIME_ANNOTATED_SENTENCES + 3 }, (_, s) => [[`W${s}`, s], [".", s]] as const).flat()
    const doc = parseMeantimeXml(xml(sentences), "t.xml")
    const until = meantimeAnnotatedUntil(doc)
    const last = `W${MEANTIME_ANNOTATED_SENTENCES}.`
    expect(doc.text.slice(0, until).endsWith(last)).toBe(true)
    expect(doc.text.slice(until)).not.toContain(last)
    expect(doc.text.slice(until)).toContain(`W${MEANTIME_ANNOTATED_SENTENCES + 1}`)
  })

  it("names the file and the fix when the XML is not MEANTIME", () => {
    expect(() => parseMeantimeXml("<html></html>", "page.html")).toThrow(MeantimeReadError)
    expect(() => parseMeantimeXml("<html></html>", "page.html")).toThrow(/page\.html: no <Document/)
  })
})

describe("readMeantimeDir", () => {
  it("reads the committed fixture: 12 documents with a title and date line each", () => {
    const docs = readMeantimeDir(FIXTURE)
    expect(docs).toHaveLength(12)
    for (const doc of docs) {
      expect(doc.headerSentences).toBe(2)
      expect(doc.sentenceStarts[0]).toBe(0)
      expect(doc.text.split("\n")).toHaveLength(3)
      const chars = [...doc.text]
      for (const t of doc.tokens) expect(chars.slice(t.start, t.end).join("")).toBe(t.text)
    }
    expect(docs.map((d) => d.file)).toEqual([...docs.map((d) => d.file)].sort())
  })

  it("reports a missing folder as a MeantimeReadError", () => {
    expect(() => readMeantimeDir(`${FIXTURE}/does-not-exist`)).toThrow(MeantimeReadError)
  })
})
