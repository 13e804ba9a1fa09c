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

  it("a pasted report: each figure repeated with its sentence, a target left out with why, all recorded together on «đồng ý»", async () => {
    const report = "cập nhật số liệu: Tính đến ngày 24/7/2023, toàn tỉnh đã kích hoạt 560.000 tài khoản định danh điện tử. Tỷ lệ hồ sơ trực tuyến cấp huyện đạt 20,5% tính đến 20/7/2023. Phấn đấu đến 31/12/2023 tỷ lệ hồ sơ trực tuyến cấp huyện đạt 50%.";
    const asked = (await w.send(report, "snv-chuyen-vien")).outbound[0]!.text;
    expect(asked).toContain("Tôi đọc được 2 số liệu trong văn bản:");
    expect(asked).toContain("• Số tài khoản định danh điện tử đã kích hoạt toàn tỉnh: 560.000 (số liệu tính đến 24/7/2023)");
    expect(asked).toContain("(câu: «Tính đến ngày 24/7/2023, toàn tỉnh đã kích hoạt 560.000 tài khoản định danh điện tử.»)");
    expect(asked).toContain("• Tỷ lệ hồ sơ trực tuyến cấp huyện: 20,5% (số liệu tính đến 20/7/2023)");
    expect(asked).toMatch(/• Bỏ qua: «Phấn đấu đến 31\/12\/2023 tỷ lệ hồ sơ trực tuyến cấp huyện đạt 50%\.?» — đây là chỉ tiêu hoặc mức thay đổi, không phải kết quả\./);
    expect(asked).toContain("Trả lời «đồng ý» để ghi nhận cả 2 số liệu trên");
    const count = await w.db.metricValue.count();

    const done = (await w.send("đồng ý", "snv-chuyen-vien")).outbound[0]!.text;
    const rows = await w.db.metricValue.findMany({ where: { origin: "chat" }, orderBy: { id: "asc" }, include: { metric: { select: { key: true } } } });
    expect(done).toBe(`Đã ghi nhận 2 số liệu (mã ${rows.map((r) => r.id).join(", ")}).`);
    expect(await w.db.metricValue.count()).toBe(count + 2);
    expect(rows.map((r) => [r.metric.key, r.scope, r.value, r.asOf, r.status, r.messageId])).toEqual([
      ["eid_accounts_activated", "province", "560000", "2023-07-24", "current", "m2"],
      ["online_dossier_rate", "district_level", "20.5", "2023-07-20", "current", "m2"],
    ]);
    expect((await w.send("tài khoản định danh đã kích hoạt", "chu-tich")).outbound[0]!.text).toContain("560.000");
  });

  it("a pasted report with figures but none that can be recorded, or from a unit: a clear answer and nothing recorded", async () => {
    const count = await w.db.metricValue.count();
    const targets = (await w.send("cập nhật: Phấn đấu đến 31/12/2023 tỷ lệ hồ sơ trực tuyến cấp huyện đạt 50%, cấp xã đạt 80%.", "snv-chuyen-vien")).outbound[0]!.text;
    expect(targets).toContain("Văn bản có 2 số liệu nhưng không số liệu nào ghi nhận được. Chưa ghi nhận gì.");
    const fromUnit = (await w.send("cập nhật: Tính đến 24/7/2023 đã kích hoạt 560.000 tài khoản định danh; tỷ lệ hồ sơ trực tuyến cấp huyện đạt 20,5% tính đến 20/7/2023.", "cat-can-bo")).outbound[0]!.text;
    expect(fromUnit).toContain("Tin nhắn có nhiều số liệu; đề nghị cập nhật từng số liệu một. Chưa ghi nhận gì.");
    expect((await w.send("đồng ý", "cat-can-bo")).understood.understanding).not.toMatchObject({ intent: "task_command" });
    expect(await w.db.metricValue.count()).toBe(count);
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
