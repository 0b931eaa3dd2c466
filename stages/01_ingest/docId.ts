/**
 * Document ids are derived from where the document came from, not from run order or content,
 * so the same input gets the same id on any machine and an edited article keeps its id.
 */
import { createHash } from "node:crypto"

/**
 * 16 hex characters of SHA-256 over the relative path (forward slashes), a NUL separator (which
 * cannot occur in a path, so "a" + "b/c" never meets "a/b" + "c"), and the record key.
 */
export const docId = (relativePath: string, recordKey: string): string =>
  createHash("sha256").update(`${relativePath}\u0000${recordKey}`, "utf8").digest("hex").slice(0, 16)
