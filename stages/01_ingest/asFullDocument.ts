/**
 * linkedom builds the tree as written: it does not synthesize `<html>`, `<head>` and `<body>` the
 * way a browser does, so for a fragment (`<p>…</p>`, or `<html><head>…</head><p>…</p></html>`)
 * `document.body` is an empty element and the text sits outside it. Saved pages and exports often
 * are such fragments, so the missing wrappers are added to the source before parsing.
 */
const DOCTYPE = /^\s*<!doctype[^>]*>/i
const HTML_OPEN = /<html\b[^>]*>/i
const HTML_CLOSE = /<\/html\s*>/i
const HEAD_CLOSE = /<\/head\s*>/i
const BODY_OPEN = /<body\b/i

/** The same markup with `<html>` and `<body>` around the content when either was missing. */
export const asFullDocument = (html: string): string => {
  const hasHtml = HTML_OPEN.exec(html)
  if (BODY_OPEN.test(html)) return hasHtml !== null ? html : `<html>${html.replace(DOCTYPE, "")}</html>`
  // The body starts after the head when there is one, else right after the <html> tag.
  const headEnd = HEAD_CLOSE.exec(html)
  if (hasHtml !== null) {
    const start = headEnd !== null ? headEnd.index + headEnd[0].length : hasHtml.index + hasHtml[0].length
    const close = HTML_CLOSE.exec(html)
    const end = close !== null && close.index >= start ? close.index : html.length
    return `${html.slice(0, start)}<body>${html.slice(start, end)}</body>${html.slice(end)}`
  }
  const fragment = html.replace(DOCTYPE, "")
  const head = HEAD_CLOSE.exec(fragment)
  if (head === null) return `<html><head></head><body>${fragment}</body></html>`
  const start = head.index + head[0].length
  return `<html>${fragment.slice(0, start)}<body>${fragment.slice(start)}</body></html>`
}
