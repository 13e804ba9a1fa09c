/**
 * From a file's bytes to the task tables in it: the format checked against the content, the file read with
 * its library, and the tables whose header names the task columns picked out. Every way this can fail is a
 * Problem (one line for the user), never an exception.
 */
import { type Grid, type Problem, type TableHeader, REQUIRED_FIELDS, findHeader, problem } from "../../core/plan-import/index.js";
import { type ImportFormat, checkFile } from "./file-kind.js";
import { NotUtf8, readCsv } from "./read-csv.js";
import { readDocx } from "./read-docx.js";
import { MAX_ROWS, TooManyRows, readXlsx } from "./read-xlsx.js";

export interface TaskTable {
  grid: Grid;
  header: TableHeader;
}

export type TablesRead = { ok: true; format: ImportFormat; tables: TaskTable[] } | { ok: false; problem: Problem };

export async function readTaskTables(file: { name: string; bytes: Uint8Array }): Promise<TablesRead> {
  const checked = checkFile(file.name, file.bytes.length, file.bytes);
  if ("problem" in checked) return { ok: false, problem: checked.problem };
  let grids: Grid[];
  try {
    grids = checked.format === "xlsx" ? await readXlsx(file.bytes) : checked.format === "csv" ? [readCsv(file.bytes)] : await readDocx(file.bytes);
  } catch (error) {
    if (error instanceof TooManyRows) return { ok: false, problem: problem("too-many-rows", { name: file.name, rows: error.rows, limit: MAX_ROWS }) };
    if (error instanceof NotUtf8) return { ok: false, problem: problem("not-utf8", { name: file.name }) };
    return { ok: false, problem: problem("unreadable", { name: file.name, format: checked.format, detail: firstLine(error) }) };
  }
  // A zip that held no sheet at all was no workbook.
  if (checked.format === "xlsx" && grids.length === 0) return { ok: false, problem: problem("wrong-format", { name: file.name, format: "xlsx", actual: "zip" }) };
  const filled = grids.filter((g) => g.rows.some((r) => r.cells.some((c) => c.trim() !== "")));
  if (filled.length === 0) {
    return { ok: false, problem: problem(checked.format === "docx" && grids.length === 0 ? "no-table" : "sheet-empty", { name: file.name, table: grids[0]?.name ?? "" }) };
  }
  const tables: TaskTable[] = [];
  let partial: { grid: Grid; header: TableHeader } | undefined;
  for (const grid of filled) {
    const header = findHeader(grid);
    if (!header) continue;
    if (REQUIRED_FIELDS.every((f) => header.columns.has(f))) {
      tables.push({ grid, header });
      // A workbook's first task sheet is the plan (others are summaries or copies); a document's tables are its parts.
      if (checked.format !== "docx") break;
    } else partial ??= { grid, header };
  }
  if (tables.length > 0) return { ok: true, format: checked.format, tables };
  if (partial) {
    const missing = REQUIRED_FIELDS.filter((f) => !partial!.header.columns.has(f));
    return { ok: false, problem: problem("no-header", { name: file.name, missing }, { table: partial.grid.name, row: partial.grid.rows[partial.header.headerRow]!.number }) };
  }
  return { ok: false, problem: problem("no-header", { name: file.name, missing: [...REQUIRED_FIELDS] }, { table: filled[0]!.name, row: 1 }) };
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n")[0]!.slice(0, 200);
}
