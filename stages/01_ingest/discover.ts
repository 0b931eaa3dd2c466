/**
 * Lists the files of an input folder, recursively, in a fixed order (relative path, plain
 * code-unit comparison) so that two runs over the same folder see the same sequence on any
 * machine. Only paths and sizes are held, never contents.
 *
 * Symbolic links are resolved and must stay inside the folder: a link to /etc/passwd dropped
 * into a corpus must not be read. Links to folders are not followed (their files, if inside the
 * folder, are listed at their real place; following them could loop).
 *
 * The walk uses synchronous calls on purpose: one stat per file through fs.promises costs a
 * thread-pool round trip each, which made listing 2,000 files take ~200 ms instead of ~20 ms.
 */
import { lstatSync, readdirSync, realpathSync, statSync } from "node:fs"
import { join, relative, sep } from "node:path"

export type DiscoveredFile =
  | {
      readonly kind: "file"
      /** Relative to the input folder, with forward slashes. */
      readonly relPath: string
      readonly absPath: string
      readonly size: number
    }
  | { readonly kind: "reject"; readonly relPath: string; readonly reason: string }

const isInside = (root: string, target: string): boolean => {
  const rel = relative(root, target)
  return rel === "" || (!rel.startsWith(`..${sep}`) && rel !== ".." && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel))
}

const byCodeUnits = (a: DiscoveredFile, b: DiscoveredFile): number =>
  a.relPath < b.relPath ? -1 : a.relPath > b.relPath ? 1 : 0

/** Every file under `root`, sorted by relative path; unreadable entries come back as rejects. */
export const discoverFiles = (root: string): ReadonlyArray<DiscoveredFile> => {
  const realRoot = realpathSync(root)
  const out: DiscoveredFile[] = []

  const visitLink = (absPath: string, relPath: string): void => {
    let target: string
    try {
      target = realpathSync(absPath)
    } catch {
      out.push({ kind: "reject", relPath, reason: "broken symbolic link (its target does not exist)" })
      return
    }
    if (!isInside(realRoot, target)) {
      out.push({
        kind: "reject",
        relPath,
        reason: "symbolic link pointing outside the input folder; not followed. Copy the file into the folder instead"
      })
      return
    }
    const info = statSync(target)
    if (info.isDirectory()) {
      out.push({
        kind: "reject",
        relPath,
        reason: "symbolic link to a folder; not followed (files inside the input folder are read at their real place)"
      })
    } else if (info.isFile()) {
      out.push({ kind: "file", relPath, absPath, size: info.size })
    } else {
      out.push({ kind: "reject", relPath, reason: "symbolic link to something that is not a regular file" })
    }
  }

  const walk = (dirAbs: string, dirRel: string): void => {
    let entries
    try {
      entries = readdirSync(dirAbs, { withFileTypes: true })
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? String(e)
      out.push({ kind: "reject", relPath: dirRel === "" ? "." : dirRel, reason: `cannot list this folder (${code}); check its permissions` })
      return
    }
    for (const entry of entries) {
      const absPath = join(dirAbs, entry.name)
      const relPath = dirRel === "" ? entry.name : `${dirRel}/${entry.name}`
      if (entry.isSymbolicLink()) visitLink(absPath, relPath)
      else if (entry.isDirectory()) walk(absPath, relPath)
      else if (entry.isFile()) out.push({ kind: "file", relPath, absPath, size: lstatSync(absPath).size })
      else out.push({ kind: "reject", relPath, reason: "not a regular file (device, socket or pipe)" })
    }
  }

  walk(realRoot, "")
  return out.sort(byCodeUnits)
}
