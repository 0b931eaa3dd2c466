/**
 * Arrow schema derived from a table contract. Strings are Utf8 (32-bit offsets: batches are cut
 * well below 2 GiB), int64 is Int64 (read as bigint in JS, int64 in pandas/polars), string lists
 * are List<Utf8> with non-null items. Descriptions travel as schema and field metadata so a
 * reader of the .arrow file alone still knows what each column means.
 */
import { Bool, Field, Float64, Int32, Int64, List, Schema, Utf8, type DataType } from "apache-arrow"
import type { ColumnContract, TableContract } from "../contracts/TableContract.js"

/** Arrow type of a column. */
export const arrowType = (column: ColumnContract): DataType => {
  switch (column.type) {
    case "string":
      return new Utf8()
    case "int32":
      return new Int32()
    case "int64":
      return new Int64()
    case "float64":
      return new Float64()
    case "bool":
      return new Bool()
    case "string_list":
      return new List(new Field("item", new Utf8(), false))
  }
}

/** Arrow type as the data dictionary names it. */
export const arrowTypeName = (column: ColumnContract): string =>
  column.type === "string_list" ? "List<Utf8>" : String(arrowType(column))

/** The full schema of a table's .arrow file. */
export const arrowSchema = (contract: TableContract<unknown>): Schema =>
  new Schema(
    contract.columns.map((c) => new Field(c.name, arrowType(c), c.nullable, new Map([["description", c.description]]))),
    new Map([
      ["table", contract.name],
      ["description", contract.description],
      ["grain", contract.grain],
      ["key", JSON.stringify(contract.key)]
    ])
  )
