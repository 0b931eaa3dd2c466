import { existsSync, readFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

/**
 * The sitrep checkout this code runs from: the nearest folder above this module whose
 * package.json is sitrep's. Found by walking up, so it holds for the TypeScript sources, the
 * tsc output in dist/ and the bundled CLI alike.
 */
export const packageRoot: string = (() => {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const manifest = join(dir, "package.json")
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name === "sitrep") return dir
    const parent = dirname(dir)
    if (parent === dir) throw new Error("sitrep's package.json was not found above " + fileURLToPath(import.meta.url))
    dir = parent
  }
})()
