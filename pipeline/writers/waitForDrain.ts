import { once } from "node:events"
import type { Writable } from "node:stream"

/**
 * Backpressure without hanging: waits for `drain` when the stream's buffer is full, but gives
 * up as soon as `failed` rejects (the stream's pipeline broke: disk full, folder removed …).
 */
export const waitForDrain = async (stream: Writable, failed: Promise<unknown>): Promise<void> => {
  if (!stream.writableNeedDrain) return
  await Promise.race([once(stream, "drain"), failed])
}
