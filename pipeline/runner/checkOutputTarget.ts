import { Data } from "effect"
import { existsSync, readdirSync, statSync } from "node:fs"
import { relative, resolve, sep } from "node:path"

/** `--out` points somewhere that replacing wholesale would destroy data. */
export class UnsafeOutput extends Data.TaggedError("UnsafeOutput")<{ readonly outDir: string; readonly why: string }> {
  override get message(): string {
    return `refusing to write to ${this.outDir}: ${this.why}. Choose a new or empty folder with --out.`
  }
}

const isWithin = (child: string, parent: string): boolean => {
  const rel = relative(parent, child)
  return rel === "" || (!rel.startsWith("..") && !rel.startsWith(sep) && rel !== "..")
}

/**
 * A run replaces its output folder as a whole, so the folder must not hold the input, must not
 * sit inside the input (the next run would read its own outputs), and, if it already exists,
 * must be empty or an earlier sitrep output (it has dictionary.json).
 */
export function checkOutputTarget(input: string, outDir: string): UnsafeOutput | undefined {
  const inAbs = resolve(input)
  const outAbs = resolve(outDir)
  if (isWithin(inAbs, outAbs)) return new UnsafeOutput({ outDir, why: "it contains the input, which would be deleted when the outputs are replaced" })
  if (existsSync(inAbs) && statSync(inAbs).isDirectory() && isWithin(outAbs, inAbs)) {
    return new UnsafeOutput({ outDir, why: "it lies inside the input folder, so the next run would read its own outputs" })
  }
  if (!existsSync(outAbs)) return undefined
  if (!statSync(outAbs).isDirectory()) return new UnsafeOutput({ outDir, why: "it is a file, not a folder" })
  const entries = readdirSync(outAbs)
  if (entries.length > 0 && !entries.includes("dictionary.json")) {
    return new UnsafeOutput({
      outDir,
      why: "it is not empty and is not an earlier sitrep output (no dictionary.json); its contents would be replaced"
    })
  }
  return undefined
}
