import { readFileSync } from "node:fs"
import { join } from "node:path"
import { packageRoot } from "../../../pipeline/cli/packageRoot.js"
import { decodeNerModel } from "./NerModel.js"
import type { NerTagger } from "./NerTypes.js"
import { PerceptronTagger } from "./PerceptronTagger.js"

/** The committed model file, relative to the package root. */
export const NER_MODEL_PATH = "stages/04_entities/tagger/model/ner.bin"

let cached: NerTagger | undefined

/**
 * Loads the committed weights synchronously, once per thread (module instances are per worker).
 * The file is found from the package root, so this works from the TS sources, dist/ and the bundle.
 */
export const loadNerTagger = (): NerTagger => {
  if (cached === undefined) {
    const path = join(packageRoot, NER_MODEL_PATH)
    cached = new PerceptronTagger(decodeNerModel(readFileSync(path), path))
  }
  return cached
}
