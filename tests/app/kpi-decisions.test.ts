import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createApp, type App } from "../../src/app/handle-message.js";
import { createConversationMemory } from "../../src/app/conversation-memory.js";
import { createKpiCommands } from "../../src/app/kpi/kpi-commands.js";
import { createCatalogStore } from "../../src/db/stores/catalog-store.js";
import { createKpiStore } from "../../src/db/stores/kpi-store.js";
import { createPeopleStore } from "../../src/db/stores/people-store.js";
import { createTaskCommandStore } from "../../src/db/stores/task-command-store.js";
import { createTaskStore } from "../../src/db/stores/task-store.js";
import { createTranslator } from "../../src/infra/i18n.js";
import { freshPostgres, freshSqlite, type TestDatabase } from "../support/databases.js";
import { TestClock, vn } from "../support/reminders.js";

/**
 * The secretariat's refusal of a unit's figure, and a figure left waiting for «đồng ý» too long (issue #12,
 * item 1): nothing becomes an answer, the history keeps what happened. Công an tỉnh reports the identity
 * accounts (447.246 activated as of 18/7/2023 in the demo data); Sở Nội vụ is the secretariat.
 */
async function world(t: TestDatabase, clock: TestClock) {
  const db = t.database.db;
  const translate = createTranslator();
  const people = createPeopleStore(db);
  const catalog = createCatalogStore(db);
  let counter = 0;
  const app: App = await createApp({
    clock,
    catalogStore: catalog,
    tasks: createTaskStore(db),
    people,
    translate,
    memory: createConversationMemory(),
    contextTtlMinutes: 30,
    kpiCommands: createKpiCommands({ store: createKpiStore(db), catalog, people, chatsOfUnit: (u) => createTaskCommandStore(db).chatsOfUnit(u), translate }),
  });
  const send = (text: string, as: string) => app.handleMessage({ channel: "console", chatId: as, sender: { id: as }, text, receivedAt: clock.now(), messageId: `m${++counter}` });
  const activated = () => db.metricValue.findMany({ where: { metric: { key: "eid_accounts_activated" } }, orderBy: { id: "asc" } });
  return { db, send, activated };
}

const variants: Array<[string, () => Promise<TestDatabase>]> = [
  ["SQLite", () => freshSqlite({ demo: true })],
  ["PostgreSQL", () => freshPostgres({ demo: true })],
];

describe.each(variants)("KPI decisions and drafts (%s)", (_name, open) => {
  let t: TestDatabase;
  let clock: TestClock;
  let w: Awaited<ReturnType<typeof world>>;
  beforeEach(async () => {
    t = await open();
    clock = new TestClock(vn("2023-07-25 09:00"));
    w = await world(t, clock);
  });
  afterEach(() => t.cleanup());

  it("a unit's figure refused with a reason stays in the history as rejected, is never an answer, and the unit is told why", async () => {
    await w.send("cập nhật đã kích hoạt 560.000 tài khoản định danh đến 24/7", "cat-can-bo");
    const proposed = (await w.send("đồng ý", "cat-can-bo")).outbound[0]!.text;
    const pending = (await w.activated()).at(-1)!;
    // The code is printed as the record's id, ungrouped, so that typing it back finds that record.
    expect(/mã ([\d.]+)/.exec(proposed)![1]).toBe(String(pending.id));

    const refused = await w.send(`từ chối số liệu ${pending.id} vì chưa khớp báo cáo của Bộ Công an`, "giam-doc-snv");
    expect(refused.outbound[0]!.text).toBe(`Đã từ chối số liệu mã ${pending.id}; số liệu vẫn lưu trong lịch sử nhưng không được dùng.`);
    expect(refused.outbound[1]).toMatchObject({ chatId: "cat-can-bo", text: `Cơ quan thường trực đã từ chối số liệu mã ${pending.id} của đơn vị. Lý do: chưa khớp báo cáo của Bộ Công an` });
    const secretariat = await w.db.person.findUniqueOrThrow({ where: { key: "giam-doc-snv" } });
    expect((await w.activated()).at(-1)).toMatchObject({ id: pending.id, status: "rejected", note: "chưa khớp báo cáo của Bộ Công an", decidedById: secretariat.id });
    expect((await w.activated()).find((v) => v.value === "447246")!.status).toBe("current");

    const answer = (await w.send("tài khoản định danh đã kích hoạt", "chu-tich")).outbound[0]!.text;
    expect(answer).toContain("447.246");
    expect(answer).not.toContain("560.000");
    // Decided once: approving it afterwards changes nothing.
    expect((await w.send(`duyệt số liệu ${pending.id}`, "giam-doc-snv")).outbound[0]!.text).toBe(`Không có số liệu chờ xác nhận mã ${pending.id}.`);
    expect((await w.activated()).at(-1)!.status).toBe("rejected");
    const history = await createKpiStore(w.db).history(pending.metricId, "province", null);
    expect(history.map((h) => [h.value, h.status])).toEqual([["447246", "current"], ["560000", "rejected"]]);
  });

  it("a figure waits 15 minutes for «đồng ý»; later, «đồng ý» records nothing and the figure is gone", async () => {
    await w.send("cập nhật đã kích hoạt 560.000 tài khoản định danh đến 24/7", "snv-chuyen-vien");
    clock.advance(16 * 60_000);
    const late = await w.send("đồng ý", "snv-chuyen-vien");
    expect(late.understood.understanding).not.toMatchObject({ intent: "task_command" });
    expect((await w.activated()).map((v) => v.value)).toEqual(["447246"]);
    // Gone, not merely late: the clock turned back would not bring it back.
    clock.advance(-10 * 60_000);
    expect((await w.send("đồng ý", "snv-chuyen-vien")).understood.understanding).not.toMatchObject({ intent: "task_command" });
    expect((await w.activated()).map((v) => v.value)).toEqual(["447246"]);

    await w.send("cập nhật đã kích hoạt 561.000 tài khoản định danh đến 24/7", "snv-chuyen-vien");
    clock.advance(14 * 60_000);
    expect((await w.send("đồng ý", "snv-chuyen-vien")).outbound[0]!.text).toMatch(/^Đã ghi nhận số liệu \(mã \d+\)\.$/);
    expect((await w.activated()).map((v) => [v.value, v.status])).toEqual([["447246", "current"], ["561000", "current"]]);
  });
});
