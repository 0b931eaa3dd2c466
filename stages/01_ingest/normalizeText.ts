/**
 * Every text that becomes `documents.text` passes through here, whatever its format, so that
 * offsets mean the same thing everywhere: LF line endings and Unicode NFC.
 */

// Below U+0300 there are no combining marks and no characters that NFC rewrites, so most
// English news (ASCII plus Latin-1) can skip the comparatively costly normalize() call.
const MAY_CHANGE_UNDER_NFC = /[\u0300-\uffff]/

/** CRLF and lone CR become LF; the text is put in Unicode NFC. */
export const normalizeText = (text: string): string => {
  const lf = text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text
  return MAY_CHANGE_UNDER_NFC.test(lf) ? lf.normalize("NFC") : lf
}
