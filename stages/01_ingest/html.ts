/**
 * Article text and metadata from one HTML page. Mozilla Readability (the Firefox reader view)
 * finds the article body; linkedom provides the DOM without a browser. Metadata is read before
 * Readability runs, because Readability edits the document it is given.
 */
import { type FileMetadata, NO_METADATA } from "./frontMatter.js"
import { asFullDocument } from "./asFullDocument.js"
import { htmlAsPlainText } from "./htmlAsPlainText.js"
import { exceedsDepth } from "./exceedsDepth.js"
import { type DomNode, htmlToParagraphs } from "./htmlToParagraphs.js"

type ReadabilityModule = typeof import("@mozilla/readability")
type LinkedomModule = typeof import("linkedom")

/**
 * linkedom and Readability take a tenth of a second to load; runs without HTML inputs should not
 * pay for them. The ingest loads them once, before the first HTML file, with `loadHtmlSupport`.
 */
let libs: { readonly Readability: ReadabilityModule["Readability"]; readonly parseHTML: LinkedomModule["parseHTML"] } | null = null

export const loadHtmlSupport = async (): Promise<void> => {
  if (libs !== null) return
  const [readability, linkedom] = await Promise.all([import("@mozilla/readability"), import("linkedom")])
  libs = { Readability: readability.Readability, parseHTML: linkedom.parseHTML }
}

const loaded = () => {
  if (libs === null) throw new Error("extractHtml called before loadHtmlSupport()")
  return libs
}

export interface HtmlArticle {
  readonly meta: FileMetadata
  /** Blank-line separated paragraphs; may be empty when the page has no text at all. */
  readonly text: string
  /** Figure captions left out of `text`. */
  readonly captions: ReadonlyArray<string>
}

/** The part of linkedom's document this module uses. */
interface HtmlDocument {
  readonly title: string
  readonly body: DomNode | null
  querySelector(selector: string): { getAttribute(name: string): string | null } | null
}

const nonEmpty = (value: string | null | undefined): string | null => {
  const v = value?.replace(/\s+/g, " ").trim()
  return v === undefined || v === "" ? null : v
}

/** First non-empty attribute among the selectors, in order of preference. */
const firstAttr = (doc: HtmlDocument, attr: string, selectors: ReadonlyArray<string>): string | null => {
  for (const selector of selectors) {
    const value = nonEmpty(doc.querySelector(selector)?.getAttribute(attr))
    if (value !== null) return value
  }
  return null
}

const readMeta = (doc: HtmlDocument): FileMetadata => ({
  title:
    firstAttr(doc, "content", ['meta[property="og:title"]', 'meta[name="og:title"]', 'meta[name="twitter:title"]']) ??
    nonEmpty(doc.title),
  source: firstAttr(doc, "content", ['meta[property="og:site_name"]', 'meta[name="og:site_name"]']),
  url:
    firstAttr(doc, "content", ['meta[property="og:url"]', 'meta[name="og:url"]']) ??
    firstAttr(doc, "href", ['link[rel="canonical"]']),
  publishedAt: firstAttr(doc, "content", [
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]'
  ])
})

const parse = (html: string): HtmlDocument => loaded().parseHTML(html).document as unknown as HtmlDocument

// Elements whose content is never text. Real pages carry hundreds of kilobytes of inline script
// and SVG; cutting them out of the source before parsing keeps the DOM (and Readability's passes
// over it) small. The HTML tokenizer also ends these elements at the first closing tag.
const INERT = /<(script|style|noscript|template|svg)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi
const stripInert = (html: string): string => html.replace(INERT, "")

// Real pages nest a few dozen elements deep; thousands (unclosed <font> tags) make Readability
// recurse for seconds and then overflow the stack.
const MAX_READABILITY_DEPTH = 200

// Anything that starts like a tag, a doctype, a comment or a processing instruction.
const TAG = /<[A-Za-z!/?]/

/** Extracts metadata and article text; falls back to the page body when Readability finds nothing. */
export const extractHtml = (source: string): HtmlArticle => {
  // A ".html" file with no markup at all is plain text; the HTML path would flatten its lines.
  if (!TAG.test(source)) return { meta: NO_METADATA, text: source, captions: [] }
  const html = asFullDocument(stripInert(source))
  const doc = parse(html)
  const meta = readMeta(doc)
  let article: { content?: DomNode | null } | null = null
  try {
    if (doc.body === null || !exceedsDepth(doc.body, MAX_READABILITY_DEPTH)) {
      // The serializer hands back the DOM node itself, so paragraphs can be rebuilt from structure.
      article = new (loaded().Readability)<DomNode>(doc as never, { serializer: (node) => node as unknown as DomNode }).parse()
    }
  } catch {
    // Readability throws on some malformed pages; the fallback below still reads them.
  }
  if (article?.content) {
    const extracted = htmlToParagraphs(article.content)
    if (extracted.text !== "") return { meta, ...extracted }
  }
  // Readability edited `doc`; read the untouched page again and drop the page chrome ourselves.
  const body = parse(html).body
  if (body === null) return { meta, text: "", captions: [] }
  return { meta, ...htmlToParagraphs(body, ["header"]) }
}

export interface HtmlReading extends HtmlArticle {
  /** Set when the page could not be parsed and its text was read with the tags removed. */
  readonly problem: string | null
}

/**
 * `extractHtml`, but one page that breaks the parser costs that page its structure, not the run:
 * its text is still read with the tags removed, and the problem is reported.
 */
export const readHtml = (source: string, extract: (html: string) => HtmlArticle = extractHtml): HtmlReading => {
  try {
    return { ...extract(source), problem: null }
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e)
    return {
      meta: NO_METADATA,
      text: htmlAsPlainText(stripInert(source)),
      captions: [],
      problem: `HTML could not be parsed (${detail}); its text was read with the tags removed and its metadata ignored`
    }
  }
}
