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

  /**
   * Ends the paragraph being built, if it has any text. A blank line inside it (two `<br>` in a
   * row, or an empty line in `<pre>`) is how such pages separate paragraphs, so it splits there.
   */
  flush(): void {
    if (this.current === "") return
    let lines: string[] = []
    for (const line of this.current.split("\n")) {
      const clean = line.replace(/\s+/g, " ").trim()
      if (clean !== "") lines.push(clean)
      else if (lines.length > 0) {
        this.paragraphs.push(lines.join("\n"))
        lines = []
      }
    }
    if (lines.length > 0) this.paragraphs.push(lines.join("\n"))
    this.current = ""
  }
}

// Walks below are iterative with an explicit stack: old pages nest thousands of unclosed <font>
// or <div> tags, which overflows the call stack of a recursive walk.

/** Text content of `root`, skipping what is never text. */
const textOf = (root: DomNode): string => {
  let out = ""
  const stack: DomNode[] = [root]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.nodeType === TEXT) out += node.data ?? ""
    else if (node.nodeType === ELEMENT && !SKIP.has(node.localName ?? "")) pushChildren(stack, node)
  }
  return out
}

/** Pushes the children in reverse, so that popping visits them in document order. */
const pushChildren = (stack: DomNode[], node: DomNode): void => {
  for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!)
}

const HEADING = new Set(["h1", "h2", "h3", "h4", "h5", "h6"])

// A stack entry: a node to visit, or the end of a block element (flush its paragraph then).
interface Visit {
  readonly node: DomNode | null
  readonly inPre: boolean
  /** Inside a <header>: only headings are read. */
  readonly headingsOnly: boolean
}
const BLOCK_END: Visit = { node: null, inPre: false, headingsOnly: false }

const walk = (root: DomNode, out: Collector, skip: ReadonlySet<string>): void => {
  const stack: Visit[] = [{ node: root, inPre: false, headingsOnly: false }]
  while (stack.length > 0) {
    const { node, inPre, headingsOnly } = stack.pop()!
    if (node === null) {
      out.flush()
      continue
    }
    if (node.nodeType === TEXT) {
      // Outside <pre>, a newline in the source is just a space; <br> and blocks make the breaks.
      if (!headingsOnly) out.append(inPre ? node.data ?? "" : (node.data ?? "").replace(/\s+/g, " "))
      continue
    }
    if (node.nodeType !== ELEMENT) continue
    const tag = node.localName ?? ""
    if (skip.has(tag)) continue
    // A header holds the headline next to bylines, dates and share buttons: keep only its headings.
    const headings = headingsOnly && !HEADING.has(tag)
    if (headings || tag === "header") {
      for (let i = node.childNodes.length - 1; i >= 0; i--) {
        const child = node.childNodes[i]!
        if (child.nodeType === ELEMENT) stack.push({ node: child, inPre: false, headingsOnly: true })
      }
      continue
    }
    if (tag === "br") {
      out.append("\n")
      continue
    }
    if (tag === "figcaption") {
      const caption = textOf(node).replace(/\s+/g, " ").trim()
      if (caption !== "") out.captions.push(caption)
      continue
    }
    const block = BLOCK.has(tag)
    if (block) {
      out.flush()
      stack.push(BLOCK_END)
    }
    if (CELL.has(tag)) out.append(" ")
    const pre = inPre || tag === "pre"
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push({ node: node.childNodes[i]!, inPre: pre, headingsOnly: false })
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
  walk(root, out, skip)
  out.flush()
  return { text: out.paragraphs.join("\n\n"), captions: out.captions }
}
