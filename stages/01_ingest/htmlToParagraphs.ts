/**
 * Turns a DOM subtree into article text: one paragraph per block element, blank line between
 * paragraphs, `<br>` kept as a line break, whitespace collapsed as a browser would. Page chrome
 * (scripts, menus, footers, forms) never becomes text, and figure captions are set aside so the
 * caller can list them as removed rather than lose them silently.
 */

/** The few DOM members this walker reads (linkedom's nodes have them; no DOM lib is loaded). */
export interface DomNode {
  readonly nodeType: number
  readonly localName?: string
  readonly data?: string
  readonly childNodes: ArrayLike<DomNode>
}

export interface Paragraphs {
  readonly text: string
  readonly captions: ReadonlyArray<string>
}

const ELEMENT = 1
const TEXT = 3

// Never article text, wherever they appear. (Not <form>: ASP.NET pages wrap the whole page in one.)
const SKIP = new Set([
  "script", "style", "noscript", "template", "head", "title", "meta", "link", "svg", "math", "iframe",
  "object", "embed", "canvas", "video", "audio", "button", "select", "option", "input", "textarea",
  "label", "nav", "footer", "aside", "dialog"
])
const BLOCK = new Set([
  "address", "article", "blockquote", "body", "center", "dd", "details", "div", "dl", "dt", "fieldset",
  "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "ol", "p", "pre",
  "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul", "caption"
])
const CELL = new Set(["td", "th"])

class Collector {
  readonly paragraphs: string[] = []
  readonly captions: string[] = []
  private current = ""

  append(text: string): void {
    this.current += text
  }

  /** Ends the paragraph being built, if it has any text. */
  flush(): void {
    if (this.current === "") return
    const lines: string[] = []
    for (const line of this.current.split("\n")) {
      const clean = line.replace(/\s+/g, " ").trim()
      if (clean !== "") lines.push(clean)
    }
    if (lines.length > 0) this.paragraphs.push(lines.join("\n"))
    this.current = ""
  }
}

const textOf = (node: DomNode): string => {
  if (node.nodeType === TEXT) return node.data ?? ""
  if (node.nodeType !== ELEMENT || SKIP.has(node.localName ?? "")) return ""
  let out = ""
  for (let i = 0; i < node.childNodes.length; i++) out += textOf(node.childNodes[i]!)
  return out
}

const walk = (node: DomNode, out: Collector, skip: ReadonlySet<string>, inPre: boolean): void => {
  if (node.nodeType === TEXT) {
    const data = node.data ?? ""
    // Outside <pre>, a newline in the source is just a space; <br> and blocks make the breaks.
    out.append(inPre ? data : data.replace(/\s+/g, " "))
    return
  }
  if (node.nodeType !== ELEMENT) return
  const tag = node.localName ?? ""
  if (skip.has(tag)) return
  if (tag === "br") return out.append("\n")
  if (tag === "figcaption") {
    const caption = textOf(node).replace(/\s+/g, " ").trim()
    if (caption !== "") out.captions.push(caption)
    return
  }
  // A header holds the headline next to bylines, dates and share buttons: keep only its headings.
  if (tag === "header") return walkHeadings(node, out, skip)
  const block = BLOCK.has(tag)
  if (block) out.flush()
  if (CELL.has(tag)) out.append(" ")
  for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!, out, skip, inPre || tag === "pre")
  if (block) out.flush()
}

const HEADING = new Set(["h1", "h2", "h3", "h4", "h5", "h6"])

const walkHeadings = (node: DomNode, out: Collector, skip: ReadonlySet<string>): void => {
  for (let i = 0; i < node.childNodes.length; i++) {
    const child = node.childNodes[i]!
    if (child.nodeType !== ELEMENT || skip.has(child.localName ?? "")) continue
    if (HEADING.has(child.localName ?? "")) walk(child, out, skip, false)
    else walkHeadings(child, out, skip)
  }
}

/**
 * Text of `root` as blank-line separated paragraphs. `alsoSkip` names extra elements to leave out
 * (the fallback over a whole page also drops `header`, which inside an extracted article holds
 * the headline; inside an extracted article only its headings are kept).
 */
export const htmlToParagraphs = (root: DomNode, alsoSkip: ReadonlyArray<string> = []): Paragraphs => {
  const skip = alsoSkip.length === 0 ? SKIP : new Set([...SKIP, ...alsoSkip])
  const out = new Collector()
  walk(root, out, skip, false)
  out.flush()
  return { text: out.paragraphs.join("\n\n"), captions: out.captions }
}
