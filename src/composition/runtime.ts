import { inMemorySendBudget, type SendBudget } from "../app/outbound/send-budget.js";
import { createChannelDirectory, type ChannelDirectory } from "../app/outbound/route.js";
import { readFileSync } from "node:fs";
import { createApp, type App } from "../app/handle-message.js";
import { createConversationMemory } from "../app/conversation-memory.js";
import type { CatalogStore, PeopleStore, TaskStore } from "../app/ports.js";
import { clockStartingAt, type Clock } from "../core/clock.js";
import type { Config } from "../config.js";
import { openDatabase, type Database } from "../db/database.js";
import { DEMO_DATA_PATH, REPO_ROOT } from "../db/paths.js";
import { chartFiles } from "../infra/chart-files.js";
import type { SeedSummary } from "../db/seed.js";
import type { DemoData } from "../app/demo-file.js";
import { createCatalogStore } from "../db/stores/catalog-store.js";
import { createPeopleStore } from "../db/stores/people-store.js";
import { createTaskStore } from "../db/stores/task-store.js";
import { createTaskCommandStore } from "../db/stores/task-command-store.js";
import { createTaskCommands } from "../app/task-commands.js";
import { createOutboxStore } from "../db/stores/outbox-store.js";
import { createWorkingCalendar } from "../core/calendar/index.js";
import { DEFAULT_POLICY } from "../core/reminders/index.js";
import { createKpiCommands, kpiReportFeature } from "../app/kpi/kpi-commands.js";
import { createKpiChanges } from "../app/kpi/changes.js";
import { DIGEST_STATE_KEY } from "../app/reminders/digest.js";
import { createComposeStore } from "../db/stores/outbox-compose-store.js";
import { officeFeatures } from "./office-wiring.js";
import { createKpiStore } from "../db/stores/kpi-store.js";
import { createTranslator, type Translate } from "../infra/i18n.js";
import type { Logger } from "../infra/logger.js";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { createOnboarding, type Onboarding } from "../app/onboarding.js";
import { createAccessGate } from "../app/inbound/access-gate.js";
import { strangerAnswersPerMonth } from "../core/onboarding/index.js";
import { createRedeemFailureStore } from "../db/stores/redeem-failure-store.js";
import { createOnboardingStore } from "../db/stores/onboarding-store.js";
import { createStrangerStore } from "../db/stores/stranger-store.js";
import { createAuditStore } from "../db/stores/audit-store.js";
import { tolerantAuditTrail } from "../app/audit.js";
import { instrumentApp, noMetrics, type Metrics } from "../app/metrics.js";
import type { PrometheusMetrics } from "../infra/metrics.js";
import { createScrapeStore } from "../db/stores/scrape-store.js";
import { createDatabaseSendBudget } from "../db/stores/send-budget-store.js";
import { createSeenUpdateStore } from "../db/stores/seen-update-store.js";
import type { UpdateLedger } from "../app/inbound/update-ledger.js";
import { monthRange } from "../core/message-quota.js";

/** Everything a running bot holds, built in one place from the configuration. */
export interface Runtime {
  config: Config;
  clock: Clock;
  /** Whether the clock runs as of the demo meeting because no NOW was given. */
  demoClock: boolean;
  database: Database;
  stores: { catalog: CatalogStore; tasks: TaskStore; people: PeopleStore };
  translate: Translate;
  app: App;
  /** Invites, members and chat bindings, for every channel. */
  onboarding: Onboarding;
  seeded: SeedSummary | undefined;
  /** What the channels and the reminder loop count (`noMetrics` unless the runtime was started with metrics). */
  metrics: Metrics;
  /** The registry behind /metrics, when started with metrics (the running bot; commands go without). */
  prometheus: PrometheusMetrics | undefined;
  /**
   * The platforms' send limits, counted for every channel's outbound queue: on PostgreSQL in the database, shared
   * by every bot process on it (several instances behind one token); on SQLite in memory, one process's.
   */
  sendBudget: SendBudget;
  /** On PostgreSQL, the updates every bot process has taken (each handled once across instances); per channel. */
  updateLedger?: (channel: string) => UpdateLedger;
  /** The channels running in this process, registered as they start: where answers for another channel go. */
  channels: ChannelDirectory;
  close(): Promise<void>;
}

export async function startRuntime(config: Config, logger: Logger, options: { metrics?: boolean } = {}): Promise<Runtime> {
  let seeded: SeedSummary | undefined;
  const database = await openDatabase(config.database, async (opened) => {
    if (config.seedDemoData) seeded = await seedIfEmpty(opened);
  });
  try {
    if (database.appliedMigrations.length > 0) logger.info({ migrations: database.appliedMigrations }, "migrations applied");
    if (seeded) logger.info(seeded, "demo data loaded into the new database");
    const demoClock = config.now === undefined && config.seedDemoData;
    const clock = clockStartingAt(config.now ?? (demoClock ? config.demoNow : new Date()), Date.now);
    const stores = { catalog: createCatalogStore(database.db), tasks: createTaskStore(database.db), people: createPeopleStore(database.db) };
    const translate = createTranslator();
    const audit = tolerantAuditTrail(createAuditStore(database.db), (error, entry) => logger.error({ err: error, action: entry.action, channel: entry.channel }, "audit entry not written"));
    const onboarding = createOnboarding({
      audit,
      store: createOnboardingStore(database.db),
      clock,
      randomBytes: (size) => new Uint8Array(randomBytes(size)),
      units: async () => (await stores.catalog.loadCatalog()).units,
      // Wrong codes counted in the database: several bot processes throttle a guesser together.
      failures: createRedeemFailureStore(database.db),
    });
    const prometheus = options.metrics ? await openMetrics(config, database, clock) : undefined;
    const metrics = prometheus?.metrics ?? noMetrics;
    const kpiCommands = createKpiCommands({
      store: createKpiStore(database.db),
      catalog: stores.catalog,
      people: stores.people,
      chatsOfUnit: (unitId) => createTaskCommandStore(database.db).chatsOfUnit(unitId),
      translate,
    });
    const pipeline = await createApp({
      clock,
      catalogStore: stores.catalog,
      tasks: stores.tasks,
      people: stores.people,
      translate,
      memory: createConversationMemory(),
      contextTtlMinutes: config.contextTtlMinutes,
      // A report sent as a file captioned "cập nhật số liệu" is the KPI commands'; every other file the office features'.
      features: [kpiReportFeature(kpiCommands), officeFeatures(database, stores.people, translate)],
      kpiCommands,
      // The briefing says which figures changed since the last weekly digest the reminder loop sent.
      kpiChanges: createKpiChanges({
        kpis: createKpiStore(database.db),
        lastDigestKey: () => createComposeStore(database.db, database.provider).stateValue(DIGEST_STATE_KEY),
        calendar: createWorkingCalendar(),
        policy: DEFAULT_POLICY,
        clock,
      }),
      // Charts asked for in the console are kept as PNG files beside the database's default folder; Telegram sends
      // them as photos, Zalo by URL from this bot's web server, which only a webhook makes public.
      chartPictures: chartFiles(path.join(REPO_ROOT, "data", "charts")),
      pictureChannels: ["telegram", ...(config.zalo.webhook ? ["zalo"] : [])],
      commands: createTaskCommands({
        store: createTaskCommandStore(database.db),
        tasks: stores.tasks,
        people: stores.people,
        logger: logger.child({ component: "task-commands" }),
        noticeLocale: config.defaultLocale,
        // Nudges are reminders: the same outbox, calendar and quiet hours as the reminder loop.
        nudges: { outbox: createOutboxStore(database.db, database.provider), translate, calendar: createWorkingCalendar(), policy: DEFAULT_POLICY },
      }),
      gate: createAccessGate({
        lookups: { senderInChat: (channel, senderId, chatId) => onboarding.senderInChat(channel, senderId, chatId) },
        publicAnswers: config.publicAnswers,
        // The console chat and `npm run ask` are the operator at the machine (the console's /as picks a persona).
        trustedChannels: ["console", "cli"],
        strangerLimits: { zalo: { answersPerMonth: strangerAnswersPerMonth(config.zalo.monthlyQuota) } },
        // In the database: a restart or a second instance gives strangers no second invite text, nor another 5%.
        strangers: createStrangerStore(database.db, database.provider),
      }),
      defaultLocale: config.defaultLocale,
      audit,
    });
    const app = prometheus ? instrumentApp(pipeline, metrics, () => performance.now()) : pipeline;
    return { config, clock, demoClock, database, stores, translate, app, onboarding, seeded, metrics, prometheus, ...sharedBetweenInstances(database), channels: createChannelDirectory(), close: () => database.close() };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** The registry behind /metrics, its gauges read from this database at each scrape. */
async function openMetrics(config: Config, database: Database, clock: Clock): Promise<PrometheusMetrics> {
  const { createPrometheusMetrics } = await import("../infra/metrics.js");
  const scrape = createScrapeStore(database.db);
  const zalo = config.channels.includes("zalo");
  return createPrometheusMetrics({
    channels: config.channels,
    source: {
      now: () => clock.now(),
      outbox: () => scrape.outbox(),
      zaloQuota: async () => {
        if (!zalo) return null;
        const { month } = monthRange(clock.now());
        return { month, used: await scrape.quotaUsed("zalo", month), limit: config.zalo.monthlyQuota };
      },
    },
  });
}

/**
 * First start: a new database gets the demo data. Runs while the database is being opened, so a second
 * start at the same moment on the same new SQLite file waits, then finds the plans and seeds nothing; on
 * PostgreSQL the seeding transaction's own lock does the same. The YAML parser and the seeder load only
 * when the database is empty: most starts have nothing to seed.
 */
async function seedIfEmpty(database: Database): Promise<SeedSummary | undefined> {
  if ((await database.db.plan.count()) > 0) return undefined;
  const data = await readDemoFile(DEMO_DATA_PATH);
  const { seedDemoDataIfEmpty } = await import("../db/seed.js");
  return seedDemoDataIfEmpty(database.db, data, database.provider);
}

/** The YAML parser and the seeder load only when there is something to seed: most starts have nothing. */
export async function loadDemoData(database: Database, file = DEMO_DATA_PATH): Promise<SeedSummary> {
  const data = await readDemoFile(file);
  const { seedDemoData } = await import("../db/seed.js");
  return seedDemoData(database.db, data, database.provider);
}

/** Reads and checks a demo file without touching any database; a problem is a DemoFileError naming file, line, row and field. */
export async function readDemoFile(file = DEMO_DATA_PATH): Promise<DemoData> {
  const { parseDemoFile, DemoFileError } = await import("../app/demo-file.js");
  const shown = displayPath(file);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    throw new DemoFileError(`${shown}: không đọc được tệp dữ liệu mẫu / cannot read the demo data file (${reason})`);
  }
  return parseDemoFile(text, shown);
}

/** A path as the user would type it: relative when it lies under the working folder, absolute otherwise. */
function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : path.resolve(file);
}

/** What bot processes on one PostgreSQL database share: the send limits and the updates taken. SQLite: one process. */
function sharedBetweenInstances(database: Database): Pick<Runtime, "sendBudget" | "updateLedger"> {
  if (database.provider !== "postgresql") return { sendBudget: inMemorySendBudget() };
  const updates = createSeenUpdateStore(database.db, database.provider);
  return { sendBudget: createDatabaseSendBudget(database.db, database.provider), updateLedger: (channel) => updates.ledger(channel) };
}
