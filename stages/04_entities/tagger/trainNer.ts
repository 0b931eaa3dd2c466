/**
 * Trains the NER tagger and writes stages/04_entities/tagger/model/ner.bin.
 *
 *   node dist/stages/04_entities/tagger/trainNer.js TRAIN_FILE [--corpora DIR] [--epochs N] [--dev FILE] [--out FILE]
 *
 * TRAIN_FILE is CoNLL-2003 eng.train (read by path, never committed). --corpora is the folder of
 * unlabeled news (default ../shared/corpora) from which word classes and capitalization statistics
 * are learned; --dev scores the result on a development file (eng.testa) without affecting it.
 * Deterministic: the same inputs give the same bytes.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { packageRoot } from "../../../pipeline/cli/packageRoot.js"
import { readConll } from "./conll.js"
import { evaluateTagger } from "./evaluateTagger.js"
import { buildGazetteer } from "./buildGazetteer.js"
import { HashIndex } from "./HashIndex.js"
import { learnWordInfo } from "./learnWordInfo.js"
import { NER_MODEL_PATH } from "./loadNerTagger.js"
import { encodeNerModel, type NerModel } from "./NerModel.js"
import { PerceptronTagger } from "./PerceptronTagger.js"
import { formatSpanScores } from "./scoreSpans.js"
import { trainPerceptron } from "./trainPerceptron.js"

export const DEFAULT_EPOCHS = 10
export const SHUFFLE_SEED = 20031

const option = (args: ReadonlyArray<string>, name: string): string | undefined => {
  const k = args.indexOf(name)
  return k >= 0 ? args[k + 1] : undefined
}

const main = (args: ReadonlyArray<string>): number => {
  const trainPath = args[0]
  if (trainPath === undefined || trainPath.startsWith("--")) {
    console.error("usage: trainNer.js TRAIN_FILE [--corpora DIR] [--epochs N] [--dev FILE] [--out FILE]")
    return 1
  }
  const corpora = option(args, "--corpora") ?? "../shared/corpora"
  const epochs = Number(option(args, "--epochs") ?? DEFAULT_EPOCHS)
  const out = option(args, "--out") ?? join(packageRoot, NER_MODEL_PATH)
  const dev = option(args, "--dev")
  const t0 = Date.now()
  const docs = readConll(trainPath)
  // --word-info-cache FILE keeps the learned word information between experiments (it does not
  // depend on the features or the perceptron settings).
  const cache = option(args, "--word-info-cache")
  let words: { keys: Int32Array; values: Int32Array }
  if (cache !== undefined && existsSync(cache)) {
    const both = new Int32Array(new Uint8Array(readFileSync(cache)).buffer)
    words = { keys: both.slice(0, both.length / 2), values: both.slice(both.length / 2) }
  } else {
    words = learnWordInfo(corpora, (m) => console.error(`trainNer: ${m} (${((Date.now() - t0) / 1000).toFixed(1)} s)`))
    if (cache !== undefined) writeFileSync(cache, Buffer.concat([Buffer.from(words.keys.buffer), Buffer.from(words.values.buffer)]))
  }
  const gaz = buildGazetteer()
  const lexicon = { words: new HashIndex(words.keys, words.values), gazetteer: new HashIndex(gaz.keys, gaz.values) }
  const trained = trainPerceptron(docs, lexicon, {
    epochs,
    seed: SHUFFLE_SEED,
    forceOutside: args.includes("--force-outside"),
    onEpoch: (e, errors, tokens) => console.error(`trainNer: epoch ${e}: ${errors} token errors of ${tokens} (${((Date.now() - t0) / 1000).toFixed(1)} s)`)
  })
  const model: NerModel = { ...trained, wordKeys: words.keys, wordValues: words.values, gazetteerKeys: gaz.keys, gazetteerValues: gaz.values }
  const bytes = encodeNerModel(model)
  mkdirSync(dirname(out), { recursive: true })
  writeFileSync(out, bytes)
  console.error(`trainNer: wrote ${out}: ${bytes.length} bytes, ${trained.featureKeys.length} features, ${words.keys.length} words, ${gaz.keys.length} gazetteer keys (${((Date.now() - t0) / 1000).toFixed(1)} s)`)
  if (dev !== undefined) console.log(formatSpanScores(evaluateTagger(readConll(dev), new PerceptronTagger(model)), `dev ${dev}`))
  return 0
}

process.exitCode = main(process.argv.slice(2))
