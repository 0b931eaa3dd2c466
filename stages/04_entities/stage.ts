import type { Stage } from "../../pipeline/runner/Stage.js"
import { entitiesStageWith } from "./entitiesStageWith.js"
import { loadNerTagger, tokenizeForNer } from "./tagger/index.js"

/** People, organizations, places and groups: mentions per sentence, and entities across the corpus. */
export const entitiesStage = (stagingName: (table: string) => string): Stage =>
  entitiesStageWith({ tokenize: tokenizeForNer, loadTagger: loadNerTagger }, stagingName)
