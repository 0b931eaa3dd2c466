/**
 * The data dictionary, derived from the table contracts: `dictionary.json` for programs
 * (check_outputs.py reads tables[].name and tables[].columns[].name) and `dictionary.md` for
 * people. Both list tables in the order given and columns in contract order, so the same
 * contracts always give the same bytes.
 */
import { join } from "node:path"
import type { TableContract } from "../contracts/TableContract.js"
import { arrowTypeName } from "../writers/arrowSchema.js"
import { writeFileAtomic } from "../writers/atomicOutput.js"
import { duckdbType } from "../writers/duckdbDdl.js"

/** How the files are written; shown in both dictionary files so that readers need nothing else. */
const CONVENTIONS = {
  files: "Each table T is written as T.arrow (Arrow IPC file format), T.parquet (zstd) and T.csv, rows sorted by the table's key; the DuckDB database holds the same tables with these descriptions as column comments. Arrow and DuckDB mark non-nullable columns NOT NULL; Parquet (written by DuckDB) marks every column optional, and carries the table's description, grain and key as key-value metadata.",
  csv: "CSV: UTF-8 without BOM, RFC 4180, records end in CRLF (line breaks inside text are kept inside quotes), header = column names. Null is an empty cell, an empty string is \"\". Booleans are true/false; string lists are JSON arrays. Numbers are plain decimals (no exponent).",
  csv_formula_guard: "CSV only: a text cell that begins with = + - @ tab or CR is prefixed with an apostrophe (') so spreadsheets do not run it as a formula; strip one leading apostrophe before those characters to get the text back (a text that itself begins with an apostrophe and one of them reads the same, so use Arrow, Parquet or DuckDB for exact text). Arrow, Parquet and DuckDB keep the text unchanged."
} as const

export interface DictionaryColumn {
  readonly name: string
  readonly type: string
  readonly nullable: boolean
  readonly description: string
  readonly duckdb_type: string
  readonly arrow_type: string
}

export interface DictionaryTable {
  readonly name: string
  readonly grain: string
  readonly description: string
  readonly key: ReadonlyArray<string>
  readonly columns: ReadonlyArray<DictionaryColumn>
}

const describeTable = (t: TableContract<unknown>): DictionaryTable => ({
  name: t.name,
  grain: t.grain,
  description: t.description,
  key: [...t.key],
  columns: t.columns.map((c) => ({
    name: c.name,
    type: c.type,
    nullable: c.nullable,
    description: c.description,
    duckdb_type: duckdbType(c),
    arrow_type: arrowTypeName(c)
  }))
})

/** Text safe inside a Markdown table cell (types are in code spans, so `List<Utf8>` is not taken for HTML). */
const cell = (text: string): string => text.replaceAll("\\", "\\\\").replaceAll("|", "\\|").replace(/\s*\n\s*/g, " ")

const markdown = (tables: ReadonlyArray<DictionaryTable>): string => {
  const lines = [
    "# Data dictionary",
    "",
    CONVENTIONS.files,
    "",
    `- ${CONVENTIONS.csv}`,
    `- ${CONVENTIONS.csv_formula_guard}`,
    "",
    "| table | one row per … |",
    "|---|---|",
    ...tables.map((t) => `| [${cell(t.name)}](#${t.name.toLowerCase().replace(/[^a-z0-9_-]/g, "")}) | ${cell(t.grain)} |`)
  ]
  for (const t of tables) {
    lines.push(
      "",
      `## ${t.name}`,
      "",
      `**Grain:** ${t.grain}`,
      "",
      t.description,
      "",
      `**Key:** ${t.key.map((k) => `\`${k}\``).join(", ")} (rows are sorted by it)`,
      "",
      "| column | type | nullable | DuckDB | Arrow | description |",
      "|---|---|---|---|---|---|",
      ...t.columns.map(
        (c) =>
          `| \`${c.name}\` | ${c.type} | ${c.nullable ? "yes" : "no"} | \`${c.duckdb_type}\` | \`${c.arrow_type}\` | ${cell(c.description)} |`
      )
    )
  }
  return lines.join("\n") + "\n"
}

/** Writes dictionary.json and dictionary.md into `outDir` for the published tables. */
export const writeDictionary = async (contracts: ReadonlyArray<TableContract<unknown>>, outDir: string): Promise<void> => {
  const tables = contracts.map(describeTable)
  await writeFileAtomic(join(outDir, "dictionary.json"), JSON.stringify({ conventions: CONVENTIONS, tables }, null, 2) + "\n")
  await writeFileAtomic(join(outDir, "dictionary.md"), markdown(tables))
}
