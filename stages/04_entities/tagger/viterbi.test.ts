import { describe, expect, it } from "vitest"
import { LABELS, N_LABELS } from "./labels.js"
import { allowedTransition, constrainTransitions, viterbi } from "./viterbi.js"

const label = (name: string): number => LABELS.indexOf(name)

describe("viterbi", () => {
  it("allows I- only after B- or I- of the same type", () => {
    expect(allowedTransition(N_LABELS, label("I-PER"))).toBe(false)
    expect(allowedTransition(label("O"), label("I-PER"))).toBe(false)
    expect(allowedTransition(label("B-ORG"), label("I-PER"))).toBe(false)
    expect(allowedTransition(label("B-PER"), label("I-PER"))).toBe(true)
    expect(allowedTransition(label("I-LOC"), label("B-LOC"))).toBe(true)
  })

  it("prefers a legal sequence over locally best but illegal labels", () => {
    // Token 0 slightly prefers I-PER (illegal at the start), token 1 strongly I-PER.
    const n = 2
    const em = new Float64Array(n * N_LABELS)
    em[label("I-PER")] = 2
    em[label("B-PER")] = 1
    em[N_LABELS + label("I-PER")] = 5
    const out = new Uint8Array(n)
    viterbi(n, em, constrainTransitions(new Float64Array((N_LABELS + 1) * N_LABELS)), out,
      new Float64Array(n * N_LABELS), new Uint8Array(n * N_LABELS))
    expect([...out].map((y) => LABELS[y])).toEqual(["B-PER", "I-PER"])
  })

  it("labels forced tokens O", () => {
    const n = 2
    const em = new Float64Array(n * N_LABELS).fill(3)
    em[0] = 0
    const out = new Uint8Array(n)
    viterbi(n, em, constrainTransitions(new Float64Array((N_LABELS + 1) * N_LABELS)), out,
      new Float64Array(n * N_LABELS), new Uint8Array(n * N_LABELS), Uint8Array.from([0, 1]))
    expect(out[1]).toBe(0)
  })
})
