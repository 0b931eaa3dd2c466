/**
 * @duckdb/node-api, loaded with `require`. The package is CommonJS: an ESM `import` of it makes
 * Node scan each of its modules for export names first, which cost 0.1–0.17 s of CPU at every
 * start (measured: `import()` 0.29–0.32 s, `require` 0.14–0.16 s). Types still come from the
 * package itself; import values from here and types from "@duckdb/node-api".
 */
import { createRequire } from "node:module"

type DuckDB = typeof import("@duckdb/node-api")

const duckdb = createRequire(import.meta.url)("@duckdb/node-api") as DuckDB

export const DuckDBInstance: DuckDB["DuckDBInstance"] = duckdb.DuckDBInstance
export const DuckDBDataChunk: DuckDB["DuckDBDataChunk"] = duckdb.DuckDBDataChunk
export const DuckDBTypeId: DuckDB["DuckDBTypeId"] = duckdb.DuckDBTypeId
export const StatementType: DuckDB["StatementType"] = duckdb.StatementType
export const { BIGINT, BOOLEAN, DOUBLE, INTEGER, VARCHAR, LIST, listValue } = duckdb
// The classes' and enums' instance types, under the same names as their values.
export type DuckDBInstance = import("@duckdb/node-api").DuckDBInstance
export type DuckDBDataChunk = import("@duckdb/node-api").DuckDBDataChunk
export type DuckDBTypeId = import("@duckdb/node-api").DuckDBTypeId
