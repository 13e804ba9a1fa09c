import type { ChannelSender } from "../../src/app/ports.js";
import type { ReminderDeps } from "../../src/app/reminders/tick.js";
import { createWorkingCalendar } from "../../src/core/calendar/index.js";
import type { Clock } from "../../src/core/clock.js";
import { DEFAULT_POLICY } from "../../src/core/reminders/index.js";
import type { Database } from "../../src/db/database.js";
import { createCatalogStore } from "../../src/db/stores/catalog-store.js";
import { createKpiStore } from "../../src/db/stores/kpi-store.js";
import { createOutboxStore } from "../../src/db/stores/outbox-store.js";
import { createTaskStore } from "../../src/db/stores/task-store.js";
import { createTranslator } from "../../src/infra/i18n.js";

/** A frozen clock that moves only when told to, or when the code under test sleeps. */
export class TestClock implements Clock {
  private ms: number;
  readonly sleeps: number[] = [];
  constructor(start: Date | string) {
    this.ms = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.ms);
  }
  set(at: Date | string): void {
    this.ms = new Date(at).getTime();
  }
  advance(ms: number): void {
    this.ms += ms;
  }
  readonly sleep = async (ms: number): Promise<void> => {
    this.sleeps.push(ms);
    this.ms += ms;
  };
}

const translate = createTranslator();
export const calendar = createWorkingCalendar();

/** The reminder loop over a test database, a test clock and fake channels. */
export function reminderDeps(database: Database, clock: TestClock, senders: readonly ChannelSender[], overrides: Partial<ReminderDeps> = {}): ReminderDeps {
  return {
    store: createOutboxStore(database.db, database.provider),
    calendar,
    policy: DEFAULT_POLICY,
    ctx: { translate, locale: "vi", calendar },
    digestSource: { tasks: createTaskStore(database.db), catalog: createCatalogStore(database.db), kpis: createKpiStore(database.db) },
    senders,
    clock,
    sleep: clock.sleep,
    workerId: "test-worker",
    ...overrides,
  };
}

/** Vietnam wall-clock time: vn("2023-07-25 08:00"). */
export function vn(text: string): Date {
  return new Date(`${text.replace(" ", "T")}:00+07:00`);
}
