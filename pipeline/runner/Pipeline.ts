import { Context, Effect, Layer } from "effect"
import type { RunOptions, RunSummary, runPipeline } from "./runPipeline.js"

/** Everything a run can fail with, as typed errors (see errors.ts, checkPlan.ts, checkOutputTarget.ts). */
export type PipelineError = Effect.Error<ReturnType<typeof runPipeline>>

/** The pipeline as a service: what the CLI (or a test, or another front end) asks to run a corpus. */
export class Pipeline extends Context.Service<
  Pipeline,
  { readonly run: (options: RunOptions) => Effect.Effect<RunSummary, PipelineError> }
>()("sitrep/Pipeline") {
  /**
   * The real pipeline, loaded when the layer is built: DuckDB, Arrow and the stages take a few
   * hundred milliseconds to load, which `--help` and `--version` should not pay.
   */
  static readonly layer = Layer.effect(
    Pipeline,
    Effect.promise(() => import("./runPipeline.js")).pipe(Effect.map((module) => Pipeline.of({ run: module.runPipeline })))
  )
}
