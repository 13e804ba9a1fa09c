import type { Clock } from "../core/clock.js";
import { vnDate } from "../core/local-date.js";
import { fitBriefing } from "../core/answer/briefing.js";
import { reply, type Reply } from "../core/reply.js";
import { activeContext, nextContext } from "../core/understand/context.js";
import type { Understood } from "../core/understand/types.js";
import { understand } from "../core/understand/understand.js";
import type { Translate } from "../infra/i18n.js";
import { answerForPlans } from "./plan-answers.js";
import type { ConversationMemory } from "./conversation-memory.js";
import type { InboundMessage, OutboundMessage } from "./messages.js";
import type { CatalogStore, PeopleStore, TaskStore } from "./ports.js";
import type { CommandOutcome, TaskCommands } from "./task-commands.js";
import { buildCatalogView, type CatalogView } from "./catalog-view.js";
import type { AccessGate, GateDecision } from "./inbound/access-gate.js";
import type { Person } from "../core/model.js";
import { mayRequestDigest } from "../core/onboarding/index.js";
import type { Locale } from "../core/format.js";
import type { ChartAnswerDeps, ChartPictures } from "./chart-answer.js";
import type { KpiChanges } from "./kpi/changes.js";
import type { KpiCommands, KpiOutcome } from "./kpi/kpi-commands.js";
import { featureOutbound, type ChatFeature } from "./chat-feature.js";
import { commandUnderstanding, typedCommand } from "./command-query.js";
import { auditEntry, auditsFeature, auditsTaskCommand, type AuditedAction, type AuditTrail } from "./audit.js";

export interface AppDeps {
  clock: Clock;
  catalogStore: CatalogStore;
  tasks: TaskStore;
  people: PeopleStore;
  translate: Translate;
  memory: ConversationMemory;
  contextTtlMinutes: number;
  /** Task commands ("xong 3", "xin gia hạn …"), tried before a message is read as a question. */
  commands?: TaskCommands;
  /** KPI updates ("cập nhật … đạt 20,5% tính đến 15/7", "đồng ý", "duyệt số liệu 12"), tried before task commands. */
  kpiCommands?: KpiCommands;
  /** Features with their own words and confirmations (plan files, conclusions, assignments, exports), tried first. */
  features?: readonly ChatFeature[];
  /** The figures changed since the last weekly digest, said in the briefing. */
  kpiChanges?: KpiChanges;
  /** Charts as pictures: kept in a file the reply names (the console), or sent with the answer (pictureChannels). */
  chartPictures?: ChartPictures;
  /** The channels that send a chart's picture with its answer (Telegram; Zalo when it can serve it by URL). */
  pictureChannels?: readonly string[];
  /** Who may use the bot, for every channel (the runtime sets it; tests of answers alone go without). */
  gate?: AccessGate;
  /** The language of answers to people the bot does not know yet. */
  defaultLocale?: Locale;
  /** Where who did what is recorded (every change made through the chat, every stranger turned away). */
  audit?: AuditTrail;
}

export interface HandledMessage {
  understood: Understood;
  replies: Reply[];
  outbound: OutboundMessage[];
}

export interface App {
  /** The one pipeline every channel uses: a neutral message in, the messages to send out. */
  handleMessage(message: InboundMessage): Promise<HandledMessage>;
  /** Re-reads units, metrics and plans after they changed (a seed, an import). */
  refreshCatalog(): Promise<void>;
  /**
   * The access gate alone, for what a channel answers before the pipeline (a sticker, a message too long, a
   * failed invite code): null when the sender may use the bot, else what a stranger gets (at most the invite
   * text once a day), so that no reply to a stranger goes around the gate.
   */
  screen(message: InboundMessage): Promise<HandledMessage | null>;
}

export async function createApp(deps: AppDeps): Promise<App> {
  let view: CatalogView;
  const refreshCatalog = async () => {
    view = buildCatalogView(await deps.catalogStore.loadCatalog());
  };
  await refreshCatalog();

  return {
    refreshCatalog,
    async screen(message) {
      if (!deps.gate) return null;
      const now = deps.clock.now();
      const decision = await deps.gate.admit(message, now);
      if (decision.admitted) return null;
      await audit(deps, message, now, strangerRefused(decision.replies));
      return notAdmitted(deps, message, decision.replies);
    },
    async handleMessage(message) {
      const now = deps.clock.now();
      const admitted: GateDecision = deps.gate ? await deps.gate.admit(message, now) : { admitted: true };
      if (!admitted.admitted) {
        await audit(deps, message, now, strangerRefused(admitted.replies));
        return notAdmitted(deps, message, admitted.replies);
      }
      for (const feature of deps.features ?? []) {
        const outcome = await feature.handle(message, now);
        if (!outcome) continue;
        if (outcome.changed) await refreshCatalog();
        if (auditsFeature(outcome)) await audit(deps, message, now, { action: outcome.action, outcome: outcome.changed ? "changed" : "unchanged", target: outcome.target ?? null });
        return { understood: { understanding: { intent: "task_command", action: outcome.action }, locale: outcome.locale }, replies: outcome.replies, outbound: featureOutbound(deps.translate, message, outcome) };
      }
      const kpi = await deps.kpiCommands?.handle(message, now);
      if (kpi) {
        if (kpi.changed) await refreshCatalog();
        await audit(deps, message, now, { action: kpi.action, outcome: kpi.result, target: kpi.target ?? null });
        return commandHandled(deps, message, kpi);
      }
      const command = await deps.commands?.handle(message, now);
      if (command) {
        if (auditsTaskCommand(command.action)) await audit(deps, message, now, { action: command.action, outcome: command.result, target: command.target ?? null });
        return commandHandled(deps, message, command);
      }
      const chatKey = `${message.channel}:${message.chatId}`;
      const context = activeContext(deps.memory.get(chatKey), now, deps.contextTtlMinutes);
      const today = vnDate(now);
      // The gate read the sender already (one round trip to the database a question fewer).
      const read = admitted.person;
      const person = read !== undefined ? () => Promise.resolve(read) : memoized(() => deps.people.personByIdentity(message.channel, message.sender.id));
      const commandQuery = message.query ?? typedCommand(message.text);
      // The briefing on demand is the leaders' (and the secretariat's, who prepare it), on every channel alike.
      if (commandQuery?.kind === "briefing" && !(await mayBrief(await person(), admitted, deps.gate !== undefined))) {
        const refused = notAdmitted(deps, message, [reply("digest-not-allowed")]);
        return { ...refused, understood: { ...refused.understood, understanding: { intent: "briefing" } } };
      }
      let understood: Understood = commandQuery
        ? { understanding: commandUnderstanding(commandQuery, view.index, view.catalog.plans, await person()), locale: deps.defaultLocale ?? "vi" }
        : understand(message.text, view.index, { today, ...(context ? { context } : {}) });
      const asker = async () => {
        const found = await person();
        return { name: found?.name ?? message.sender.name ?? "", unitIds: found?.unitIds ?? [] };
      };
      // Several plans followed at once: the words that name one (a command's plan, or the message) decide which.
      const namedIn = commandQuery ? (commandQuery.kind === "plan_progress" ? commandQuery.planName ?? "" : "") : message.text;
      const answer = await answerForPlans(understood.understanding, namedIn, { view, tasks: deps.tasks, ...(deps.kpiChanges ? { kpiChanges: deps.kpiChanges } : {}), charts: chartsFor(deps, message) }, asker, today, understood.locale);
      const { replies, shownTasks } = answer;
      if (answer.understanding) understood = { ...understood, understanding: answer.understanding };
      const next = nextContext(context, understood.understanding, now, shownTasks);
      if (next) deps.memory.set(chatKey, next);
      const lines = replies.map((r) => deps.translate(understood.locale, r));
      const text = understood.understanding.intent === "briefing" ? fitBriefing(lines) : lines.join("\n");
      const words = (r: Reply) => deps.translate(understood.locale, r);
      // The briefing offers its charts ("biểu đồ tiến độ các đơn vị"): buttons where the channel has them.
      const suggestions = understood.understanding.intent === "briefing" ? BRIEFING_CHARTS.map((key) => words(reply(key))) : suggestionsOf(replies, words);
      return {
        understood,
        replies,
        outbound: [{
          channel: message.channel, chatId: message.chatId, text,
          ...(message.messageId ? { replyToMessageId: message.messageId } : {}), ...(suggestions.length > 0 ? { suggestions } : {}), ...(answer.picture ? { file: answer.picture } : {}),
        }],
      };
    },
  };
}

const BRIEFING_CHARTS = ["briefing-chart-progress", "briefing-chart-online-rate", "briefing-chart-activations"] as const;

/** Charts' words everywhere; their pictures where the chat takes them: saved to files in the console, sent with the answer on the picture channels. */
function chartsFor(deps: AppDeps, message: InboundMessage): ChartAnswerDeps {
  if (!deps.chartPictures) return { translate: deps.translate };
  if (message.channel === "console") return { translate: deps.translate, pictures: deps.chartPictures, keep: "file" };
  return { translate: deps.translate, ...(deps.pictureChannels?.includes(message.channel) ? { pictures: deps.chartPictures, keep: "send" as const } : {}) };
}

/** The example questions of a reply that did not understand (at most three), as they would be typed. */
function suggestionsOf(replies: readonly Reply[], words: (reply: Reply) => string): string[] {
  if (!replies.some((r) => r.key === "unknown" || r.key === "unknown-suggest" || r.key === "leftover")) return [];
  return replies
    .filter((r) => r.key === "help-example" && typeof r.args?.text === "object" && !Array.isArray(r.args.text))
    .map((r) => words(r.args!.text as Reply))
    .slice(0, 3);
}

/** A stranger's message: the invite text in its chat, or nothing at all once the stranger had it (see the access gate). */
function notAdmitted(deps: AppDeps, message: InboundMessage, replies: Reply[]): HandledMessage {
  const locale = deps.defaultLocale ?? "vi";
  const text = replies.map((r) => deps.translate(locale, r)).join("\n");
  return {
    understood: { understanding: { intent: "not_admitted" }, locale },
    replies,
    outbound: text ? [{ channel: message.channel, chatId: message.chatId, text, ...(message.messageId ? { replyToMessageId: message.messageId } : {}) }] : [],
  };
}

/** A task command's answer in its chat, then its notices to other chats (the secretariat, the unit). */
function commandHandled(deps: AppDeps, message: InboundMessage, command: CommandOutcome | KpiOutcome): HandledMessage {
  const text = command.replies.map((r) => deps.translate(command.locale, r)).join("\n");
  // Decisions offered on what the answer lists (the secretariat's queue): buttons where the channel has them.
  const decisions = "decisions" in command && command.decisions && command.decisions.length > 0 ? { decisions: command.decisions } : {};
  const suggestions = "suggestions" in command && command.suggestions ? { suggestions: command.suggestions } : {};
  return {
    understood: { understanding: { intent: "task_command", action: command.action }, locale: command.locale },
    replies: command.replies,
    outbound: [
      { ...decisions, channel: message.channel, chatId: message.chatId, text, ...(message.messageId ? { replyToMessageId: message.messageId } : {}), ...suggestions },
      ...command.notices.map((n) => ({ channel: n.channel, chatId: n.chatId, text: n.replies.map((r) => deps.translate(n.locale, r)).join("\n") })),
    ],
  };
}

/** Who gets the briefing as a command: the operator, a leader, the secretariat, an admin; an unknown sender only where no gate decides. */
async function mayBrief(person: Person | null, admitted: GateDecision, gated: boolean): Promise<boolean> {
  if (admitted.admitted && admitted.operator) return true;
  return person ? mayRequestDigest(person.role) : !gated;
}

/** One entry of the audit trail, with the sender's person when the bot knows them. */
async function audit(deps: AppDeps, message: InboundMessage, now: Date, done: AuditedAction): Promise<void> {
  if (!deps.audit) return;
  const personId = done.personId !== undefined ? done.personId : ((await deps.people.personByIdentity(message.channel, message.sender.id))?.id ?? null);
  await deps.audit.record(auditEntry(message, now, { ...done, personId }));
}

/** A stranger turned away: with the invite text (at most once a day), or with nothing at all. */
function strangerRefused(replies: readonly Reply[]): AuditedAction {
  return { action: "stranger_refused", outcome: replies.length > 0 ? "invite_text" : "silent", personId: null };
}

/** The value of an asynchronous lookup, looked up once and only when first wanted. */
function memoized<T>(lookup: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= lookup());
}
