import type { App } from "./handle-message.js";
import type { ChannelSender, SendResult } from "./ports.js";

/**
 * What the running bot counts, as a port: the channels, the web server and the composition root call it; the
 * shell implements it with prom-client (src/infra/metrics.ts), tests and commands pass `noMetrics`. Gauges
 * read from the database (outbox depth, the oldest pending delivery, the Zalo quota) are computed at scrape
 * time by the implementation and are not part of this port.
 */
export interface Metrics {
  /** A webhook request, by what became of it (queued, a duplicate, refused as busy, not an update, …). */
  updateReceived(channel: string, outcome: UpdateOutcome): void;
  /** A message through the pipeline, by kind; `seconds` from taking it to having its answer (no sending). */
  messageHandled(channel: string, kind: HandledKind, seconds: number): void;
  /** An answer (or a part of one) the bot sent, or tried to, on a channel. */
  answerSent(channel: string, outcome: SendOutcome): void;
  /** A reminder delivery the outbox sent, or tried to. */
  reminderSent(channel: string, outcome: SendOutcome): void;
  /** The platform answered 429 (Telegram: too many requests; Zalo: the month's quota is used up). */
  rateLimited(channel: string): void;
  /** A send that is tried again: an answer resent after a 429 or 5xx, a reminder put back in the outbox. */
  retried(channel: string, what: "answer" | "reminder"): void;
}

export type UpdateOutcome = "queued" | "duplicate" | "ignored" | "busy" | "invalid" | "unauthorized" | "too_large";
export type HandledKind = "question" | "command" | "refused";
export type SendOutcome = "sent" | "sent_elsewhere" | "rate_limited" | "chat_unavailable" | "quota_exhausted" | "transient";

export const noMetrics: Metrics = {
  updateReceived: () => undefined,
  messageHandled: () => undefined,
  answerSent: () => undefined,
  reminderSent: () => undefined,
  rateLimited: () => undefined,
  retried: () => undefined,
};

export function sendOutcome(result: SendResult): SendOutcome {
  if (result.ok) return result.via ? "sent_elsewhere" : "sent";
  return result.reason;
}

/**
 * The reminder outbox's sender, counted: every send by its outcome, and a 429 or a transient failure as a
 * retry (the dispatcher puts the delivery back with a delay; only after its last attempt does it fail for good).
 */
export function countedReminderSender(sender: ChannelSender, metrics: Metrics): ChannelSender {
  return {
    channel: sender.channel,
    async send(message) {
      const result = await sender.send(message).catch((error: unknown): SendResult => ({ ok: false, reason: "transient", detail: error instanceof Error ? error.message : String(error) }));
      const outcome = sendOutcome(result);
      metrics.reminderSent(sender.channel, outcome);
      if (outcome === "rate_limited" || outcome === "transient") metrics.retried(sender.channel, "reminder");
      return result;
    },
  };
}

/** The kind of a handled message, from what the pipeline made of it. */
export function handledKind(intent: string): HandledKind {
  if (intent === "task_command") return "command";
  if (intent === "not_admitted") return "refused";
  return "question";
}

/** The pipeline, timed and counted per channel; `elapsedMs` is a monotonic clock (performance.now in the shell). */
export function instrumentApp(app: App, metrics: Metrics, elapsedMs: () => number): App {
  return {
    refreshCatalog: () => app.refreshCatalog(),
    screen: (message) => app.screen(message),
    async handleMessage(message) {
      const started = elapsedMs();
      const handled = await app.handleMessage(message);
      metrics.messageHandled(message.channel, handledKind(handled.understood.understanding.intent), (elapsedMs() - started) / 1000);
      return handled;
    },
  };
}
