/**
 * Turns verified duplicate pairs into `duplicate_of`: every document in a connected group of
 * near-identical texts points at the group's earliest member (earliest publication instant,
 * undated last, then doc_id), which itself stays an original.
 */

export interface DatedDoc {
  readonly docId: string
  /** ISO date or date-time, or null when undated. */
  readonly publishedAt: string | null
}

/** A date-time without an offset: JavaScript would read it in the machine's time zone. */
const NO_OFFSET = /T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/

const instant = (publishedAt: string | null): number => {
  if (publishedAt === null) return Number.POSITIVE_INFINITY
  // Read as UTC, so that the choice is the same on every machine whatever its time zone.
  const t = Date.parse(NO_OFFSET.test(publishedAt) ? `${publishedAt}Z` : publishedAt)
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t
}

const earlier = (a: DatedDoc, b: DatedDoc): boolean => {
  const ta = instant(a.publishedAt)
  const tb = instant(b.publishedAt)
  if (ta !== tb) return ta < tb
  return a.docId < b.docId
}

export function chooseOriginals(
  pairs: ReadonlyArray<readonly [DatedDoc, DatedDoc]>
): Map<string, string> {
  const parent = new Map<string, string>()
  const docs = new Map<string, DatedDoc>()
  const find = (x: string): string => {
    let root = x
    while (parent.get(root) !== root) root = parent.get(root)!
    // Path compression keeps later look-ups flat.
    while (parent.get(x) !== root) {
      const next = parent.get(x)!
      parent.set(x, root)
      x = next
    }
    return root
  }
  for (const [a, b] of pairs) {
    for (const d of [a, b]) {
      if (!docs.has(d.docId)) {
        docs.set(d.docId, d)
        parent.set(d.docId, d.docId)
      }
    }
    const ra = find(a.docId)
    const rb = find(b.docId)
    if (ra === rb) continue
    // The root of each group is its earliest document.
    if (earlier(docs.get(ra)!, docs.get(rb)!)) parent.set(rb, ra)
    else parent.set(ra, rb)
  }
  const duplicateOf = new Map<string, string>()
  for (const id of docs.keys()) {
    const root = find(id)
    if (root !== id) duplicateOf.set(id, root)
  }
  return duplicateOf
}
