import { createHash } from "node:crypto"

/**
 * The first 12 hex digits of SHA-1 over `s` (UTF-8), as createHash("sha1") gives them. Short
 * ASCII strings (one 64-byte block: every entity key in practice) are hashed here in plain
 * JavaScript: a worker's first pass over a corpus meets thousands of new names, and a crypto Hash
 * object per name cost several times the hashing itself. Anything else goes to node:crypto.
 */
export const sha1Prefix12 = (s: string): string => {
  const n = s.length
  if (n > 55) return viaCrypto(s)
  const w = words
  w.fill(0)
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i)
    if (c > 127) return viaCrypto(s)
    w[i >> 2] = w[i >> 2]! | (c << (24 - 8 * (i & 3)))
  }
  w[n >> 2] = w[n >> 2]! | (0x80 << (24 - 8 * (n & 3)))
  w[15] = n * 8
  for (let t = 16; t < 80; t++) {
    const x = w[t - 3]! ^ w[t - 8]! ^ w[t - 14]! ^ w[t - 16]!
    w[t] = (x << 1) | (x >>> 31)
  }
  let a = 0x67452301, b = 0xefcdab89 | 0, c = 0x98badcfe | 0, d = 0x10325476, e = 0xc3d2e1f0 | 0
  for (let t = 0; t < 80; t++) {
    const f = t < 20 ? (b & c) | (~b & d) : t < 40 ? b ^ c ^ d : t < 60 ? (b & c) | (b & d) | (c & d) : b ^ c ^ d
    const k = t < 20 ? 0x5a827999 : t < 40 ? 0x6ed9eba1 : t < 60 ? 0x8f1bbcdc | 0 : 0xca62c1d6 | 0
    const temp = (((a << 5) | (a >>> 27)) + f + e + k + w[t]!) | 0
    e = d
    d = c
    c = (b << 30) | (b >>> 2)
    b = a
    a = temp
  }
  const h0 = (0x67452301 + a) >>> 0
  const h1 = ((0xefcdab89 | 0) + b) >>> 0
  // 12 hex digits: all of h0 and the top 16 bits of h1.
  return h0.toString(16).padStart(8, "0") + (h1 >>> 16).toString(16).padStart(4, "0")
}

const words = new Int32Array(80)

const viaCrypto = (s: string): string => createHash("sha1").update(s).digest("hex").slice(0, 12)
