import type { Token } from "./nerContract.js"

/** A token's text lower-cased; "" past either end of the sentence. */
export const lower = (t: Token | undefined): string => (t === undefined ? "" : t.text.toLowerCase())

/** Whether a word starts with a capital letter (any script's: "Élysée", "Σ"). */
export const startsCapitalized = (word: string): boolean => /^\p{Lu}/u.test(word)

/** Whether a token starts with a capital letter (false past either end of the sentence). */
export const isCapitalized = (t: Token | undefined): boolean => t !== undefined && startsCapitalized(t.text)

/** Whether text is written in capitals: it has a cased letter and no lower-case one ("SAN ANTONIO", "U.S."). */
export const isInCapitals = (text: string): boolean => text === text.toUpperCase() && text !== text.toLowerCase()
