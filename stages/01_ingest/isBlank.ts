/** True when a text holds nothing but whitespace (Unicode whitespace included). */
export const isBlank = (text: string): boolean => !/\S/.test(text)
