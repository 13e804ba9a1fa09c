/**
 * KPI updates typed in chat (issue #12, item 1): "cập nhật tỷ lệ hồ sơ trực tuyến cấp huyện đạt 20,5% tính đến
 * 15/7". The figure is read with the report extraction, checked, repeated (metric, scope, value, date, source)
 * and recorded only after "đồng ý". The secretariat records; a unit's own figure waits for the secretariat's
 * "duyệt số liệu <số>" (or "từ chối số liệu <số> vì …"). Bad input and refusals record nothing.
 */
import { LRUCache } from "lru-cache";
import { extractKpiValues } from "../../core/kpi-extract/index.js";
import type { ExtractedValue } from "../../core/kpi-extract/index.js";
import { draftFromExtracted, permissionFor, sameFigure, type KpiContext } from "../../core/kpi-update/rules.js";
import { parseKpiCommand } from "../../core/kpi-update/parse.js";
import type { KpiDraft, KpiPermission } from "../../core/kpi-update/types.js";
import { createUnitResolver } from "../../core/plan-import/unit-names.js";
import { unitMatcherCache } from "../unit-matcher.js";
import type { Locale } from "../../core/format.js";
import { vnDate } from "../../core/local-date.js";
import type { Person, Unit } from "../../core/model.js";
import { reply, type Reply } from "../../core/reply.js";
import type { InboundMessage } from "../messages.js";
import type { CatalogStore, PeopleStore } from "../ports.js";
import type { CommandNotice } from "../task-commands.js";
import { describeDraft } from "./describe.js";
import type { KpiStore } from "./ports.js";
import { toRecord } from "./record.js";
import { splitSource } from "./source.js";
import { MAX_REPORT_BYTES, reportCaption, reportText } from "./report-file.js";
import type { ChatFeature } from "../chat-feature.js";

export interface KpiCommandDeps {
  store: KpiStore;
  catalog: CatalogStore;
  people: Pick<PeopleStore, "personByIdentity">;
  /** The chats of a unit, for the secretariat's notice of a unit's figure and the unit's of a decision. */
  chatsOfUnit(unitId: number): Promise<Array<{ channel: string; chatId: string }>>;
  /** The words of the default source title ("Sở Nội vụ cập nhật qua Nhắc việc"). */
  translate(locale: Locale, r: Reply): string;
}

export interface KpiOutcome {
  action: "kpi_update" | "kpi_confirm" | "kpi_cancel" | "kpi_decide";
  result: "asked" | "recorded" | "proposed" | "refused" | "cancelled" | "decided";
  locale: Locale;
  replies: Reply[];
  notices: CommandNotice[];
  /** Buttons that send these words (Telegram); the text says them too. */
  suggestions?: string[];
  /** Current values changed: the answers must read the catalogue again. */
  changed: boolean;
  /** What it was about, for the audit trail: the metrics' keys asked, the records written or decided ("số liệu 12"). */
  target?: string;
}

export interface KpiCommands {
  handle(message: InboundMessage, now: Date): Promise<KpiOutcome | undefined>;
  /**
   * A report sent as a file captioned "cập nhật số liệu" (.docx or .txt): its figures listed for "đồng ý" as a
   * pasted report's are. Undefined for any other file (a plan, a conclusion notice) or a message without one.
   */
  reportFile(message: InboundMessage, now: Date): Promise<KpiOutcome | undefined>;
}

/**
 * The report files as a chat feature, tried before the plan import and the conclusions (which take every other
 * file): the same KpiCommands, so that "đồng ý" finds the figures it listed.
 */
export function kpiReportFeature(commands: Pick<KpiCommands, "reportFile">): ChatFeature {
  return { handle: (message, now) => commands.reportFile(message, now) };
}

/** A figure repeated and waiting for "đồng ý": for this long, in this chat, from this person. */
const DRAFT_MINUTES = 15;
/** Drafts held at once, across all chats. */
const MAX_DRAFTS = 1000;

interface Awaiting {
  /** One figure typed, or the figures of a pasted report, recorded together on "đồng ý". */
  drafts: KpiDraft[];
  sourceTitle: string;
  permission: Exclude<KpiPermission, "refused">;
  personId: number;
  at: number;
  locale: Locale;
}

/** Records of figures as the audit trail names them (the words the secretariat types: "duyệt số liệu 12"). */
const records = (ids: readonly number[]) => `số liệu ${ids.join(", ")}`;

export function createKpiCommands(deps: KpiCommandDeps): KpiCommands {
  // A draft leaves when it is answered, when it expires, or when more chats than this wait at once (the oldest
  // first). The cache's own clock only frees memory: whether "đồng ý" still counts is decided on the message's time.
  const awaiting = new LRUCache<string, Awaiting>({ max: MAX_DRAFTS, ttl: DRAFT_MINUTES * 60_000 });
  const keyOf = (m: InboundMessage) => `${m.channel}:${m.chatId}:${m.sender.id}`;
  const out = (action: KpiOutcome["action"], result: KpiOutcome["result"], locale: Locale, replies: Reply[], extra: Partial<KpiOutcome> = {}): KpiOutcome =>
    ({ action, result, locale, replies, notices: [], changed: false, ...extra });

  async function context(now: Date): Promise<KpiContext & { plansSecretariat: number[] }> {
    const catalog = await deps.catalog.loadCatalog();
    return { metrics: catalog.metrics, units: catalog.units, values: catalog.metricValues, today: vnDate(now), plansSecretariat: [...new Set(catalog.plans.map((p) => p.secretariatUnitId))] };
  }

  async function update(message: InboundMessage, body: string, now: Date, locale: Locale): Promise<KpiOutcome | undefined> {
    const ctx = await context(now);
    const { text, source } = splitSource(body);
    const found = extractKpiValues(text, { metrics: ctx.metrics, referenceDate: ctx.today });
    // No known figure: not a KPI update ("cập nhật tiến độ 3 đạt 70%" is a task's progress).
    if (!found.some((f) => f.metric !== null)) return undefined;
    const person = await deps.people.personByIdentity(message.channel, message.sender.id);
    if (!person) return out("kpi_update", "refused", locale, [reply("kpi-update-not-allowed")]);
    const resolver = createUnitResolver(ctx.units);
    const unitOf = (name: string) => {
      const r = resolver.resolve(name);
      return r.units.length === 1 && r.unknown.length === 0 ? r.units[0] : undefined;
    };
    const known = found.filter((f) => f.metric !== null);
    if (known.length > 1) return several(message, known, ctx, unitOf, source, person, now, locale);
    const checked = draftFromExtracted(found, ctx, unitOf, source, namedUnit(text, ctx.units));
    if (!checked.ok) return out("kpi_update", "refused", locale, [reply("kpi-update-problem", { problem: checked.problem, detail: checked.detail ?? "" })]);
    const permission = permissionFor(person, checked.draft, ctx);
    if (permission === "refused") return out("kpi_update", "refused", locale, [reply("kpi-update-not-allowed")]);
    const sourceTitle = source ?? defaultSource(person, ctx.units);
    awaiting.set(keyOf(message), { drafts: [checked.draft], sourceTitle, permission, personId: person.id, at: now.getTime(), locale });
    const metric = ctx.metrics.find((m) => m.id === checked.draft.metricId)!;
    return out("kpi_update", "asked", locale, [
      reply("kpi-update-understood"),
      describeDraft({ ...checked.draft, sourceTitle }, metric, ctx.units, locale),
      reply(permission === "record" ? "kpi-update-ask" : "kpi-update-ask-pending"),
    ], { target: metric.key, suggestions: [deps.translate(locale, reply("kpi-update-yes")), deps.translate(locale, reply("kpi-update-no"))] });
  }

  /**
   * A pasted report with several figures (the secretariat's): each figure repeated with the sentence it came
   * from, those that fail a check named with their reason, and all the others recorded together on "đồng ý".
   * A unit sends its own figures one at a time, each for the secretariat to confirm.
   */
  async function several(
    message: InboundMessage,
    known: ReadonlyArray<ExtractedValue>,
    ctx: KpiContext,
    unitOf: (name: string) => Unit | undefined,
    source: string | null,
    person: Person,
    now: Date,
    locale: Locale,
  ): Promise<KpiOutcome> {
    const sourceTitle = source ?? defaultSource(person, ctx.units);
    const drafts: Array<{ draft: KpiDraft; sentence: string }> = [];
    const skipped: Reply[] = [];
    for (const figure of known) {
      const checked = draftFromExtracted([figure], ctx, unitOf, source);
      if (!checked.ok) skipped.push(reply("kpi-paste-skipped", { sentence: figure.sentence, problem: checked.problem, detail: checked.detail ?? "" }));
      else if (permissionFor(person, checked.draft, ctx) !== "record") return out("kpi_update", "refused", locale, [reply("kpi-update-problem", { problem: "several_values", detail: "" })]);
      else if (!drafts.some((d) => sameFigure(d.draft, checked.draft))) drafts.push({ draft: checked.draft, sentence: figure.sentence });
    }
    if (drafts.length === 0) return out("kpi_update", "refused", locale, [reply("kpi-paste-none-valid", { count: known.length }), ...skipped]);
    awaiting.set(keyOf(message), { drafts: drafts.map((d) => d.draft), sourceTitle, permission: "record", personId: person.id, at: now.getTime(), locale });
    const metricOf = (draft: KpiDraft) => ctx.metrics.find((m) => m.id === draft.metricId)!;
    return out("kpi_update", "asked", locale, [
      reply("kpi-paste-understood", { count: drafts.length }),
      ...drafts.flatMap(({ draft, sentence }) => [describeDraft({ ...draft, sourceTitle }, metricOf(draft), ctx.units, locale), reply("kpi-paste-sentence", { sentence })]),
      ...skipped,
      reply("kpi-paste-ask", { count: drafts.length }),
    ], { target: [...new Set(drafts.map(({ draft }) => metricOf(draft).key))].join(", "), suggestions: [deps.translate(locale, reply("kpi-update-yes")), deps.translate(locale, reply("kpi-update-no"))] });
  }

  const unitMatcher = unitMatcherCache();

  /** A unit (not the province itself) the message names, when exactly one is named. */
  function namedUnit(text: string, units: KpiContext["units"]) {
    const named = units.filter((u) => u.kind !== "province");
    const ids = [...new Set(unitMatcher(named).find(text).map((m) => m.id))];
    return ids.length === 1 ? named.find((u) => u.id === ids[0]) : undefined;
  }

  function defaultSource(person: Person, units: KpiContext["units"]): string {
    const unit = units.find((u) => person.unitIds.includes(u.id));
    return deps.translate("vi", reply("kpi-update-default-source", { person: person.name, unit: unit?.name ?? "" }));
  }

  async function accept(message: InboundMessage, held: Awaiting, now: Date): Promise<KpiOutcome> {
    awaiting.delete(keyOf(message));
    const ctx = await context(now);
    const status = held.permission === "record" ? "current" : "pending";
    const provenance = { origin: "chat" as const, at: now, personId: held.personId, channel: message.channel, chatId: message.chatId, messageId: message.messageId ?? null };
    if (held.drafts.length > 1) {
      // A pasted report: all its figures in one transaction, or none.
      const written = await deps.store.recordAll(held.drafts.map((draft) => toRecord(draft, ctx, held.sourceTitle, status, provenance)));
      return out("kpi_confirm", "recorded", held.locale, [reply("kpi-paste-recorded", { count: written.length, ids: written.map((w) => w.id).join(", "), superseded: written.reduce((n, w) => n + w.superseded.length, 0) })], { changed: true, target: records(written.map((w) => w.id)) });
    }
    const draft = held.drafts[0]!;
    const record = toRecord(draft, ctx, held.sourceTitle, status, provenance);
    const { id, superseded } = await deps.store.record(record);
    if (status === "current") {
      return out("kpi_confirm", "recorded", held.locale, [reply("kpi-update-recorded", { id: String(id), superseded: superseded.length })], { changed: true, target: records([id]) });
    }
    const metric = ctx.metrics.find((m) => m.id === draft.metricId)!;
    const notice = [reply("kpi-update-pending-notice", { id: String(id) }), describeDraft({ ...draft, sourceTitle: held.sourceTitle }, metric, ctx.units, "vi"), reply("kpi-update-pending-how", { id: String(id) })];
    const chats = (await Promise.all(ctx.plansSecretariat.map((u) => deps.chatsOfUnit(u)))).flat();
    return out("kpi_confirm", "proposed", held.locale, [reply("kpi-update-proposed", { id: String(id) })], {
      target: records([id]),
      notices: chats.map((c) => ({ channel: c.channel, chatId: c.chatId, locale: "vi" as const, replies: notice })),
    });
  }

  // A record's code ("mã") is an identifier, passed as text: Fluent would group 1234 as "1.234", which
  // "duyệt số liệu 1.234" typed back would read as record 1.
  async function decide(message: InboundMessage, id: number, approve: boolean, reason: string | null, now: Date): Promise<KpiOutcome> {
    const person = await deps.people.personByIdentity(message.channel, message.sender.id);
    const target = records([id]);
    if (!person || (person.role !== "secretariat" && person.role !== "admin")) return out("kpi_decide", "refused", "vi", [reply("kpi-decide-not-allowed")], { target });
    const pending = await deps.store.pending(id);
    if (!pending || pending.status !== "pending") return out("kpi_decide", "refused", "vi", [reply("kpi-decide-not-pending", { id: String(id) })], { target });
    const done = await deps.store.decide(id, approve ? { approve: true } : { approve: false, reason }, person.id, now);
    if (!done.ok) return out("kpi_decide", "refused", "vi", [reply("kpi-decide-not-pending", { id: String(id) })], { target });
    const notices: CommandNotice[] = pending.channel && pending.chatId
      ? [{ channel: pending.channel, chatId: pending.chatId, locale: "vi", replies: [reply(approve ? "kpi-decide-approved-notice" : "kpi-decide-rejected-notice", { id: String(id), reason: reason ?? "none" })] }]
      : [];
    return out("kpi_decide", "decided", "vi", [reply(approve ? "kpi-decide-approved" : "kpi-decide-rejected", { id: String(id), superseded: done.superseded.length })], { notices, changed: approve, target });
  }

  async function reportFile(message: InboundMessage, now: Date): Promise<KpiOutcome | undefined> {
    const rest = message.file ? reportCaption(message.text) : undefined;
    if (!message.file || rest === undefined) return undefined;
    const locale: Locale = /^\s*update\b/i.test(message.text) ? "en" : "vi";
    // Who may send one is known before a byte is downloaded.
    const person = await deps.people.personByIdentity(message.channel, message.sender.id);
    if (!person) return out("kpi_update", "refused", locale, [reply("kpi-update-not-allowed")]);
    const read = await reportText(message.file);
    if (!read.ok) return out("kpi_update", "refused", locale, [reply("kpi-file-problem", { problem: read.problem, name: message.file.name, max: MAX_REPORT_BYTES / 1024 / 1024 })]);
    const body = rest.length > 0 ? `${read.text}\n${rest}` : read.text;
    return (await update(message, body, now, locale)) ?? out("kpi_update", "refused", locale, [reply("kpi-file-no-figures", { name: message.file.name })]);
  }

  return {
    reportFile,
    async handle(message, now) {
      // A file is the report files' (reportFile) or another feature's: its caption is no command.
      if (message.file) return undefined;
      const command = parseKpiCommand(message.text);
      if (!command) return undefined;
      const locale: Locale = /^\s*update\b/i.test(message.text) ? "en" : "vi";
      switch (command.kind) {
        case "update":
          return update(message, command.body, now, locale);
        case "accept":
        case "cancel": {
          const held = awaiting.get(keyOf(message));
          // "đồng ý" with nothing waiting is someone else's business (or a question).
          if (!held) return undefined;
          if (now.getTime() - held.at > DRAFT_MINUTES * 60_000) {
            awaiting.delete(keyOf(message));
            return undefined;
          }
          if (command.kind === "accept") return accept(message, held, now);
          awaiting.delete(keyOf(message));
          return out("kpi_cancel", "cancelled", held.locale, [reply("kpi-update-cancelled")]);
        }
        case "approve":
          return decide(message, command.id, true, null, now);
        case "reject":
          return decide(message, command.id, false, command.reason, now);
      }
    },
  };
}
