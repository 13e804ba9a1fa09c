/**
 * The tables of a .docx document as grids, read with mammoth: its document model gives each table cell its
 * column and row span (w:gridSpan, w:vMerge), which are laid out here as a spreadsheet would show them. The
 * paragraphs before the first table (the plan's title, "Kèm theo Kế hoạch số …") travel as its preamble.
 */
import mammoth from "mammoth";
import type { Grid, GridRow } from "../../core/plan-import/index.js";
import { MAX_ROWS, TooManyRows } from "./read-xlsx.js";

interface Element {
  type: string;
  value?: string;
  children?: Element[];
  colSpan?: number;
  rowSpan?: number;
}

export async function readDocx(bytes: Uint8Array): Promise<Grid[]> {
  let document: Element | undefined;
  await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
    {
      transformDocument: (element: Element) => {
        document = element;
        // Nothing needs to become HTML: an empty document keeps the conversion cheap.
        return { ...element, children: [] };
      },
    },
  );
  if (!document) return [];
  const grids: Grid[] = [];
  const preamble: string[] = [];
  for (const child of document.children ?? []) {
    if (child.type === "table") grids.push(tableGrid(child, `Bảng ${grids.length + 1}`, grids.length === 0 ? preamble : []));
    else if (grids.length === 0) {
      const text = textOf(child).trim();
      if (text !== "") preamble.push(text);
    }
  }
  return grids;
}

function tableGrid(table: Element, name: string, preamble: readonly string[]): Grid {
  const rows = (table.children ?? []).filter((r) => r.type === "tableRow");
  if (rows.length > MAX_ROWS) throw new TooManyRows(rows.length);
  const grid: string[][] = rows.map(() => []);
  const filled: boolean[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of (row.children ?? []).filter((e) => e.type === "tableCell")) {
      while (filled[r]![c]) c++;
      const text = textOf(cell).trim();
      const across = Math.max(1, cell.colSpan ?? 1);
      const down = Math.max(1, cell.rowSpan ?? 1);
      for (let dr = 0; dr < down && r + dr < rows.length; dr++) {
        for (let dc = 0; dc < across; dc++) {
          grid[r + dr]![c + dc] = dc === 0 ? text : "";
          filled[r + dr]![c + dc] = true;
        }
      }
      c += across;
    }
  });
  const gridRows: GridRow[] = grid.map((cells, r) => ({ number: r + 1, cells: Array.from(cells, (t) => t ?? "") }));
  return { name, rows: gridRows, preamble };
}

/** A paragraph's or a cell's text: paragraphs on their own lines, line breaks kept, tabs as spaces. */
function textOf(element: Element): string {
  switch (element.type) {
    case "text":
      return element.value ?? "";
    case "tab":
      return " ";
    case "break":
      return "\n";
    case "paragraph":
      return `${(element.children ?? []).map(textOf).join("")}\n`;
    case "table":
      return (element.children ?? []).map((row) => (row.children ?? []).map(textOf).join(" ")).join("\n");
    default:
      return (element.children ?? []).map(textOf).join("");
  }
}
