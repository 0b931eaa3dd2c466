import { describe, expect, it } from "vitest"
import { parseTimeml } from "./goldReaders.js"

describe("parseTimeml", () => {
  it("strips every tag from the text and keeps TIMEX3 offsets, type, value and the DCT", () => {
    const xml = `<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2001-05-04" functionInDocument="CREATION_TIME">May 4</TIMEX3></DCT>
<TEXT>The <EVENT eid="e1">vote</EVENT> came <TIMEX3 tid="t1" type="DATE" value="2001-05-01">on Tuesday</TIMEX3> after &quot;<TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks</TIMEX3>&quot;.</TEXT></TimeML>`
    const doc = parseTimeml(xml, "made-up.tml")
    expect(doc.dct).toBe("2001-05-04")
    expect(doc.text).toBe('The vote came on Tuesday after "two weeks".')
    expect(doc.timexes.map((x) => [doc.text.slice(x.start, x.end), x.type, x.value])).toEqual([
      ["on Tuesday", "DATE", "2001-05-01"],
      ["two weeks", "DURATION", "P2W"]
    ])
  })
})
