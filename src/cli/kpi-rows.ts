import { readFileSync } from "node:fs";
import type { TypedFigure } from "../core/kpi-update/index.js";
import { fold } from "../core/vi/normalize.js";

/**
 * The rows of a figures file (.xlsx first sheet, or .csv in UTF-8), one value a row, by their headers (with or
 * without diacritics): Chỉ số, Phạm vi, Đơn vị, Giá trị, Tính đến, Từ ngày, Đến ngày, Nguồn.
 */
const HEADERS: Record<keyof TypedFigure, readonly string[]> = {
  metric: ["chi so", "ma chi so", "metric"],
  scope: ["pham vi", "cap", "scope"],
  unit: ["don vi", "unit"],
  value: ["gia tri", "so lieu", "value"],
  asOf: ["tinh den", "tinh den ngay", "ngay", "as of", "asof"],
  periodFrom: ["tu ngay", "period from", "from"],
  periodTo: ["den ngay", "period to", "to"],
  source: ["nguon", "source"],
};
const REQUIRED: ReadonlyArray<keyof TypedFigure> = ["metric", "scope", "value"];

export type FigureRows = { rows: Array<{ row: number; figure: TypedFigure }> } | { missing: string };

export async function readFigureRows(file: string): Promise<FigureRows> {
  const table = /\.xlsx$/i.test(file) ? await readXlsx(file) : await readCsv(file);
  const header = table[0] ?? [];
  const column = new Map<keyof TypedFigure, number>();
  header.forEach((cell, i) => {
    const name = fold(cell).replace(/[:*]/g, "").replace(/\s+/g, " ").trim();
    for (const [field, names] of Object.entries(HEADERS) as Array<[keyof TypedFigure, readonly string[]]>) {
      if (names.includes(name) && !column.has(field)) column.set(field, i);
    }
  });
  const missing = REQUIRED.find((f) => !column.has(f));
  if (missing) return { missing: HEADERS[missing][0]! };
  const get = (cells: string[], f: keyof TypedFigure): string | null => {
    const i = column.get(f);
    const v = i === undefined ? "" : (cells[i] ?? "").trim();
    return v === "" ? null : v;
  };
  const rows = table.slice(1).flatMap((cells, i) => {
    if (cells.every((c) => c.trim() === "")) return [];
    return [{
      row: i + 2,
      figure: {
        metric: get(cells, "metric") ?? "", scope: get(cells, "scope") ?? "", unit: get(cells, "unit"), value: get(cells, "value") ?? "",
        asOf: get(cells, "asOf"), periodFrom: get(cells, "periodFrom"), periodTo: get(cells, "periodTo"), source: get(cells, "source"),
      },
    }];
  });
  return { rows };
}

async function readCsv(file: string): Promise<string[][]> {
  const { parse } = await import("csv-parse/sync");
  const text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  const delimiter = (text.split("\n")[0] ?? "").includes(";") ? ";" : ",";
  return parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true }) as string[][];
}

async function readXlsx(file: string): Promise<string[][]> {
  const ExcelJS = (await import("exceljs")).default;
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheet = book.worksheets[0];
  if (!sheet) return [];
  const out: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      cells[c - 1] = cellText(cell.value);
    });
    out[n - 1] = Array.from(cells, (c) => c ?? "");
  });
  return Array.from(out, (r) => r ?? []);
}

/** A cell as text: a date as yyyy-mm-dd (Excel dates are UTC midnights), a number in plain decimals. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  // Written the Vietnamese way so that a decimal 1.234 is not read as 1.234 thousands-grouped.
  if (typeof value === "number") return String(value).replace(".", ",");
  if (typeof value === "object" && value !== null) {
    const v = value as { result?: unknown; text?: string; richText?: Array<{ text: string }> };
    if (v.richText) return v.richText.map((r) => r.text).join("");
    if (v.text !== undefined) return v.text;
    if (v.result !== undefined) return cellText(v.result);
  }
  return String(value);
}
