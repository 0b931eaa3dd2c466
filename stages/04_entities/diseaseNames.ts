import type { SentenceMention } from "./recognizeSentence.js"
import { newMention } from "./recognizeSentence.js"

const isPossessive = (w: string | undefined): boolean => w === "'s" || w === "’s"

/** Nouns that make "X's …" a condition named after its describer: "Alzheimer's disease", "Down's syndrome". */
const CONDITION_WORDS = new Set(["disease", "diseases", "syndrome", "disorder", "lymphoma", "palsy", "dementia"])

/**
 * Conditions named after the doctor who described them, which news writes with the "'s" alone
 * ("Alzheimer's is rising"): generic medical names, not anyone's in particular.
 */
const EPONYMOUS_CONDITIONS = new Set(["Alzheimer", "Parkinson", "Huntington", "Crohn", "Asperger", "Tourette", "Hodgkin", "Legionnaire", "Legionnaires"])

/**
 * Lower-case words after such a name's "'s" that still read it as the condition: nothing
 * possessed ("Alzheimer's is rising", "Parkinson's and…"), or the patients, drugs and research of
 * it. Not "Huntington's shares", a bank's.
 */
const AFTER_CONDITION = new Set([
  "drug", "drugs", "patients", "patient", "sufferers", "research", "researchers", "treatment", "treatments", "medication",
  "medicine", "medicines", "symptoms", "care", "carers", "vaccine", "gene", "genes", "risk", "cases", "diagnosis",
  "studies", "study", "trial", "trials", "therapy", "therapies", "and", "or", "is", "was", "has", "who", "which", "in",
  "among", "than", "but", "that", "are", "were"
])

/** Whether the word after an "'s" keeps a condition's name a condition: punctuation, the end, or AFTER_CONDITION. */
const readsAsCondition = (next: string | undefined): boolean => next === undefined || !/^[\p{L}\p{N}]/u.test(next) || CONDITION_WORDS.has(next) || AFTER_CONDITION.has(next)

/**
 * Diseases named after a person ("Alzheimer's", "Parkinson's disease", "Hodgkin's lymphoma") are
 * conditions, MISC, not the person or a company ("Alzheimer's" typed ORG as a possessive that
 * possesses nothing). A one-word name before "'s" is one when the document writes it before
 * "'s disease"/"syndrome"…, or it is a well-known eponymous condition (`EPONYMOUS_CONDITIONS`),
 * and what follows its "'s" reads so (not "Huntington's shares"), unless the document names a
 * person of that surname in full ("Ann Parkinson's show"). The mention takes the "'s" in; a name
 * glued to a drug's before it ("Namenda Alzheimer's") is cut off it. Changes the mentions in place.
 */
export const typeConditionNames = (words: ReadonlyArray<ReadonlyArray<string>>, mentions: ReadonlyArray<SentenceMention[]>): void => {
  // Cheap first pass: most documents hold no name before "'s" that could be a condition.
  let stems: Set<string> | null = null
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!
    for (let i = 1; i < w.length; i++) {
      if (!isPossessive(w[i]) || !/^\p{Lu}/u.test(w[i - 1]!)) continue
      if (CONDITION_WORDS.has(w[i + 1] ?? "") || EPONYMOUS_CONDITIONS.has(w[i - 1]!)) (stems ??= new Set()).add(w[i - 1]!)
    }
  }
  if (stems === null) return
  // Names the document itself writes before "'s disease" ("Tellon's disease … Tellon's is rare").
  const named = new Set<string>()
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!
    for (let i = 1; i + 1 < w.length; i++) if (isPossessive(w[i]) && CONDITION_WORDS.has(w[i + 1]!) && stems.has(w[i - 1]!)) named.add(w[i - 1]!)
  }
  // "Ann Parkinson said": a surname of someone the document names (not before an "'s": "Namenda
  // Alzheimer's" is a drug glued to the condition) is theirs unless a condition's noun follows.
  const surnames = new Set<string>()
  for (let k = 0; k < mentions.length; k++) {
    const w = words[k]!
    for (const m of mentions[k]!) if (m.type === "PERSON" && m.b - m.a >= 2 && stems.has(w[m.b - 1]!) && !isPossessive(w[m.b])) surnames.add(w[m.b - 1]!)
  }
  for (let k = 0; k < mentions.length; k++) {
    const w = words[k]!
    const list = mentions[k]!
    for (let j = 0; j < list.length; j++) {
      const m = list[j]!
      if (m.from !== undefined || m.country !== null) continue
      // The name's last token and where its "'s" is: inside the mention ("Alzheimer's" as ORG) or right after it.
      const inside = m.b - m.a >= 2 && isPossessive(w[m.b - 1])
      const last = inside ? m.b - 2 : m.b - 1
      if (!stems.has(w[last]!) || (!inside && !isPossessive(w[m.b]))) continue
      if (!inside && j + 1 < list.length && list[j + 1]!.a <= m.b) continue
      const stem = w[last]!
      const next = w[last + 2]
      const known = named.has(stem) || EPONYMOUS_CONDITIONS.has(stem)
      if (!CONDITION_WORDS.has(next ?? "") && (surnames.has(stem) || !known || !readsAsCondition(next))) continue
      if (last === m.a) {
        m.b = last + 2
        m.type = "MISC"
        m.title = null
      } else {
        // "Namenda Alzheimer's": the drug keeps its name, the condition is a mention of its own.
        m.b = last
        list.splice(j + 1, 0, newMention(last, last + 2, "MISC", m.confidence, null))
        j++
      }
    }
  }
}
