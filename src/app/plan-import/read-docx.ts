/**
 * The tables of a .docx document as grids, read from the document's own XML: the package opened with jszip
 * and word/document.xml streamed through saxes (both kept libraries; exceljs and mammoth use them too). Going
 * past a document model keeps a 5.000-row appendix within the import's time and memory: mammoth built the
 * whole document in memory first (2,6–3,9 s and ~600 MB for 5.000 rows). Cells merged across (w:gridSpan)
 * keep their text in their first column; cells merged down (w:vMerge) copy the text of the cell they continue,
 * as a spreadsheet would show them. The paragraphs before the first table (the plan's title, "Kèm theo Kế
 * hoạch số …") travel as its preamble; a table inside a cell is read as that cell's text.
 */
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import type { Grid, GridRow } from "../../core/plan-import/index.js";
import { MAX_ROWS, TooManyRows } from "./read-xlsx.js";

interface Cell {
  text: string;
  span: number;
  /** "restart" starts a cell merged down, "continue" continues the one above; null: not merged down. */
  vMerge: "restart" | "continue" | null;
}

export async function readDocx(bytes: Uint8Array): Promise<Grid[]> {
  const zip = await JSZip.loadAsync(bytes);
  const part = zip.file(await mainPart(zip));
  if (!part) throw new Error("no main document part");
  return parseDocument(await part.async("string"));
}

/** The main document's part, as the package's relationships name it (word/document.xml nearly always). */
async function mainPart(zip: JSZip): Promise<string> {
  const rels = await zip.file("_rels/.rels")?.async("string");
  const target = rels && /<Relationship\b[^>]*Type="[^"]*\/officeDocument"[^>]*Target="\/?([^"]+)"/u.exec(rels)?.[1];
  const other = rels && /<Relationship\b[^>]*Target="\/?([^"]+)"[^>]*Type="[^"]*\/officeDocument"/u.exec(rels)?.[1];
  return target ?? other ?? "word/document.xml";
}

/** The body's top-level tables, each with the paragraphs written before the first one. */
export function parseDocument(xml: string): Grid[] {
  const parser = new SaxesParser({ position: false });
  const tables: Cell[][][] = [];
  const preamble: string[] = [];
  // One entry per open table (nested ones too): its rows, the row and the cell being read.
  const open: Array<{ rows: Cell[][]; row: Cell[] | null; cell: Cell | null }> = [];
  let paragraph = "";
  let inText = false;
  let inCellProps = false;
  let error: Error | undefined;

  // Text goes to the cell of the outermost table being read (a nested table's text is that cell's), else to the body's paragraph.
  const append = (text: string) => {
    const cell = open[0]?.cell;
    if (cell) cell.text += text;
    else if (open.length === 0) paragraph += text;
  };

  parser.on("opentag", (tag) => {
    switch (tag.name) {
      case "w:tbl":
        open.push({ rows: [], row: null, cell: null });
        break;
      case "w:tr": {
        const table = open[open.length - 1];
        if (table) table.row = [];
        break;
      }
      case "w:tc": {
        const table = open[open.length - 1];
        if (table && open.length === 1) table.cell = { text: "", span: 1, vMerge: null };
        break;
      }
      case "w:tcPr":
        inCellProps = true;
        break;
      case "w:gridSpan": {
        const cell = open.length === 1 ? open[0]!.cell : null;
        const span = Number(tag.attributes["w:val"]);
        if (cell && inCellProps && Number.isInteger(span) && span > 1) cell.span = span;
        break;
      }
      case "w:vMerge": {
        const cell = open.length === 1 ? open[0]!.cell : null;
        if (cell && inCellProps) cell.vMerge = tag.attributes["w:val"] === "restart" ? "restart" : "continue";
        break;
      }
      case "w:t":
        inText = !tag.isSelfClosing;
        break;
      case "w:tab":
        if (!inCellProps) append(" ");
        break;
      case "w:br":
      case "w:cr":
        append("\n");
        break;
      case "w:noBreakHyphen":
        append("-");
        break;
    }
  });
  parser.on("text", (text) => {
    if (inText) append(text);
  });
  parser.on("closetag", (tag) => {
    switch (tag.name) {
      case "w:t":
        inText = false;
        break;
      case "w:tcPr":
        inCellProps = false;
        break;
      case "w:p":
        if (open.length === 0) {
          const text = paragraph.trim();
          if (text !== "" && tables.length === 0) preamble.push(text);
          paragraph = "";
        } else append("\n");
        break;
      case "w:tc": {
        const table = open[open.length - 1]!;
        if (open.length === 1 && table.cell && table.row) table.row.push(table.cell);
        else if (open.length > 1) append(" ");
        table.cell = null;
        break;
      }
      case "w:tr": {
        const table = open[open.length - 1]!;
        if (open.length === 1 && table.row) {
          table.rows.push(table.row);
          if (table.rows.length > MAX_ROWS) throw new TooManyRows(table.rows.length);
        } else if (open.length > 1) append("\n");
        table.row = null;
        break;
      }
      case "w:tbl": {
        const table = open.pop()!;
        if (open.length === 0) tables.push(table.rows);
        break;
      }
    }
  });
  parser.on("error", (e) => {
    error ??= e;
  });
  parser.write(xml).close();
  if (error) throw error;
  return tables.map((rows, i) => ({ name: `Bảng ${i + 1}`, rows: layOut(rows), preamble: i === 0 ? preamble : [] }));
}

/** Cells placed on the table's grid: spans across leave their other columns empty, a cell merged down repeats the text above it. */
function layOut(rows: readonly Cell[][]): GridRow[] {
  const grid: string[][] = [];
  rows.forEach((row, r) => {
    const cells: string[] = [];
    for (const cell of row) {
      const c = cells.length;
      const text = cell.vMerge === "continue" && r > 0 ? grid[r - 1]![c] ?? "" : cell.text.trim();
      cells.push(text);
      for (let k = 1; k < cell.span; k++) cells.push("");
    }
    grid.push(cells);
  });
  return grid.map((cells, r) => ({ number: r + 1, cells }));
}
