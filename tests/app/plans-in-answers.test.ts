import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/app/handle-message.js";
import { freshSqlite, type TestDatabase } from "../support/databases.js";
import { demoApp, message } from "../support/demo-app.js";

/**
 * Several plans at once (issue #11, item 1), on the demo data as of 25/7/2023 08:00: the CCHC plan (CCHC23, 43
 * tasks) and the Chairman's conclusions of the meeting of 25/7/2023 (KL23, 4 tasks). A question naming a plan
 * answers that plan; one naming none gives each plan its own part under its name, the CCHC plan's figures kept.
 */
describe("answers when several plans are active", () => {
  let db: TestDatabase;
  let app: App;
  const ask = async (text: string, chat = `c-${Math.random()}`) => (await app.handleMessage(message(text, chat))).outbound.map((o) => o.text).join("\n");
  const CCHC = "Kế hoạch cải cách hành chính năm 2023";
  const KL = "Kết luận của Chủ tịch UBND tỉnh tại phiên họp Ban Chỉ đạo ngày 25/7/2023";

  beforeAll(async () => {
    db = await freshSqlite({ demo: true });
    app = await demoApp(db.database);
  });
  afterAll(() => db.cleanup());

  it("'tiến độ' alone and /tiendo give every active plan, each on its own line; a plan named gives that plan only", async () => {
    for (const asked of ["tiến độ", "/tiendo"]) {
      const lines = (await ask(asked)).split("\n");
      expect(lines.filter((l) => l.startsWith(CCHC) || l.startsWith(KL)), asked).toEqual([
        `${CCHC}, tính đến 25/7/2023: hoàn thành 14/43 nhiệm vụ, đạt 32,55%.`,
        `${KL}, tính đến 25/7/2023: hoàn thành 0/4 nhiệm vụ, đạt 0%.`,
      ]);
    }
    const cchc = await ask("tổng số nhiệm vụ kế hoạch CCHC");
    expect(cchc).toContain("hoàn thành 14/43 nhiệm vụ");
    expect(cchc).not.toContain("KL23");
    const conclusions = await ask("tiến độ thực hiện kết luận của chủ tịch");
    expect(conclusions.split("\n")[0]).toBe(`${KL}, tính đến 25/7/2023: hoàn thành 0/4 nhiệm vụ, đạt 0%.`);
    expect(conclusions).not.toContain("14/43");
  });

  it("says who leads the VNeID drive and what the Chairman instructed at the meeting of 25/7", async () => {
    const lead = await ask("ai chủ trì đẩy mạnh kích hoạt VNeID");
    expect(lead).toContain("KL23-03: Đẩy mạnh cài đặt, kích hoạt ứng dụng VNeID");
    expect(lead).toContain("Chủ trì: Công an tỉnh Quảng Nam.");
    const instructed = await ask("chủ tịch chỉ đạo gì tại cuộc họp 25/7");
    // Under the conclusion's name and with its source document: whose tasks they are is part of the answer.
    expect(instructed.split("\n").slice(0, 2)).toEqual([`${KL} (KL23):`, "Nhiệm vụ, tính đến 25/7/2023: 4 nhiệm vụ."]);
    expect(instructed).toContain("danh mục nhiệm vụ theo Kết luận của Chủ tịch UBND tỉnh Quảng Nam tại phiên họp Ban Chỉ đạo CCHC, CĐS và Đề án 06 ngày 25/7/2023.");
    for (const code of ["KL23-01", "KL23-02", "KL23-03", "KL23-04"]) expect(instructed).toContain(code);
    expect(instructed).not.toContain("CCHC23-");
    // As "kế hoạch CCHC có mấy nhiệm vụ": the plan's count, done of all.
    expect(await ask("kết luận của chủ tịch có mấy nhiệm vụ")).toContain(`${KL}, tính đến 25/7/2023: hoàn thành 0/4 nhiệm vụ, đạt 0%.`);
  });

  it("takes 'CT tỉnh', 'hôm nay' and 'giao' for the Chairman, the meeting and the assigning, not for words of a title", async () => {
    // Blind set AJ-039: these were a title search ("CT giao", "hôm giao", "giao") that found no task, or two by a slip.
    for (const asked of ["kết luận của CT tỉnh hôm nay giao những việc gì", "kết luận hôm nay giao những việc gì", "CT tỉnh giao những việc gì", "ct ubnd tinh chi dao nhung gi"]) {
      const answer = await ask(asked);
      expect(answer.split("\n")[0], asked).toBe(`${KL} (KL23):`);
      for (const code of ["KL23-01", "KL23-02", "KL23-03", "KL23-04"]) expect(answer, asked).toContain(code);
      expect(answer, asked).not.toContain("CCHC23-");
    }
    // "Hôm nay" of the conclusions issued today is the day they were given, not a deadline (blind AK-032, AK-063).
    const today = await ask("Hôm nay CT UBND tỉnh giao những việc gì?");
    for (const code of ["KL23-01", "KL23-02", "KL23-03", "KL23-04"]) expect(today).toContain(code);
    expect(await ask("kết luận hôm nay có việc nào đến hạn hôm nay")).toContain("có hạn hôm nay (25/7/2023), tính đến 25/7/2023: không có nhiệm vụ nào.");
    // "Gấp nhất": the deadline that comes next (AK-021); "làm gì" asks for a unit's tasks (AK-020).
    const urgent = await ask("trong ket luan hom nay viec nao gap nhat");
    expect(urgent).toContain("KL23-04: Kích hoạt 738.291 tài khoản định danh điện tử");
    expect(urgent).not.toContain("KL23-01");
    const police2 = await ask("cuộc họp sáng nay chủ tịch giao công an tỉnh làm gì");
    expect(police2).toContain("Nhiệm vụ do Công an tỉnh Quảng Nam chủ trì, tính đến 25/7/2023: 2 nhiệm vụ.");
    expect(police2).not.toContain("KL23-01");
    // What the leadership directed about a figure is the conclusion's task about it, not the figure (AK-031).
    const directed = await ask("lanh dao tinh chi dao gi ve tang ty le giai quyet ho so truc tuyen");
    expect(directed.split("\n")[0]).toMatch(/^KL23-01: Tăng tỷ lệ giải quyết hồ sơ/u);
    expect(directed).not.toContain("64%");
    expect(await ask("chủ tịch chỉ đạo gì về số tiền thanh toán trực tuyến")).toContain('Nhiệm vụ có nội dung "số tiền thanh toán trực tuyến", tính đến 25/7/2023: không có nhiệm vụ nào.');
    // Who follows the conclusions up: their secretariat (AK-005).
    expect(await ask("Ai theo dõi, đôn đốc việc thực hiện kết luận của Chủ tịch UBND tỉnh?")).toContain("Cơ quan thường trực theo dõi kế hoạch: Sở Nội vụ.");
    // What must be done by the end of the month is a list, not a count of what is done (blind AL-046).
    expect(await ask("theo ket luan cua chu tich thi cuoi thang nay phai xong viec gi")).toContain("KL23-04: Kích hoạt 738.291 tài khoản định danh điện tử");
    // A target quoted with its deadline asked: the task that sets it, with its code (AJ-028; was the figure's date alone).
    const target = await ask("han chot kich hoat 738.291 tk dinh danh la ngay nao");
    expect(target).toMatch(/^(?:CCHC23-40|KL23-04): /u);
    expect(target).toContain("Hạn: 31/7/2023");
    const police = await ask("lãnh đạo tỉnh giao việc gì cho công an");
    expect(police).toContain("Nhiệm vụ do Công an tỉnh Quảng Nam chủ trì, tính đến 25/7/2023: 2 nhiệm vụ.");
    expect(police).not.toContain("KL23-01");
    // "Giao" before another word is a title's ("giao thông"): the conclusions have no such task, and saying so is the answer.
    const traffic = await ask("kết luận có việc gì về giao thông");
    expect(traffic).toContain('Nhiệm vụ có nội dung "giao thông", tính đến 25/7/2023: không có nhiệm vụ nào.');
    expect(traffic).not.toContain("KL23-01");
  });

  it("lists a window's and a state's tasks under each plan that has some, the CCHC plan's unchanged", async () => {
    const week = (await ask("việc nào hết hạn trong tuần tới")).split("\n");
    expect(week.filter((l) => l.endsWith(":") && (l.startsWith(CCHC) || l.startsWith(KL)))).toEqual([`${CCHC} (CCHC23):`, `${KL} (KL23):`]);
    expect(week.filter((l) => /^(CCHC23|KL23)-\d\d:/u.test(l)).map((l) => l.slice(0, l.indexOf(":")))).toEqual(["CCHC23-40", "KL23-04"]);
    // One source line, at the end.
    expect(week.filter((l) => l.startsWith("Nguồn:"))).toHaveLength(1);
    const overdue = await ask("có bao nhiêu nhiệm vụ quá hạn");
    expect(overdue).toContain("6 nhiệm vụ (CCHC23-15, CCHC23-16, CCHC23-17, CCHC23-22, CCHC23-32, CCHC23-36)");
    // The conclusions have nothing overdue: no part of their own.
    expect(overdue).not.toContain("KL23");
  });

  it("gives a unit's tasks plan by plan, and only the named plan's when one is named", async () => {
    const police = await ask("Công an tỉnh chủ trì bao nhiêu nhiệm vụ");
    expect(police).toContain(`${CCHC} (CCHC23):\nNhiệm vụ do Công an tỉnh Quảng Nam chủ trì, tính đến 25/7/2023: 3 nhiệm vụ`);
    expect(police).toContain(`${KL} (KL23):\nNhiệm vụ do Công an tỉnh Quảng Nam chủ trì, tính đến 25/7/2023: 2 nhiệm vụ`);
    const instructed = await ask("chỉ đạo của chủ tịch giao công an tỉnh việc gì");
    expect(instructed).toContain("KL23-03");
    expect(instructed).not.toContain("CCHC23-");
  });

  it("names each active plan in the briefing", async () => {
    const briefing = await ask("/baocao");
    expect(briefing).toContain(`• ${CCHC}: hoàn thành 14/43 (32,55%)`);
    expect(briefing).toContain(`• ${KL}: hoàn thành 0/4 (0%)`);
    expect(briefing.length).toBeLessThanOrEqual(1200);
  });

  it("keeps a bare task number the CCHC plan's ('nv 19')", async () => {
    expect((await ask("nv 19")).split("\n")[0]).toMatch(/^CCHC23-19: /u);
  });
});
