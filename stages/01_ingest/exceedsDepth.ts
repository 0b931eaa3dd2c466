/**
 * Whether a DOM tree nests deeper than `limit` elements. Readability walks the tree recursively
 * and, on a page of thousands of unclosed tags, spends seconds before overflowing the stack; such
 * pages skip it and go straight to the (iterative) fallback.
 */
import type { DomNode } from "./htmlToParagraphs.js"

const ELEMENT = 1

/** True as soon as an element below `root` sits more than `limit` levels down. */
export const exceedsDepth = (root: DomNode, limit: number): boolean => {
  const nodes: DomNode[] = [root]
  const depths: number[] = [0]
  while (nodes.length > 0) {
    const node = nodes.pop()!
    const depth = depths.pop()!
    if (depth > limit) return true
    for (let i = 0; i < node.childNodes.length; i++) {
      const child = node.childNodes[i]!
      if (child.nodeType !== ELEMENT) continue
      nodes.push(child)
      depths.push(depth + 1)
    }
  }
  return false
}
