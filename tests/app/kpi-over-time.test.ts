import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createApp, type App } from "../../src/app/handle-message.js";
import { createConversationMemory } from "../../src/app/conversation-memory.js";
import { createKpiCommands } from "../../src/app/kpi/kpi-commands.js";
import type { KpiRecord } from "../../src/app/kpi/ports.js";
import { createCatalogStore } from "../../src/db/stores/catalog-store.js";
import { createKpiStore } from "../../src/db/stores/kpi-store.js";
import { createPeopleStore } from "../../src/db/stores/people-store.js";
import { createTaskCommandStore } from "../../src/db/stores/task-command-store.js";
import { createTaskStore } from "../../src/db/stores/task-store.js";
import { createTranslator } from "../../src/infra/i18n.js";
import { freshPostgres, freshSqlite, type TestDatabase } from "../support/databases.js";

/**
 * Answers over time (issue #12, item 2) through the message pipeline. The demo data has one value per figure
 * (447.246 activated accounts as of 18/7/2023, district-level online rate 18,05% for 1/1–27/6/2023), so each
 * test records later values first: by chat, as the secretariat does, or as `kpi set` does. Clock: 25/7/2023.
 */
const NOW = new Date("2023-07-25T09:00:00+07:00");

async function world(t: TestDatabase) {
  const db = t.database.db;
  const translate = createTranslator();
  const people = createPeopleStore(db);
  const catalog = createCatalogStore(db);
  const store = createKpiStore(db);
  let counter = 0;
  const app: App = await createApp({
    clock: { now: () => NOW },
    catalogStore: catalog,
    tasks: createTaskStore(db),
    people,
    translate,
    memory: createConversationMemory(),
    contextTtlMinutes: 30,
    kpiCommands: createKpiCommands({ store, catalog, people, chatsOfUnit: (u) => createTaskCommandStore(db).chatsOfUnit(u), translate }),
  });
  const send = (text: string, as = "chu-tich") => app.handleMessage({ channel: "console", chatId: as, sender: { id: as }, text, receivedAt: NOW, messageId: `m${++counter}` });
  const say = async (text: string, as = "chu-tich") => (await send(text, as)).outbound[0]!.text;
  /** A value as `kpi set` records it, then the answers read the catalogue again. */
  const set = async (key: string, value: Partial<KpiRecord> & Pick<KpiRecord, "scope" | "value">) => {
    const metric = await db.metric.findUniqueOrThrow({ where: { key } });
    await store.record({
      metricId: metric.id, metricKey: key, unitId: null, qualifier: "exact", asOf: null, periodFrom: null, periodTo: null, source: "Báo cáo thử",
      status: "current", sourceKey: "NV-CLI", sourceTitle: "Báo cáo thử", target: null, targetDate: null, denominator: null, origin: "cli",
      recordedAt: NOW, recordedById: null, channel: null, chatId: null, messageId: null, ...value,
    });
    await app.refreshCatalog();
  };
  return { send, say, set };
}

const variants: Array<[string, () => Promise<TestDatabase>]> = [
  ["SQLite", () => freshSqlite({ demo: true })],
  ["PostgreSQL", () => freshPostgres({ demo: true })],
];

describe.each(variants)("KPI answers over time (%s)", (_name, open) => {
  let t: TestDatabase;
  let w: Awaited<ReturnType<typeof world>>;
  beforeEach(async () => {
    t = await open();
    w = await world(t);
  });
  afterEach(() => t.cleanup());

  it("with one value only, says so plainly and compares nothing", async () => {
    const handled = await w.send("số tài khoản định danh đã kích hoạt tăng hay giảm");
    expect(handled.understood.understanding).toMatchObject({ intent: "kpi_change", metric: "eid_accounts_activated", ask: { kind: "direction" } });
    const text = handled.outbound[0]!.text;
    expect(text).toContain("(số liệu tính đến 18/7/2023): 447.246.");
    expect(text).toContain("Hiện mới có một số liệu này; chưa có số liệu kỳ trước để so sánh.");
    expect(text).not.toMatch(/tăng \d|giảm \d/);
  });

  it("an update recorded by chat makes the answers the latest value with its date, and the change against the one before", async () => {
    await w.send("cập nhật đã kích hoạt 560.000 tài khoản định danh đến 24/7", "snv-chuyen-vien");
    await w.send("đồng ý", "snv-chuyen-vien");
    const value = await w.say("tài khoản định danh đã kích hoạt");
    expect(value).toContain("(số liệu tính đến 24/7/2023): 560.000.");
    expect(value).not.toContain("447.246");

    const added = await w.say("đã kích hoạt thêm được bao nhiêu tài khoản");
    expect(added).toContain("So với số liệu 18/7/2023 (447.246): tăng 112.754 tài khoản (+25,21%).");
    expect(added).toContain("Nguồn: Sở Nội vụ cập nhật qua Nhắc việc (Phan Thị Mỹ Linh), số liệu tính đến 24/7/2023.");
    expect(added).toContain("Nguồn: Báo cáo của Sở Nội vụ, số liệu tính đến 18/7/2023.");

    const pace = await w.say("mỗi tuần tăng bao nhiêu tài khoản kích hoạt");
    expect(pace).toContain("Bình quân mỗi tuần tăng 131.546 tài khoản (từ 18/7/2023 đến 24/7/2023).");
    // The pace the target still needs, from the day after the latest value: 178.291 in 7 days.
    expect(pace).toContain("Để đạt chỉ tiêu 738.291 đến 31/7/2023, từ sau ngày 24/7/2023 cần bình quân 178.291 tài khoản mỗi tuần.");

    // The gap to the target is computed from the latest value and its date.
    const gap = await w.say("còn thiếu bao nhiêu tài khoản định danh để đạt chỉ tiêu");
    expect(gap).toContain("Theo số liệu tính đến 24/7/2023");
    expect(gap).toContain("còn thiếu 178.291");
    expect(gap).toContain("Từ sau ngày có số liệu (24/7/2023) đến 31/7/2023 có 7 ngày: cần bình quân 25.471 mỗi ngày");
  });

  it("compares a rate in percentage points: with the figure before it, last month's, and the same period of 2022", async () => {
    await w.set("online_dossier_rate", { scope: "district_level", value: "15.6", periodFrom: "2022-01-01", periodTo: "2022-07-15" });
    await w.set("online_dossier_rate", { scope: "district_level", value: "20.5", periodFrom: "2023-01-01", periodTo: "2023-07-20" });
    const handled = await w.send("tỷ lệ hồ sơ trực tuyến cấp huyện tăng hay giảm");
    expect(handled.understood.understanding).toMatchObject({ intent: "kpi_change", scope: "district_level", against: { kind: "previous" } });
    expect(handled.outbound[0]!.text).toContain("Tỷ lệ hồ sơ trực tuyến cấp huyện (số liệu 1/1–20/7/2023): 20,5%.\nSo với số liệu 1/1–27/6/2023 (18,05%): tăng 2,45 điểm phần trăm.");

    const lastMonth = await w.say("tỷ lệ hồ sơ trực tuyến cấp huyện so với tháng trước");
    expect(lastMonth).toContain("So với số liệu 1/1–27/6/2023 (18,05%): tăng 2,45 điểm phần trăm.");
    const lastYear = await w.send("tỷ lệ hồ sơ trực tuyến cấp huyện so với cùng kỳ năm 2022");
    expect(lastYear.understood.understanding).toMatchObject({ intent: "kpi_change", against: { kind: "same_period", year: 2022 } });
    expect(lastYear.understood.understanding).not.toHaveProperty("period");
    expect(lastYear.outbound[0]!.text).toContain("So với số liệu 1/1–15/7/2022 (15,6%): tăng 4,9 điểm phần trăm.");
    // A follow-up in the same chat keeps the figure and its level.
    expect(await w.say("còn so với đầu năm?")).toContain("Chưa có số liệu đầu năm 2023 để so sánh. Các số liệu trước đó: 1/1–15/7/2022; 1/1–27/6/2023.");
  });

  it("a reference the history lacks is said missing, never replaced by another value", async () => {
    await w.set("eid_accounts_activated", { scope: "province", value: "560000", asOf: "2023-07-24", target: "738291", targetDate: "2023-07-31" });
    const text = await w.say("tài khoản định danh đã kích hoạt so với tháng trước");
    expect(text).toContain("Chưa có số liệu tháng trước để so sánh. Các số liệu trước đó: 18/7/2023.");
    expect(text).not.toContain("tăng");
    await w.set("eid_accounts_activated", { scope: "province", value: "401000", asOf: "2023-06-30" });
    expect(await w.say("tài khoản định danh đã kích hoạt so với tháng trước")).toContain("So với số liệu 30/6/2023 (401.000): tăng 159.000 tài khoản (+39,65%).");
    expect(await w.say("tài khoản đã kích hoạt từ 18/7 đến nay tăng bao nhiêu")).toContain("So với số liệu 18/7/2023 (447.246): tăng 112.754 tài khoản");
  });

  it("tells a look back from the gap ahead, and a figure's period from a comparison", async () => {
    const read = async (text: string) => (await w.send(text, "reader")).understood.understanding;
    expect(await read("tài khoản kích hoạt tăng thêm bao nhiêu so với 18/7")).toMatchObject({ intent: "kpi_change", against: { kind: "window", to: "2023-07-18" } });
    expect(await read("bình quân mỗi ngày kích hoạt được bao nhiêu tài khoản")).toMatchObject({ intent: "kpi_change", ask: { kind: "pace", per: "day" } });
    expect(await read("tỷ lệ hồ sơ trực tuyến có tăng không")).toMatchObject({ intent: "kpi_change", ask: { kind: "direction" } });
    expect(await read("cần thêm bao nhiêu tài khoản để đạt chỉ tiêu")).toMatchObject({ intent: "kpi_gap" });
    expect(await read("mỗi ngày cần kích hoạt bao nhiêu tài khoản")).toMatchObject({ intent: "kpi_gap" });
    expect(await read("kích hoạt thêm bao nhiêu tài khoản")).toMatchObject({ intent: "kpi_gap" });
    // "Từ đầu năm" without a word of change is the period a figure covers.
    expect(await read("số lượt thanh toán trực tuyến từ đầu năm đến nay")).toMatchObject({ intent: "kpi_value", metric: "online_payment_count" });
  });

  it("a rank that moves from 28th to 25th has gone up 3 places", async () => {
    await w.set("vneid_ranking", { scope: "province", value: "25", denominator: "63", asOf: "2023-07-25" });
    // Same date as the demo's 28/63: a correction, not a change over time.
    expect(await w.say("xếp hạng VNeID tăng hay giảm")).toContain("Hiện mới có một số liệu này");
    await w.set("vneid_ranking", { scope: "province", value: "28", denominator: "63", asOf: "2023-07-18" });
    expect(await w.say("xếp hạng VNeID tăng hay giảm")).toContain("So với số liệu 18/7/2023 (28/63): tăng 3 bậc.");
  });
});
