/** Runs the compiled `sitrep` CLI as a user would, in a child process. */
import { spawnSync } from "node:child_process"
import { existsSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"

export const repoRoot = fileURLToPath(new URL("../..", import.meta.url))
export const cliPath = join(repoRoot, "dist", "bundle", "main.mjs")

export interface CliResult {
  readonly status: number | null
  readonly stdout: string
  readonly stderr: string
}

export function runCli(args: ReadonlyArray<string>, options: { cwd?: string } = {}): CliResult {
  if (!existsSync(cliPath)) throw new Error(`${cliPath} is missing: run the tests with \`make test\`, which builds first`)
  const child = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: options.cwd ?? repoRoot,
    encoding: "utf8",
    env: { ...process.env, SITREP_DEBUG: "" },
    maxBuffer: 64 * 1024 * 1024
  })
  return { status: child.status, stdout: child.stdout, stderr: child.stderr }
}
