import type { TableContract } from "../contracts/TableContract.js"
import type { DocumentRow } from "../../stages/01_ingest/schema.js"

/** Rows one document produced so far, by table name. */
export type DocumentRows = Readonly<Record<string, ReadonlyArray<object>>>

/** What a corpus-level step may do with the run's table store. */
export interface CorpusContext {
  /** Runs SQL over the staging database and returns plain rows. */
  readonly query: (sql: string) => Promise<ReadonlyArray<Record<string, unknown>>>
  /** Appends rows to one of the stage's own tables. */
  readonly append: (table: TableContract<any>, rows: ReadonlyArray<object>) => Promise<void>
}

/**
 * One step of the pipeline. It names what it needs and what it makes (tables, or
 * `table.column` for a column it fills in), so the plan can be checked before anything runs.
 */
export interface Stage {
  readonly name: string
  readonly requires: ReadonlyArray<string>
  readonly provides: ReadonlyArray<string>
  /** Tables this stage writes rows to. Names starting with `_` are internal and not published. */
  readonly tables: ReadonlyArray<TableContract<any>>
  /** Pure and fast: the rows for one document, given what earlier stages made for it. */
  readonly perDocument?: (doc: DocumentRow, upstream: DocumentRows) => DocumentRows
  /** Runs once after every document went through `perDocument`. */
  readonly perCorpus?: (ctx: CorpusContext) => Promise<void>
  /** SQL that produces a published table's final rows from staging, when a stage reshapes it. */
  readonly finalSelect?: Readonly<Record<string, (stagingTable: string) => string>>
}
