import { stagingTableName } from "../store/stagingTableName.js"
import { buildPlan } from "./plan.js"
import type { DocumentRow } from "../../stages/01_ingest/schema.js"
import { processDocument } from "./processDocument.js"
import type { DocumentRows, Stage } from "./Stage.js"

/** The plan's per-document steps, in order: the same list in the main thread and in workers. */
const perDocumentStages = buildPlan(stagingTableName).filter((s) => s.perDocument !== undefined)

/**
 * The per-document stage that gets a lane of worker threads to itself when there are two or
 * more workers: on BBC (2,225 articles) entities take 1.8 s of CPU on a cold pass, against 1.0 s
 * for duplicates, sentences and dates together, so splitting the stages in two balances the
 * threads better than splitting the documents, and each thread warms up the JIT of its own
 * stages only.
 */
export const OWN_LANE_STAGE = "entities"

/** Names of the stages whose rows a lane publishes: lane 0 the OWN_LANE_STAGE, lane 1 the others. */
export const laneStages = (lane: 0 | 1): ReadonlyArray<string> =>
  perDocumentStages.map((s) => s.name).filter((name) => (name === OWN_LANE_STAGE) === (lane === 0))

/**
 * The stages to run to publish `names`: those, and every earlier stage that provides what they
 * require (sentences, for entities), in plan order.
 */
const stagesFor = (names: ReadonlyArray<string> | null): ReadonlyArray<Stage> => {
  if (names === null) return perDocumentStages
  const needed = new Set(names)
  const required = new Set<string>()
  for (let i = perDocumentStages.length - 1; i >= 0; i--) {
    const stage = perDocumentStages[i]!
    if (!needed.has(stage.name) && !stage.provides.some((p) => required.has(p))) continue
    needed.add(stage.name)
    for (const r of stage.requires) required.add(r)
  }
  return perDocumentStages.filter((s) => needed.has(s.name))
}

const cache = new Map<string, ReadonlyArray<Stage>>()

/**
 * Rows of the per-document stages for a batch of documents, in the batch's order: of every stage,
 * or only of the stages named in `publish` (running what they depend on without publishing it).
 */
export function processBatch(docs: ReadonlyArray<DocumentRow>, publish: ReadonlyArray<string> | null = null): DocumentRows[] {
  const key = publish === null ? "*" : publish.join(",")
  let stages = cache.get(key)
  if (stages === undefined) cache.set(key, (stages = stagesFor(publish)))
  const only = publish === null ? null : new Set(publish)
  return docs.map((doc) => processDocument(doc, stages, only))
}
