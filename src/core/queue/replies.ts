/**
 * The secretariat's queue as Reply descriptors (locales/*.ftl, section "Hàng chờ"): what waits for a decision,
 * oldest first, each with the words that decide it.
 */
import { shortTitle } from "../commands/replies.js";
import { formatDate, type Locale } from "../format.js";
import { vnDate, type LocalDate } from "../local-date.js";
import { reply, type Reply } from "../reply.js";

export interface QueuedExtension {
  id: number;
  code: string;
  title: string;
  unit: string;
  deadline: LocalDate;
  newDeadline: LocalDate;
  reason: string;
  createdAt: Date;
}

export interface QueuedCompletion {
  code: string;
  title: string;
  unit: string;
  reportedAt: Date | null;
  evidence: string | null;
}

export interface QueuedBlockage {
  code: string;
  title: string;
  unit: string;
  since: Date | null;
  reason: string | null;
}

export interface Queue {
  extensions: readonly QueuedExtension[];
  completions: readonly QueuedCompletion[];
  blocked: readonly QueuedBlockage[];
}

/** A queue is read on a phone: each part shows at most this many, and says how many more. */
const SHOWN = 8;

export function queueReplies(queue: Queue, scope: "decider" | "viewer", today: LocalDate, locale: Locale): Reply[] {
  const date = (d: LocalDate) => formatDate(d, locale);
  const day = (instant: Date | null) => (instant ? formatDate(vnDate(instant), locale) : "none");
  const total = queue.extensions.length + queue.completions.length + queue.blocked.length;
  const lines: Reply[] = [reply("queue-header", { date: date(today), total })];
  if (total === 0) return lines;
  lines.push(reply("queue-extensions", { count: queue.extensions.length }));
  for (const r of queue.extensions.slice(0, SHOWN)) {
    lines.push(reply("queue-extension-line", { id: String(r.id), code: r.code, title: shortTitle(r.title), unit: r.unit, date: date(r.newDeadline), deadline: date(r.deadline), reason: r.reason, sent: day(r.createdAt) }));
  }
  lines.push(...more(queue.extensions.length));
  lines.push(reply("queue-completions", { count: queue.completions.length }));
  for (const c of queue.completions.slice(0, SHOWN)) {
    lines.push(reply("queue-completion-line", { code: c.code, title: shortTitle(c.title), unit: c.unit, sent: day(c.reportedAt), evidence: c.evidence ?? "none" }));
  }
  lines.push(...more(queue.completions.length));
  lines.push(reply("queue-blocked", { count: queue.blocked.length }));
  for (const b of queue.blocked.slice(0, SHOWN)) {
    lines.push(reply("queue-blocked-line", { code: b.code, title: shortTitle(b.title), unit: b.unit, since: day(b.since), reason: b.reason ?? "none" }));
  }
  lines.push(...more(queue.blocked.length));
  // Only those who decide are told how to: the others see the queue, not the commands.
  if (scope === "decider" && queue.extensions.length + queue.completions.length > 0) {
    lines.push(reply("queue-howto", { id: String(queue.extensions[0]?.id ?? 0), code: queue.completions[0]?.code ?? "none", extensions: queue.extensions.length, completions: queue.completions.length }));
  }
  return lines;
}

function more(count: number): Reply[] {
  return count > SHOWN ? [reply("queue-more", { more: count - SHOWN })] : [];
}
