/**
 * Distributional word classes: each vocabulary word is described by counts of its left and right
 * neighbours (the most frequent context words, plus "rare" and "boundary"), square-rooted and
 * L2-normalized; spherical k-means then groups words with similar contexts. Centroids start at
 * words spread evenly over the frequency ranking, so the result is deterministic.
 *
 * `sequence` holds word ids with -1 at paragraph boundaries; returns, per vocabulary word id,
 * its class for each k in `ks`.
 */
export const kMeansClasses = (
  sequence: Int32Array, vocab: ReadonlyArray<number>, contextWords: ReadonlyArray<number>,
  ks: ReadonlyArray<number>, iterations: number, log: (message: string) => void
): Map<number, number[]> => {
  const V = vocab.length
  const C = contextWords.length
  const side = C + 2
  const D = 2 * side
  let maxId = 0
  for (let p = 0; p < sequence.length; p++) if (sequence[p]! > maxId) maxId = sequence[p]!
  const vocabIndex = new Int32Array(maxId + 1).fill(-1)
  vocab.forEach((id, v) => { vocabIndex[id] = v })
  const ctxIndex = new Int32Array(maxId + 1).fill(C)
  contextWords.forEach((id, j) => { ctxIndex[id] = j })
  const counts = new Float32Array(V * D)
  for (let p = 0; p < sequence.length; p++) {
    const id = sequence[p]!
    if (id < 0) continue
    const v = vocabIndex[id]!
    if (v < 0) continue
    const left = p > 0 ? sequence[p - 1]! : -1
    const right = p + 1 < sequence.length ? sequence[p + 1]! : -1
    counts[v * D + (left < 0 ? C + 1 : ctxIndex[left]!)]! += 1
    counts[v * D + side + (right < 0 ? C + 1 : ctxIndex[right]!)]! += 1
  }
  // Sparse normalized vectors.
  const start = new Int32Array(V + 1)
  const idx: number[] = []
  const val: number[] = []
  for (let v = 0; v < V; v++) {
    let norm = 0
    for (let d = 0; d < D; d++) norm += counts[v * D + d]!
    norm = Math.sqrt(norm) || 1
    for (let d = 0; d < D; d++) {
      const c = counts[v * D + d]!
      if (c > 0) {
        idx.push(d)
        val.push(Math.sqrt(c) / norm)
      }
    }
    start[v + 1] = idx.length
  }
  const I = Int32Array.from(idx)
  const X = Float64Array.from(val)
  const result = new Map<number, number[]>()
  vocab.forEach((id) => result.set(id, []))
  for (const K of ks) {
    // Centroids transposed (D × K) so one sparse entry updates K contiguous scores.
    const cent = new Float64Array(D * K)
    for (let k = 0; k < K; k++) {
      const v = Math.floor((k * V) / K)
      for (let j = start[v]!; j < start[v + 1]!; j++) cent[I[j]! * K + k] = X[j]!
    }
    const assign = new Int32Array(V).fill(-1)
    const scores = new Float64Array(K)
    for (let it = 0; it < iterations; it++) {
      let changed = 0
      for (let v = 0; v < V; v++) {
        scores.fill(0)
        for (let j = start[v]!; j < start[v + 1]!; j++) {
          const x = X[j]!
          const base = I[j]! * K
          for (let k = 0; k < K; k++) scores[k]! += x * cent[base + k]!
        }
        let best = 0
        for (let k = 1; k < K; k++) if (scores[k]! > scores[best]!) best = k
        if (assign[v] !== best) changed++
        assign[v] = best
      }
      // New centroids: normalized sums; an empty class keeps its centroid.
      const sum = new Float64Array(D * K)
      const members = new Int32Array(K)
      for (let v = 0; v < V; v++) {
        const k = assign[v]!
        members[k]!++
        for (let j = start[v]!; j < start[v + 1]!; j++) sum[I[j]! * K + k]! += X[j]!
      }
      for (let k = 0; k < K; k++) {
        if (members[k] === 0) continue
        let norm = 0
        for (let d = 0; d < D; d++) norm += sum[d * K + k]! ** 2
        norm = Math.sqrt(norm) || 1
        for (let d = 0; d < D; d++) cent[d * K + k] = sum[d * K + k]! / norm
      }
      log(`k-means k=${K} iteration ${it + 1}: ${changed} words moved`)
      if (changed === 0) break
    }
    vocab.forEach((id, v) => result.get(id)!.push(assign[v]!))
  }
  return result
}
