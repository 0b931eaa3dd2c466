import { documentsTable, rejectsTable } from "../../stages/01_ingest/schema.js"
import { duplicatesStage } from "../../stages/02_duplicates/stage.js"
import { sentencesStage } from "../../stages/03_sentences/stage.js"
import { entitiesStage } from "../../stages/04_entities/stage.js"
import { datesStage } from "../../stages/05_dates/stage.js"
import type { Stage } from "./Stage.js"

/**
 * The pipeline, in order. Ingest is listed as a stage too (it has no per-document step: the
 * runner feeds its documents to the others), so the plan check knows what it provides.
 */
export const buildPlan = (stagingName: (table: string) => string): ReadonlyArray<Stage> => [
  {
    name: "ingest",
    requires: [],
    provides: [documentsTable.name, rejectsTable.name],
    tables: [documentsTable, rejectsTable]
  },
  duplicatesStage(stagingName),
  sentencesStage,
  entitiesStage(stagingName),
  datesStage
]
