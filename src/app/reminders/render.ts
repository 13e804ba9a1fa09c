/**
 * A bundle of reminders put into words: a header for the reader (unit, head, secretariat), the tasks numbered
 * under "overdue / due today / coming up" (when several plans are followed, the plan's name above them, or
 * under each section when they come from several), and the line telling how to answer. A long bundle is split
 * into parts that fit one chat message on every platform; the numbers run on across the parts.
 */
import type { WorkingCalendar } from "../../core/calendar/index.js";
import { formatDate, type Locale } from "../../core/format.js";
import { addDays, type LocalDate } from "../../core/local-date.js";
import type { Audience } from "../../core/reminders/index.js";
import { reply, type Reply } from "../../core/reply.js";
import type { Translate } from "../../infra/i18n.js";
import { packLines } from "./pack-lines.js";
import type { PlanLabel } from "./ports.js";

export interface TextContext {
  translate: Translate;
  locale: Locale;
  calendar: WorkingCalendar;
}

export interface ReminderLine {
  number: number;
  taskId: number;
  code: string;
  title: string;
  deadline: LocalDate;
  /** The task's plan, set when the message names plans (bundle-deliveries.ts decides). */
  plan?: PlanLabel;
}

export interface BundleMessage {
  audience: Audience;
  /** The unit the tasks belong to. */
  unitName: string;
  today: LocalDate;
  /** Set when the bundle holds reminders missed while the bot was down: one summary for all of them. */
  catchUp: { count: number; from: LocalDate; to: LocalDate } | null;
  lines: readonly ReminderLine[];
  /** For the head: how many times the unit was reminded of each of these tasks, at the least (0: not said). */
  reminded?: number;
}

export interface MessagePart {
  text: string;
  lines: ReminderLine[];
}

/** Zalo allows 2.000 characters a message, Telegram 4.096: one size that fits both. */
export const MAX_MESSAGE_CHARS = 1900;
const TITLE_MAX = 110;
/** The date in the footer's extension example: a plausible one, a month ahead. */
const EXAMPLE_EXTENSION_DAYS = 30;

export type LineState = "overdue" | "due_today" | "before";

/** Where a task stands today, in working days: what every reminder line ends with. */
export function lineState(deadline: LocalDate, today: LocalDate, calendar: WorkingCalendar): { state: LineState; days: number } {
  if (deadline < today) return { state: "overdue", days: calendar.workingDaysBetween(deadline, today) };
  const left = calendar.workingDaysBetween(today, deadline);
  return { state: left === 0 ? "due_today" : "before", days: left };
}

const SECTION_ORDER: readonly LineState[] = ["overdue", "due_today", "before"];

/**
 * Orders and numbers the lines as the message shows them: overdue first, then due today, then coming up; within
 * each, a plan's tasks together (the plans in the order their first task comes), so that each plan is named once
 * per section and the numbers still run 1, 2, 3 down the message.
 */
export function orderLines(lines: ReadonlyArray<Omit<ReminderLine, "number">>, today: LocalDate, calendar: WorkingCalendar): ReminderLine[] {
  const rank = (l: Omit<ReminderLine, "number">) => SECTION_ORDER.indexOf(lineState(l.deadline, today, calendar).state);
  const planOrder = new Map<string, number>();
  for (const l of lines) if (l.plan && !planOrder.has(l.plan.code)) planOrder.set(l.plan.code, planOrder.size);
  const planRank = (l: Omit<ReminderLine, "number">) => (l.plan ? planOrder.get(l.plan.code)! : 0);
  return [...lines]
    .map((line, index) => ({ line, index, rank: rank(line), plan: planRank(line) }))
    .sort((a, b) => a.rank - b.rank || a.plan - b.plan || a.index - b.index)
    .map(({ line }, i) => ({ ...line, number: i + 1 }));
}

export function renderBundle(message: BundleMessage, ctx: TextContext): MessagePart[] {
  const t = (r: Reply) => ctx.translate(ctx.locale, r);
  const blocks = message.lines.map((line) => ({ line, text: t(lineReply(line, message.today, ctx)) }));
  // The head reads why this reached them: the least overdue task of the bundle is past the escalation point.
  const overdueDays = message.lines.map((l) => lineState(l.deadline, message.today, ctx.calendar)).filter((s) => s.state === "overdue").map((s) => s.days);
  const days = overdueDays.length > 0 ? Math.min(...overdueDays) : 0;
  // Tasks of one plan: the plan is named once, above them all; of several, under each section, plan by plan.
  const planLine = (plan: PlanLabel) => t(reply("remind-plan", { plan: shorten(plan.name), code: plan.code }));
  const plans = [...new Map(message.lines.flatMap((l) => (l.plan ? [[l.plan.code, l.plan] as const] : []))).values()];
  const intro = (part: string) => {
    const lines = [t(reply("remind-header", { audience: message.audience, unit: message.unitName, date: formatDate(message.today, ctx.locale), part, days, reminded: message.reminded ?? 0 }))];
    // Downtime is the bot's business, not the units': only the secretariat hears that reminders were caught up.
    if (message.catchUp && message.audience === "secretariat") {
      const { count, from, to } = message.catchUp;
      lines.push(t(reply("remind-catch-up", { count, from: formatDate(from, ctx.locale), to: formatDate(to, ctx.locale) })));
    }
    if (plans.length === 1) lines.push(planLine(plans[0]!));
    return lines;
  };
  // The longest footer is budgeted for, so that every part fits whichever footer it gets.
  const longest = Math.max(...(["overdue", "before"] as const).map((situation) => footerOf(message, message.lines[0], situation, ctx).length));
  const budget = MAX_MESSAGE_CHARS - longest - intro("99/99").join("\n").length - 2;
  const headings = (line: ReminderLine) => [
    t(reply("remind-section", { state: lineState(line.deadline, message.today, ctx.calendar).state })),
    ...(line.plan && plans.length > 1 ? [planLine(line.plan)] : []),
  ];
  const groups = packLines(blocks, budget, headings);
  return groups.map((group, i) => {
    const part = groups.length > 1 ? `${i + 1}/${groups.length}` : "none";
    const overdue = group.lines.some((l) => lineState(l.deadline, message.today, ctx.calendar).state === "overdue");
    return { text: [...intro(part), ...group.texts, footerOf(message, group.lines[0], overdue ? "overdue" : "before", ctx)].join("\n"), lines: group.lines };
  });
}

/**
 * How to answer, in plain words with the message's own first number: before the deadline, done or progress;
 * overdue, also an extension or a blockage. The secretariat answers nothing here: it is told where to look.
 */
function footerOf(message: BundleMessage, first: ReminderLine | undefined, situation: "overdue" | "before", ctx: TextContext): string {
  const example = formatDate(addDays(message.today, EXAMPLE_EXTENSION_DAYS), ctx.locale);
  return ctx.translate(ctx.locale, reply("remind-answer", { audience: message.audience, situation, number: first?.number ?? 1, code: first?.code ?? "", date: example }));
}

function lineReply(line: ReminderLine, today: LocalDate, ctx: TextContext): Reply {
  const { state, days } = lineState(line.deadline, today, ctx.calendar);
  return reply("remind-line", {
    number: line.number,
    code: line.code,
    title: shorten(line.title),
    deadline: formatDate(line.deadline, ctx.locale),
    state: reply("remind-state", { state, days }),
  });
}

function shorten(text: string): string {
  return text.length > TITLE_MAX ? `${text.slice(0, TITLE_MAX - 1).trimEnd()}…` : text;
}
