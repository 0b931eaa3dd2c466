import { readFileSync } from "node:fs"

/** One CoNLL sentence: its words and their gold NER labels (as in the file, IOB1). */
export interface ConllSentence {
  readonly words: string[]
  readonly labels: string[]
}

/** One CoNLL document: the sentences between two -DOCSTART- lines. */
export interface ConllDocument {
  readonly sentences: ConllSentence[]
}

/**
 * Parses CoNLL-2003 text (columns `word POS chunk NER`, blank line between sentences). A
 * -DOCSTART- line separates documents wherever it stands: in the copy we read it ends each
 * document, in the official files it starts one; both read the same. Empty documents are dropped.
 */
export const parseConll = (text: string): ConllDocument[] => {
  const docs: ConllDocument[] = []
  let sentences: ConllSentence[] = []
  let words: string[] = []
  let labels: string[] = []
  const endSentence = (): void => {
    if (words.length > 0) sentences.push({ words, labels })
    words = []
    labels = []
  }
  const endDocument = (): void => {
    endSentence()
    if (sentences.length > 0) docs.push({ sentences })
    sentences = []
  }
  for (const raw of text.split("\n")) {
    const line = raw.trim()
    if (line === "") {
      endSentence()
      continue
    }
    const cols = line.split(/\s+/)
    if (cols[0] === "-DOCSTART-") {
      endDocument()
      continue
    }
    words.push(cols[0]!)
    labels.push(cols[cols.length - 1]!)
  }
  endDocument()
  return docs
}

/** Reads a CoNLL-2003 file by path. */
export const readConll = (path: string): ConllDocument[] => parseConll(readFileSync(path, "utf8"))
