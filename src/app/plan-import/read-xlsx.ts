/**
 * Sheets of an .xlsx workbook as grids, read with exceljs. A merged range keeps its text in its first column
 * and copies it down the rows it covers (see core/plan-import/grid.ts); dates typed as dates become "d/m/yyyy",
 * as a plan would write them.
 */
import ExcelJS from "exceljs";
import type { Grid } from "../../core/plan-import/index.js";

export const MAX_ROWS = 20_000;

export class TooManyRows extends Error {
  constructor(readonly rows: number) {
    super(`too many rows: ${rows}`);
  }
}

export async function readXlsx(bytes: Uint8Array): Promise<Grid[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const grids: Grid[] = [];
  for (const sheet of workbook.worksheets) {
    if (sheet.state !== "visible") continue;
    if (sheet.rowCount > MAX_ROWS) throw new TooManyRows(sheet.rowCount);
    const width = sheet.columnCount;
    const rows = [];
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const cells: string[] = [];
      for (let c = 1; c <= width; c++) {
        const cell = row.getCell(c);
        // A cell inside a merged range shows the range's value: only the range's own column keeps it.
        const own = !cell.isMerged || cell.master.col === cell.col;
        cells.push(own ? textOf(cell.isMerged ? cell.master.value : cell.value) : "");
      }
      rows.push({ number: r, cells });
    }
    grids.push({ name: sheet.name, rows });
  }
  return grids;
}

function textOf(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(12)));
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return `${value.getUTCDate()}/${value.getUTCMonth() + 1}/${value.getUTCFullYear()}`;
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("formula" in value || "sharedFormula" in value) return textOf((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ("text" in value) return String((value as ExcelJS.CellHyperlinkValue).text);
  return "";
}
