import { readFileSync } from "node:fs"
import { join } from "node:path"
import { packageRoot } from "./packageRoot.js"

/** The version in package.json, read once at start-up. */
export const VERSION: string = (JSON.parse(readFileSync(join(packageRoot, "package.json"), "utf8")) as { version: string }).version
