/**
 * The report as an .xlsx workbook (exceljs): the tasks with their state, deadlines and evidence; overdue tasks
 * by unit; the KPI figures with their periods and sources; the extension history. Each sheet has a title row,
 * then a header row (frozen, filtered) and one row per item. Dates are dates (shown 31/7/2023), progress and
 * counts are numbers, so that the office can sort and sum.
 */
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { type ReportData, summarise } from "../../core/exports/index.js";
import { parseLocalDate, vnDate, type LocalDate } from "../../core/local-date.js";
import { hasNoFixedDay } from "../../core/model.js";
import type { ReportWords } from "./words.js";

type Cell = string | number | Date | null;
interface Column {
  name: string;
  width: number;
  date?: boolean;
}

const DATE_FORMAT = "d/m/yyyy";

export async function writeWorkbook(data: ReportData, words: ReportWords): Promise<Uint8Array> {
  // exceljs's streaming writer: each sheet's rows are written out as they are added, not held as a workbook
  // model until the end (for 5.000 tasks about half the time and memory of the whole-workbook writer).
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = "Nhắc việc";
  workbook.title = words.t("export-doc-subject", { plans: words.plans(data.plans) });
  const summary = summarise(data.tasks, data.extensions, data.asOf);
  const titleArgs = { plans: words.plans(data.plans), date: words.date(data.asOf) };

  sheet(workbook, words, "tasks", titleArgs, [
    { name: "no", width: 6 }, { name: "code", width: 14 }, { name: "plan", width: 12 }, { name: "area", width: 24 }, { name: "title", width: 60 },
    { name: "lead", width: 28 }, { name: "cooperating", width: 32 }, { name: "deadline", width: 14, date: true }, { name: "issued", width: 12, date: true },
    { name: "state", width: 30 }, { name: "progress", width: 9 }, { name: "completed", width: 13, date: true }, { name: "evidence", width: 36 },
    { name: "notes", width: 30 },
  ], data.tasks.map((task, i): Cell[] => [
    i + 1, task.code, task.planCode, words.area(task), task.title, words.lead(task), task.cooperating.join("; "),
    hasNoFixedDay(task) ? words.deadline(task) : day(task.deadline), task.originalDeadline && task.originalDeadline !== task.deadline ? day(task.originalDeadline) : null,
    words.state(task, data.asOf), task.progress, task.completedAt ? day(vnDate(task.completedAt)) : null, task.evidence, task.notes,
  ]));

  sheet(workbook, words, "overdue", titleArgs, [
    { name: "no", width: 6 }, { name: "unit", width: 40 }, { name: "overdue", width: 14 }, { name: "open", width: 14 }, { name: "total", width: 12 }, { name: "codes", width: 60 },
  ], summary.overdueByUnit.map((u, i): Cell[] => [i + 1, u.unit, u.overdue, u.open, u.total, u.codes.join(", ")]));

  sheet(workbook, words, "kpis", titleArgs, [
    { name: "no", width: 6 }, { name: "metric", width: 44 }, { name: "scope", width: 26 }, { name: "value", width: 20 }, { name: "number", width: 14 },
    { name: "target", width: 22 }, { name: "when", width: 34 }, { name: "source", width: 50 },
  ], data.kpis.map((k, i): Cell[] => [
    i + 1, words.kpiName(k), words.kpiScope(k), words.kpiValue(k), Number(k.value.value), words.kpiTarget(k), words.kpiWhen(k), k.value.sourceTitle,
  ]));

  sheet(workbook, words, "extensions", titleArgs, [
    { name: "no", width: 6 }, { name: "code", width: 14 }, { name: "title", width: 48 }, { name: "unit", width: 28 }, { name: "requestedBy", width: 24 },
    { name: "requestedAt", width: 13, date: true }, { name: "previous", width: 13, date: true }, { name: "asked", width: 13, date: true }, { name: "reason", width: 36 },
    { name: "decision", width: 14 }, { name: "decidedBy", width: 24 }, { name: "decidedAt", width: 13, date: true }, { name: "note", width: 30 },
  ], data.extensions.map((e, i): Cell[] => [
    i + 1, e.taskCode, e.taskTitle, e.unitName, e.requestedBy, day(vnDate(e.createdAt)), e.previousDeadline ? day(e.previousDeadline) : null, day(e.newDeadline), e.reason,
    words.t("export-extension-status", { status: e.status }), e.decidedBy, e.decidedAt ? day(vnDate(e.decidedAt)) : null, e.note,
  ]));

  await workbook.commit();
  return new Uint8Array(Buffer.concat(chunks));
}

function sheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, words: ReportWords, kind: string, titleArgs: { plans: string; date: string }, columns: Column[], rows: Cell[][]): void {
  const ws = workbook.addWorksheet(words.t("export-sheet", { sheet: kind }), { views: [{ state: "frozen", ySplit: 2 }] });
  ws.columns = columns.map((c) => ({ width: c.width, ...(c.date ? { style: { numFmt: DATE_FORMAT } } : {}) }));
  const title = ws.getRow(1);
  title.getCell(1).value = words.t("export-sheet-title", { sheet: kind, ...titleArgs });
  title.font = { bold: true, size: 13 };
  const header = ws.getRow(2);
  header.values = columns.map((c) => words.col(c.name));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
  header.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
    cell.border = { top: { style: "thin" }, bottom: { style: "thin" }, left: { style: "thin" }, right: { style: "thin" } };
  });
  ws.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: columns.length } };
  title.commit();
  header.commit();
  if (rows.length === 0) ws.addRow([null, words.t("export-no-rows")]).commit();
  for (const row of rows) ws.addRow(row).commit();
  ws.commit();
}

/** A calendar day as Excel stores it (midnight UTC, so that no time zone moves it to another day). */
function day(date: LocalDate): Date {
  const { year, month, day: d } = parseLocalDate(date);
  return new Date(Date.UTC(year, month - 1, d));
}
