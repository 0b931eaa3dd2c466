import { Data } from "effect"
import { existsSync, lstatSync, readdirSync, realpathSync, statSync } from "node:fs"
import { relative, resolve, isAbsolute } from "node:path"

/** `--out` points somewhere that replacing wholesale would destroy data. */
export class UnsafeOutput extends Data.TaggedError("UnsafeOutput")<{ readonly outDir: string; readonly why: string }> {
  override get message(): string {
    return `refusing to write to ${this.outDir}: ${this.why}. Choose a new or empty folder with --out.`
  }
}

/** Written into every output folder, so that a later run knows the folder is sitrep's to replace. */
export const OUTPUT_MARKER = ".sitrep-output"

/** What a sitrep output folder may hold: tables, the database, the dictionary, reports, the marker. */
const OUTPUT_ENTRY = /^(?:[a-z0-9_]+\.(?:arrow|csv|parquet)|sitrep\.duckdb(?:\.wal)?|dictionary\.(?:md|json)|reports|\.sitrep-output)$/

const isWithin = (child: string, parent: string): boolean => {
  const rel = relative(parent, child)
  // `..name` is a child named "..name", not a way out: only `..` itself or `../…` leave.
  return rel === "" || (!isAbsolute(rel) && rel !== ".." && !rel.startsWith(`..${"/"}`) && !rel.startsWith("..\\"))
}

/** The folder `--out` names, through a symbolic link if it is one: replacing the link itself would lose it. */
export const resolveOutputDir = (outDir: string): string => {
  const abs = resolve(outDir)
  try {
    return lstatSync(abs).isSymbolicLink() ? realpathSync(abs) : abs
  } catch {
    return abs
  }
}

/**
 * A run replaces its output folder as a whole, so the folder must not hold the input, must not
 * sit inside the input (the next run would read its own outputs), and, if it already exists,
 * must be empty or an earlier sitrep output: marked as one and holding nothing but outputs.
 */
export function checkOutputTarget(input: string, outDir: string): UnsafeOutput | undefined {
  const inAbs = resolve(input)
  const outAbs = resolveOutputDir(outDir)
  if (isWithin(inAbs, outAbs)) return new UnsafeOutput({ outDir, why: "it contains the input, which would be deleted when the outputs are replaced" })
  if (existsSync(inAbs) && statSync(inAbs).isDirectory() && isWithin(outAbs, inAbs)) {
    return new UnsafeOutput({ outDir, why: "it lies inside the input folder, so the next run would read its own outputs" })
  }
  if (!existsSync(outAbs)) return undefined
  if (!statSync(outAbs).isDirectory()) return new UnsafeOutput({ outDir, why: "it is a file, not a folder" })
  const entries = readdirSync(outAbs)
  if (entries.length === 0) return undefined
  // dictionary.json stands in for the marker in folders written before the marker existed.
  if (!entries.includes(OUTPUT_MARKER) && !entries.includes("dictionary.json")) {
    return new UnsafeOutput({ outDir, why: `it is not empty and is not an earlier sitrep output (no ${OUTPUT_MARKER}); its contents would be replaced` })
  }
  const foreign = entries.filter((e) => !OUTPUT_ENTRY.test(e))
  if (foreign.length > 0) {
    return new UnsafeOutput({
      outDir,
      why: `it holds files sitrep did not write (${foreign.slice(0, 3).join(", ")}${foreign.length > 3 ? ", …" : ""}), which replacing it would delete`
    })
  }
  return undefined
}
