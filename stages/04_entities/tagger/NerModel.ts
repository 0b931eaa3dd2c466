import { N_LABELS } from "./labels.js"

/**
 * The trained tagger as plain typed arrays, and its binary file format (little-endian):
 * magic "SNER", version u32, then sections each as (u32 length in elements, data padded to 4 bytes):
 * feature keys i32, emission weights i16 (keys × N_LABELS, times weightScale), transition weights
 * f32 ((N_LABELS + 1) × N_LABELS; row N_LABELS is the sentence start), scales f32 (weightScale,
 * confidenceScale), word keys i32, word values i32, gazetteer keys i32, gazetteer values i32.
 */
export interface NerModel {
  readonly featureKeys: Int32Array
  /** Emission weights quantized to 16 bits: the real weight is weights[k] × weightScale. */
  readonly weights: Int16Array
  readonly weightScale: number
  readonly transitions: Float32Array
  /** Confidence = sigmoid(margin × confidenceScale). */
  readonly confidenceScale: number
  readonly wordKeys: Int32Array
  readonly wordValues: Int32Array
  readonly gazetteerKeys: Int32Array
  readonly gazetteerValues: Int32Array
}

const MAGIC = 0x52454e53 // "SNER"
const VERSION = 2

export const encodeNerModel = (m: NerModel): Buffer => {
  const sections: (Int32Array | Float32Array | Int16Array)[] = [
    m.featureKeys, m.weights, m.transitions, new Float32Array([m.weightScale, m.confidenceScale]),
    m.wordKeys, m.wordValues, m.gazetteerKeys, m.gazetteerValues
  ]
  const padded = (bytes: number): number => (bytes + 3) & ~3
  const total = 8 + sections.reduce((s, a) => s + 4 + padded(a.byteLength), 0)
  const buf = Buffer.alloc(total)
  buf.writeUInt32LE(MAGIC, 0)
  buf.writeUInt32LE(VERSION, 4)
  let off = 8
  for (const a of sections) {
    buf.writeUInt32LE(a.length, off)
    off += 4
    Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(buf, off)
    off += padded(a.byteLength)
  }
  return buf
}

export const decodeNerModel = (buf: Uint8Array, source: string): NerModel => {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength)
  if (buf.byteLength < 8 || view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== VERSION)
    throw new Error(`${source} is not a sitrep NER model (version ${VERSION}); rebuild it with make train-ner`)
  let off = 8
  // Copies each section into its own aligned array (the file buffer may not be 4-aligned).
  const next = <T extends Int32Array | Float32Array | Int16Array>(make: (n: number) => T): T => {
    const n = view.getUint32(off, true)
    off += 4
    const out = make(n)
    if (off + out.byteLength > buf.byteLength) throw new Error(`${source} is truncated; rebuild it with make train-ner`)
    new Uint8Array(out.buffer).set(buf.subarray(off, off + out.byteLength))
    off += (out.byteLength + 3) & ~3
    return out
  }
  const featureKeys = next((n) => new Int32Array(n))
  const weights = next((n) => new Int16Array(n))
  const transitions = next((n) => new Float32Array(n))
  const scales = next((n) => new Float32Array(n))
  const weightScale = scales[0]!
  const confidenceScale = scales[1]!
  const wordKeys = next((n) => new Int32Array(n))
  const wordValues = next((n) => new Int32Array(n))
  const gazetteerKeys = next((n) => new Int32Array(n))
  const gazetteerValues = next((n) => new Int32Array(n))
  if (weights.length !== featureKeys.length * N_LABELS || transitions.length !== (N_LABELS + 1) * N_LABELS)
    throw new Error(`${source}: section sizes do not match ${N_LABELS} labels; rebuild it with make train-ner`)
  return { featureKeys, weights, weightScale, transitions, confidenceScale, wordKeys, wordValues, gazetteerKeys, gazetteerValues }
}
