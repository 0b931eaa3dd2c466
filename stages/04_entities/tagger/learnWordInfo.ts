import { existsSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { hashLowerWord, lowerDigitCode } from "./hashing.js"
import { packWordInfo } from "./NerLexicon.js"
import { tokenizeForNer } from "./tokenizeForNer.js"
import { kMeansClasses } from "./kMeansClasses.js"

/** The unlabeled news read, in this order (paths under the corpora folder). */
export const WORD_INFO_CORPORA = [
  "reuters-2006-2013/articles.jsonl",
  "reuters-21578/articles.jsonl",
  "bbc-greene-2005/articles.jsonl"
]
/** Words seen fewer times are not stored. */
const MIN_COUNT = 3
/** Words that get distributional classes (the most frequent ones). */
const CLASS_VOCABULARY = 40_000
/** Context words: the most frequent ones; any other counts as one "rare" context. */
const CONTEXT_WORDS = 300
export const CLASSES_COARSE = 64
export const CLASSES_FINE = 320
const KMEANS_ITERATIONS = 10

const lowerForm = (word: string): string => {
  let s = ""
  for (let k = 0; k < word.length; k++) s += String.fromCharCode(lowerDigitCode(word.charCodeAt(k)))
  return s
}

const SENTENCE_END = new Set([".", "!", "?", ":", "\"", "“", "”", "'", "--", "-", "(", ")", "'s"])

/**
 * Word knowledge from unlabeled news, for words seen MIN_COUNT times or more (keyed by the hash
 * of their lower-cased form):
 * - a capitalization bin: how often the word is capitalized away from a sentence start (so that
 *   "BRUSSELS" in an all-caps headline or "Police" opening a sentence can still be judged);
 * - two distributional classes (coarse and fine) from spherical k-means over the word's left and
 *   right neighbours, a cheap stand-in for Brown clusters.
 * Deterministic: files and words are visited in fixed orders, k-means starts from fixed words.
 */
export const learnWordInfo = (corporaDir: string, log: (message: string) => void): { keys: Int32Array; values: Int32Array } => {
  const ids = new Map<string, number>()
  const forms: string[] = []
  let count = new Int32Array(1 << 16)
  let nonInitial = new Int32Array(1 << 16)
  let capitalized = new Int32Array(1 << 16)
  let upper = new Int32Array(1 << 16)
  let sequence = new Int32Array(1 << 22)
  let length = 0
  const BREAK = -1
  for (const file of WORD_INFO_CORPORA) {
    const path = join(corporaDir, file)
    if (!existsSync(path)) throw new Error(`learnWordInfo: ${path} is missing; pass --corpora with the folder of the shared news corpora`)
    for (const line of readFileSync(path, "utf8").split("\n")) {
      if (line.trim() === "") continue
      const text = (JSON.parse(line) as { text?: string }).text ?? ""
      let prev = ""
      let prevEnd = 0
      let lineStart = true
      for (const token of tokenizeForNer(text)) {
        // A newline between tokens starts a new paragraph (and a new context).
        const gap = text.indexOf("\n", prevEnd)
        if (gap >= 0 && gap < token.start) lineStart = true
        prevEnd = token.end
        const form = lowerForm(token.text)
        let id = ids.get(form)
        if (id === undefined) {
          id = forms.length
          ids.set(form, id)
          forms.push(form)
          if (id >= count.length) {
            const grow = (a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => { const b = new Int32Array(a.length * 2); b.set(a); return b }
            count = grow(count); nonInitial = grow(nonInitial); capitalized = grow(capitalized); upper = grow(upper)
          }
        }
        count[id]!++
        const initial = lineStart || SENTENCE_END.has(prev)
        const c0 = token.text.charCodeAt(0)
        const isCap = lowerDigitCode(c0) !== c0 && !(c0 >= 48 && c0 <= 57)
        if (!initial) {
          nonInitial[id]!++
          if (isCap) capitalized[id]!++
          if (token.text.length > 1 && token.text === token.text.toUpperCase() && isCap) upper[id]!++
        }
        if (length + 2 > sequence.length) { const b = new Int32Array(sequence.length * 2); b.set(sequence); sequence = b }
        if (lineStart) sequence[length++] = BREAK
        sequence[length++] = id
        prev = token.text
        lineStart = false
      }
      sequence[length++] = BREAK
    }
    log(`read ${file}: ${length} tokens so far, ${forms.length} word forms`)
  }
  // Word ids by frequency (ties by form), for the class vocabulary and the context words.
  const byFrequency = Array.from({ length: forms.length }, (_, i) => i)
    .filter((i) => count[i]! >= MIN_COUNT)
    .sort((a, b) => count[b]! - count[a]! || (forms[a]! < forms[b]! ? -1 : 1))
  const vocab = byFrequency.slice(0, CLASS_VOCABULARY)
  const classes = kMeansClasses(sequence.subarray(0, length), vocab, byFrequency.slice(0, CONTEXT_WORDS), [CLASSES_COARSE, CLASSES_FINE], KMEANS_ITERATIONS, log)
  const entries = new Map<number, number>()
  for (const id of byFrequency) {
    const n = nonInitial[id]!
    let bin = -1
    if (n >= 2) {
      const r = capitalized[id]! / n
      bin = upper[id]! / n > 0.5 ? 6 : r < 0.02 ? 0 : r < 0.2 ? 1 : r < 0.5 ? 2 : r < 0.8 ? 3 : r < 0.98 ? 4 : 5
    }
    const cls = classes.get(id)
    const key = hashLowerWord(forms[id]!)
    if (entries.has(key)) continue // a hash collision: the more frequent word keeps the key
    entries.set(key, packWordInfo(cls?.[0] ?? -1, cls?.[1] ?? -1, bin))
  }
  const keys = Int32Array.from([...entries.keys()].sort((a, b) => a - b))
  const values = Int32Array.from(keys, (k) => entries.get(k)!)
  log(`word info: ${keys.length} words, ${vocab.length} with classes`)
  return { keys, values }
}
