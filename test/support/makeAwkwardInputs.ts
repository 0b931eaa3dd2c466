/**
 * Writes a folder of awkward real-world inputs around one good article text: every case the
 * ingest must keep or name in `rejects`. Used by the end-to-end tests; nothing here is read
 * from outside the repository.
 */
import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"

export interface AwkwardFolder {
  readonly dir: string
  /** Files that must become documents. */
  readonly good: ReadonlyArray<string>
  /** Inputs that must appear in `rejects` (file as the rejects table names it). */
  readonly rejected: ReadonlyArray<string>
  /** A file outside the folder that a manifest row points at: it must never be read. */
  readonly outsideSentinel: string
}

export function makeAwkwardInputs(root: string, article: string, options: { hugeBytes: number }): AwkwardFolder {
  const dir = join(root, "in")
  mkdirSync(join(dir, "nested"), { recursive: true })
  const w = (name: string, data: string | Uint8Array) => writeFileSync(join(dir, name), data)
  const paragraphs = article.split("\n\n")

  w("plain.txt", article)
  w("front-matter.md", `---\ntitle: A front matter title\npublished_at: 2019-12-10\nsource: Test Wire\n---\n\n${article}`)
  w(
    "page.html",
    `<html><head><title>Page title</title><meta property="article:published_time" content="2019-12-09T20:00:00Z">` +
      `<script>window.injected = "SCRIPT-SENTINEL"</script><style>.x{color:red}</style></head><body>` +
      `<nav>Home | World | NAV-SENTINEL</nav><article><h1>Headline of the page</h1>` +
      paragraphs.map((p) => `<p>${p.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`).join("") +
      `</article><footer>FOOTER-SENTINEL cookie policy</footer></body></html>`
  )
  // Latin-1: é and £ are single bytes that are not valid UTF-8.
  w("latin1.txt", Buffer.from(`Café owners said the £ price of bread rose on Monday.\n\n${paragraphs[2] ?? article}`, "latin1"))
  w("nested/bom-crlf.txt", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(article.replace(/\n/g, "\r\n"), "utf8")]))
  w("empty.txt", "")
  w("whitespace.txt", "   \n\n\t  \n")
  w("binary.txt", Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)))
  w("image.png", Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200)]))
  w(
    "articles.jsonl",
    JSON.stringify({ id: "j1", title: "A JSONL article", published_at: "2019-12-09", text: article }) +
      "\n" +
      '{"id":"j2", "title": broken json\n' +
      JSON.stringify({ id: "j3", title: "no text here" }) +
      "\n"
  )
  const copies = Math.ceil(options.hugeBytes / (article.length + 2))
  w("huge.txt", (article + "\n\n").repeat(copies))
  const outsideSentinel = join(root, "outside-secret.txt")
  writeFileSync(outsideSentinel, "OUTSIDE-SENTINEL this file lies outside the input folder and must never be read.")
  w(
    "manifest.csv",
    "file,title,source,url,published_at\n" +
      "plain.txt,Plain copy,Test,,2019-12-09\n" +
      "latin1.txt,Latin-1 file,Test,,2019-13-45\n" +
      "../outside-secret.txt,Escape attempt,Test,,2019-12-09\n" +
      "nope.txt,Missing file,Test,,2019-12-09\n"
  )
  return {
    dir,
    good: ["plain.txt", "front-matter.md", "page.html", "latin1.txt", "nested/bom-crlf.txt", "articles.jsonl"],
    rejected: ["empty.txt", "whitespace.txt", "binary.txt", "image.png", "articles.jsonl", "huge.txt", "manifest.csv"],
    outsideSentinel
  }
}
