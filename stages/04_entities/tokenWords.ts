import type { Token } from "./nerContract.js"

/** A token's text lower-cased; "" past either end of the sentence. */
export const lower = (t: Token | undefined): string => (t === undefined ? "" : t.text.toLowerCase())

/** Whether a token starts with a capital letter (false past either end of the sentence). */
export const isCapitalized = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}/u.test(t.text)

/** Whether text is written in capitals: it has a cased letter and no lower-case one ("SAN ANTONIO", "U.S."). */
export const isInCapitals = (text: string): boolean => text === text.toUpperCase() && text !== text.toLowerCase()
