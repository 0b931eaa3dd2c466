/**
 * Atomic publication of an output folder. A run writes everything into a fresh sibling
 * staging folder (same filesystem, so renames are atomic) and only swaps it in when complete:
 *
 *   prepareStaging(out)  → <parent>/.<base>.partial-<pid>-<random>/
 *   publish(staging,out) → rename out → .<base>.old-<time>-<pid>-<random>,
 *                          rename staging → out, remove the old folder.
 *
 * A run that fails or is killed before publish leaves `out` untouched; its partial folder is
 * removed by the next run (once its process is gone). A run killed between the two renames
 * leaves no `out` but an `.old-` folder: the next run restores it before doing anything else.
 * Renames survive a killed process; surviving a power cut would also need fsyncs (not done).
 */
import { randomBytes } from "node:crypto"
import { rmSync } from "node:fs"
import { mkdir, open, readdir, rename, rm, stat } from "node:fs/promises"
import { basename, dirname, join, resolve } from "node:path"
import { outputError } from "./OutputError.js"

const token = (): string => randomBytes(6).toString("hex")

/** Staging folders this process created and has not yet published or removed. */
const ownStaging = new Set<string>()

/**
 * Removes this process's staging folders at once, for an exit that cannot wait for the run to
 * unwind (a second Ctrl-C, or a run stuck in native code after the first).
 */
export const removeStagingSync = (): void => {
  for (const dir of ownStaging) rmSync(dir, { recursive: true, force: true })
  ownStaging.clear()
}

/** True unless the process is known to be gone (a partial or old folder of a live run is kept). */
const processAlive = (pid: number): boolean => {
  if (!Number.isInteger(pid) || pid <= 0) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    // EPERM: it exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === "EPERM"
  }
}

const exists = async (path: string): Promise<boolean> => stat(path).then(() => true, () => false)

interface Sibling {
  readonly path: string
  readonly kind: "partial" | "old"
  readonly pid: number
  readonly time: number
}

/** The staging and old folders that runs left beside `outDir`. */
const siblings = async (outDir: string): Promise<ReadonlyArray<Sibling>> => {
  const parent = dirname(outDir)
  const prefix = `.${basename(outDir)}.`
  const found: Sibling[] = []
  for (const name of await readdir(parent).catch(() => [] as string[])) {
    if (!name.startsWith(prefix)) continue
    const rest = name.slice(prefix.length)
    const partial = /^partial-(\d+)-[0-9a-f]+$/.exec(rest)
    const old = /^old-(\d+)-(\d+)-[0-9a-f]+$/.exec(rest)
    if (partial) found.push({ path: join(parent, name), kind: "partial", pid: Number(partial[1]), time: 0 })
    if (old) found.push({ path: join(parent, name), kind: "old", pid: Number(old[2]), time: Number(old[1]) })
  }
  return found
}

/**
 * Repairs what killed runs left: restores the newest `.old-` folder when `outDir` is missing,
 * and removes old and partial folders whose process is gone.
 */
export const recoverOutput = async (outDir: string): Promise<void> => {
  const out = resolve(outDir)
  const dead = (await siblings(out)).filter((s) => s.pid === process.pid || !processAlive(s.pid))
  const olds = dead.filter((s) => s.kind === "old").sort((a, b) => b.time - a.time)
  if (olds.length > 0 && !(await exists(out))) {
    await rename(olds[0]!.path, out)
    olds.shift()
  }
  for (const s of [...olds, ...dead.filter((s) => s.kind === "partial" && s.pid !== process.pid)]) {
    await rm(s.path, { recursive: true, force: true })
  }
}

/** Creates a fresh, empty staging folder beside `outDir` and returns its path. */
export const prepareStaging = async (outDir: string): Promise<string> => {
  const out = resolve(outDir)
  try {
    await mkdir(dirname(out), { recursive: true })
    await recoverOutput(out)
    const staging = join(dirname(out), `.${basename(out)}.partial-${process.pid}-${token()}`)
    await mkdir(staging)
    ownStaging.add(staging)
    return staging
  } catch (cause) {
    throw outputError("preparing a staging folder", out, "check that the output's parent folder is writable", cause)
  }
}

/** Replaces `outDir` by the complete `staging` folder. */
export const publish = async (staging: string, outDir: string): Promise<void> => {
  const out = resolve(outDir)
  try {
    await recoverOutput(out)
    let old: string | null = null
    if (await exists(out)) {
      old = join(dirname(out), `.${basename(out)}.old-${Date.now()}-${process.pid}-${token()}`)
      await rename(out, old)
    }
    try {
      await rename(staging, out)
      ownStaging.delete(staging)
    } catch (e) {
      if (old !== null) await rename(old, out)
      throw e
    }
    if (old !== null) await rm(old, { recursive: true, force: true })
  } catch (cause) {
    throw outputError("publishing the outputs", out, "check permissions on the output folder and its parent; the previous outputs were kept", cause)
  }
}

/** Writes a single file atomically: a temporary sibling, flushed to disk, then renamed over. */
export const writeFileAtomic = async (path: string, data: string | Uint8Array): Promise<void> => {
  const tmp = join(dirname(path), `.${basename(path)}.tmp-${process.pid}-${token()}`)
  try {
    const handle = await open(tmp, "wx")
    try {
      await handle.writeFile(data)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(tmp, path)
  } catch (cause) {
    await rm(tmp, { force: true })
    throw outputError("writing a file", path, "check that the folder exists and is writable", cause)
  }
}
