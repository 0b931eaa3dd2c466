import { Effect, FileSystem, Layer, Path, Sink, Stdio, Stream, Terminal } from "effect"
import { ChildProcessSpawner } from "effect/process"

/**
 * The services effect/cli asks for, backed by this Node process. The platform-node package
 * for effect 4 needs Node 22, and sitrep supports Node 20, so the few pieces the CLI touches
 * are provided here. sitrep's flags take plain strings, so the file system is never used
 * by the parser; a process spawner is never needed.
 */
const unused = (what: string) => Effect.die(`sitrep's CLI does not use ${what}`)

const writeTo = (stream: NodeJS.WriteStream) =>
  Sink.forEach((chunk: string | Uint8Array) => Effect.sync(() => void stream.write(chunk)))

export const cliEnvironment = Layer.mergeAll(
  FileSystem.layerNoop({}),
  Path.layer,
  Layer.succeed(
    Stdio.Stdio,
    Stdio.make({
      args: Effect.sync(() => process.argv.slice(2)),
      stdout: () => writeTo(process.stdout),
      stderr: () => writeTo(process.stderr),
      stdin: Stream.empty,
      stdoutIsTerminal: Effect.sync(() => process.stdout.isTTY === true),
      stderrIsTerminal: Effect.sync(() => process.stderr.isTTY === true)
    })
  ),
  Layer.succeed(
    Terminal.Terminal,
    Terminal.make({
      columns: Effect.sync(() => process.stdout.columns ?? 80),
      rows: Effect.sync(() => process.stdout.rows ?? 24),
      size: unused("terminal size"),
      readInput: unused("interactive input"),
      readLine: unused("interactive input"),
      display: (text: string) => Effect.sync(() => void process.stdout.write(text))
    })
  ),
  Layer.succeed(ChildProcessSpawner.ChildProcessSpawner, ChildProcessSpawner.make(() => unused("child processes")))
)
