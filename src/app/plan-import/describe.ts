/**
 * The import put into words: each problem as one line naming its row and column, each task change as a
 * line or a JSON object (`--json`), and the summary. Vietnamese by default, English on request.
 */
import { type Locale, formatDate } from "../../core/format.js";
import { daysInMonth } from "../../core/local-date.js";
import { type Problem, type TaskChange, GROUP_BY_KEY, columnLetter } from "../../core/plan-import/index.js";
import { reply, type Reply } from "../../core/reply.js";
import type { Translate } from "../../infra/i18n.js";
import { MAX_IMPORT_BYTES } from "./file-kind.js";
import type { PlanImportPreview } from "./preview.js";

type Args = Problem["args"];
const str = (a: Args, k: string) => String(a[k] ?? "");
const list = (a: Args, k: string) => (Array.isArray(a[k]) ? (a[k] as string[]) : []);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, "");

const CONTENT: Record<Locale, Record<string, string>> = {
  vi: { xlsx: "bảng tính Excel (.xlsx)", docx: "tài liệu Word (.docx)", zip: "một tệp nén khác", text: "văn bản thuần", pdf: "tệp PDF", image: "một ảnh", binary: "dữ liệu nhị phân" },
  en: { xlsx: "an Excel workbook (.xlsx)", docx: "a Word document (.docx)", zip: "another zip archive", text: "plain text", pdf: "a PDF", image: "an image", binary: "binary data" },
};
const FIELD: Record<Locale, Record<string, string>> = {
  vi: { title: "Nội dung/Nhiệm vụ", lead: "Cơ quan chủ trì", deadline: "Thời gian hoàn thành/Thời hạn" },
  en: { title: "Nội dung/Nhiệm vụ (task)", lead: "Cơ quan chủ trì (lead)", deadline: "Thời gian hoàn thành/Thời hạn (deadline)" },
};

/** "31/6/2023" → "tháng 6 có 30 ngày". */
function monthLength(detail: string, locale: Locale): string {
  const m = /^\d{1,2}\/(\d{1,2})(?:\/(\d{2,4}))?$/.exec(detail);
  if (!m) return "";
  const month = Number(m[1]);
  if (month < 1 || month > 12) return locale === "vi" ? ` (không có tháng ${month})` : ` (there is no month ${month})`;
  const year = m[2] ? Number(m[2].length === 2 ? `20${m[2]}` : m[2]) : 2001;
  const days = daysInMonth(year, month);
  return locale === "vi" ? ` (tháng ${month} có ${days} ngày)` : ` (month ${month} has ${days} days)`;
}

const MESSAGES: Record<Locale, Record<Problem["code"], (a: Args) => string>> = {
  vi: {
    "file-too-large": (a) => `${str(a, "name")} quá lớn (${mb(Number(a.size))} MB, tối đa ${mb(Number(a.limit ?? MAX_IMPORT_BYTES))} MB): không đọc`,
    "file-empty": (a) => `${str(a, "name")} là tệp rỗng`,
    "unsupported-format": (a) => `không nhập được ${str(a, "name")}: chỉ nhận tệp .xlsx, .csv hoặc .docx`,
    "legacy-format": (a) => `${str(a, "name")} là định dạng cũ (.${str(a, "format")}): mở bằng Excel/Word, lưu lại thành .${str(a, "format") === "doc" ? "docx" : "xlsx"} rồi nhập lại`,
    "password-protected": (a) => `${str(a, "name")} được đặt mật khẩu: bỏ mật khẩu (Tệp › Thông tin › Bảo vệ) rồi nhập lại`,
    "wrong-format": (a) => `${str(a, "name")} không phải tệp .${str(a, "format")} như tên gọi: nội dung là ${CONTENT.vi[str(a, "actual")] ?? str(a, "actual")}`,
    unreadable: (a) => `không đọc được ${str(a, "name")} (tệp .${str(a, "format")} hỏng?): ${str(a, "detail")}`,
    "not-utf8": (a) => `${str(a, "name")} không phải văn bản UTF-8: trong Excel chọn Lưu thành › "CSV UTF-8 (Comma delimited)"`,
    "too-many-rows": (a) => `${str(a, "name")} có ${a.rows} dòng, quá giới hạn ${a.limit} dòng`,
    "no-table": (a) => `${str(a, "name")} không có bảng nào: cần bảng danh mục nhiệm vụ`,
    "sheet-empty": (a) => `${str(a, "name")} không có dữ liệu${str(a, "table") ? ` (trang "${str(a, "table")}" trống)` : ""}`,
    "no-header": (a) => `không tìm thấy dòng tiêu đề của bảng nhiệm vụ trong ${str(a, "name")}: thiếu cột ${list(a, "missing").map((f) => `"${FIELD.vi[f] ?? f}"`).join(", ")}`,
    "needs-year": () => `không xác định được năm của kế hoạch: ghi năm vào tên kế hoạch hoặc dùng --year <năm>`,
    "no-secretariat": () => `chưa có đơn vị thường trực cho kế hoạch mới: dùng --secretariat "<đơn vị>"`,
    "not-allowed": () => `chỉ cơ quan thường trực và quản trị viên được nhập kế hoạch`,
    "missing-title": () => `thiếu nội dung nhiệm vụ`,
    "missing-lead": () => `thiếu cơ quan chủ trì`,
    "missing-deadline": () => `thiếu thời hạn`,
    "unknown-unit": (a) => `"${str(a, "name")}" không có trong danh sách đơn vị${list(a, "closest").length > 0 ? `; gần nhất: ${list(a, "closest").join("; ")}` : ""}`,
    "ambiguous-unit": (a) => `"${str(a, "name")}" có thể là ${list(a, "closest").join(" hoặc ")}: ghi rõ đơn vị`,
    "invalid-date": (a) => `"${str(a, "text")}": không có ngày ${str(a, "detail") || str(a, "text")}${monthLength(str(a, "detail"), "vi")}`,
    "unrecognised-deadline": (a) => `không đọc được thời hạn "${str(a, "text")}" (ví dụ: 30/6/2024, Tháng 6/2024, Quý II/2024, Năm 2024, Thường xuyên, Khi có phát sinh)`,
    "range-reversed": (a) => `thời hạn "${str(a, "text")}" kết thúc trước khi bắt đầu`,
    "duplicate-code": (a) => `mã ${str(a, "code")} đã có ở dòng ${a.firstRow}`,
    "code-of-other-plan": (a) => `mã ${str(a, "code")} là nhiệm vụ của kế hoạch ${str(a, "plan")}`,
    "several-leads": (a) => `(lưu ý) nhiều cơ quan chủ trì: ${str(a, "lead")} chủ trì, các đơn vị còn lại ghi là phối hợp`,
    "several-deadlines": (a) => `(lưu ý) nhiều thời hạn "${str(a, "text")}": lấy hạn cuối ${formatDate(str(a, "date"), "vi")}`,
    "unit-retired": (a) => `(lưu ý) ${str(a, "name")} chỉ hoạt động đến ${formatDate(str(a, "until"), "vi")}`,
    "duplicate-title": () => `(lưu ý) nội dung trùng với một dòng phía trên: nhập thành một nhiệm vụ riêng`,
  },
  en: {
    "file-too-large": (a) => `${str(a, "name")} is too large (${mb(Number(a.size))} MB, the limit is ${mb(Number(a.limit ?? MAX_IMPORT_BYTES))} MB): not read`,
    "file-empty": (a) => `${str(a, "name")} is empty`,
    "unsupported-format": (a) => `cannot import ${str(a, "name")}: only .xlsx, .csv and .docx files`,
    "legacy-format": (a) => `${str(a, "name")} is in the old .${str(a, "format")} format: open it and save it as .${str(a, "format") === "doc" ? "docx" : "xlsx"}`,
    "password-protected": (a) => `${str(a, "name")} is protected by a password: remove it and import again`,
    "wrong-format": (a) => `${str(a, "name")} is not the .${str(a, "format")} file its name says: it holds ${CONTENT.en[str(a, "actual")] ?? str(a, "actual")}`,
    unreadable: (a) => `cannot read ${str(a, "name")} (a damaged .${str(a, "format")} file?): ${str(a, "detail")}`,
    "not-utf8": (a) => `${str(a, "name")} is not UTF-8 text: in Excel use Save As › "CSV UTF-8 (Comma delimited)"`,
    "too-many-rows": (a) => `${str(a, "name")} has ${a.rows} rows, more than the ${a.limit} allowed`,
    "no-table": (a) => `${str(a, "name")} has no table: the task table is needed`,
    "sheet-empty": (a) => `${str(a, "name")} holds no data${str(a, "table") ? ` (sheet "${str(a, "table")}" is empty)` : ""}`,
    "no-header": (a) => `no header row of a task table in ${str(a, "name")}: missing column ${list(a, "missing").map((f) => `"${FIELD.en[f] ?? f}"`).join(", ")}`,
    "needs-year": () => `the plan's year is unknown: write it in the plan's name or use --year <year>`,
    "no-secretariat": () => `no secretariat unit for the new plan: use --secretariat "<unit>"`,
    "not-allowed": () => `only the secretariat and admins may import plans`,
    "missing-title": () => `the task is missing`,
    "missing-lead": () => `the lead unit is missing`,
    "missing-deadline": () => `the deadline is missing`,
    "unknown-unit": (a) => `"${str(a, "name")}" is not in the unit list${list(a, "closest").length > 0 ? `; closest: ${list(a, "closest").join("; ")}` : ""}`,
    "ambiguous-unit": (a) => `"${str(a, "name")}" could be ${list(a, "closest").join(" or ")}: name the unit in full`,
    "invalid-date": (a) => `"${str(a, "text")}": ${str(a, "detail") || str(a, "text")} is not a date${monthLength(str(a, "detail"), "en")}`,
    "unrecognised-deadline": (a) => `cannot read the deadline "${str(a, "text")}" (e.g. 30/6/2024, Tháng 6/2024, Quý II/2024, Năm 2024, Thường xuyên, Khi có phát sinh)`,
    "range-reversed": (a) => `the deadline "${str(a, "text")}" ends before it starts`,
    "duplicate-code": (a) => `code ${str(a, "code")} is already used on row ${a.firstRow}`,
    "code-of-other-plan": (a) => `code ${str(a, "code")} is a task of plan ${str(a, "plan")}`,
    "several-leads": (a) => `(note) several lead units: ${str(a, "lead")} leads, the others are recorded as cooperating`,
    "several-deadlines": (a) => `(note) several deadlines "${str(a, "text")}": the last, ${formatDate(str(a, "date"), "en")}, is kept`,
    "unit-retired": (a) => `(note) ${str(a, "name")} existed until ${formatDate(str(a, "until"), "en")}`,
    "duplicate-title": () => `(note) the same task as a row above: imported as a task of its own`,
  },
};

export interface DescribeOptions {
  locale: Locale;
  /** Name the table in places (a document with several tables). */
  withTable: boolean;
  /** Columns as letters (spreadsheets, CSV) or by number (Word tables). */
  letters: boolean;
  /** The words of places, task lines and summaries (locales/*.ftl). */
  translate: Translate;
}

export function describeOptions(preview: PlanImportPreview, locale: Locale, translate: Translate): DescribeOptions {
  return { locale, withTable: preview.format === "docx" && preview.tables.length > 1, letters: preview.format !== "docx", translate };
}

/** "dòng 7, cột E “Thời gian hoàn thành”" */
export function placeText(where: Problem["where"], options: DescribeOptions): string {
  if (!where) return "";
  const column = where.column === undefined ? "none" : options.letters ? columnLetter(where.column) : String(where.column + 1);
  return options.translate(options.locale, reply("plan-import-place", { table: options.withTable ? where.table : "none", row: String(where.row), column, header: where.header ?? "none" }));
}

/** One line: where, then what is wrong. */
export function describeProblem(p: Problem, options: DescribeOptions): string {
  const text = MESSAGES[options.locale][p.code](p.args);
  const place = placeText(p.where, options);
  if (place) return `${place}: ${text}`;
  // A line of its own starts with a capital, unless it starts with the file's name, which is kept as it is.
  return p.args.name !== undefined && text.startsWith(String(p.args.name)) ? text : capitalise(text);
}

export function problemJson(p: Problem, options: DescribeOptions): Record<string, unknown> {
  return {
    type: "problem",
    severity: p.severity,
    code: p.code,
    ...(p.where ? { table: p.where.table, row: p.where.row } : {}),
    ...(p.where?.column !== undefined ? { column: options.letters ? columnLetter(p.where.column) : p.where.column + 1, header: p.where.header ?? null } : {}),
    message: MESSAGES[options.locale][p.code](p.args),
  };
}

export function changeJson(change: TaskChange, unitNames: ReadonlyMap<number, string>): Record<string, unknown> {
  const d = change.draft;
  const lead = d.leadGroup ? GROUP_BY_KEY.get(d.leadGroup)!.name : unitNames.get(d.leadUnitId) ?? String(d.leadUnitId);
  return {
    type: "task",
    action: change.action,
    table: change.table,
    row: change.row,
    code: change.action === "new" ? d.code : change.code,
    title: d.title,
    area: d.area,
    areaText: d.areaText,
    lead,
    cooperating: [...d.cooperatingUnitIds.map((id) => unitNames.get(id) ?? String(id)), ...d.cooperatingGroups.map((k) => GROUP_BY_KEY.get(k)!.name)],
    deadline: d.deadline,
    deadlineText: d.deadlineText,
    deadlineKind: d.deadlineKind,
    ...(d.recurrence ? { recurrence: d.recurrence } : {}),
    ...(d.deadlineFrom ? { deadlineFrom: d.deadlineFrom } : {}),
    ...(change.action === "changed" ? { changes: Object.fromEntries(change.fields.map((f) => [f.field, { from: f.from, to: f.to }])) } : {}),
  };
}

/** "+ CCHC24-01 (dòng 5) Rà soát … — Sở Tư pháp, hạn 30/6/2024", with "[đổi: thời hạn]" for a changed task. */
export function describeChange(change: TaskChange, unitNames: ReadonlyMap<number, string>): Reply {
  const d = change.draft;
  const code = change.action === "new" ? d.code : change.code;
  const mark = change.action === "new" ? "+" : change.action === "changed" ? "~" : "=";
  const lead = d.leadGroup ? GROUP_BY_KEY.get(d.leadGroup)!.name : unitNames.get(d.leadUnitId) ?? "";
  const title = d.title.length > 90 ? `${d.title.slice(0, 89)}…` : d.title;
  const fields = change.action === "changed" ? change.fields.map((f) => reply("plan-import-field", { field: f.field })) : [];
  return reply("plan-import-change", { mark, code: String(code), row: String(change.row), title, lead, deadline: d.deadlineText ?? "", changed: fields.length > 0 ? "yes" : "no", fields });
}

export interface Counts {
  new: number;
  changed: number;
  unchanged: number;
  absent: number;
  rejected: number;
  errors: number;
  warnings: number;
}

export function countsOf(preview: PlanImportPreview): Counts {
  const by = (action: TaskChange["action"]) => preview.changes.filter((c) => c.action === action).length;
  return {
    new: by("new"),
    changed: by("changed"),
    unchanged: by("unchanged"),
    absent: preview.absent.length,
    rejected: preview.rejectedRows.length,
    errors: preview.problems.filter((p) => p.severity === "error").length,
    warnings: preview.problems.filter((p) => p.severity === "warning").length,
  };
}

const PROGRAMME_NAMES: Record<string, string> = { cchc: "CCHC", cds: "CĐS", da06: "Đề án 06" };

/** The plan and what the file does to it, in two lines. */
export function summaryLines(preview: PlanImportPreview): Reply[] {
  const plan = preview.plan;
  if (!plan) return [];
  const c = countsOf(preview);
  return [
    reply("plan-import-summary-plan", {
      name: plan.name,
      code: plan.code,
      fresh: plan.id === null ? "yes" : "no",
      years: plan.yearTo ? `${plan.year}–${plan.yearTo}` : String(plan.year),
      programme: plan.programme ? PROGRAMME_NAMES[plan.programme]! : "none",
      kind: plan.kind,
      secretariat: preview.unitNames.get(plan.secretariatUnitId) ?? "",
    }),
    reply("plan-import-summary-file", { file: preview.file, tables: preview.tables.map((t) => `"${t}"`).join(", "), new: c.new, changed: c.changed, unchanged: c.unchanged, rejected: c.rejected, absent: c.absent }),
  ];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
