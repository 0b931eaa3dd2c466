/**
 * Groups the `--pairs` lines of evalDates by the system's surface form (digits → 9, weekdays →
 * DAY, months → MON) and prints, worst first: wrong, right, form, and the commonest
 * "gold shape ← system shape" mistakes. Prints to the terminal only: the gold text is research-only.
 *
 *   node dist/stages/05_dates/evalDates.js --pairs timebank+aquaint 2>/dev/null | node dist/stages/05_dates/groupPairs.js [TOP]
 */
import { readFileSync } from "node:fs"

const WEEKDAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/g
const MONTH = /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?/g

export const surfaceForm = (text: string): string => text.toLowerCase().replace(WEEKDAY, "DAY").replace(MONTH, "MON").replace(/\d/g, "9")

interface Group {
  right: number
  wrong: number
  shapes: Map<string, number>
}

const main = (top: number): void => {
  const groups = new Map<string, Group>()
  for (const line of readFileSync(0, "utf8").split("\n")) {
    const f = line.split("\t")
    if (f[0] !== "RIGHT" && f[0] !== "WRONG") continue
    const form = surfaceForm((f[3] ?? "").split(" | ")[1] ?? "")
    const g = groups.get(form) ?? { right: 0, wrong: 0, shapes: new Map<string, number>() }
    if (f[0] === "RIGHT") g.right++
    else {
      g.wrong++
      const shape = `${(f[4] ?? "").replace(/\d/g, "9")} ← ${(f[5] ?? "").replace(/\d/g, "9")}`
      g.shapes.set(shape, (g.shapes.get(shape) ?? 0) + 1)
    }
    groups.set(form, g)
  }
  const worst = [...groups].sort((a, b) => b[1].wrong - a[1].wrong || a[0].localeCompare(b[0])).slice(0, top)
  for (const [form, g] of worst) {
    const shapes = [...g.shapes].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([s, n]) => `${n}× ${s}`).join("; ")
    console.log(`${g.wrong}\t${g.right}\t${form}\t${shapes}`)
  }
}

if (process.argv[1]?.endsWith("groupPairs.js")) main(Number(process.argv[2] ?? 30))
