import { escapeHtml } from "./escapeHtml.js"
import { formatNumber } from "./formatCell.js"
import type { ChartKind } from "./ReportResult.js"
import { truncateText } from "./truncateText.js"

/** One category (x) and its measure (y); null draws nothing (a gap in a line). */
export interface ChartPoint {
  readonly label: string
  readonly value: number | null
}

/** Horizontal bars beyond this many get too thin to read; the table has the rest. */
export const MAX_HBAR_POINTS = 30

const WIDTH = 960
const FONT_SIZE = 12
/** Rough width of one character at FONT_SIZE; enough to reserve room for labels. */
const CHAR_WIDTH = 7
const COLOR = "#3f6f9f"
const GRID = "#e2e5e9"
const AXIS = "#8a9099"

/** One decimal is finer than a pixel and keeps the file small and stable; no "-0". */
const px = (value: number): string => {
  const rounded = Math.round(value * 10) / 10
  return String(rounded === 0 ? 0 : rounded)
}

interface Scale {
  readonly ticks: ReadonlyArray<number>
  readonly lo: number
  readonly hi: number
}

/** About five round-number ticks covering the values and zero (bars start at zero). */
const niceScale = (values: ReadonlyArray<number>): Scale => {
  const lo = Math.min(0, ...values)
  let hi = Math.max(0, ...values)
  if (hi === lo) hi = lo + 1
  const raw = (hi - lo) / 5
  const magnitude = 10 ** Math.floor(Math.log10(raw))
  const norm = raw / magnitude
  let step = (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10) * magnitude
  // Counts have no half stories: keep integer ticks when every value is an integer.
  if (values.every(Number.isInteger)) step = Math.max(1, Math.round(step))
  const first = Math.floor(lo / step) * step
  const last = Math.ceil(hi / step) * step
  const ticks: Array<number> = []
  for (let i = 0; first + i * step <= last + step / 2; i++) ticks.push(Number((first + i * step).toPrecision(12)))
  return { ticks, lo: first, hi: last }
}

const text = (x: number, y: number, anchor: "start" | "middle" | "end", content: string, extra = ""): string =>
  `<text x="${px(x)}" y="${px(y)}" text-anchor="${anchor}"${extra}>${escapeHtml(content)}</text>`

const tooltip = (point: ChartPoint): string =>
  `<title>${escapeHtml(`${point.label}: ${point.value === null ? "no value" : formatNumber(point.value)}`)}</title>`

const svgOpen = (height: number, label: string): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${px(height)}" width="${WIDTH}" height="${px(height)}"` +
  ` role="img" aria-label="${escapeHtml(label)}" font-size="${FONT_SIZE}" fill="#333">`

/** Vertical bars or a line over categories in order (months, years): x labels thinned to fit. */
const verticalChart = (kind: "bar" | "line", xTitle: string, yTitle: string, points: ReadonlyArray<ChartPoint>): string => {
  const values = points.flatMap((p) => (p.value === null ? [] : [p.value]))
  const scale = niceScale(values)
  const tickLabels = scale.ticks.map((t) => formatNumber(t))
  const left = Math.max(48, 14 + CHAR_WIDTH * Math.max(...tickLabels.map((t) => t.length)))
  const top = 28
  const bottom = 44
  const height = 320
  const plotWidth = WIDTH - left - 16
  const plotHeight = height - top - bottom
  const y = (v: number) => top + (plotHeight * (scale.hi - v)) / (scale.hi - scale.lo)
  const band = plotWidth / points.length
  const center = (i: number) => left + band * (i + 0.5)

  const parts: Array<string> = [svgOpen(height, `${kind} chart of ${yTitle} by ${xTitle}`)]
  parts.push(text(left, 14, "start", yTitle, ' font-weight="600"'))
  scale.ticks.forEach((tick, i) => {
    parts.push(`<line x1="${px(left)}" x2="${px(WIDTH - 16)}" y1="${px(y(tick))}" y2="${px(y(tick))}" stroke="${tick === 0 ? AXIS : GRID}"/>`)
    parts.push(text(left - 6, y(tick) + 4, "end", tickLabels[i]!))
  })

  if (kind === "bar") {
    const barWidth = Math.max(1, band * 0.8)
    points.forEach((point, i) => {
      if (point.value === null) return
      const y0 = y(Math.max(0, point.value))
      const y1 = y(Math.min(0, point.value))
      parts.push(
        `<rect x="${px(center(i) - barWidth / 2)}" y="${px(y0)}" width="${px(barWidth)}" height="${px(Math.max(0.5, y1 - y0))}" fill="${COLOR}">${tooltip(point)}</rect>`
      )
    })
  } else {
    // A null value lifts the pen, so a missing measure is not drawn as a slope.
    let path = ""
    let penDown = false
    points.forEach((point, i) => {
      if (point.value === null) {
        penDown = false
        return
      }
      path += `${penDown ? "L" : "M"}${px(center(i))} ${px(y(point.value))}`
      penDown = true
    })
    parts.push(`<path d="${path}" fill="none" stroke="${COLOR}" stroke-width="2" stroke-linejoin="round"/>`)
    points.forEach((point, i) => {
      if (point.value === null) return
      const r = points.length <= 60 ? 3 : 1.5
      parts.push(`<circle cx="${px(center(i))}" cy="${px(y(point.value))}" r="${r}" fill="${COLOR}">${tooltip(point)}</circle>`)
    })
  }

  // Show every k-th label so that they never overlap; the tooltips name every point.
  const labels = points.map((p) => truncateText(p.label, 16))
  const labelWidth = CHAR_WIDTH * Math.max(1, ...labels.map((l) => l.length)) + 12
  const every = Math.max(1, Math.ceil(points.length / Math.max(1, Math.floor(plotWidth / labelWidth))))
  labels.forEach((label, i) => {
    if (i % every === 0) parts.push(text(center(i), top + plotHeight + 18, "middle", label))
  })
  parts.push(text(left + plotWidth / 2, height - 6, "middle", xTitle, ' font-weight="600"'))
  parts.push("</svg>")
  return parts.join("\n")
}

/** Horizontal bars, one per row in the given order: long category names stay readable. */
const horizontalChart = (xTitle: string, yTitle: string, points: ReadonlyArray<ChartPoint>): string => {
  const values = points.flatMap((p) => (p.value === null ? [] : [p.value]))
  const scale = niceScale(values)
  const labels = points.map((p) => truncateText(p.label, 32))
  const left = 16 + CHAR_WIDTH * Math.max(4, ...labels.map((l) => l.length))
  const right = 24 + CHAR_WIDTH * Math.max(...scale.ticks.map((t) => formatNumber(t).length))
  const top = 28
  const rowHeight = 22
  const bottom = 40
  const height = top + rowHeight * points.length + bottom
  const plotWidth = WIDTH - left - right
  const x = (v: number) => left + (plotWidth * (v - scale.lo)) / (scale.hi - scale.lo)

  const parts: Array<string> = [svgOpen(height, `bar chart of ${yTitle} by ${xTitle}`)]
  parts.push(text(left, 14, "start", `${yTitle} by ${xTitle}`, ' font-weight="600"'))
  for (const tick of scale.ticks) {
    parts.push(`<line x1="${px(x(tick))}" x2="${px(x(tick))}" y1="${top - 4}" y2="${px(height - bottom + 4)}" stroke="${tick === 0 ? AXIS : GRID}"/>`)
    parts.push(text(x(tick), height - bottom + 20, "middle", formatNumber(tick)))
  }
  points.forEach((point, i) => {
    const rowTop = top + rowHeight * i
    parts.push(text(left - 8, rowTop + rowHeight / 2 + 4, "end", labels[i]!))
    if (point.value === null) return
    const x0 = x(Math.min(0, point.value))
    const x1 = x(Math.max(0, point.value))
    parts.push(
      `<rect x="${px(x0)}" y="${px(rowTop + 3)}" width="${px(Math.max(0.5, x1 - x0))}" height="${rowHeight - 6}" fill="${COLOR}">${tooltip(point)}</rect>`
    )
    parts.push(text(x1 + 6, rowTop + rowHeight / 2 + 4, "start", formatNumber(point.value)))
  })
  parts.push("</svg>")
  return parts.join("\n")
}

/**
 * An inline SVG chart, drawn here so the page needs no script or library. Every label is
 * escaped. Returns "" when there is nothing to draw. `hbar` draws at most MAX_HBAR_POINTS rows.
 */
export const svgChart = (kind: ChartKind, xTitle: string, yTitle: string, points: ReadonlyArray<ChartPoint>): string => {
  const clean = points.map((p) => (p.value !== null && Number.isFinite(p.value) ? p : { label: p.label, value: null }))
  if (!clean.some((p) => p.value !== null)) return ""
  return kind === "hbar"
    ? horizontalChart(xTitle, yTitle, clean.slice(0, MAX_HBAR_POINTS))
    : verticalChart(kind, xTitle, yTitle, clean)
}
