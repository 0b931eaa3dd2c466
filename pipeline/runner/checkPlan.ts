import { Data } from "effect"
import type { Stage } from "./Stage.js"

export class PlanInvalid extends Data.TaggedError("PlanInvalid")<{
  readonly stage: string
  readonly missing: ReadonlyArray<string>
}> {
  override get message(): string {
    return (
      `stage '${this.stage}' requires ${this.missing.map((m) => `'${m}'`).join(", ")}, which no earlier stage provides. ` +
      `Move the stage that provides it before '${this.stage}' in pipeline/runner/plan.ts.`
    )
  }
}

/**
 * Refuses a plan in which a stage needs something before it is made. `table.column` needs are met
 * by a stage that provides the column, or by one that provides the whole table.
 */
export function checkPlan(stages: ReadonlyArray<Stage>): PlanInvalid | undefined {
  const available = new Set<string>()
  for (const stage of stages) {
    const missing = stage.requires.filter((need) => !available.has(need) && !available.has(need.split(".")[0]!))
    if (missing.length > 0) return new PlanInvalid({ stage: stage.name, missing })
    for (const made of stage.provides) available.add(made)
  }
  return undefined
}
