import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../../src/app/handle-message.js";
import { createConversationMemory } from "../../src/app/conversation-memory.js";
import { createCatalogStore } from "../../src/db/stores/catalog-store.js";
import { createPeopleStore } from "../../src/db/stores/people-store.js";
import { createTaskStore } from "../../src/db/stores/task-store.js";
import { chartFiles } from "../../src/infra/chart-files.js";
import { createTranslator } from "../../src/infra/i18n.js";
import { freshSqlite, tempDir, type TestDatabase } from "../support/databases.js";
import { DEMO_NOW } from "../support/demo-app.js";

/**
 * Charts asked for in words in chat (issue #12, item 4): understanding reads the request; the console keeps the
 * PNG in a file the reply names, every channel gets the chart's figures as text. Demo data, 25/7/2023.
 */
describe("charts asked for in chat", () => {
  let t: TestDatabase;
  let app: App;
  const folder = tempDir("nhacviec-charts-");
  beforeAll(async () => {
    t = await freshSqlite({ demo: true });
    const db = t.database.db;
    app = await createApp({
      clock: { now: () => DEMO_NOW },
      catalogStore: createCatalogStore(db),
      tasks: createTaskStore(db),
      people: createPeopleStore(db),
      translate: createTranslator(),
      memory: createConversationMemory(),
      contextTtlMinutes: 30,
      chartPictures: chartFiles(folder.dir),
    });
  });
  afterAll(async () => {
    await t.cleanup();
    folder.remove();
  });
  const ask = (text: string, channel = "console") => app.handleMessage({ channel, chatId: "c", sender: { id: "chu-tich" }, text, receivedAt: DEMO_NOW });

  it("in the console: the figures in the reply and the PNG in the file it names", async () => {
    const handled = await ask("vẽ biểu đồ tỷ lệ trực tuyến theo cấp");
    expect(handled.understood.understanding).toEqual({ intent: "chart", chart: { kind: "online_rate_by_level" } });
    const text = handled.outbound[0]!.text;
    expect(text).toContain("Tỷ lệ hồ sơ trực tuyến theo cấp\n• Toàn tỉnh: 64% (số liệu 1/1–27/6/2023)");
    expect(text).toContain("• Cấp huyện: 18,05% (số liệu 1/1–27/6/2023)");
    const file = path.join(folder.dir, "online-rate-by-level-2023-07-25.png");
    expect(text).toMatch(new RegExp(`Đã lưu biểu đồ vào ${file.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")} \\(960×\\d+ điểm ảnh\\)\\.`));
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file).subarray(1, 4).toString("latin1")).toBe("PNG");
  });

  it("elsewhere: the figures as text, with a note that the picture is not sent on this channel", async () => {
    const handled = await ask("biểu đồ tiến độ các đơn vị", "telegram");
    expect(handled.understood.understanding).toEqual({ intent: "chart", chart: { kind: "progress_by_unit" } });
    const text = handled.outbound[0]!.text;
    expect(text).toContain("Tiến độ Kế hoạch cải cách hành chính năm 2023 theo đơn vị chủ trì");
    expect(text).toContain("• Sở Nội vụ: hoàn thành 8/15");
    expect(text).toContain("(Biểu đồ dạng hình ảnh chưa gửi được qua kênh này; các số liệu của biểu đồ như trên.)");
    expect(text).not.toContain("Đã lưu");
  });

  it("the briefing offers its charts, and each offer draws one", async () => {
    const briefing = await ask("/baocao", "telegram");
    const offers = briefing.outbound[0]!.suggestions!;
    expect(offers).toEqual(["biểu đồ tiến độ các đơn vị", "biểu đồ tỷ lệ trực tuyến theo cấp", "biểu đồ kích hoạt tài khoản định danh so với chỉ tiêu"]);
    for (const offer of offers) expect((await ask(offer, "telegram")).understood.understanding).toMatchObject({ intent: "chart", chart: { kind: expect.any(String) } });
  });

  it("reads the chart from the figure named, without accents too; a chart of nothing it draws gets the list", async () => {
    expect((await ask("ve bieu do kich hoat tai khoan dinh danh so voi chi tieu")).understood.understanding).toEqual({ intent: "chart", chart: { kind: "activations_vs_target" } });
    expect((await ask("biểu đồ xu hướng số lượt thanh toán trực tuyến")).understood.understanding).toEqual({ intent: "chart", chart: { kind: "trend", metricKey: "online_payment_count" } });
    const unknown = await ask("vẽ biểu đồ thời tiết");
    expect(unknown.understood.understanding).toEqual({ intent: "chart" });
    expect(unknown.outbound[0]!.text).toContain("Chưa rõ cần vẽ biểu đồ nào.");
    expect(unknown.outbound[0]!.text).not.toMatch(/\d/);
  });
});
