/**
 * Sizes in reject reasons, in the unit of the `--max-file-mb` flag the reason tells users to
 * raise. The CLI turns that flag into bytes with 1 MB = 1024 × 1024 bytes, so this does too.
 */
const MB = 1024 * 1024

/** "28.7 MB", or "3000 bytes" for sizes that would round to 0.0 MB. */
export const formatSize = (bytes: number): string =>
  bytes < MB / 10 ? `${bytes} bytes` : `${(bytes / MB).toFixed(1)} MB`
