/**
 * Why a file that was listed cannot be read, in words a user can act on. Reading happens after
 * the folder was listed, so permissions, races with other programs and failing disks all show up
 * here; each becomes one reject for that file and the run goes on.
 */

const HINTS: Readonly<Record<string, string>> = {
  EACCES: "permission denied (EACCES); check the file's permissions",
  EPERM: "operation not permitted (EPERM); check the file's permissions",
  ENOENT: "it disappeared after the folder was listed (ENOENT); run again once the folder has stopped changing",
  EISDIR: "it is a folder, not a file (EISDIR)",
  EIO: "input/output error (EIO); the disk or network share may be failing",
  ELOOP: "symbolic link loop (ELOOP); remove the link",
  EMFILE: "too many open files (EMFILE); raise the open-file limit (ulimit -n)"
}

/** "cannot be read: permission denied (EACCES); check the file's permissions", for any thrown value. */
export const cannotRead = (error: unknown): string => {
  const code = (error as NodeJS.ErrnoException | null)?.code
  if (code !== undefined && HINTS[code] !== undefined) return `cannot be read: ${HINTS[code]}`
  const message = error instanceof Error ? error.message : String(error)
  return `cannot be read: ${code === undefined ? message : `${code}: ${message}`}`
}
