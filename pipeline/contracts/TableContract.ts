/**
 * A table's contract, declared once per table. Everything else is derived from it:
 * the Arrow schema, the CSV header, the DuckDB DDL, the Parquet file and the data dictionary.
 */

/** Logical column types; each writer maps them to its own physical type. */
export type ColumnType = "string" | "int32" | "int64" | "float64" | "bool" | "string_list"

export interface ColumnContract {
  readonly name: string
  readonly type: ColumnType
  /** False when every row must carry a value. */
  readonly nullable: boolean
  readonly description: string
}

export interface TableContract<Row = Record<string, unknown>> {
  readonly name: string
  /** What one row is, in words ("one row per sentence"). */
  readonly grain: string
  readonly description: string
  /** Columns that identify a row; rows are written sorted by them. */
  readonly key: ReadonlyArray<string>
  readonly columns: ReadonlyArray<ColumnContract>
  /** Type-only marker so that `RowOf<typeof table>` works; never set at run time. */
  readonly _row?: Row
}

type ValueOf<T extends ColumnType> = T extends "string"
  ? string
  : T extends "int32" | "int64" | "float64"
    ? number
    : T extends "bool"
      ? boolean
      : T extends "string_list"
        ? ReadonlyArray<string>
        : never

type RowFromColumns<Cs extends ReadonlyArray<ColumnContract>> = {
  readonly [C in Cs[number] as C["name"]]: C["nullable"] extends true ? ValueOf<C["type"]> | null : ValueOf<C["type"]>
}

/** Declares a table; the row type is inferred from the column list. */
export const defineTable = <const Cs extends ReadonlyArray<ColumnContract>>(table: {
  readonly name: string
  readonly grain: string
  readonly description: string
  readonly key: ReadonlyArray<Cs[number]["name"]>
  readonly columns: Cs
}): TableContract<RowFromColumns<Cs>> => table

export type RowOf<T> = T extends TableContract<infer R> ? R : never
