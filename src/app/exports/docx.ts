/**
 * The report as a .docx (the docx library) in the layout of a provincial office's report (Nghị định 30/2020):
 * the issuing body and the national motto side by side, the number and the place and date, "BÁO CÁO" and its
 * subject, then I. Kết quả thực hiện (the counts, the main KPIs and the table of tasks by status), II. Tồn tại,
 * hạn chế and III. Đề xuất, then the recipients and the signature block, in Times New Roman 13–14 pt on A4.
 * Everything is plain paragraphs and tables, ready to edit; placeholders (the number) are left blank.
 */
import JSZip from "jszip";
import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableBorders, TableCell, TableRow, TextRun, WidthType } from "docx";
import { type ReportData, type ReportSummary, STATUS_GROUPS, findings, proposals, summarise } from "../../core/exports/index.js";
import { formatComputed } from "../../core/format.js";
import { parseLocalDate } from "../../core/local-date.js";
import type { ReportWords } from "./words.js";

const FONT = "Times New Roman";
/** Half-points: 14 pt body, 13 pt header and table, 12 pt for the table's rows. */
const BODY = 28;
const SMALL = 26;
const TABLE = 24;
/** A4 in twentieths of a point, margins 2 cm top and bottom, 3 cm left, 1,5 cm right. */
const PAGE = { width: 11906, height: 16838 };
const MARGIN = { top: 1134, bottom: 1134, left: 1701, right: 850 };
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
/** Key figures listed in "Kết quả": the latest per metric and scope, at most this many. */
const KPI_LINES = 12;

export async function writeDocument(data: ReportData, words: ReportWords): Promise<Uint8Array> {
  const summary = summarise(data.tasks, data.extensions, data.asOf);
  const table = taskTable(data, summary, words);
  const document = new Document({
    creator: "Nhắc việc",
    title: words.t("export-doc-subject", { plans: words.plans(data.plans) }),
    styles: {
      default: { document: { run: { font: FONT, size: BODY } } },
      paragraphStyles: [
        { id: "TableText", name: "Table text", run: { size: TABLE } },
        { id: "TableCenter", name: "Table text centred", basedOn: "TableText", paragraph: { alignment: AlignmentType.CENTER } },
        { id: "TableHead", name: "Table heading", basedOn: "TableText", run: { bold: true }, paragraph: { alignment: AlignmentType.CENTER } },
      ],
    },
    sections: [
      {
        properties: { page: { size: PAGE, margin: MARGIN } },
        children: [
          heading(data, words),
          para([run(words.t("export-doc-kind"), { bold: true })], { align: AlignmentType.CENTER, before: 360 }),
          para([run(words.t("export-doc-subject", { plans: words.plans(data.plans) }), { bold: true })], { align: AlignmentType.CENTER }),
          para([run(words.t("export-doc-as-of", { date: words.date(data.asOf) }), { italics: true })], { align: AlignmentType.CENTER, after: 240 }),
          section(words.t("export-doc-results")),
          body(words.say({ key: "export-doc-counts", args: counts(summary, words) })),
          ...keyFigures(data, words),
          para([run(words.t("export-doc-table-title"), { bold: true, italics: true })], { align: AlignmentType.CENTER, before: 120 }),
          table.table,
          section(words.t("export-doc-findings")),
          ...findings(summary).map((r) => body(words.say(r))),
          section(words.t("export-doc-proposals")),
          ...proposals(summary).map((r) => body(words.say(r))),
          signature(words),
        ],
      },
    ],
  });
  return fillRows(new Uint8Array(await Packer.toBuffer(document)), table.lines);
}

function run(text: string, style: { bold?: boolean; italics?: boolean; underline?: boolean; size?: number } = {}): TextRun {
  return new TextRun({ text, ...(style.bold ? { bold: true } : {}), ...(style.italics ? { italics: true } : {}), ...(style.underline ? { underline: {} } : {}), ...(style.size ? { size: style.size } : {}) });
}

function para(children: TextRun[], o: { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; before?: number; after?: number; indent?: boolean } = {}): Paragraph {
  return new Paragraph({
    children,
    ...(o.align ? { alignment: o.align } : {}),
    spacing: { before: o.before ?? 0, after: o.after ?? 60 },
    ...(o.indent ? { indent: { firstLine: 567 } } : {}),
  });
}

function section(title: string): Paragraph {
  return para([run(title, { bold: true })], { before: 240, after: 120, indent: true });
}

function body(text: string): Paragraph {
  return para([run(text)], { align: AlignmentType.JUSTIFIED, indent: true });
}

/** The issuing body over the number, the motto over the place and date: a borderless two-column table. */
function heading(data: ReportData, words: ReportWords): Table {
  const { day, month, year } = parseLocalDate(data.asOf);
  const place = placeOf(data.province);
  const left = [
    para([run(upper(abbreviate(data.province)), { size: SMALL })], { align: AlignmentType.CENTER, after: 0 }),
    para([run(upper(data.office), { bold: true, size: SMALL })], { align: AlignmentType.CENTER, after: 120 }),
    para([run(words.t("export-doc-number"), { size: SMALL })], { align: AlignmentType.CENTER }),
  ];
  const right = [
    para([run(words.t("export-doc-nation"), { bold: true, size: SMALL })], { align: AlignmentType.CENTER, after: 0 }),
    para([run(words.t("export-doc-motto"), { bold: true, underline: true, size: BODY })], { align: AlignmentType.CENTER, after: 120 }),
    para([run(words.t("export-doc-place-date", { place, day: String(day), month: String(month), year: String(year) }), { italics: true })], { align: AlignmentType.CENTER }),
  ];
  const widths = [Math.round(TEXT_WIDTH * 0.4), TEXT_WIDTH - Math.round(TEXT_WIDTH * 0.4)];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [left, right].map((children, i) => new TableCell({ children, width: { size: widths[i]!, type: WidthType.DXA } })) })],
  });
}

function counts(summary: ReportSummary, words: ReportWords): Record<string, string | number> {
  const n = (g: (typeof STATUS_GROUPS)[number]) => summary.byGroup.get(g)?.length ?? 0;
  return {
    total: summary.total,
    done: summary.done,
    donePercent: summary.total === 0 ? "0%" : `${formatComputed((summary.done * 100) / summary.total, words.locale)}%`,
    late: summary.doneLate,
    onTime: n("in_progress_on_time"),
    notStarted: n("not_started_on_time"),
    awaiting: n("awaiting_confirmation"),
    blocked: summary.blocked,
    overdue: n("overdue"),
  };
}

/** The latest figure of each metric and scope known on the day. */
function keyFigures(data: ReportData, words: ReportWords): Paragraph[] {
  const latest = new Map<string, ReportData["kpis"][number]>();
  const dateOf = (k: ReportData["kpis"][number]) => k.value.asOf ?? k.value.periodTo ?? "";
  for (const k of data.kpis) {
    const key = `${k.metric.key}|${k.value.scope}|${k.value.unitId ?? ""}`;
    const seen = latest.get(key);
    if (!seen || dateOf(k) >= dateOf(seen)) latest.set(key, k);
  }
  const lines = [...latest.values()].slice(0, KPI_LINES);
  if (lines.length === 0) return [];
  return [
    body(words.t("export-doc-kpis")),
    ...lines.map((k) => body(words.t("export-doc-kpi", { metric: words.kpiName(k), scope: words.kpiScope(k), value: words.kpiValue(k), when: words.kpiWhen(k) || "none", source: k.value.sourceTitle }))),
  ];
}

const COLUMNS = ["no", "code", "title", "lead", "deadline", "state"] as const;
const SHARES = [0.06, 0.12, 0.37, 0.17, 0.11, 0.17];

/** What the task table's rows say: a group's heading, or a task's six cells. */
type TableLine = { group: string } | { cells: string[] };

/** Markers in the two template rows the library writes; each row is then repeated with the lines' text. */
const GROUP_MARK = "NVEXPORTGROUP";
const CELL_MARK = (i: number) => `NVEXPORTCELL${i}X`;

/**
 * The tasks by status, most urgent group first: a group row (merged across) over its tasks. The library writes
 * the table with its header and one row of each kind; those rows are then repeated for every group and task
 * (fillRows), since building thousands of rows through the library's objects cost ~2,5 s for 5.000 tasks.
 */
function taskTable(data: ReportData, summary: ReportSummary, words: ReportWords): { table: Table; lines: TableLine[] } {
  const widths = SHARES.map((s) => Math.round(TEXT_WIDTH * s));
  const line = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
  // Each cell is one paragraph in a named style (the grid's widths come from the table's columns).
  const cell = (text: string, o: { bold?: boolean; span?: number; center?: boolean } = {}) =>
    new TableCell({
      children: [new Paragraph({ text, style: o.bold ? "TableHead" : o.center ? "TableCenter" : "TableText" })],
      ...(o.span ? { columnSpan: o.span } : {}),
    });
  const lines: TableLine[] = [];
  let number = 0;
  for (const group of STATUS_GROUPS) {
    const tasks = summary.byGroup.get(group) ?? [];
    if (tasks.length === 0) continue;
    lines.push({ group: words.t("export-doc-group", { group, count: tasks.length }) });
    for (const task of tasks) {
      number += 1;
      const evidence = task.evidence ? words.t("export-doc-evidence", { evidence: task.evidence }) : "";
      lines.push({ cells: [String(number), task.code, task.title, words.lead(task), words.deadline(task), words.state(task, data.asOf) + evidence] });
    }
  }
  const rows = [new TableRow({ tableHeader: true, children: COLUMNS.map((c) => cell(words.col(c), { bold: true })) })];
  if (lines.length === 0) rows.push(new TableRow({ children: [cell(words.t("export-no-rows"), { span: COLUMNS.length, center: true })] }));
  else {
    rows.push(new TableRow({ children: [cell(GROUP_MARK, { bold: true, span: COLUMNS.length })] }));
    const center = new Set([0, 4]);
    rows.push(new TableRow({ cantSplit: true, children: COLUMNS.map((_, i) => cell(CELL_MARK(i), { center: center.has(i) })) }));
  }
  const table = new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows,
  });
  return { table, lines };
}

/** The document's XML with the template rows repeated for every line (their text escaped), or as it is without lines. */
async function fillRows(bytes: Uint8Array, lines: readonly TableLine[]): Promise<Uint8Array> {
  if (lines.length === 0) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("word/document.xml")!.async("string");
  const rowWith = (mark: string) => new RegExp(`<w:tr\\b(?:(?!</w:tr>)[\\s\\S])*?${mark}(?:(?!</w:tr>)[\\s\\S])*?</w:tr>`, "u").exec(xml);
  const group = rowWith(GROUP_MARK);
  const task = rowWith(CELL_MARK(0));
  if (!group || !task || task.index !== group.index + group[0].length) throw new Error("the task table's template rows were not found");
  const taskRow = task[0];
  const parts: string[] = [];
  for (const line of lines) {
    if ("group" in line) parts.push(group[0].replace(GROUP_MARK, escapeXml(line.group)));
    else parts.push(line.cells.reduce((row, text, i) => row.replace(CELL_MARK(i), escapeXml(text)), taskRow));
  }
  zip.file("word/document.xml", xml.slice(0, group.index) + parts.join("") + xml.slice(task.index + taskRow.length));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** Text as XML content: markup characters escaped, characters XML cannot hold dropped. */
function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu, "")
    .replace(/&/gu, "&amp;")
    .replace(/</gu, "&lt;")
    .replace(/>/gu, "&gt;");
}

/** "Nơi nhận" on the left, the signer's title on the right, the name left blank for the office to fill. */
function signature(words: ReportWords): Table {
  const widths = [Math.round(TEXT_WIDTH / 2), TEXT_WIDTH - Math.round(TEXT_WIDTH / 2)];
  const left = [
    para([run(words.t("export-doc-recipients"), { bold: true, italics: true, size: 24 })], { after: 0 }),
    ...words.t("export-doc-recipients-list").split("\n").map((l) => para([run(l, { size: 22 })], { after: 0 })),
  ];
  const right = [para([run(words.t("export-doc-signer"), { bold: true })], { align: AlignmentType.CENTER })];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [left, right].map((children, i) => new TableCell({ children, width: { size: widths[i]!, type: WidthType.DXA } })) })],
  });
}

/** "Ủy ban nhân dân tỉnh Quảng Nam" → "UBND tỉnh Quảng Nam", as the first line of a department's heading reads. */
function abbreviate(name: string): string {
  return name.replace(/^(Ủy|Uỷ) ban nhân dân/iu, "UBND");
}

/** The place in "Quảng Nam, ngày …": the province's name without its body and level. */
function placeOf(province: string): string {
  return province.replace(/^((Ủy|Uỷ) ban nhân dân|UBND)\s+/iu, "").replace(/^(tỉnh|thành phố|TP\.?)\s+/iu, "").trim();
}

function upper(text: string): string {
  return text.toLocaleUpperCase("vi");
}
