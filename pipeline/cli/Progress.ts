/**
 * Progress on stderr: a live bar on a terminal, a plain line every few seconds otherwise
 * (CI logs and pipes), and one summary line at the end. Stdout stays free for data.
 */
import { join } from "node:path"

export interface ProgressSnapshot {
  readonly documents: number
  readonly rejects: number
  /** Input bytes read so far and in all; `total` 0 when unknown. */
  readonly bytesDone: number
  readonly bytesTotal: number
}

const LINE_EVERY_MS = 5_000
const BAR_EVERY_MS = 100
const BAR_WIDTH = 28

export class Progress {
  private readonly started = performance.now()
  private lastDraw = 0
  private drewBar = false

  constructor(
    private readonly stream: NodeJS.WriteStream = process.stderr,
    private readonly quiet = false
  ) {}

  private get isTerminal(): boolean {
    return this.stream.isTTY === true
  }

  /** Cheap to call per document: it draws only when enough time has passed. */
  update(s: ProgressSnapshot, phase = "reading"): void {
    if (this.quiet) return
    const now = performance.now()
    if (now - this.lastDraw < (this.isTerminal ? BAR_EVERY_MS : LINE_EVERY_MS)) return
    this.lastDraw = now
    const seconds = (now - this.started) / 1000
    const rate = seconds > 0 ? s.documents / seconds : 0
    const counts = `${s.documents.toLocaleString("en-US")} docs, ${s.rejects} rejected, ${rate.toFixed(0)} docs/s`
    if (this.isTerminal) {
      const fraction = s.bytesTotal > 0 ? Math.min(1, s.bytesDone / s.bytesTotal) : 0
      const filled = Math.round(fraction * BAR_WIDTH)
      const bar = "█".repeat(filled) + "░".repeat(BAR_WIDTH - filled)
      this.stream.write(`\r${phase.padEnd(9)} ${bar} ${(fraction * 100).toFixed(0).padStart(3)}%  ${counts}\x1b[K`)
      this.drewBar = true
    } else {
      this.stream.write(`sitrep: ${phase}: ${counts} (${seconds.toFixed(0)} s)\n`)
    }
  }

  /** A phase change after reading (writing tables, reports): always shown. */
  phase(name: string): void {
    if (this.quiet) return
    this.clearBar()
    this.stream.write(`sitrep: ${name}\n`)
  }

  summary(s: { documents: number; rejects: number; outDir: string }): void {
    if (this.quiet) return
    this.clearBar()
    const seconds = (performance.now() - this.started) / 1000
    const rate = seconds > 0 ? s.documents / seconds : 0
    this.stream.write(
      `sitrep: done: ${s.documents.toLocaleString("en-US")} documents, ${s.rejects} rejected, ` +
        `${seconds.toFixed(1)} s, ${rate.toFixed(0)} docs/s -> ${s.outDir}` +
        // Rejects are a normal outcome (exit 0), so say where their reasons are rather than list them here.
        (s.rejects > 0 ? ` (why each input was rejected: ${join(s.outDir, "rejects.csv")})` : "") +
        "\n"
    )
  }

  private clearBar(): void {
    if (this.drewBar) {
      this.stream.write("\r\x1b[K")
      this.drewBar = false
    }
  }
}
