/**
 * A table as read from a file (a sheet, a CSV file, a table of a Word document), in one neutral shape so that
 * everything after reading is the same for every format. Merged cells are already resolved by the reader:
 * a range merged across columns keeps its text in its first column only (a group row "I. CẢI CÁCH THỂ CHẾ"
 * spread over the whole row says nothing about the lead unit), and a range merged down copies its text into
 * every row it covers (one lead unit written once for three tasks leads each of them).
 */
export interface Grid {
  /** Where the rows are, for messages: the sheet's name, "CSV", "Bảng 2". */
  name: string;
  rows: readonly GridRow[];
  /** Text written above the table (a document's title, "Kèm theo Kế hoạch số …"), when the reader has it apart. */
  preamble?: readonly string[];
}

export interface GridRow {
  /** The row's number in its file, from 1: the sheet's row, the CSV line, the table's row. */
  number: number;
  /** Cell texts, first column first; "" for an empty cell. */
  cells: readonly string[];
}

/** 0 → "A", 25 → "Z", 26 → "AA": how a spreadsheet names a column. */
export function columnLetter(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** A cell's text as the rest of the import reads it: composed (NFC), no-break spaces as spaces, lines trimmed. */
export function cleanCell(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\u00a0\u2007\u202f\t]/g, " ")
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/ {2,}/g, " ").trim())
    .filter((line) => line !== "")
    .join("\n");
}

/** One line: a title or heading written over several lines inside its cell. */
export function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").trim();
}
