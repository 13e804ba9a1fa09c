/**
 * Finding the task table's columns by their Vietnamese headers, in the forms real plans use: "STT", "Nội dung"
 * or "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành" or "Thời hạn", "Sản phẩm" or
 * "Kết quả", "Ghi chú" — with or without diacritics, in capitals, broken over lines, below a title, and over
 * two rows ("Cơ quan thực hiện" above "Chủ trì" | "Phối hợp").
 */
import type { Grid } from "./grid.js";
import { oneLine } from "./grid.js";
import { hasWords, plainWords } from "./words.js";

export type Field = "stt" | "code" | "title" | "lead" | "cooperating" | "deadline" | "start" | "product" | "note";

/** The columns the import cannot do without. */
export const REQUIRED_FIELDS: readonly Field[] = ["title", "lead", "deadline"];

export interface TableHeader {
  /** Index in grid.rows of the first data row. */
  dataStart: number;
  /** Index in grid.rows of the (first) header row. */
  headerRow: number;
  columns: ReadonlyMap<Field, number>;
  /** Each column's header as written, one line ("Thời gian hoàn thành"). */
  headers: readonly string[];
}

/** Rules in order: the first that fits a header decides ("Thời gian hoàn thành nhiệm vụ" is a deadline, not a task). */
const RULES: ReadonlyArray<{ field: Field; test: (words: string) => boolean }> = [
  { field: "stt", test: (w) => /^(s )?(stt|tt|so tt|so thu tu|thu tu)$/.test(w) },
  { field: "code", test: (w) => /^(ma|ma so|ma nhiem vu|ma nv|ma cong viec|ma so nhiem vu|code|task code)$/.test(w) },
  { field: "note", test: (w) => hasWords(w, "ghi chu") || w === "notes" || w === "note" },
  { field: "cooperating", test: (w) => hasWords(w, "phoi hop") || hasWords(w, "cooperating") },
  { field: "lead", test: (w) => hasWords(w, "chu tri") || /^(co quan|don vi|co quan don vi) (thuc hien|thuc hien chinh)$/.test(w) || w === "lead" || w === "lead unit" },
  { field: "start", test: (w) => hasWords(w, "bat dau") || hasWords(w, "khoi cong") || w === "start" },
  {
    field: "deadline",
    test: (w) =>
      ["thoi gian", "thoi han", "han hoan thanh", "moc thoi gian", "tien do hoan thanh", "tien do thuc hien", "ket thuc", "deadline"].some((p) => hasWords(w, p)) ||
      w === "hoan thanh" || w === "han",
  },
  { field: "product", test: (w) => ["san pham", "ket qua", "hinh thuc van ban", "output", "product"].some((p) => hasWords(w, p)) },
  {
    field: "title",
    test: (w) => ["noi dung", "nhiem vu", "cong viec", "ten de an", "hoat dong", "giai phap", "task", "title"].some((p) => hasWords(w, p)),
  },
];

export function classifyHeader(text: string): Field | undefined {
  const words = plainWords(text);
  if (words === "") return undefined;
  return RULES.find((rule) => rule.test(words))?.field;
}

/** Rows scanned for the header; a plan's title block is a few rows, never dozens. */
const SCAN_ROWS = 40;

/** The task table's header in a grid, or undefined when no row names at least a task column and a lead or a deadline. */
export function findHeader(grid: Grid): TableHeader | undefined {
  const limit = Math.min(grid.rows.length, SCAN_ROWS);
  for (let i = 0; i < limit; i++) {
    const single = columnsOf(grid.rows[i]!.cells);
    if (!looksLikeHeader(single)) continue;
    const next = grid.rows[i + 1];
    let columns = single;
    let texts = grid.rows[i]!.cells.map(oneLine);
    let dataStart = i + 1;
    if (next && isSubHeader(next.cells, single)) {
      // A column left blank under a merged parent ("Cơ quan thực hiện" over "Chủ trì" | "Phối hợp") is named by its child alone.
      texts = texts.map((parent, c) => [parent, oneLine(next.cells[c] ?? "")].filter((t) => t !== "").join(" "));
      columns = columnsOf(texts);
      dataStart = i + 2;
    }
    while (dataStart < grid.rows.length && isNumberingRow(grid.rows[dataStart]!.cells)) dataStart++;
    return { headerRow: i, dataStart, columns, headers: texts };
  }
  return undefined;
}

/** The fields a row's cells name; the first column naming a field keeps it. */
function columnsOf(cells: readonly string[]): Map<Field, number> {
  const columns = new Map<Field, number>();
  cells.forEach((cell, c) => {
    const field = classifyHeader(cell);
    if (field && !columns.has(field)) columns.set(field, c);
  });
  return columns;
}

function looksLikeHeader(columns: ReadonlyMap<Field, number>): boolean {
  return columns.has("title") && (columns.has("lead") || columns.has("deadline") || columns.has("cooperating"));
}

/** The second row of a two-row header: it names fields the first row left unnamed or named only in general. */
function isSubHeader(cells: readonly string[], parent: ReadonlyMap<Field, number>): boolean {
  if (isNumberingRow(cells)) return false;
  const named = cells.map((cell) => classifyHeader(cell));
  const fresh = named.filter((field, c) => field !== undefined && (!parent.has(field) || parent.get(field) !== c));
  const words = cells.filter((cell) => cell.trim() !== "");
  return fresh.length > 0 && named.filter((f) => f !== undefined).length === words.length;
}

/** The row of column numbers many tables carry under the header: "(1) (2) (3) …" or "1 2 3 …". */
export function isNumberingRow(cells: readonly string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter((c) => c !== "");
  if (filled.length < 3) return false;
  const numbers = filled.map((c) => /^\(?(\d{1,2})\)?$/.exec(c)?.[1]);
  if (numbers.some((n) => n === undefined)) return false;
  return numbers.every((n, i) => i === 0 || Number(n) > Number(numbers[i - 1]));
}

/** The header's own row repeated further down (a table broken over pages and pasted together). */
export function isHeaderAgain(cells: readonly string[], header: TableHeader): boolean {
  const title = header.columns.get("title")!;
  const text = cells[title] ?? "";
  // Most rows are tasks, far longer than a header: the length alone rules them out.
  if (text.length > (header.headers[title] ?? "").length + 8) return false;
  return classifyHeader(text) === "title" && plainWords(text) === plainWords(header.headers[title] ?? "");
}
