/**
 * Wall-clock time per step of a run, printed to stderr at the end when SITREP_TIMINGS=1.
 * A diagnostic for finding where a slow run spends its time; off by default, never in outputs
 * (they must stay byte-identical across runs).
 */
export class Timings {
  private readonly steps: Array<readonly [string, number]> = []

  constructor(private readonly enabled = process.env.SITREP_TIMINGS === "1") {}

  async time<A>(step: string, f: () => Promise<A>): Promise<A> {
    if (!this.enabled) return f()
    const started = performance.now()
    try {
      return await f()
    } finally {
      this.steps.push([step, performance.now() - started])
    }
  }

  /** Adds time measured elsewhere (e.g. summed over a loop). */
  add(step: string, ms: number): void {
    if (this.enabled) this.steps.push([step, ms])
  }

  get isEnabled(): boolean {
    return this.enabled
  }

  print(stream: NodeJS.WritableStream = process.stderr): void {
    if (!this.enabled) return
    for (const [step, ms] of this.steps) stream.write(`sitrep: timing: ${step.padEnd(32)} ${ms.toFixed(0).padStart(7)} ms\n`)
  }
}
