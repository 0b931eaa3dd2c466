import { readdirSync, statSync } from "node:fs"
import { join } from "node:path"

/** Bytes of a file, or of every file under a folder (symbolic links not followed). Throws if `path` is unreadable. */
export const inputBytes = (path: string): number => {
  const st = statSync(path)
  if (!st.isDirectory()) return st.size
  let total = 0
  for (const entry of readdirSync(path, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size
  }
  return total
}
