import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/app/handle-message.js";
import { freshSqlite, type TestDatabase } from "../support/databases.js";
import { commandWorld, type CommandWorld } from "../support/command-world.js";
import { demoApp, demoConversation, replyText } from "../support/demo-app.js";

/**
 * Session 7: two questions in one message, and the families of the misses of blind sets AA and AB, each asked in
 * more than one wording, through the whole pipeline on the demo data (25/7/2023 08:00).
 */
describe("two questions in one message, and the families of blind sets AA and AB", () => {
  const { reply, as } = demoConversation();

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
  it("a level alone after a list of tasks asks the same of that level's units ('của thì' is no 'của tôi')", async () => {
    const chat = "level-fragment";
    await reply("Danh sách nhiệm vụ quá hạn", chat);
    const answer = await reply("của cấp huyện thì sao", chat);
    for (const code of ["CCHC23-16", "CCHC23-17"]) expect(answer).toContain(code);
    expect(answer).not.toContain("CCHC23-32");
  });

  it("shorthand: 'trc 31/8', 'QPPL', a doubled letter in 'TT&TT'; a level before 'hạn' names no unit", async () => {
    const before = await reply("trc 31/8 nhung nv nao phai hoan thanh");
    expect(before).toContain("CCHC23-40");
    expect(before).not.toContain("CCHC23-27");
    expect(await reply("kiem tra xu ly van ban QPPL cap huyen han khi nao")).toContain("31/10/2023");
    const department = await reply("cac nhiem vu cua so ttt&tt chua trien khai");
    for (const code of ["CCHC23-38", "CCHC23-39"]) expect(department).toContain(code);
  });

  it("how a family of figures goes is all of it: payments' count and money; VNeID is Đề án 06's summary", async () => {
    const payments = await reply("Kết quả thanh toán trực tuyến 6 tháng đầu năm thế nào?");
    expect(payments).toContain("3.048");
    expect(payments).toContain("859");
    const vneid = await reply("tinh hinh VNeID", "vneid-family");
    expect(vneid).toContain("447.246");
    expect(vneid).toContain("28/63");
    expect(vneid).not.toContain("64%");
    // The count asked alone stays the count.
    expect(await reply("so luot thanh toan truc tuyen")).not.toContain("859");
  });

  it("a target asked with its date is the figure whose target falls due then", async () => {
    expect(await reply("muc tieu cuoi nam?")).toContain("top 20");
    expect(await reply("còn thiếu bao nhiêu so với chỉ tiêu")).toContain("291.045");
    expect(await reply("chỉ tiêu cuối tháng 7 là gì")).toContain("738.291");
  });

  it("a unit's summary is its tasks; a list of late tasks 'cần chỉ đạo' is that list, not the briefing", async () => {
    const unit = await reply("tom tat viec cua Tam Ky");
    for (const code of ["CCHC23-16", "CCHC23-18", "CCHC23-43"]) expect(unit).toContain(code);
    expect(unit).not.toContain("CCHC23-17");
    const late = await reply("Nhiệm vụ nào đang chậm cần chỉ đạo gấp?");
    expect(late).toContain("CCHC23-32");
    expect(late).not.toContain("Tóm tắt tình hình");
  });

  it("a threshold typed with the figure is answered with the figure", async () => {
    expect(await reply("Cấp huyện đã đạt 50% hồ sơ trực tuyến chưa?")).toContain("18,05%");
    expect(await reply("ty le ho so truc tuyen cap huyen co dat noi 50% ko")).toContain("18,05%");
  });

  it("English words of a title find no Vietnamese title: the reply says so, not that no such task exists", async () => {
    const answer = await reply("who leads the task on digitising dossiers");
    expect(answer).toContain("Task titles are kept in Vietnamese");
    expect(answer).not.toContain("none");
  });

  it("with two plans active: the date of a meeting names it; two questions in one are each answered plan by plan", async () => {
    const conclusions = await reply("chủ tịch chỉ đạo gì tại cuộc họp 25/7");
    for (const code of ["KL23-01", "KL23-03", "KL23-04"]) expect(conclusions).toContain(code);
    const two = await reply("tuan toi co viec nao den han va vneid kich hoat dc bao nhieu roi");
    for (const figure of ["CCHC23-40", "KL23-04", "447.246"]) expect(two).toContain(figure);
    expect(two).not.toContain("28/63");
  });

  it("a due window typed without diacritics is not echoed into the reply: its dates are said instead", async () => {
    const plain = await reply("viec nao het han truoc 31/8");
    expect(plain).not.toMatch(/truoc|tuan toi/);
    expect(plain).toContain("trong khoảng 25/7–31/8/2023");
    const typed = await reply("việc nào hết hạn tuần tới");
    expect(typed).toContain("tuần tới (31/7–6/8/2023)");
    expect(await reply("viec nao het han tuan toi")).toContain("trong khoảng 31/7–6/8/2023");
  });

  it("a quantity asked of the words a rank shares with a count is the count ('VNeID kích hoạt được bao nhiêu')", async () => {
    expect(await reply("vneid kich hoat dc bao nhieu roi")).toContain("447.246");
    expect(await reply("VNeID xếp hạng mấy")).toContain("28/63");
  });

  it("blind set AE: a plan's code beside a unit keeps the unit; a plan's task code typed without a dash", async () => {
    const police = await reply("KL23 việc nào giao công an tỉnh");
    expect(police).toContain("KL23-03");
    expect(police).toContain("KL23-04");
    expect(police).not.toContain("KL23-01");
    expect(police).not.toContain("CCHC23-");
    const mine = await as("cat-giam-doc", "trong KL23 đơn vị tôi đc giao mấy việc");
    expect(mine).toMatch(/2 nhiệm vụ/);
    expect(mine).not.toContain("KL23-01");
    expect(await reply("cchc2322 sao rồi")).toMatch(/^CCHC23-22:/);
    expect(await reply("kl2303 ai chủ trì")).toMatch(/^KL23-03:/);
  });

  it("blind set AE: a figure's name as a task's subject, and a subject's tasks in every plan followed", async () => {
    const vneid = await reply("việc về VNeID ai chủ trì, hạn khi nào");
    expect(vneid).toContain("CCHC23-42");
    expect(vneid).toContain("KL23-03");
    expect(vneid).not.toContain("CCHC23-25");
    const online = await reply("việc về hồ sơ trực tuyến ai chủ trì, hạn khi nào");
    expect(online).toContain("CCHC23-43");
    expect(online).toContain("KL23-01");
    const delegation = await reply("phân cấp, ủy quyền giải quyết tthc có những việc nào");
    expect(delegation).toContain("CCHC23-15");
    expect(delegation).toContain("KL23-02");
    expect(delegation).not.toContain("CCHC23-35");
    const related = await reply("Nhiệm vụ nào liên quan đến VNeID?");
    expect(related).toContain("CCHC23-42");
    expect(related).toContain("KL23-03");
    // Asked of one task, the plan's own comes first and alone.
    expect(await reply("Phân cấp, ủy quyền giải quyết TTHC tới đâu rồi?")).toMatch(/^CCHC23-15:/);
  });

  it("blind sets AF and AG: how late, a progress threshold, a deadline for completion, tasks done late said in other words", async () => {
    const twoWeeks = await reply("nhung viec qua han hon 2 tuan");
    for (const code of ["CCHC23-17", "CCHC23-22", "CCHC23-32", "CCHC23-36"]) expect(twoWeeks).toContain(code);
    expect(twoWeeks).toContain("trễ hơn 14 ngày theo lịch");
    expect(await reply("có việc nào quá hạn hơn 1 tháng ko")).toContain("không có nhiệm vụ nào");
    const above = await reply("việc đang triển khai đạt trên 60% là những việc nào");
    for (const code of ["CCHC23-16", "CCHC23-27", "CCHC23-36"]) expect(above).toContain(code);
    expect(above).not.toContain("CCHC23-43");
    const nuiThanh = await as("nuithanh-chuyen-vien", "huyen minh co viec nao duoi 30% ko");
    expect(nuiThanh).toMatch(/tiến độ dưới 30%[^]*CCHC23-19/);
    expect(nuiThanh).not.toContain("CCHC23-17");
    const september = await reply("Những nhiệm vụ có hạn hoàn thành trong tháng 9/2023?");
    for (const code of ["CCHC23-14", "CCHC23-27", "CCHC23-42"]) expect(september).toContain(code);
    expect(september).not.toContain("đã hoàn thành");
    const late = await reply("Những nhiệm vụ nào đã hoàn thành nhưng chậm so với hạn?");
    for (const code of ["CCHC23-04", "CCHC23-21", "CCHC23-41"]) expect(late).toContain(code);
    expect(late).not.toContain("CCHC23-07");
    const policeLate = await as("cat-giam-doc", "Đơn vị tôi có việc nào hoàn thành chậm không, chậm mấy ngày?");
    expect(policeLate).toContain("CCHC23-41");
    expect(policeLate).not.toContain("Đơn vị chậm nhất");
  });

  it("blind sets AF and AG: the conclusions named by their notice, a subject within them, a task's deadline named by its figure", async () => {
    const notice = await reply("Thông báo kết luận phiên họp BCĐ ngày 25/7/2023 gồm những nhiệm vụ nào?");
    for (const code of ["KL23-01", "KL23-02", "KL23-03", "KL23-04"]) expect(notice).toContain(code);
    expect(notice).not.toContain("có nội dung");
    const meeting = await reply("Kết luận của Chủ tịch tại phiên họp 25/7 có những nhiệm vụ gì?");
    for (const code of ["KL23-01", "KL23-02", "KL23-03", "KL23-04"]) expect(meeting).toContain(code);
    expect(await reply("kết luận của chủ tịch có việc gì về VNeID")).toMatch(/^KL23-03:/);
    expect(await reply("Kết luận phấn đấu kích hoạt 738.291 tài khoản định danh có hạn đến ngày nào?")).toMatch(/^KL23-04:[^]*31\/7\/2023/);
    expect(await reply("Nhiệm vụ Đề án 06 về kích hoạt tài khoản định danh còn mấy ngày nữa là đến hạn?")).toMatch(/^CCHC23-40:[^]*còn 6 ngày/);
    // The figure's own target and its date stay the figure's.
    expect(await reply("chỉ tiêu kích hoạt 738.291 tài khoản hạn đến bao giờ")).toContain("291.045");
  });

  it("blind set AE: who or when asked right after a few tasks were listed is asked of each; the asker's task by its figure's words", async () => {
    await reply("việc về VNeID ai chủ trì", "ae-070");
    const when = await reply("hạn khi nào", "ae-070");
    expect(when).toMatch(/^CCHC23-42:[^]*Hạn: 30\/9\/2023[^]*KL23-03:[^]*Hạn: 31\/12\/2023/);
    expect(when).not.toContain("CCHC23-25");
    const tamKy = await as("tamky-chuyen-vien", "việc nâng tỷ lệ hs trực tuyến của tp mình dc bao nhiêu % rồi");
    expect(tamKy).toMatch(/^CCHC23-43:[^]*tiến độ: 25%/);
    expect(tamKy).not.toContain("64%");
  });

  it("blind set AD: a plan's code names the plan ('kết luận KL23 có những việc gì' lists its tasks, not a title search)", async () => {
    for (const question of ["ket luan cua chu tich KL23 co nhung viec gi", "KL23 có mấy nhiệm vụ"]) {
      const answer = await reply(question);
      for (const code of ["KL23-01", "KL23-02", "KL23-03", "KL23-04"]) expect(answer).toContain(code);
      expect(answer).not.toContain("CCHC23-");
      expect(answer).not.toContain("có nội dung");
    }
  });

  it("the conclusion plan's codes are task codes ('KL23-03 ai chủ trì')", async () => {
    expect(await reply("KL23-03 ai chủ trì")).toContain("Chủ trì: Công an tỉnh Quảng Nam");
    expect(await reply("kl23-04 hạn khi nào")).toContain("31/7/2023");
  });

  it("the tasks of a state after the plan's progress are a question of their own", async () => {
    const answer = await reply("ke hoach cchc hoan thanh bao nhieu % va co may viec qua han");
    expect(answer).toContain("32,55%");
    expect(answer).toContain("6 nhiệm vụ");
  });

  it("a whole question about tasks due in a month, after a unit's tasks, is not narrowed to that unit", async () => {
    const chat = "whole-after-unit";
    await reply("nui thanh co nv nao", chat);
    const answer = await reply("Nhung nhiem vu nao den han trong thang 10?", chat);
    for (const code of ["CCHC23-10", "CCHC23-30", "CCHC23-38"]) expect(answer).toContain(code);
    // "Trong đó …" narrows the list before.
    await reply("nui thanh co nv nao", "narrowing");
    expect(await reply("trong đó việc nào hạn tháng 11", "narrowing")).toContain("CCHC23-19");
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

describe("more active plans than a phone screen holds", () => {
  let db: TestDatabase;
  let app: App;
  beforeAll(async () => {
    db = await freshSqlite({ demo: true });
    const current = await db.database.db.plan.findUniqueOrThrow({ where: { code: "CCHC23" } });
    for (let n = 1; n <= 4; n++) {
      await db.database.db.plan.create({ data: { code: `KH23-T${n}`, name: `Kế hoạch thử nghiệm ${n}`, year: 2023, sourceDocument: "thử nghiệm", secretariatUnitId: current.secretariatUnitId } });
    }
    app = await demoApp(db.database);
  });
  afterAll(() => db.cleanup());

  it("answers the current plan, under its name, and says how many others there are and how to ask of them", async () => {
    const answer = await replyText(app, "tiến độ");
    // One plan's progress under its name (the current one: the latest of the year), not six.
    expect(answer.match(/^.+ \([A-Z0-9-]+\):$/gm)?.length).toBe(1);
    expect(answer).toContain("Đang theo dõi thêm 5 kế hoạch khác");
    // Named, another plan is answered.
    expect(await replyText(app, "tiến độ kế hoạch CCHC")).toContain("14/43");
  });
});
