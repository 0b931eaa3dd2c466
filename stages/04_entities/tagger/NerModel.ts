import { N_LABELS } from "./labels.js"

/**
 * The trained tagger as plain typed arrays, and its binary file format (little-endian):
 * magic "SNER", version u32, then sections each as (u32 length in elements, data aligned to 4):
 * feature keys i32, emission weights f32 (keys × N_LABELS), transition weights f32
 * ((N_LABELS + 1) × N_LABELS; row N_LABELS is the sentence start), confidence scale f32 (1),
 * word keys i32, word values i32, gazetteer keys i32, gazetteer values i32.
 */
export interface NerModel {
  readonly featureKeys: Int32Array
  readonly weights: Float32Array
  readonly transitions: Float32Array
  /** Confidence = sigmoid(margin × confidenceScale). */
  readonly confidenceScale: number
  readonly wordKeys: Int32Array
  readonly wordValues: Int32Array
  readonly gazetteerKeys: Int32Array
  readonly gazetteerValues: Int32Array
}

const MAGIC = 0x52454e53 // "SNER"
const VERSION = 1

export const encodeNerModel = (m: NerModel): Buffer => {
  const sections: (Int32Array | Float32Array)[] = [
    m.featureKeys, m.weights, m.transitions, new Float32Array([m.confidenceScale]),
    m.wordKeys, m.wordValues, m.gazetteerKeys, m.gazetteerValues
  ]
  const total = 8 + sections.reduce((s, a) => s + 4 + a.byteLength, 0)
  const buf = Buffer.alloc(total)
  buf.writeUInt32LE(MAGIC, 0)
  buf.writeUInt32LE(VERSION, 4)
  let off = 8
  for (const a of sections) {
    buf.writeUInt32LE(a.length, off)
    off += 4
    Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(buf, off)
    off += a.byteLength
  }
  return buf
}

export const decodeNerModel = (buf: Uint8Array, source: string): NerModel => {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength)
  if (buf.byteLength < 8 || view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== VERSION)
    throw new Error(`${source} is not a sitrep NER model (version ${VERSION}); rebuild it with make train-ner`)
  let off = 8
  // Copies each section into its own aligned array (the file buffer may not be 4-aligned).
  const next = <T extends Int32Array | Float32Array>(make: (n: number) => T): T => {
    const n = view.getUint32(off, true)
    off += 4
    const out = make(n)
    new Uint8Array(out.buffer).set(buf.subarray(off, off + n * 4))
    off += n * 4
    return out
  }
  const featureKeys = next((n) => new Int32Array(n))
  const weights = next((n) => new Float32Array(n))
  const transitions = next((n) => new Float32Array(n))
  const confidenceScale = next((n) => new Float32Array(n))[0]!
  const wordKeys = next((n) => new Int32Array(n))
  const wordValues = next((n) => new Int32Array(n))
  const gazetteerKeys = next((n) => new Int32Array(n))
  const gazetteerValues = next((n) => new Int32Array(n))
  if (weights.length !== featureKeys.length * N_LABELS || transitions.length !== (N_LABELS + 1) * N_LABELS)
    throw new Error(`${source}: section sizes do not match ${N_LABELS} labels; rebuild it with make train-ner`)
  return { featureKeys, weights, transitions, confidenceScale, wordKeys, wordValues, gazetteerKeys, gazetteerValues }
}
