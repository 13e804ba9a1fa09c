import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createApp, type App, type HandledMessage } from "../../src/app/handle-message.js";
import { createConversationMemory } from "../../src/app/conversation-memory.js";
import { createKpiCommands } from "../../src/app/kpi/kpi-commands.js";
import { createTaskCommands } from "../../src/app/task-commands.js";
import { createCatalogStore } from "../../src/db/stores/catalog-store.js";
import { createKpiStore } from "../../src/db/stores/kpi-store.js";
import { createPeopleStore } from "../../src/db/stores/people-store.js";
import { createTaskCommandStore } from "../../src/db/stores/task-command-store.js";
import { createTaskStore } from "../../src/db/stores/task-store.js";
import { createTranslator } from "../../src/infra/i18n.js";
import { freshPostgres, freshSqlite, type TestDatabase } from "../support/databases.js";

/**
 * KPI updates in chat with history (issue #12, item 1), on the demo data (25/7/2023: district-level online rate
 * 18,05% for 1/1–27/6/2023; 447.246 activated accounts as of 18/7 against 738.291 due 31/7), with the clock fixed
 * at 25/7/2023 09:00. Sở Nội vụ is the secretariat; Công an tỉnh reports the identity accounts.
 */
const NOW = new Date("2023-07-25T09:00:00+07:00");
const quiet = { info: () => {}, warn: () => {}, error: () => {} };

async function world(t: TestDatabase) {
  const db = t.database.db;
  const translate = createTranslator();
  const people = createPeopleStore(db);
  const catalog = createCatalogStore(db);
  let counter = 0;
  const app: App = await createApp({
    clock: { now: () => NOW },
    catalogStore: catalog,
    tasks: createTaskStore(db),
    people,
    translate,
    memory: createConversationMemory(),
    contextTtlMinutes: 30,
    kpiCommands: createKpiCommands({ store: createKpiStore(db), catalog, people, chatsOfUnit: (u) => createTaskCommandStore(db).chatsOfUnit(u), translate }),
    commands: createTaskCommands({ store: createTaskCommandStore(db), tasks: createTaskStore(db), people, logger: quiet }),
  });
  const send = (text: string, as: string): Promise<HandledMessage> =>
    app.handleMessage({ channel: "console", chatId: as, sender: { id: as }, text, receivedAt: NOW, messageId: `m${++counter}` });
  const say = async (text: string, as: string) => (await send(text, as)).outbound[0]!.text;
  const values = (key: string) => db.metricValue.findMany({ where: { metric: { key } }, orderBy: { id: "asc" } });
  return { db, send, say, values };
}

const variants: Array<[string, () => Promise<TestDatabase>]> = [
  ["SQLite", () => freshSqlite({ demo: true })],
  ["PostgreSQL", () => freshPostgres({ demo: true })],
];

describe.each(variants)("KPI updates with history (%s)", (_name, open) => {
  let t: TestDatabase;
  let w: Awaited<ReturnType<typeof world>>;
  beforeEach(async () => {
    t = await open();
    w = await world(t);
  });
  afterEach(() => t.cleanup());

  it("the secretariat's update is repeated, recorded only after «đồng ý», and the answers use it", async () => {
    const before = await w.values("online_dossier_rate");
    const asked = await w.send("cập nhật tỷ lệ hồ sơ trực tuyến cấp huyện đạt 20,5% tính đến 15/7", "snv-chuyen-vien");
    const text = asked.outbound[0]!.text;
    expect(text).toContain("Tỷ lệ hồ sơ trực tuyến cấp huyện: 20,5% (số liệu tính đến 15/7/2023); nguồn: Sở Nội vụ cập nhật qua Nhắc việc (Phan Thị Mỹ Linh).");
    expect(text).toContain("Trả lời «đồng ý» để ghi nhận");
    expect(asked.outbound[0]!.suggestions).toEqual(["đồng ý", "hủy"]);
    expect(await w.values("online_dossier_rate")).toEqual(before);

    const done = await w.say("đồng ý", "snv-chuyen-vien");
    expect(done).toMatch(/^Đã ghi nhận số liệu \(mã \d+\)\.$/);
    const after = await w.values("online_dossier_rate");
    expect(after).toHaveLength(before.length + 1);
    const added = after.at(-1)!;
    const person = await w.db.person.findUniqueOrThrow({ where: { key: "snv-chuyen-vien" } });
    expect(added).toMatchObject({ scope: "district_level", value: "20.5", asOf: "2023-07-15", status: "current", origin: "chat", recordedById: person.id, channel: "console", chatId: "snv-chuyen-vien", messageId: "m2" });
    expect(added.recordedAt?.toISOString()).toBe(NOW.toISOString());
    // A new date is a new point of the series: the 18,05% of 1/1–27/6 stays current, the answer is the latest.
    expect(after.find((v) => v.value === "18.05")!.status).toBe("current");
    const answer = await w.say("tỷ lệ hồ sơ trực tuyến cấp huyện", "chu-tich");
    expect(answer).toContain("20,5%");
    expect(answer).toContain("15/7/2023");
    expect(answer).not.toContain("18,05%");
  });

  it("a correction of the same figure supersedes it without erasing it; the history keeps both", async () => {
    await w.send("cập nhật đã kích hoạt 560.000 tài khoản định danh đến 24/7", "snv-chuyen-vien");
    await w.send("đồng ý", "snv-chuyen-vien");
    await w.send("cập nhật đã kích hoạt 561.234 tài khoản định danh đến 24/7, nguồn: Báo cáo số 45/BC-CAT", "giam-doc-snv");
    expect(await w.say("đồng ý", "giam-doc-snv")).toContain("Số liệu cũ cùng kỳ được thay thế và vẫn lưu trong lịch sử.");
    const rows = await w.values("eid_accounts_activated");
    expect(rows.map((r) => [r.value, r.status])).toEqual([["447246", "current"], ["560000", "superseded"], ["561234", "current"]]);
    expect(rows[1]!.supersededById).toBe(rows[2]!.id);
    expect(rows[2]).toMatchObject({ sourceTitle: "Báo cáo số 45/BC-CAT", target: "738291", targetDate: "2023-07-31" });
    const history = await createKpiStore(w.db).history(rows[0]!.metricId, "province", null);
    expect(history.map((h) => h.status)).toEqual(["current", "superseded", "current"]);
    expect(history[2]!.recordedBy).toBe("Trần Thị Kim Hoa");
    // The gap to the target is computed from the latest value and its date.
    const gap = await w.say("còn thiếu bao nhiêu tài khoản định danh kích hoạt để đạt chỉ tiêu", "chu-tich");
    expect(gap).toContain("561.234");
    expect(gap).toContain("177.057");
  });

  it("a unit's own figure waits for the secretariat; «duyệt số liệu» makes it current, and only the secretariat may", async () => {
    await w.send("cập nhật đã kích hoạt 560.000 tài khoản định danh đến 24/7", "cat-can-bo");
    const proposed = await w.send("đồng ý", "cat-can-bo");
    // Read as printed (digits and any grouping dots), so that a code printed "1.234" would not pass as 1234.
    const printed = /mã ([\d.]+)/.exec(proposed.outbound[0]!.text)![1]!;
    const id = (await w.values("eid_accounts_activated")).at(-1)!.id;
    expect(printed).toBe(String(id));
    expect(proposed.outbound[0]!.text).toContain("để cơ quan thường trực xác nhận");
    expect((await w.values("eid_accounts_activated")).at(-1)).toMatchObject({ id, status: "pending" });
    expect(await w.say("tài khoản định danh đã kích hoạt", "chu-tich")).toContain("447.246");

    expect(await w.say(`duyệt số liệu ${id}`, "cat-can-bo")).toContain("chỉ cơ quan thường trực");
    expect((await w.values("eid_accounts_activated")).at(-1)!.status).toBe("pending");

    const approved = await w.send(`duyệt số liệu ${id}`, "giam-doc-snv");
    expect(approved.outbound[0]!.text).toContain(`Đã xác nhận số liệu mã ${id}`);
    expect(approved.outbound[1]).toMatchObject({ chatId: "cat-can-bo" });
    expect((await w.values("eid_accounts_activated")).at(-1)).toMatchObject({ status: "current", decidedById: expect.any(Number) });
    expect(await w.say("tài khoản định danh đã kích hoạt", "chu-tich")).toContain("560.000");
    expect(await w.say(`duyệt số liệu ${id}`, "giam-doc-snv")).toContain(`Không có số liệu chờ xác nhận mã ${id}`);
  });

  it.each([
    ["cập nhật tỷ lệ hồ sơ trực tuyến cấp huyện đạt 120% tính đến 15/7", "snv-chuyen-vien", "tỷ lệ phải từ 0% đến 100%"],
    ["cập nhật tỷ lệ hồ sơ trực tuyến cấp huyện đạt 20,5% tính đến 15/8", "snv-chuyen-vien", "Ngày của số liệu chưa tới"],
    ["cập nhật tỷ lệ hồ sơ trực tuyến cấp huyện đạt 20,5%", "snv-chuyen-vien", "tính đến ngày nào"],
    ["cập nhật đã kích hoạt 560.000 tài khoản định danh của Sở Tư pháp đến 24/7", "snv-chuyen-vien", "không báo cáo chỉ số đó"],
    ["cập nhật tỷ lệ hồ sơ trực tuyến cấp huyện đạt 20,5% tính đến 15/7", "stp-chuyen-vien", "không có quyền cập nhật số liệu này"],
    ["cập nhật tỷ lệ hồ sơ trực tuyến cấp huyện đạt 20,5% tính đến 15/7", "chu-tich", "không có quyền cập nhật số liệu này"],
    ["cập nhật phấn đấu đến 31/12 tỷ lệ hồ sơ trực tuyến cấp huyện đạt 50%", "snv-chuyen-vien", "không phải kết quả đạt được"],
  ])("bad input records nothing: %s (%s)", async (text, as, expected) => {
    const before = await w.db.metricValue.count();
    const reply = await w.say(text, as);
    expect(reply).toContain(expected);
    expect(reply).toContain("Chưa ghi nhận gì.");
    // Nothing waits for "đồng ý" either: it goes on to be read as something else.
    const next = await w.send("đồng ý", as);
    expect(next.understood.understanding).not.toMatchObject({ action: "kpi_confirm" });
    expect(await w.db.metricValue.count()).toBe(before);
  });

  it("«hủy» drops the figure; task progress «cập nhật tiến độ … đạt 70%» is still a task command", async () => {
    await w.send("cập nhật tỷ lệ hồ sơ trực tuyến cấp xã đạt 70% tính đến 20/7", "snv-chuyen-vien");
    expect(await w.say("hủy", "snv-chuyen-vien")).toBe("Đã hủy; chưa ghi nhận số liệu nào.");
    expect(await w.db.metricValue.count({ where: { origin: "chat" } })).toBe(0);
    const progress = await w.send("cập nhật tiến độ CCHC23-09 đạt 70%", "stp-chuyen-vien");
    expect(progress.understood.understanding).toEqual({ intent: "task_command", action: "progress" });
  });
});
