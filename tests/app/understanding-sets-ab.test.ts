import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/app/handle-message.js";
import { freshSqlite, type TestDatabase } from "../support/databases.js";
import { commandWorld, type CommandWorld } from "../support/command-world.js";
import { demoApp, replyAs, replyText } from "../support/demo-app.js";

/**
 * Session 7: two questions in one message, and the families of the misses of blind sets AA and AB, each asked in
 * more than one wording, through the whole pipeline on the demo data (25/7/2023 08:00).
 */
describe("two questions in one message, and the families of blind sets AA and AB", () => {
  let db: TestDatabase;
  let app: App;
  const reply = (text: string, chat?: string) => replyText(app, text, chat);
  const as = (personKey: string, text: string) => replyAs(app, personKey, text);

  beforeAll(async () => {
    db = await freshSqlite({ demo: true });
    app = await demoApp(db.database);
  });
  afterAll(() => db.cleanup());

  it("each of two questions typed in one message is answered, in turn", async () => {
    const figureAndTasks = await reply("tỷ lệ hồ sơ trực tuyến cấp huyện bao nhiêu và có mấy nhiệm vụ quá hạn");
    expect(figureAndTasks).toContain("18,05%");
    expect(figureAndTasks).toContain("6 nhiệm vụ");
    expect(figureAndTasks.indexOf("18,05%")).toBeLessThan(figureAndTasks.indexOf("6 nhiệm vụ"));
    const taskAndFigure = await reply("CCHC23-40 ai chủ trì, còn vneid kích hoạt được bao nhiêu");
    expect(taskAndFigure).toContain("Chủ trì: Công an tỉnh Quảng Nam");
    expect(taskAndFigure).toContain("Số tài khoản định danh điện tử đã kích hoạt toàn tỉnh");
    // Read whole, "hoàn thành" of the second question made the first one's tasks "done" ones.
    const dueAndRate = await reply("nhiem vu nao sap den han va ty le hoan thanh ke hoach la bao nhieu");
    expect(dueAndRate).toContain("chưa hoàn thành có hạn trong khoảng 25/7–1/8/2023");
    expect(dueAndRate).toContain("CCHC23-40");
    expect(dueAndRate).toContain("32,55%");
    expect(await reply("Tỷ lệ hồ sơ trực tuyến cấp xã là bao nhiêu? Việc nào của Sở Tài chính đang quá hạn?")).toMatch(/66,06%[\s\S]*CCHC23-32/);
  });

  it("a second part that goes on with the first one's tasks is read with it, not on its own", async () => {
    const ellipsis = [
      "cai cach tai chinh cong co bao nhieu viec, xong may",
      "Bao nhiêu việc xong nhưng bị trễ hạn, là những việc nào?",
      "có mấy nhiệm vụ hạn trong tháng 11, là những việc nào",
      "Nhung nhiem vu chua trien khai, chua den han",
      "trong mấy việc xong trễ hạn, việc nào trễ lâu nhất?",
    ];
    for (const question of ellipsis) {
      const answer = await reply(question);
      // One answer: a single source line, no plan summary added for a part that named nothing.
      expect(answer.match(/^Nguồn:/gm)?.length, question).toBe(1);
    }
  });

  it("a cut inside a unit's name splits nothing", async () => {
    const answer = await reply("Which tasks of the Department of Information and Communications are overdue?");
    expect(answer).toContain("CCHC23-36");
    expect(answer).not.toContain("department level");
  });

  it("the plan's name and year among a title's words name that task when who or when is asked", async () => {
    const answer = await reply("viec kiem tra cchc nam 2023 ai chu tri ai phoi hop");
    expect(answer).toContain("CCHC23-06");
    expect(answer).toContain("Chủ trì: Sở Nội vụ");
    // Counting a level's tasks in the plan is no title ("cấp huyện chủ trì bao nhiêu nhiệm vụ trong KH CCHC").
    expect(await reply("cấp huyện chủ trì bao nhiêu nhiệm vụ trong KH CCHC")).not.toContain("có nội dung");
  });

  it("'A với B' joins two units; 'phối hợp với X' is the asker's unit beside X, unless who is asked", async () => {
    const joined = await reply("tam ky voi nui thanh co viec nao tre");
    for (const code of ["CCHC23-16", "CCHC23-17"]) expect(joined).toContain(code);
    const mine = await as("tamky-chuyen-vien", "viec phoi hop voi cong an la viec gi, han bao gio");
    expect(mine).toContain("CCHC23-40");
    expect(mine).toContain("31/7/2023");
    const who = await reply("Ai phối hợp với Công an tỉnh trong việc cấp và kích hoạt tài khoản định danh?");
    expect(who).not.toContain("Chưa xác định được đơn vị của người hỏi");
  });

  it("who leads or when, of no task named, is not answered with every task of the plan", async () => {
    const answer = await reply("viec do ai chu tri, han bao gio");
    expect(answer).not.toContain("43 nhiệm vụ");
  });
});

describe("a question that names its task after 'xong chưa', from the unit that leads it", () => {
  let db: TestDatabase;
  let world: CommandWorld;
  beforeAll(async () => {
    db = await freshSqlite({ demo: true });
    world = await commandWorld(db);
  });
  afterAll(() => db.cleanup());

  it("asks; it reports nothing (it marked CCHC23-40 done before)", async () => {
    for (const question of ["xong chua CCHC23-40", "hoàn thành chưa CCHC23-40 em"]) {
      const answer = await world.say(question, "cat-can-bo");
      expect(answer, question).toContain("tiến độ: 60%");
      expect(answer, question).not.toContain("hoàn tác");
    }
    expect((await world.task("CCHC23-40")).status).not.toBe("done");
  });
});
