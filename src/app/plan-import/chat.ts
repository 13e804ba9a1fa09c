/**
 * A plan sent to the bot as a file (issue #11, item 2, in chat): the secretariat sends the .xlsx, .csv or .docx;
 * the bot answers with the preview (one line per task, new, changed or unchanged, and one per problem with its
 * row and column) and imports only on "xác nhận" (a button on Telegram). A .docx without a task table, or a
 * .txt, is a conclusion notice: it goes to the conclusions (onNotice). "/maunhap" sends the template.
 */
import { type Locale } from "../../core/format.js";
import type { Person } from "../../core/model.js";
import { reply, type Reply } from "../../core/reply.js";
import type { ChatFeature, FeatureOutcome } from "../chat-feature.js";
import { createDraftBox, decisionOf, type DraftBox } from "../drafts.js";
import type { InboundMessage } from "../messages.js";
import type { PeopleStore } from "../ports.js";
import { applyPlanImport } from "./apply.js";
import { countsOf, describeChange, describeOptions, describeProblem, summaryLines } from "./describe.js";
import { MAX_IMPORT_BYTES, checkFile } from "./file-kind.js";
import type { PlanImportStore } from "./ports.js";
import { type PlanImportPreview, previewPlanImport } from "./preview.js";
import { planTemplate } from "./template.js";

export interface PlanChatDeps {
  store: PlanImportStore;
  people: Pick<PeopleStore, "personByIdentity">;
  translate(locale: Locale, r: Reply): string;
  sendsFiles(channel: string): boolean;
  /** A conclusion notice sent as a file: its text, for the conclusions to propose tasks from. */
  onNotice?(message: InboundMessage, text: string, now: Date): Promise<FeatureOutcome | undefined>;
  drafts?: DraftBox;
}

/** Task lines and problem lines shown in a chat; the rest are counted (the command line lists them all). */
const TASK_LINES = 60;
const PROBLEM_LINES = 30;
const KIND = "plan-import";
const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function createPlanChat(deps: PlanChatDeps): ChatFeature {
  const drafts = deps.drafts ?? createDraftBox();
  const locale: Locale = "vi";
  const out = (action: string, replies: Reply[], extra: Partial<FeatureOutcome> = {}): FeatureOutcome => ({ action, locale, replies, notices: [], ...extra });
  const words = (key: string) => deps.translate(locale, reply(key));
  const importer = async (message: InboundMessage): Promise<Person | null> => {
    const person = await deps.people.personByIdentity(message.channel, message.sender.id);
    return person && (person.role === "secretariat" || person.role === "admin") ? person : null;
  };

  async function template(message: InboundMessage, now: Date): Promise<FeatureOutcome> {
    if (!(await importer(message))) return out("plan_template", [reply("plan-chat-not-allowed")]);
    if (!deps.sendsFiles(message.channel)) return out("plan_template", [reply("plan-chat-template-no-files")]);
    const year = Number(new Intl.DateTimeFormat("en", { year: "numeric", timeZone: "Asia/Ho_Chi_Minh" }).format(now));
    const bytes = await planTemplate(await deps.store.units(), year);
    return out("plan_template", [reply("plan-chat-template")], { file: { name: `mau-nhap-ke-hoach-${year}.xlsx`, mime: XLSX_MIME, bytes } });
  }

  async function received(message: InboundMessage, now: Date): Promise<FeatureOutcome | undefined> {
    const file = message.file!;
    const person = await importer(message);
    if (!person) return out("plan_import", [reply("plan-chat-not-allowed")]);
    const name = file.name;
    const notice = /\.(txt|md)$/iu.test(name);
    // Said before a byte is downloaded: a 50 MB file is refused, not fetched.
    if (file.size !== undefined && file.size > MAX_IMPORT_BYTES) {
      const tooLarge = checkFile(name, file.size, new Uint8Array());
      if ("problem" in tooLarge) return out("plan_import", [line(describeProblem(tooLarge.problem, { locale, withTable: false, letters: true, translate: deps.translate })), reply("plan-chat-nothing-written")]);
    }
    const bytes = await file.read();
    if (notice) return deps.onNotice?.(message, Buffer.from(bytes).toString("utf8").replace(/^\uFEFF/u, ""), now);
    const preview = await previewPlanImport(deps.store, { file: { name, bytes }, requester: { personId: person.id, role: person.role } });
    // A Word document without a task table is most likely a conclusion notice.
    if (/\.docx$/iu.test(name) && deps.onNotice && preview.problems.some((p) => p.code === "no-table" || p.code === "no-header")) {
      const text = await docxText(bytes);
      if (text !== undefined) {
        const proposed = await deps.onNotice(message, text, now);
        if (proposed) return proposed;
      }
    }
    if (preview.plan === null) return out("plan_import", [...preview.problems.map((p) => line(describeProblem(p, { locale, withTable: false, letters: true, translate: deps.translate }))), reply("plan-chat-nothing-written")]);
    const counts = countsOf(preview);
    const options = describeOptions(preview, locale, deps.translate);
    const lines: Reply[] = [reply("plan-chat-preview"), ...summaryLines(preview)];
    const problems = preview.problems;
    lines.push(...problems.slice(0, PROBLEM_LINES).map((p) => line(describeProblem(p, options))));
    if (problems.length > PROBLEM_LINES) lines.push(reply("plan-chat-more-problems", { count: problems.length - PROBLEM_LINES }));
    // What moves first, then what stays as it is.
    const ordered = [...preview.changes.filter((c) => c.action !== "unchanged"), ...preview.changes.filter((c) => c.action === "unchanged")];
    lines.push(...ordered.slice(0, TASK_LINES).map((c) => describeChange(c, preview.unitNames)));
    if (ordered.length > TASK_LINES) lines.push(reply("plan-chat-more-tasks", { count: ordered.length - TASK_LINES }));
    const fileProblem = preview.problems.some((p) => p.severity === "error" && (p.where === undefined || p.code === "no-header"));
    const writable = counts.new + counts.changed + preview.changes.filter((c) => c.action === "unchanged" && c.renumbered).length;
    if (fileProblem) return out("plan_import", [...lines, reply("plan-chat-nothing-written")]);
    if (writable === 0 && counts.errors === 0) return out("plan_import", [...lines, reply("plan-chat-nothing-to-do")]);
    drafts.put(message, KIND, preview, now);
    if (counts.errors > 0) {
      return out("plan_import", [...lines, reply("plan-chat-ask-with-errors", { errors: counts.errors, rows: counts.rejected, good: preview.changes.length })], {
        suggestions: [words("plan-chat-button-skip"), words("plan-chat-button-cancel")],
      });
    }
    return out("plan_import", [...lines, reply("plan-chat-ask")], { suggestions: [words("plan-chat-button-confirm"), words("plan-chat-button-cancel")] });
  }

  async function decided(message: InboundMessage, preview: PlanImportPreview, decision: NonNullable<ReturnType<typeof decisionOf>>, now: Date): Promise<FeatureOutcome> {
    drafts.drop(message);
    if (decision === "cancel") return out("plan_import_cancel", [reply("plan-chat-cancelled")]);
    const result = await applyPlanImport(deps.store, preview, { skipErrors: decision === "confirm_skipping_errors", at: now });
    if (!result.ok) {
      const errors = countsOf(preview).errors;
      return out("plan_import_confirm", [reply("plan-chat-refused", { reason: result.reason, errors })]);
    }
    return out("plan_import_confirm", [reply("plan-chat-imported", { plan: result.planCode, created: result.created, updated: result.updated, unchanged: result.unchanged, skipped: result.skippedRows })], { changed: true, target: result.planCode });
  }

  return {
    async handle(message, now) {
      if (message.file) return received(message, now);
      if (/^\s*(\/maunhap(@\w+)?|m[aẫ]u nh[aậ]p( k[eế] ho[aạ]ch)?)\s*$/iu.test(message.text)) return template(message, now);
      const pending = drafts.get<PlanImportPreview>(message, KIND, now);
      if (!pending) return undefined;
      const decision = decisionOf(message.text);
      if (!decision) return undefined;
      if (decision === "confirm_skipping_errors" && countsOf(pending).errors === 0) return decided(message, pending, "confirm", now);
      if (decision === "confirm" && countsOf(pending).errors > 0) return out("plan_import", [reply("plan-chat-ask-with-errors", { errors: countsOf(pending).errors, rows: countsOf(pending).rejected, good: pending.changes.length })], { suggestions: [words("plan-chat-button-skip"), words("plan-chat-button-cancel")] });
      return decided(message, pending, decision, now);
    },
  };
}

function line(text: string): Reply {
  return reply("plan-chat-line", { text });
}

/** The text of a Word document (a conclusion notice), or undefined when it cannot be read. */
async function docxText(bytes: Uint8Array): Promise<string | undefined> {
  try {
    const mammoth = await import("mammoth");
    return (await (mammoth.default ?? mammoth).extractRawText({ buffer: Buffer.from(bytes) })).value;
  } catch {
    return undefined;
  }
}
