/**
 * Sizes in reject reasons, in the unit of the `--max-file-mb` flag the reason tells users to
 * raise: MiB (1024 × 1024 bytes), as the CLI reads that flag.
 */
const MIB = 1024 * 1024

/** "28.7 MiB", or "3000 bytes" for sizes that would round to 0.0 MiB. */
export const formatSize = (bytes: number): string =>
  bytes < MIB / 10 ? `${bytes} bytes` : `${(bytes / MIB).toFixed(1)} MiB`
