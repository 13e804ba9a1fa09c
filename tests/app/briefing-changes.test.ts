import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createApp } from "../../src/app/handle-message.js";
import { createConversationMemory } from "../../src/app/conversation-memory.js";
import { createKpiChanges } from "../../src/app/kpi/changes.js";
import type { KpiRecord } from "../../src/app/kpi/ports.js";
import { DIGEST_STATE_KEY } from "../../src/app/reminders/digest.js";
import { runReminderTick } from "../../src/app/reminders/tick.js";
import { DEFAULT_POLICY } from "../../src/core/reminders/index.js";
import { createCatalogStore } from "../../src/db/stores/catalog-store.js";
import { createKpiStore } from "../../src/db/stores/kpi-store.js";
import { createComposeStore } from "../../src/db/stores/outbox-compose-store.js";
import { createPeopleStore } from "../../src/db/stores/people-store.js";
import { createTaskStore } from "../../src/db/stores/task-store.js";
import { createTranslator } from "../../src/infra/i18n.js";
import { freshPostgres, freshSqlite, type TestDatabase } from "../support/databases.js";
import { FakeChannel } from "../support/fake-channel.js";
import { calendar, reminderDeps, TestClock, vn } from "../support/reminders.js";

/**
 * The briefing uses the latest values and says which figures changed since the last weekly digest (issue #12,
 * item 5): the digest goes out on Monday 24/7/2023, a new activation figure is recorded on Thursday, and the
 * briefing is asked for on Friday 28/7.
 */
const variants: Array<[string, () => Promise<TestDatabase>]> = [
  ["SQLite", () => freshSqlite({ demo: true })],
  ["PostgreSQL", () => freshPostgres({ demo: true })],
];

describe.each(variants)("the briefing's changed figures (%s)", (_name, open) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await open();
  });
  afterEach(() => t.cleanup());

  async function briefing(at: Date): Promise<string> {
    const db = t.database.db;
    const clock = new TestClock(at);
    const app = await createApp({
      clock,
      catalogStore: createCatalogStore(db),
      tasks: createTaskStore(db),
      people: createPeopleStore(db),
      translate: createTranslator(),
      memory: createConversationMemory(),
      contextTtlMinutes: 30,
      kpiChanges: createKpiChanges({ kpis: createKpiStore(db), lastDigestKey: () => createComposeStore(db, t.database.provider).stateValue(DIGEST_STATE_KEY), calendar, policy: DEFAULT_POLICY, clock }),
    });
    const handled = await app.handleMessage({ channel: "console", chatId: "chu-tich", sender: { id: "chu-tich" }, text: "/baocao", receivedAt: at });
    return handled.outbound[0]!.text;
  }

  const record = async (key: string, at: string, value: Pick<KpiRecord, "value" | "asOf">) => {
    const metric = await t.database.db.metric.findUniqueOrThrow({ where: { key } });
    await createKpiStore(t.database.db).record({
      metricId: metric.id, metricKey: key, scope: "province", unitId: null, qualifier: "exact", periodFrom: null, periodTo: null, source: "BC",
      status: "current", sourceKey: "NV-CLI", sourceTitle: "Báo cáo của Công an tỉnh", target: "738291", targetDate: "2023-07-31", denominator: null, origin: "cli",
      recordedAt: vn(at), recordedById: null, channel: null, chatId: null, messageId: null, ...value,
    });
  };

  it("names the figures that moved since the digest, with how far, and reads the gap from the latest value", async () => {
    await runReminderTick(reminderDeps(t.database, new TestClock(vn("2023-07-24 08:00")), [new FakeChannel()]));
    const before = await briefing(vn("2023-07-26 09:00"));
    // Nothing moved yet: the report's figures are new to the digest, not changes, and the briefing is as it was.
    expect(before).not.toContain("Số liệu thay đổi");

    await record("eid_accounts_activated", "2023-07-27 15:00", { value: "560000", asOf: "2023-07-27" });
    const text = await briefing(vn("2023-07-28 09:00"));
    expect(text).toContain("• Số liệu thay đổi từ báo cáo tuần trước (24/7/2023):\n  – Số tài khoản định danh điện tử đã kích hoạt toàn tỉnh: 560.000 (số liệu tính đến 27/7/2023), tăng 112.754 tài khoản (+25,21%).");
    expect(text).toContain("Số tài khoản định danh điện tử đã kích hoạt: 560.000 (số liệu tính đến 27/7/2023); chỉ tiêu 738.291 đến 31/7/2023, còn thiếu 178.291, còn 3 ngày.");
    expect(text).not.toContain("447.246 (");
  });
});
