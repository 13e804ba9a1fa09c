/**
 * A CSV file as one grid, read with csv-parse. The separator is the one the header line uses (Excel writes
 * ";" in some locales); the text must be UTF-8 (Excel's "CSV UTF-8"), which is checked rather than guessed.
 */
import { parse } from "csv-parse/sync";
import type { Grid, GridRow } from "../../core/plan-import/index.js";
import { MAX_ROWS, TooManyRows } from "./read-xlsx.js";

export class NotUtf8 extends Error {}

export function readCsv(bytes: Uint8Array): Grid {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new NotUtf8("not UTF-8");
  }
  text = text.replace(/^\uFEFF/, "");
  const records = parse(text, {
    delimiter: separatorOf(text),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    info: true,
  }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  if (records.length > MAX_ROWS) throw new TooManyRows(records.length);
  const rows: GridRow[] = [];
  let line = 1;
  for (const { record, info } of records) {
    rows.push({ number: line, cells: record });
    // info.lines is the line a record ends on: the next one starts on the line after.
    line = info.lines + 1;
  }
  return { name: "CSV", rows };
}

/** The separator used most on the first lines outside quotes: ",", ";" or a tab. */
function separatorOf(text: string): string {
  const head = text.slice(0, 8192).replace(/"[^"]*"/g, "");
  const lines = head.split(/\r?\n/).filter((l) => l.trim() !== "").slice(0, 10);
  const count = (sep: string) => lines.reduce((n, l) => n + l.split(sep).length - 1, 0);
  return [",", ";", "\t"].map((sep) => ({ sep, n: count(sep) })).sort((a, b) => b.n - a.n)[0]!.sep;
}
