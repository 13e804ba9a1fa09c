import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { Metrics } from "../app/metrics.js";

/** What /metrics reads from the database at each scrape, so that every instance on one database reports the same. */
export interface ScrapeSource {
  /** Deliveries not sent yet (pending or being sent) per channel, with the creation time of the oldest. */
  outbox(): Promise<Array<{ channel: string; waiting: number; oldestCreatedAt: Date | null }>>;
  /** The Zalo Bot Platform's count for the current month, or null when Zalo does not run. */
  zaloQuota(): Promise<{ month: string; used: number; limit: number } | null>;
  /** The bot's clock (the demo's, when it runs as of a date): ages are measured against it. */
  now(): Date;
}

export interface PrometheusMetrics {
  metrics: Metrics;
  registry: Registry;
  /** The text exposition format, with the gauges read from the database now. */
  render(): Promise<{ contentType: string; body: string }>;
}

const LOOP_LAG_SAMPLE_MS = 100;

/**
 * The Metrics port over prom-client, on a registry of its own (never the global one): tests, and several bots
 * in one process, each get their own counts. Channels a bot runs are listed so their gauges read 0, not
 * nothing, when their outbox is empty.
 */
export function createPrometheusMetrics(options: { source?: ScrapeSource; channels?: readonly string[]; processMetrics?: boolean } = {}): PrometheusMetrics {
  const registry = new Registry();
  const registers = [registry];
  // The event-loop lag is sampled every 100 ms, not prom-client's 10 ms: that timer woke an idle process 100
  // times a second, 8,5 ms of CPU a second on this project's machines (10 at 100 ms is 2), paid by every
  // process of a deployment whatever its traffic; a stall long enough to matter still shows.
  if (options.processMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: "nhacviec_", eventLoopMonitoringPrecision: LOOP_LAG_SAMPLE_MS });
  const updates = new Counter({ name: "nhacviec_updates_received_total", help: "Webhook requests from the platforms, by what became of them", labelNames: ["channel", "outcome"], registers });
  const handled = new Counter({ name: "nhacviec_messages_handled_total", help: "Messages through the pipeline, by kind (question, command, refused by the access gate)", labelNames: ["channel", "kind"], registers });
  const latency = new Histogram({
    name: "nhacviec_question_duration_seconds",
    help: "Time from taking a question to having its answer (before sending)",
    labelNames: ["channel"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers,
  });
  const answers = new Counter({ name: "nhacviec_answers_sent_total", help: "Answers sent to chats, by outcome", labelNames: ["channel", "outcome"], registers });
  const reminders = new Counter({ name: "nhacviec_reminders_sent_total", help: "Reminder deliveries the outbox tried to send, by outcome", labelNames: ["channel", "outcome"], registers });
  const limited = new Counter({ name: "nhacviec_rate_limited_total", help: "429 answers from the platforms (Zalo: the monthly quota is used up)", labelNames: ["channel"], registers });
  const retries = new Counter({ name: "nhacviec_retries_total", help: "Sends tried again: answers resent after a 429 or 5xx, reminders put back in the outbox after a 429 or a transient failure", labelNames: ["channel", "what"], registers });

  const source = options.source;
  const channels = options.channels ?? [];
  if (source) {
    // Each read serves every gauge of one scrape (they are collected together), then the next scrape reads again.
    const outbox = oncePerScrape(() => source.outbox().then((rows) => new Map(rows.map((row) => [row.channel, row]))));
    const zaloQuota = oncePerScrape(() => source.zaloQuota());
    new Gauge({
      name: "nhacviec_outbox_waiting",
      help: "Deliveries in the outbox not sent yet (pending or being sent), read from the database",
      labelNames: ["channel"],
      registers,
      async collect() {
        const rows = await outbox();
        this.reset();
        for (const channel of new Set([...channels, ...rows.keys()])) this.set({ channel }, rows.get(channel)?.waiting ?? 0);
      },
    });
    new Gauge({
      name: "nhacviec_outbox_oldest_waiting_seconds",
      help: "Age of the oldest delivery not sent yet, by the bot's clock (0 when none waits)",
      labelNames: ["channel"],
      registers,
      async collect() {
        const rows = await outbox();
        const now = source.now().getTime();
        this.reset();
        for (const channel of new Set([...channels, ...rows.keys()])) {
          const oldest = rows.get(channel)?.oldestCreatedAt;
          this.set({ channel }, oldest ? Math.max(0, (now - oldest.getTime()) / 1000) : 0);
        }
      },
    });
    new Gauge({
      name: "nhacviec_zalo_quota_used",
      help: "Messages sent on Zalo this month, as counted in the database (shared by every instance; written every 10 messages or 5 s)",
      labelNames: ["month"],
      registers,
      async collect() {
        const q = await zaloQuota();
        this.reset();
        if (q) this.set({ month: q.month }, q.used);
      },
    });
    new Gauge({
      name: "nhacviec_zalo_quota_limit",
      help: "Messages Zalo allows a month (ZALO_MONTHLY_QUOTA)",
      registers,
      async collect() {
        const q = await zaloQuota();
        this.reset();
        if (q) this.set(q.limit);
      },
    });
  }

  const metrics: Metrics = {
    updateReceived: (channel, outcome) => updates.inc({ channel, outcome }),
    messageHandled(channel, kind, seconds) {
      handled.inc({ channel, kind });
      if (kind === "question") latency.observe({ channel }, seconds);
    },
    answerSent: (channel, outcome) => answers.inc({ channel, outcome }),
    reminderSent: (channel, outcome) => reminders.inc({ channel, outcome }),
    rateLimited: (channel) => limited.inc({ channel }),
    retried: (channel, what) => retries.inc({ channel, what }),
  };
  return {
    metrics,
    registry,
    async render() {
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}

/** A read shared by the calls made in the same turn of the event loop (one scrape), made again after. */
function oncePerScrape<T>(read: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    if (!pending) {
      pending = read();
      const clear = () => setTimeout(() => (pending = undefined), 0);
      pending.then(clear, clear);
    }
    return pending;
  };
}
