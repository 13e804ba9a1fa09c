import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/app/handle-message.js";
import { BRIEFING_MAX_CHARS } from "../../src/core/answer/briefing.js";
import { parseTaskCommand } from "../../src/core/commands/index.js";
import { freshSqlite, type TestDatabase } from "../support/databases.js";
import { DEMO_NOW, demoApp, message } from "../support/demo-app.js";

/**
 * Understanding as a typed query, through the whole pipeline on the demo data (25/7/2023 08:00): the
 * question asked is answered, or the bot says what it did not understand; context fills only fragments.
 */
describe("understanding the question that was asked", () => {
  let db: TestDatabase;
  let app: App;
  const reply = async (text: string, chat = `c-${Math.random()}`) => (await app.handleMessage(message(text, chat))).outbound.map((o) => o.text).join("\n");
  const intent = async (text: string, chat = `c-${Math.random()}`) => (await app.handleMessage(message(text, chat))).understood.understanding;
  const conversation = async (...turns: string[]) => {
    const chat = `conv-${Math.random()}`;
    let last = "";
    for (const turn of turns) last = await reply(turn, chat);
    return last;
  };
  const as = async (personKey: string, text: string) =>
    (await app.handleMessage({ channel: "console", chatId: `as-${Math.random()}`, sender: { id: personKey }, text, receivedAt: DEMO_NOW })).outbound.map((o) => o.text).join("\n");

  beforeAll(async () => {
    db = await freshSqlite({ demo: true });
    app = await demoApp(db.database);
  });
  afterAll(() => db.cleanup());

  describe("the replies the issue found wrong", () => {
    it("a ranking's goal is not met by being 28th", async () => {
      const last = await conversation("vneid tỉnh mình xếp hạng mấy", "mục tiêu cuối năm thì sao?");
      expect(last).toContain("28/63");
      expect(last).toContain("top 20");
      expect(last).toContain("cần tăng ít nhất 8 bậc");
      expect(last).not.toContain("đã đạt");
    });

    it("tasks due in a named month, next week or before a date are those, not this month's or every open task", async () => {
      expect(await reply("nhiệm vụ có hạn trong tháng 8/2023")).toContain("không có nhiệm vụ nào");
      const nextWeek = await reply("việc nào hết hạn trong tuần tới");
      expect(nextWeek).toContain("CCHC23-40");
      expect(nextWeek).toContain("31/7–6/8/2023");
      const september = await reply("nhiệm vụ đến hạn tháng 9");
      expect(september).toContain("3 nhiệm vụ");
      expect(september).not.toContain("CCHC23-40");
      expect(await reply("nhiệm vụ nào hạn 31/8")).toContain("không có nhiệm vụ nào");
    });

    it("money, counts and accounts are told apart", async () => {
      expect(await reply("em ơi thanh toán trực tuyến thu được mấy tỷ")).toContain("hơn 859 tỷ đồng");
      expect(await reply("so luot nop phi truc tuyen thanh cong la bao nhieu")).toContain("3.048");
      const accounts = await reply("TỔNG SỐ TÀI KHOẢN VNEID ĐÃ TẠO");
      expect(accounts).toContain("633.404");
      expect(accounts).not.toContain("28/63");
      expect(await reply("kich hoat vneid duoc bao nhieu tai khoan roi")).toContain("447.246");
    });

    it("plan totals, shares and questions that look like commands", async () => {
      expect(await reply("tổng số nhiệm vụ kế hoạch CCHC")).toContain("14/43");
      expect(await reply("% HOÀN THÀNH NV CCHC")).toContain("32,55%");
      expect(await reply("đã xong mấy việc")).toContain("14/43");
      expect(await reply("CCHC23-05 đã xong chưa")).toContain("đang thực hiện trong hạn");
      for (const text of ["% HOÀN THÀNH NV CCHC", "hoàn thành nv cchc", "đã xong mấy việc", "CCHC23-05 đã xong chưa", "tỷ lệ hoàn thành nhiệm vụ"]) {
        expect(parseTaskCommand(text, "2023-07-25"), text).toBeUndefined();
      }
    });

    it("a new question after an answer is read on its own, a briefing is a briefing", async () => {
      const last = await conversation("thanh toan truc tuyen bao nhieu tien", "chuan bi hop chieu nay, tom tat giup toi nhung van de can chi dao");
      expect(last).toContain("Tóm tắt tình hình");
      expect(last).toContain("14/43");
      const afterFigure = await conversation("tỷ lệ hồ sơ trực tuyến cấp huyện", "kế hoạch CCHC có bao nhiêu nhiệm vụ");
      expect(afterFigure).toContain("14/43");
      expect(afterFigure).not.toContain("18,05");
    });

    it("Vietnamese without diacritics stays Vietnamese; 'ca tinh' in a figure question is the province", async () => {
      expect(await conversation("cap xa hstt dat bao nhieu", "the so nganh thi sao")).toContain("Tỷ lệ hồ sơ trực tuyến khối sở, ngành");
      const province = await reply("ho so online ca tinh dat bao nhieu phan tram");
      expect(province).toContain("64%");
      expect(province).not.toContain("Công an");
    });

    it("'đơn vị mình' is the asker's unit; units are ranked; programmes have their own summary", async () => {
      const mine = await as("nuithanh-chuyen-vien", "đơn vị mình còn việc gì");
      expect(mine).toContain("Ủy ban nhân dân huyện Núi Thành");
      expect(mine).toContain("CCHC23-17");
      expect(mine).not.toContain("CCHC23-15");
      const ranked = await reply("đơn vị nào chậm nhất");
      expect(ranked).toContain("Đơn vị chậm nhất");
      expect(await reply("which units are behind?")).toContain("Units furthest behind");
      const da06 = await reply("tình hình thực hiện đề án 06");
      expect(da06).toContain("Đề án 06");
      expect(da06).toContain("447.246");
      expect(da06).not.toContain("14/43");
    });
  });

  describe("units named together, against each other or set aside", () => {
    it("two units joined by 'và' are counted together, not the first alone", async () => {
      const both = await reply("UBND TP Tam Kỳ và huyện Núi Thành chủ trì tổng cộng mấy việc");
      expect(both).toContain("Ủy ban nhân dân thành phố Tam Kỳ và Ủy ban nhân dân huyện Núi Thành chủ trì");
      expect(both).toContain("5 nhiệm vụ");
      expect(both).not.toMatch(/: 3 nhiệm vụ/);
    });

    it("a unit in the other role, or after 'với', is the partner of the tasks", async () => {
      const pair = await reply("Sở Nội vụ chủ trì việc gì có Công an tỉnh phối hợp");
      expect(pair).toContain("do Sở Nội vụ chủ trì, Công an tỉnh Quảng Nam phối hợp");
      expect(pair).toContain("2 nhiệm vụ");
      expect(pair).not.toContain("CCHC23-18");
      const mine = await as("nuithanh-chuyen-vien", "huyện mình phối hợp việc gì với CA tỉnh?");
      expect(mine).toContain("CCHC23-40");
      expect(mine).not.toContain("CCHC23-17");
    });

    it("'tính cả chủ trì và phối hợp' and 'liên quan đến' take the unit in either role", async () => {
      expect(await reply("Công an tỉnh tham gia tổng cộng bao nhiêu nhiệm vụ, tính cả chủ trì và phối hợp?")).toContain("chủ trì hoặc phối hợp, tính đến 25/7/2023: 7 nhiệm vụ");
      expect(await reply("nhiem vu nao lien quan den Tam Ky")).toContain("CCHC23-40");
    });

    it("'ngoài SNV ra' leaves that unit out of the ranking; 'không tính huyện' leaves out a level", async () => {
      const ranking = await reply("ngoai SNV ra thi don vi nao chu tri nhieu viec nhat");
      expect(ranking).toContain("Không kể Sở Nội vụ");
      expect(ranking).toMatch(/1\. Sở Thông tin và Truyền thông: 6 nhiệm vụ/);
      const departments = await reply("Các việc quá hạn do sở chủ trì, không tính huyện");
      expect(departments).toContain("khối sở, ngành");
      expect(departments).not.toContain("CCHC23-16");
    });
  });

  describe("families found in blind sets H and I", () => {
    it("typed slips of filler words are not words of a title", async () => {
      expect(await reply("Có bao nhiu nhiệm vụ đang quá hạng?")).toContain("Nhiệm vụ quá hạn, tính đến 25/7/2023: 6 nhiệm vụ");
      expect(await reply("Viêc sắp đến hạn gần nhât là việc gì?")).toContain("CCHC23-40");
    });

    it("every state at once, or the plan and a state, is the plan's breakdown; 'tính cả' widens one question", async () => {
      expect(await reply("TONG QUAN KE HOACH: XONG, DANG LAM TRONG HAN, QUA HAN, CHUA LAM MOI LOAI BAO NHIEU")).toContain("Đang thực hiện trong hạn: 8; quá hạn: 6");
      expect(await reply("KH CCHC 2023 tinh hinh ra sao, bao nhieu viec tre han")).toContain("quá hạn: 6");
      expect(await reply("bn việc đang làm dở, tính cả mấy việc đã trễ hạn")).toContain("Nhiệm vụ đang thực hiện (kể cả đã quá hạn), tính đến 25/7/2023: 12 nhiệm vụ");
      expect(await reply("Có bao nhiêu việc đạt 100%?")).toContain("14/43");
      expect(await reply("ke hoach cchc do don vi nao theo doi, tham muu")).toContain("Cơ quan thường trực theo dõi kế hoạch: Sở Nội vụ");
    });

    it("areas: a table area by area; an area announced is a filter, not a title", async () => {
      expect(await reply("Thống kê giúp em tình hình thực hiện theo từng lĩnh vực của KH CCHC")).toContain("(7 lĩnh vực)");
      const announced = await reply("cho em xin ds viec chua trien khai cua linh vuc chinh quyen dien tu, chinh quyen so");
      for (const code of ["CCHC23-37", "CCHC23-38", "CCHC23-39", "CCHC23-42"]) expect(announced).toContain(code);
    });

    it("tasks asked for by title: several listed when several are asked, each held to the state asked", async () => {
      const related = await reply("Những nhiệm vụ liên quan tới tài khoản định danh điện tử, VNeID");
      expect(related).toContain("CCHC23-40");
      expect(related).toContain("CCHC23-42");
      expect(await reply("tinh gian bien che nam 2023 ai lam, han bao gio")).toContain("CCHC23-24");
      expect(await reply("Kiểm tra giúp Tam Kỳ đã hoàn thành việc kiện toàn Bộ phận Một cửa chưa")).toMatch(/^CCHC23-18:/);
      expect(await conversation("nhiệm vụ tinh giản biên chế", "đã bắt đầu chưa")).toContain("CCHC23-24");
    });

    it("'sở nào', 'huyện nào' rank units of that level; 'mấy đơn vị có việc quá hạn' lists every one of them", async () => {
      const departments = await reply("sở nào đang chậm nhất");
      expect(departments).toContain("Chỉ tính các đơn vị khối sở, ngành");
      expect(departments).not.toContain("Núi Thành");
      const districts = await reply("huyện nào chậm");
      expect(districts).toContain("Ủy ban nhân dân huyện Núi Thành");
      expect(districts).not.toContain("Sở Nội vụ");
      const behind = await reply("mấy đơn vị có việc quá hạn, gửi ds để nhắc");
      expect(behind).toContain("6 đơn vị có nhiệm vụ quá hạn");
      expect(behind).toContain("6. ");
    });

    it("nothing due in a window ahead points to the next deadline; a national comparison not held is said", async () => {
      const soon = await reply("stttt có việc gì sắp đến hạn ko");
      expect(soon).toContain("không có nhiệm vụ nào");
      expect(soon).toContain("Nhiệm vụ có hạn gần nhất sau đó: CCHC23-38");
      const august = await reply("tháng 8 có việc gì phải xong");
      expect(august).toContain("không có nhiệm vụ nào");
      expect(august).not.toContain("CCHC23-14");
      const national = await reply("tỷ lệ hs trực tuyến cấp tỉnh so với cả nước");
      expect(national).toContain("63,46%");
      expect(national).toContain("chưa có số liệu của cả nước");
    });

    it("a target less another figure is that difference, not the target's own gap", async () => {
      const answer = await reply("chỉ tiêu kích hoạt lớn hơn số tài khoản đã cấp bao nhiêu?");
      expect(answer).toContain("738.291 − số tài khoản định danh điện tử 633.404 = 104.887");
      expect(answer).not.toContain("291.045");
    });

    it("blind set J: ĐVHC is not DVC, 'qá hạn' is overdue, 'đang làm dở' is started and unfinished, a summary of a figure is that figure", async () => {
      const scheme = await reply("de an sap xep DVHC cap huyen cap xa dang the nao");
      expect(scheme).toMatch(/^CCHC23-22:/);
      expect(scheme).not.toContain("18,05%");
      expect(await reply("viec sap xep don vi hanh chinh cap huyen xa qua han bao nhieu ngay roi")).toContain("quá hạn 17 ngày làm việc");
      expect(await reply("bộ chỉ số đánh giá chất lượng phục vụ người dân doanh nghiệp xong chưa")).toMatch(/^CCHC23-12:/);
      expect(await reply("liet ke cac nv qá han")).toContain("Nhiệm vụ quá hạn, tính đến 25/7/2023: 6 nhiệm vụ");
      const inHand = await reply("cac nv STTTT chu tri dang lam do");
      expect(inHand).toContain("CCHC23-36");
      expect(inHand).not.toContain("CCHC23-37");
      const activation = await reply("tong hop tinh hinh kich hoat dinh danh dien tu cho toi");
      expect(activation).toContain("447.246");
      expect(activation).not.toContain("64%");
      expect(await reply("Tom tat ket qua VNeID va dinh danh dien tu cho cuoc hop BCD")).toContain("Đề án 06");
      expect(await reply("Soạn giúp đoạn tóm tắt kết quả hồ sơ trực tuyến 6 tháng đầu năm")).toContain("cấp huyện: 18,05%");
    });

    it("'có hạn đến 30/6' asked after 30/6 is every deadline up to it; 'kế hoạch đến hôm nay' is the plan as of today", async () => {
      const byJune = await reply("Trong các nhiệm vụ có hạn đến 30/6 thì đã hoàn thành được bao nhiêu?");
      expect(byJune).toContain("14 nhiệm vụ");
      expect(byJune).toContain("(14/20)");
      const byJunePlan = await reply("kế hoạch cchc đến 30/6 ra sao");
      expect(byJunePlan).toContain("(1/1–30/6/2023)");
      expect(byJunePlan).toContain("20 nhiệm vụ");
      expect(await reply("việc nào hạn từ nay đến 30/6")).toContain("(đã qua)");
      expect(await reply("kế hoạch cchc đến 25/7 ra sao")).toContain("hoàn thành 14/43 nhiệm vụ");
    });

    it("'trễ lâu nhất' orders tasks by how late they are, also after a list of them; one task gives its days both ways", async () => {
      // "Việc nào … nhất" asks for one: the latest, said so in the header; "những việc … trễ nhất" lists them in order.
      const latest = await reply("Trong các việc hoàn thành trễ hạn, việc nào trễ lâu nhất?");
      expect(latest).toContain("Nhiệm vụ hoàn thành trễ hạn lâu nhất, tính đến 25/7/2023: 1 nhiệm vụ.");
      expect(latest).toContain("CCHC23-21");
      expect(latest).not.toContain("CCHC23-04");
      expect(latest).toContain("14 ngày theo lịch");
      const ordered = await reply("các việc hoàn thành trễ nhất");
      expect(ordered).toContain("trễ nhiều nhất trước");
      expect(ordered.indexOf("CCHC23-21")).toBeLessThan(ordered.indexOf("CCHC23-04"));
      const lowest = await reply("nv nao dang thuc hien ma tien do thap nhat");
      expect(lowest).toContain("có tiến độ thấp nhất, tính đến 25/7/2023: 1 nhiệm vụ.");
      expect(lowest).toContain("CCHC23-43");
      const followUp = await conversation("viec nao hoan thanh tre han", "cai nao tre nhieu nhat");
      expect(followUp).toContain("Nhiệm vụ hoàn thành trễ hạn");
      expect(followUp).not.toContain("CCHC23-15");
      expect(await reply("CCHC23-22")).toContain("quá hạn 17 ngày làm việc (25 ngày theo lịch)");
    });

    it("a request verb opening the message is no title word; two months that meet are one window", async () => {
      expect(await reply("thong ke cac nv hoan thanh dung han")).toContain("Nhiệm vụ hoàn thành đúng hạn, tính đến 25/7/2023: 11 nhiệm vụ");
      const autumn = await reply("viec cua STP den han trong thang 10 va thang 11");
      expect(autumn).toContain("trong khoảng 1/10–30/11/2023");
      expect(autumn).toContain("2 nhiệm vụ");
    });

    it("blind set K: a unit set aside from a list is left out, not asked about", async () => {
      const others = await reply("Liệt kê các việc quá hạn, trừ của VPUB");
      expect(others).toContain("không kể nhiệm vụ do Văn phòng Ủy ban nhân dân tỉnh chủ trì");
      expect(others).toContain("5 nhiệm vụ");
      expect(others).not.toContain("CCHC23-15");
      expect(await reply("Ngoài Sở Nội vụ ra, còn bao nhiêu nhiệm vụ quá hạn của các đơn vị khác?")).toContain("5 nhiệm vụ (CCHC23-15, CCHC23-16, CCHC23-17, CCHC23-32, CCHC23-36)");
      expect(await reply("sau SNV thi don vi nao chu tri nhieu viec nhat")).toContain("Không kể Sở Nội vụ");
    });

    it("blind set K: what is not held is said, not answered with another figure", async () => {
      const budget = await reply("kinh phi bo tri cho CCHC nam 2023 la bao nhieu ty");
      expect(budget).toContain('Chưa có số liệu về "kinh phí"');
      expect(budget).not.toContain("14/43");
      const dossiers = await reply("Tổng số hồ sơ TTHC tiếp nhận trực tuyến là bao nhiêu hồ sơ (số lượng, không phải tỷ lệ)?");
      expect(dossiers).toContain("Chưa có số liệu");
      expect(dossiers).not.toContain("64%");
      expect(await reply("tỷ lệ hồ sơ trực tuyến cấp huyện")).toContain("18,05%");
    });

    it("blind set K: the nearest deadline alone, the rest of a long list by code, slips in 'thág' and 'ban hành'", async () => {
      const nearest = await reply("Việc chưa xong nào có hạn gần nhất (chưa quá hạn)?");
      expect(nearest).toContain("CCHC23-40");
      expect(nearest).not.toContain("CCHC23-14");
      const done = await reply("liet ke cac nhiem vu da hoan thanh");
      for (const code of ["CCHC23-01", "CCHC23-08", "CCHC23-21", "CCHC23-35", "CCHC23-41"]) expect(done).toContain(code);
      expect(done).toContain("Còn 4 nhiệm vụ khác");
      expect(await reply("nhiệm vụ hạn thág 9")).toContain("(1/9–30/9/2023)");
      expect(await reply("ban hanh ke hoach tuyen truyen cchc 2023 ai lam, xong chua")).toMatch(/^CCHC23-01:/);
    });

    it("blind set K: a day inside a wider window, every level, a programme's figures, which-and-how-many, a figure set aside", async () => {
      const yearEnd = await reply("Những việc có hạn cuối năm 31/12/2023");
      expect(yearEnd).toContain("(31/12/2023)");
      expect(yearEnd).toContain("5 nhiệm vụ");
      expect(await reply("Báo cáo nhanh tỷ lệ hồ sơ trực tuyến 3 cấp")).toContain("cấp huyện: 18,05%");
      const da06 = await reply("liet ke cac so lieu de an 06 moi nhat");
      expect(da06).toContain("Đề án 06");
      expect(da06).toContain("447.246");
      expect(await reply("các sở có bao nhiêu việc quá hạn")).toContain("khối sở, ngành");
      const both = await as("tamky-chu-tich", "Thành phố mình chủ trì những việc nào, xong mấy việc rồi?");
      expect(both).toContain("đã hoàn thành 1 nhiệm vụ (1/3)");
      expect(both).toContain("CCHC23-43");
      expect(await reply("So tai khoan dinh danh dien tu da duoc cap (khong phai so kich hoat) la bao nhieu?")).toContain("633.404");
      expect(await conversation("nhiem vu de an sap xep DVHC cap huyen cap xa", "vi sao cham vay")).toContain("Tạm dừng");
      expect(await reply("Gui tin nhac cac don vi chu tri viec qua han")).toContain("Nhiệm vụ quá hạn, tính đến 25/7/2023: 6 nhiệm vụ");
    });

    it("blind set L: rates the data does not hold are said not held, never the plan's rate", async () => {
      for (const question of ["Tỷ lệ giải ngân vốn đầu tư công đến nay đạt bao nhiêu % kế hoạch vốn?", "Tỷ lệ hài lòng của người dân tại Trung tâm HCC tỉnh hiện là bao nhiêu?", "so ho so giai quyet tre han 6 thang dau nam la bao nhieu"]) {
        const answer = await reply(question);
        expect(answer).toContain("Chưa có số liệu");
        expect(answer).not.toMatch(/32,55%|14\/43|CCHC23-/);
      }
    });

    it("blind set L: 'tính đến hôm nay' is the day of the answer, days asked list each task's, a past month asks of all its tasks", async () => {
      const late = await reply("Các nhiệm vụ quá hạn tính đến hôm nay đã trễ bao nhiêu ngày?");
      expect(late).toContain("Nhiệm vụ quá hạn, tính đến 25/7/2023: 6 nhiệm vụ.");
      expect(late).toContain("quá hạn 17 ngày làm việc");
      const april = await reply("Tháng 4 vừa rồi có những nhiệm vụ nào đến hạn, kết quả ra sao?");
      expect(april).toContain("3 nhiệm vụ");
      expect(april).toContain("CCHC23-03");
      expect(await reply("tinh hinh kh cchc nam 2023 ntn e, tom tat giup")).toContain("14/43");
      expect(await reply("Kế hoạch cải cách hành chính 2023 của tỉnh: số nhiệm vụ đã hoàn thành và đang triển khai trong hạn?")).toContain("Đang thực hiện trong hạn: 8");
      expect(await as("nuithanh-chuyen-vien", "viec so hoa ho so cua huyen minh han bao gio")).toMatch(/^CCHC23-19:/);
      expect(await conversation("CCHC23-32 la viec gi", "sao chua lam")).toMatch(/^CCHC23-32:/);
      expect(await conversation("Hạn 31/7 có việc gì?", "đã được bao nhiêu %?")).toContain("tiến độ: 60%");
      expect(await conversation("Nhiệm vụ kiện toàn Bộ phận Một cửa ở Tam Kỳ", "xong ngày nào, văn bản gì?")).toContain("1320/QĐ-UBND");
    });

    it("blind set M: words side by side name the title; a level's count is that level's; a population share is not held", async () => {
      expect(await reply("Kế hoạch tuyên truyền CCHC năm 2023 được ban hành bằng văn bản nào?")).toMatch(/^CCHC23-01:/);
      const districts = await reply("cấp huyện chủ trì bao nhiêu nhiệm vụ trong KH CCHC");
      expect(districts).toContain("Nhiệm vụ do các đơn vị cấp huyện chủ trì, tính đến 25/7/2023: 5 nhiệm vụ");
      expect(districts).not.toContain("14/43");
      const population = await reply("bao nhieu % dan so da cai app VNeID");
      expect(population).toContain("Chưa có số liệu");
      expect(population).not.toContain("60,58%");
      expect(await reply("KH CCHC dang cham hay dung tien do? co bao nhieu viec bi qua han")).toContain("quá hạn: 6");
      // "công tác" typed without accents is not "tắc" (blocked).
      expect(await conversation("viec kiem tra cong tac CCHC nam 2023 tai cac co quan", "ai phoi hop?")).not.toContain("CCHC23-22");
      expect(await conversation("nhiem vu phan cap, uy quyen giai quyet TTHC", "bi cham bao lau roi?")).toMatch(/^CCHC23-15:[^]*quá hạn 17 ngày làm việc \(25 ngày theo lịch\)/);
      const office = await as("vpub-chanh-van-phong", "văn phòng mình chủ trì những việc gì còn dang dở?");
      expect(office).toContain("do Văn phòng Ủy ban nhân dân tỉnh chủ trì");
      expect(office).not.toContain("CCHC23-07");
      // A progress filter is said in the list's header, so "5 nhiệm vụ" is not read as all unfinished ones.
      expect(await reply("cac viec chua xong co tien do tu 60% tro len")).toContain("Nhiệm vụ chưa hoàn thành có tiến độ từ 60% trở lên, tính đến 25/7/2023: 5 nhiệm vụ");
    });

    it("blind set AL: a word put in place of a word of the figure's name gets no figure ('tỷ lệ ăn sáng trực tuyến')", async () => {
      const answer = await reply("ty le an sang truc tuyen cap huyen bao nhieu");
      expect(answer).toContain('Chưa hiểu phần "sang"');
      expect(answer).not.toContain("18,05");
      // A slip in a word of the name, or a word the name lacks around it, still names the figure.
      expect(await reply("ty le ho so truc tuyenn cap huyen")).toContain("18,05%");
      expect(await reply("vneid muon vao top 20 thi phai tang them may bac nua")).toContain("28/63");
    });

    it("a period's length said again in brackets is not a figure left unexplained", async () => {
      expect(await reply("tu 18/7 den 31/7 (13 ngay) binh quan moi ngay phai kich hoat bao nhieu tk moi dat chi tieu")).toContain("22.389");
    });
  });

  describe("what is left over is never guessed", () => {
    it.each([
      ["tỷ lệ hồ sơ trực tuyến năm 2021", "năm 2021"],
      ["tỷ lệ hồ sơ trực tuyến tháng 3", "tháng 3"],
      ["tỷ lệ hồ sơ trực tuyến cấp huyện 2019 là bao nhiêu", "2019"],
      ["nhiệm vụ số 55 hạn 31/6", "31/6"],
    ])("%s → no figure", async (text) => {
      const answer = await reply(text);
      expect(answer).not.toMatch(/18,05|64%|63,46|66,06/);
    });

    it("says which words it did not understand and offers close questions it can answer", async () => {
      const answer = await reply("tỷ lệ hồ sơ trực tuyến cấp huyện của 15 xã miền núi là bao nhiêu");
      expect(answer).toContain('Chưa hiểu phần "15"');
      expect(answer).toContain("• Tỷ lệ hồ sơ trực tuyến cấp huyện?");
      expect(answer).not.toMatch(/18,05|64%/);
    });

    it("a year the data does not cover is named, with the period it does", async () => {
      expect(await reply("tỷ lệ hồ sơ trực tuyến cấp huyện 2019 là bao nhiêu")).toBe("Chưa có số liệu về tỷ lệ hồ sơ trực tuyến cho 2019. Số liệu hiện có: số liệu 1/1–27/6/2023.");
    });

    it("a province the data does not hold gets no figure of ours", async () => {
      expect(await reply("Quảng Ngãi đã kích hoạt bao nhiêu tài khoản định danh?")).not.toContain("447.246");
      expect(await reply("Đà Nẵng xếp hạng VNeID thứ mấy?")).not.toContain("28/63");
    });
  });

  describe("fragments and whole questions", () => {
    it("a fragment continues the question before", async () => {
      expect(await conversation("tỷ lệ hồ sơ trực tuyến cấp huyện", "còn cấp xã?")).toContain("66,06%");
      expect(await conversation("thanh toán online được bao nhiêu tiền", "bao nhiêu giao dịch?")).toContain("3.048");
      expect(await conversation("tạo lập được bao nhiêu hồ sơ định danh điện tử", "với bao nhiêu tài khoản?")).toContain("633.404");
      expect(await conversation("việc nào hết hạn trong tuần này", "tuần tới thì sao?")).toContain("CCHC23-40");
      expect(await conversation("CCHC23-22", "ai phối hợp?")).toContain("phối hợp:");
      expect(await conversation("Sở Tư pháp chủ trì việc gì", "còn Sở Tài chính?")).toContain("do Sở Tài chính chủ trì");
    });

    it("a whole new question does not inherit the subject before it", async () => {
      const answer = await conversation("thời tiết Quảng Nam hôm nay sao em", "thôi, cho anh tỷ lệ hs trực tuyến cấp xã");
      expect(answer).toContain("66,06%");
      expect(await conversation("Sở Tư pháp còn việc gì", "toàn tỉnh có bao nhiêu việc quá hạn")).toContain("Nhiệm vụ quá hạn, tính đến 25/7/2023: 6 nhiệm vụ");
      // A short question right after a unit's list is about that unit's tasks.
      expect(await conversation("Sở Tư pháp còn việc gì", "việc nào quá hạn?")).toContain("Nhiệm vụ quá hạn do Sở Tư pháp chủ trì");
      expect(await intent("còn cấp xã?")).toMatchObject({ intent: "unknown" });
    });
  });

  it(`the briefing fits one phone screen (≤ ${BRIEFING_MAX_CHARS} characters) with progress, overdue units, targets and the ranking`, async () => {
    const briefing = await reply("/baocao");
    expect(briefing.length).toBeLessThanOrEqual(BRIEFING_MAX_CHARS);
    expect(briefing).toContain("14/43");
    expect(briefing).toContain("Quá hạn theo đơn vị chủ trì");
    expect(briefing).toContain("còn thiếu 291.045");
    expect(briefing).toContain("28/63");
  });

  it("figures derived from the data show their working", async () => {
    expect(await reply("còn bao nhiêu tài khoản chưa kích hoạt")).toContain("186.158");
    expect(await reply("cấp xã hơn cấp huyện bao nhiêu điểm phần trăm")).toContain("48,01 điểm phần trăm");
    expect(await reply("kết nối VPCP đạt bao nhiêu phần trăm")).toContain("80%");
    expect(await reply("những hệ thống nào đã kết nối xong theo yêu cầu VPCP?")).toContain("Lý lịch tư pháp");
  });
});
