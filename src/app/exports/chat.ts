/**
 * "/xuatbaocao [docx|xlsx] [mã hoặc tên kế hoạch] [tính đến 25/7/2023]" in chat: the report as a file, for
 * leaders, the secretariat and admins; others get a polite refusal. A channel that cannot send files (Zalo's
 * Bot Platform, the console) gets the command line that makes the same file.
 */
import { parseDay } from "../../core/exports/index.js";
import type { Locale } from "../../core/format.js";
import { vnDate } from "../../core/local-date.js";
import { reply } from "../../core/reply.js";
import { fold } from "../../core/vi/index.js";
import type { Translate } from "../../infra/i18n.js";
import type { ChatFeature, FeatureOutcome } from "../chat-feature.js";
import type { PeopleStore } from "../ports.js";
import { exportReport, mayExport, type ExportFormat } from "./export-report.js";
import type { ExportStore } from "./ports.js";

export interface ExportChatDeps {
  store: ExportStore;
  people: Pick<PeopleStore, "personByIdentity">;
  translate: Translate;
  /** Channels that can send a file (Telegram). */
  sendsFiles(channel: string): boolean;
}

export interface ExportAsked {
  format: ExportFormat;
  plan?: string;
  asOf?: string;
  /** A date was written but is not a day ("31/6/2023"). */
  badDate?: string;
}

/** "/xuatbaocao xlsx CCHC23 tính đến 25/7/2023", "xuất báo cáo excel": what is asked, or undefined for another message. */
export function parseExportRequest(text: string): ExportAsked | undefined {
  const m = /^\s*(?:\/xuatbaocao(?:@\w+)?|xu[aấ]t b[aá]o c[aá]o)\b(.*)$/iu.exec(text.normalize("NFC"));
  if (!m) return undefined;
  let rest = m[1]!.trim();
  let format: ExportFormat = "docx";
  const kind = /(?:^|\s)(docx|word|xlsx|excel|bảng tính|bang tinh)(?=\s|$)/iu.exec(rest);
  if (kind) {
    format = /^(xlsx|excel|bảng tính|bang tinh)$/iu.test(kind[1]!) ? "xlsx" : "docx";
    rest = (rest.slice(0, kind.index) + rest.slice(kind.index + kind[0].length)).trim();
  }
  const asked: ExportAsked = { format };
  const date = /(?:^|\s)(?:tính đến|tinh den|đến ngày|den ngay|đến|den|as of)\s+(?:ngày\s+|ngay\s+)?(\S+)\s*$/iu.exec(rest);
  if (date) {
    const day = parseDay(date[1]!);
    if (day === undefined) asked.badDate = date[1]!;
    else asked.asOf = day;
    rest = rest.slice(0, date.index).trim();
  }
  rest = rest.replace(/^(?:của\s+|cua\s+)?(?:kế hoạch|ke hoach)\s+/iu, "").trim();
  if (rest) asked.plan = rest;
  return asked;
}

export function createExportChat(deps: ExportChatDeps): ChatFeature {
  return {
    async handle(message, now) {
      const asked = parseExportRequest(message.text);
      if (!asked) return undefined;
      const locale: Locale = "vi";
      const out = (replies: FeatureOutcome["replies"], extra: Partial<FeatureOutcome> = {}): FeatureOutcome => ({ action: "export", locale, replies, notices: [], ...extra });
      const person = await deps.people.personByIdentity(message.channel, message.sender.id);
      if (!person || !mayExport(person.role)) return out([reply("export-not-allowed")]);
      if (asked.badDate) return out([reply("export-bad-date", { date: asked.badDate }), reply("export-usage")]);
      if (!deps.sendsFiles(message.channel)) return out([reply("export-no-files", { channel: channelName(message.channel), format: asked.format })]);
      const result = await exportReport(deps.store, deps.translate, {
        format: asked.format,
        ...(asked.plan ? { plan: asked.plan } : {}),
        asOf: asked.asOf ?? vnDate(now),
        locale,
        requester: { role: person.role },
      });
      if (!result.ok) return out([result.reply]);
      return out([result.summary], { file: result.file });
    },
  };
}

function channelName(channel: string): string {
  const c = fold(channel);
  return c.startsWith("zalo") ? "Zalo" : c === "telegram" ? "Telegram" : channel;
}
