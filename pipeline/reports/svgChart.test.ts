import { describe, expect, it } from "vitest"
import { MAX_HBAR_POINTS, svgChart } from "./svgChart.js"

const points = [
  { label: "2019-12", value: 2 },
  { label: "2020-01", value: 0 },
  { label: "2020-02", value: null },
  { label: "2020-03", value: 1500 }
]

describe("svgChart", () => {
  it("draws one bar per value and escapes every label", () => {
    const svg = svgChart("bar", "month", "stories <b>", [...points, { label: '<script>"x"</script>', value: 3 }])
    expect(svg.startsWith("<svg")).toBe(true)
    expect(svg.match(/<rect /g)).toHaveLength(4)
    expect(svg).not.toContain("<script>")
    expect(svg).toContain("&lt;script&gt;&quot;x&quot;&lt;/script&gt;")
    expect(svg).toContain("stories &lt;b&gt;")
    expect(svg).toContain("<title>2020-03: 1,500</title>")
  })

  it("lifts the pen over a missing value in a line chart", () => {
    const svg = svgChart("line", "month", "stories", points)
    const path = /<path d="([^"]+)"/.exec(svg)?.[1] ?? ""
    expect(path.match(/M/g)).toHaveLength(2)
    expect(svg.match(/<circle /g)).toHaveLength(3)
  })

  it("caps horizontal bars and draws nothing without values", () => {
    const many = Array.from({ length: 45 }, (_, i) => ({ label: `source ${i}`, value: 45 - i }))
    expect(svgChart("hbar", "source", "documents", many).match(/<rect /g)).toHaveLength(MAX_HBAR_POINTS)
    expect(svgChart("bar", "x", "y", [{ label: "a", value: null }])).toBe("")
    expect(svgChart("bar", "x", "y", [])).toBe("")
  })

  it("is deterministic and has no negative zero", () => {
    expect(svgChart("bar", "month", "stories", points)).toBe(svgChart("bar", "month", "stories", points))
    expect(svgChart("bar", "month", "stories", points)).not.toMatch(/"-0"/)
  })
})
