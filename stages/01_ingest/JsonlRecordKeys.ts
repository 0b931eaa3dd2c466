/**
 * The key of a JSONL record inside its file, for `docId`. A record's own `id` is the natural key
 * (stable when lines are reordered), but real exports repeat ids, so a repeated or missing id
 * falls back to the line number, and a key is never handed out twice within a file.
 */
export class JsonlRecordKeys {
  private readonly used = new Set<string>()

  /** Key for the record on 1-based line `line` whose `id` field is `id` (any JSON value). */
  next(id: unknown, line: number): string {
    let key =
      (typeof id === "string" && id !== "") || (typeof id === "number" && Number.isFinite(id))
        ? String(id)
        : `line:${line}`
    if (this.used.has(key)) key = `line:${line}`
    // Only reachable when an earlier record's id was literally "line:N"; keep keys unique anyway.
    while (this.used.has(key)) key = `${key}'`
    this.used.add(key)
    return key
  }
}
