import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/app/handle-message.js";
import { clockStartingAt, type Clock } from "../../src/core/clock.js";
import { freshSqlite, type TestDatabase } from "../support/databases.js";
import { DEMO_NOW, demoApp, message } from "../support/demo-app.js";

/** The answers leaders get, word for word where the figure matters, on the demo data as of 25/7/2023 08:00. */
describe("answers to leaders' questions", () => {
  let db: TestDatabase;
  let app: App;
  const ask = async (text: string, chat = `c-${Math.random()}`) => (await app.handleMessage(message(text, chat))).outbound.map((o) => o.text).join("\n");

  beforeAll(async () => {
    db = await freshSqlite({ demo: true });
    app = await demoApp(db.database);
  });
  afterAll(() => db.cleanup());

  it("gives the district-level online dossier rate with its period and source", async () => {
    expect(await ask("tỷ lệ hồ sơ trực tuyến cấp huyện")).toBe(
      "Tỷ lệ hồ sơ trực tuyến cấp huyện (số liệu 1/1–27/6/2023): 18,05%.\nNguồn: Báo cáo của Sở Nội vụ, số liệu 1/1–27/6/2023.",
    );
    expect(await ask("ty le ho so truc tuyen cap huyen")).toContain("18,05%");
    expect(await ask("TỶ LỆ HỒ SƠ TRỰC TUYẾN CẤP XÃ")).toContain("66,06%");
  });

  it("reads decomposed Unicode (as the Windows Vietnamese keyboard sends it) like composed text", async () => {
    expect(await ask("tỷ lệ hồ sơ trực tuyến cấp huyện".normalize("NFD"))).toContain("18,05%");
  });

  it("reports plan progress with the truncated rate and the breakdown", async () => {
    const reply = await ask("tiến độ kế hoạch CCHC năm 2023");
    expect(reply).toContain("hoàn thành 14/43 nhiệm vụ, đạt 32,55%");
    expect(reply).toContain("Đang thực hiện trong hạn: 8; quá hạn: 6; chưa triển khai: 15; còn lại: 29.");
  });

  it("computes the gap to the activation target with days left and the daily pace", async () => {
    const reply = await ask("còn thiếu bao nhiêu tài khoản định danh để đạt chỉ tiêu 31/7");
    expect(reply).toContain("còn thiếu 291.045");
    expect(reply).toContain("447.246");
    expect(reply).toContain("738.291");
    // The pace runs from the day after the latest figure (18/7) to 31/7: 13 days, 291.045 / 13 = 22.388,1 → 22.389
    // a day; and the days from today to the deadline are said apart (25/7 → 31/7: 6).
    expect(reply).toContain("Từ sau ngày có số liệu (18/7/2023) đến 31/7/2023 có 13 ngày: cần bình quân 22.389 mỗi ngày");
    expect(reply).toContain("từ hôm nay còn 6 ngày là đến hạn");
  });

  it("gives the VNeID ranking and the distance to the top-20 goal", async () => {
    const reply = await ask("VNeID tỉnh mình xếp thứ mấy");
    expect(reply).toContain("28/63");
    expect(reply).toContain("top 20");
    expect(reply).toContain("8 bậc");
  });

  it("compares levels in percentage points, exactly", async () => {
    const reply = await ask("so sánh tỷ lệ hồ sơ trực tuyến cấp huyện với cấp xã");
    expect(reply).toContain("Chênh lệch: cấp xã cao hơn cấp huyện 48,01 điểm phần trăm.");
  });

  it("keeps the 'hơn' of a printed amount and never rounds a printed value", async () => {
    expect(await ask("tổng tiền thanh toán trực tuyến")).toContain("hơn 859 tỷ đồng");
    expect(await ask("tỷ lệ kích hoạt tài khoản định danh")).toContain("60,58%");
    expect(await ask("số kết nối VPCP")).toContain("8/10");
  });

  it("lists a unit's own open tasks", async () => {
    const reply = await ask("Công an tỉnh còn những việc gì?");
    // Under each active plan's name: the CCHC plan's tasks, then the Chairman's conclusions'.
    expect(reply).toMatch(/^Kế hoạch cải cách hành chính năm 2023 \(CCHC23\):\nNhiệm vụ chưa hoàn thành do Công an tỉnh Quảng Nam chủ trì, tính đến 25\/7\/2023: \d+ nhiệm vụ\./);
    expect(reply).toContain("CCHC23-");
    expect(reply).toContain("KL23-03");
  });

  it("answers English questions in English, quoting figures and dates as the Vietnamese report writes them", async () => {
    expect(await ask("what is the online dossier rate at district level?")).toBe(
      "Online dossier rate at district level (data for 1/1–27/6/2023): 18,05%.\nSource: Báo cáo của Sở Nội vụ, data for 1/1–27/6/2023.",
    );
    expect(await ask("CCHC plan progress")).toContain("14 of 43 tasks done (32,55%)");
    expect(await ask("how many eID accounts have been activated?")).toContain(": 447.246.");
    expect(await ask("how much money was paid online?")).toContain("over 859 tỷ đồng (VND 859 billion)");
  });

  it("says it has no figure rather than giving a neighbouring one", async () => {
    const toanTrinh = await ask("tỷ lệ hồ sơ toàn trình cấp xã");
    expect(toanTrinh).toContain('Chưa có số liệu về "toàn trình"');
    expect(toanTrinh).not.toContain("66,06");
    const unitLevel = await ask("tỷ lệ hồ sơ trực tuyến của Sở Tư pháp");
    expect(unitLevel).toContain("Chưa có số liệu về tỷ lệ hồ sơ trực tuyến của Sở Tư pháp.");
    expect(unitLevel).toContain("Hiện có số liệu: toàn tỉnh, khối sở, ngành, cấp huyện, cấp xã.");
  });
});

describe("conversation context", () => {
  let db: TestDatabase;
  let now: number;
  let app: App;
  beforeAll(async () => {
    db = await freshSqlite({ demo: true });
    now = DEMO_NOW.getTime();
    const clock: Clock = clockStartingAt(DEMO_NOW, () => now);
    app = await demoApp(db.database, clock);
  });
  afterAll(() => db.cleanup());
  const ask = async (text: string, chat: string) => (await app.handleMessage(message(text, chat, new Date(now)))).outbound[0]!.text;

  it("follows up on the last metric and replaces only the level, per chat", async () => {
    expect(await ask("tỷ lệ hồ sơ trực tuyến cấp huyện", "a")).toContain("18,05%");
    expect(await ask("còn cấp xã?", "a")).toContain("66,06%");
    expect(await ask("còn cấp xã?", "b")).not.toContain("66,06%");
  });

  it("forgets the context after a while of silence", async () => {
    expect(await ask("tỷ lệ hồ sơ trực tuyến cấp huyện", "c")).toContain("18,05%");
    now += 31 * 60_000;
    expect(await ask("còn cấp xã?", "c")).not.toContain("66,06%");
  });
});
