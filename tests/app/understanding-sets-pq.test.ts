import { describe, expect, it } from "vitest";
import { demoConversation } from "../support/demo-app.js";

/**
 * The families of the misses of blind sets P and Q (session 5), each asked in more than one wording, through
 * the whole pipeline on the demo data (25/7/2023 08:00).
 */
describe("families found by blind sets P and Q", () => {
  const { reply, as } = demoConversation();

  it("another province, typed with or without accents, gets no figure of this one", async () => {
    for (const question of ["ty le ho so truc tuyen cua ha noi", "thua thien hue kich hoat dc bn tk dinh danh", "Quảng Ngãi đã kích hoạt bao nhiêu tài khoản", "Số tài khoản định danh kích hoạt của cả nước hiện nay?"]) {
      const answer = await reply(question);
      expect(answer, question).toContain("Nhắc việc chỉ theo dõi số liệu và nhiệm vụ của tỉnh Quảng Nam");
      for (const figure of ["64%", "447.246", "60,58%"]) expect(answer, question).not.toContain(figure);
    }
    expect(await reply("thua thien hue kich hoat dc bn tk dinh danh")).toContain("Chưa có số liệu của Thừa Thiên Huế");
  });

  it("this province's own names, its districts and a rank in the country are still answered", async () => {
    expect(await reply("tỷ lệ hồ sơ trực tuyến tỉnh Quảng Nam")).toContain("64%");
    expect(await reply("VNeID tỉnh mình đang xếp hạng mấy cả nước")).toContain("28/63");
    expect(await reply("cap huyen nam giang co viec nao qua han")).toContain("Nam Giang");
    const compared = await reply("tỷ lệ hs trực tuyến cấp tỉnh so với cả nước");
    expect(compared).toContain("63,46%");
    expect(compared).toContain("chưa có số liệu của cả nước");
  });

  it("an abbreviation in a message typed without accents is expanded without them", async () => {
    expect(await reply("ho so de nghi cap tk dinh danh bao nhieu")).toContain("718.738");
    expect(await reply("ho so cap tk dinh danh bao nhieu")).not.toContain("447.246");
  });

  it("one task shown whole says how many days are left before its deadline", async () => {
    expect(await reply("CCHC23-40 hạn khi nào, còn mấy ngày nữa?")).toContain("Hạn: 31/7/2023 (còn 6 ngày)");
    expect(await reply("CCHC23-15")).not.toContain("còn ");
  });

  it("a count by state says how many are not yet done", async () => {
    const mine = await as("vpub-chuyen-vien", "vp minh chu tri may viec, con may viec chua xong");
    expect(mine).toContain("4 nhiệm vụ, đã hoàn thành 1 nhiệm vụ (1/4), còn 3 nhiệm vụ chưa hoàn thành");
    expect(await reply("tiến độ lĩnh vực cải cách tài chính công")).toContain("còn 3 nhiệm vụ chưa hoàn thành");
  });

  it("units and areas ranked by their unfinished tasks", async () => {
    for (const question of ["dv nao con nhieu viec chua xong nhat", "đơn vị nào còn nhiều việc chưa xong nhất"]) {
      const answer = await reply(question);
      expect(answer, question).toContain("Đơn vị còn nhiều nhiệm vụ chưa hoàn thành nhất");
      expect(answer, question).toContain("1. Sở Nội vụ: 7 nhiệm vụ chưa hoàn thành (quá hạn 1), trên tổng số 15");
    }
    expect(await reply("lĩnh vực nào còn nhiều việc chưa làm xong nhất")).toContain("Lĩnh vực còn nhiều nhiệm vụ chưa hoàn thành nhất");
    expect(await reply("đơn vị nào chậm nhất")).toContain("Đơn vị chậm nhất");
  });

  it("'là những việc nào' names the tasks counted; it asks no second question", async () => {
    const late = await reply("Bao nhiêu việc xong nhưng bị trễ hạn, là những việc nào?");
    for (const code of ["CCHC23-04", "CCHC23-21", "CCHC23-41"]) expect(late).toContain(code);
    expect(late).not.toContain("CCHC23-15");
    expect(await reply("sở nội vụ chủ trì những việc nào, xong mấy việc rồi")).toContain("đã hoàn thành 8 nhiệm vụ (8/15)");
  });

  it("an area named after 'nhóm nhiệm vụ' or 'mảng', or by its former name, is that area", async () => {
    expect(await reply("Tiến độ nhóm nhiệm vụ cải cách tài chính công thế nào?")).toContain("Nhiệm vụ thuộc lĩnh vực cải cách tài chính công");
    expect(await reply("mảng hiện đại hóa hành chính thế nào")).toContain("Nhiệm vụ thuộc lĩnh vực xây dựng chính quyền điện tử, chính quyền số");
  });

  it("'được giao chủ trì' is the lead role, not words of a title", async () => {
    for (const question of ["cap xa co dc giao chu tri nhiem vu nao trong ke hoach k", "cấp xã có được giao chủ trì nhiệm vụ nào không"]) {
      const answer = await reply(question);
      expect(answer, question).toContain("Nhiệm vụ do các đơn vị cấp xã chủ trì");
      expect(answer, question).toContain("không có nhiệm vụ nào");
    }
    expect(await reply("chỉ tiêu được giao về kích hoạt là bao nhiêu tài khoản vậy")).toContain("738.291");
  });

  it("a number that counts a figure's items is not a task number; any other is", async () => {
    const connections = await reply("nhiệm vụ 10 kết nối với VPCP đang ở trạng thái nào");
    expect(connections).toContain("CCHC23-36");
    expect(connections).not.toContain("CCHC23-10:");
    expect(await reply("nhiệm vụ 17 gia hạn chưa")).toContain("CCHC23-17:");
    expect(await reply("nv 19 xong chua")).toContain("CCHC23-19:");
  });

  it("English replies quote figures as the Vietnamese report writes them", async () => {
    expect(await reply("how many eID accounts have been activated?")).toContain("447.246");
    expect(await reply("online dossier rate at district level?")).toContain("18,05%");
  });

  describe("families found by blind set R", () => {
    it("a follow-up with 'trong đó' narrows the tasks just counted, whatever it asks", async () => {
      const chat = `r-${Math.random()}`;
      await reply("Có bao nhiêu nhiệm vụ chưa triển khai?", chat);
      const mine = await reply("trong đó của Sở Nội vụ bao nhiêu?", chat);
      for (const code of ["CCHC23-06", "CCHC23-23", "CCHC23-24", "CCHC23-28", "CCHC23-29"]) expect(mine).toContain(code);
      expect(mine).not.toContain("CCHC23-25");
    });

    it("a level named with its councils' words is that level's units, not a title", async () => {
      for (const question of ["cac UBND cap huyen chu tri nhung nhiem vu nao", "UBND cấp huyện chủ trì những nhiệm vụ nào"]) {
        const answer = await reply(question);
        expect(answer, question).toContain("Nhiệm vụ do các đơn vị cấp huyện chủ trì");
        for (const code of ["CCHC23-16", "CCHC23-17", "CCHC23-43"]) expect(answer, question).toContain(code);
      }
      expect(await reply("nhiệm vụ kiểm tra văn bản do UBND cấp huyện ban hành ai chủ trì")).toContain("CCHC23-10");
    });

    it("'số hóa' typed with or without accents is no unknown 'Sở'", async () => {
      expect(await reply("nhiem vu so hoa ho so ket qua giai quyet TTHC")).toContain("CCHC23-19");
      expect(await reply("nhiệm vụ số hóa hồ sơ")).not.toContain("Không tìm thấy đơn vị");
      expect(await reply("Sở Du lịch còn việc gì")).toContain('Không tìm thấy đơn vị "Sở Du lịch"');
    });

    it("'nhiệm vụ …' with a unit and a figure's words is that unit's task, not a figure the unit lacks", async () => {
      const answer = await reply("Nhiệm vụ nâng tỷ lệ hồ sơ trực tuyến cấp huyện ở Tam Kỳ được bao nhiêu % rồi?");
      expect(answer).toContain("CCHC23-43");
      expect(answer).toContain("25%");
      expect(await reply("tỷ lệ hồ sơ trực tuyến của Tam Kỳ")).toContain("Chưa có số liệu về tỷ lệ hồ sơ trực tuyến của Ủy ban nhân dân thành phố Tam Kỳ");
    });
  });

  describe("families found by blind set S", () => {
    it("when a figure was measured, or who reported it, is answered with the figure's period and source", async () => {
      const period = await reply("Tỷ lệ hồ sơ trực tuyến 64% là tính trong khoảng thời gian nào vậy?");
      expect(period).toContain("1/1–27/6/2023");
      const ranking = await reply("Thứ hạng VNeID 28/63 là số liệu thời điểm nào, ai nêu?");
      expect(ranking).toContain("25/7/2023");
      expect(ranking).toContain("Kết luận của Chủ tịch UBND tỉnh");
    });

    it("'hs onl' is the online rate; tasks done on time and late are tasks, not dossiers", async () => {
      expect(await reply("ti le hs onl khoi so nganh?")).toContain("63,46%");
      const onTime = await reply("hoan thanh dung han bao nhieu, tre han bao nhieu");
      expect(onTime).toContain("đúng hạn 11");
      expect(onTime).toContain("trễ hạn 3");
    });

    it("'đang thực hiện' without 'trong hạn' is every task in hand, with how many are within the deadline", async () => {
      const all = await reply("có bao nhiêu nhiệm vụ đang thực hiện");
      expect(all).toContain("Nhiệm vụ đang thực hiện (kể cả đã quá hạn), tính đến 25/7/2023: 12 nhiệm vụ");
      expect(all).toContain("Trong đó: 8 nhiệm vụ còn trong hạn, 4 nhiệm vụ đã quá hạn.");
      expect(await reply("so nhiem vu cchc dang thuc hien trong han")).toContain("Nhiệm vụ đang thực hiện trong hạn, tính đến 25/7/2023: 8 nhiệm vụ");
      const office = await as("vpub-chuyen-vien", "VP minh con may viec dang lam");
      for (const code of ["CCHC23-13", "CCHC23-14", "CCHC23-15"]) expect(office).toContain(code);
    });

    it("progress asked of a unit's few tasks names each with its progress, unless a title was half named", async () => {
      expect(await as("nuithanh-chuyen-vien", "Tiến độ các nhiệm vụ của huyện mình?")).toContain("Gồm: CCHC23-17 (tiến độ 40%), CCHC23-19 (tiến độ 0%).");
      const halfNamed = await reply("so hoa ho so, ket qua TTHC o Nui Thanh tien do ra sao");
      expect(halfNamed).not.toContain("40%");
      expect(await reply("Sở Tư pháp chủ trì mấy việc")).not.toContain("(tiến độ");
    });

    it("a unit's progress and deadline on a figure are its task's", async () => {
      const answer = await reply("Nâng tỷ lệ hồ sơ trực tuyến cấp huyện ở Tam Kỳ — tiến độ, hạn?");
      expect(answer).toContain("CCHC23-43");
      expect(answer).toContain("31/12/2023");
    });
  });

  describe("families found by blind set T", () => {
    it("a figure quoted by its value alone is that figure, with what it measures, its period and source", async () => {
      const cases: Array<[string, string]> = [
        ["64% đó là của cấp nào vậy em?", "Tỷ lệ hồ sơ trực tuyến toàn tỉnh"],
        ["còn 63,46% là của khối nào, anh quên mất", "Tỷ lệ hồ sơ trực tuyến khối sở, ngành"],
        ["859 tỷ trong báo cáo là tiền gì vậy", "Tổng số tiền thanh toán trực tuyến"],
        ["3.048 lượt là lượt gì em", "Số lượt thanh toán trực tuyến thành công"],
        ["8/10 là chỉ tiêu gì vậy em", "Số kết nối đã hoàn thành theo yêu cầu của Văn phòng Chính phủ"],
        ["60,58% là so với cái gì vậy", "so với chỉ tiêu"],
        ["số 738.291 ở đâu ra vậy em", "Chỉ tiêu: 738.291 đến 31/7/2023"],
      ];
      for (const [question, figure] of cases) expect(await reply(question), question).toContain(figure);
      const two = await reply("718.738 với 633.404 khác nhau thế nào");
      expect(two).toContain("Số hồ sơ định danh điện tử đã tạo lập");
      expect(two).toContain("Số tài khoản định danh điện tử toàn tỉnh");
    });

    it("a number that is no figure of the data is not taken for one", async () => {
      expect(await reply("cấp huyện có 18% thôi hả")).not.toContain("64%");
      expect(await reply("trong 14 nhiệm vụ đã hoàn thành có mấy việc trễ")).toContain("CCHC23-04");
    });

    it("'cho anh hỏi 2 việc' announces two questions; its 'việc' is no task", async () => {
      const answer = await reply("cho anh hỏi 2 việc: tỷ lệ kích hoạt định danh so với chỉ tiêu và VNeID tỉnh mình đứng thứ mấy");
      expect(answer).toContain("60,58%");
      expect(answer).toContain("28/63");
    });

    it("the source of a figure asked as 'là văn bản nào' is that figure's answer", async () => {
      expect(await reply("nguồn của số liệu hồ sơ trực tuyến 64% là văn bản nào")).toContain("Nguồn: Báo cáo của Sở Nội vụ");
    });
  });

  describe("tasks pointed at, and several named at once", () => {
    it("'cái thứ 3' after a list is the third task shown; 'còn 17?' after one task is the plan's task 17", async () => {
      const chat = `p-${Math.random()}`;
      await reply("nhiệm vụ của Công an tỉnh", chat);
      expect(await reply("cái thứ 3 hạn bao giờ", chat)).toContain("CCHC23-42:");
      const next = `n-${Math.random()}`;
      await reply("CCHC23-16 là gì", next);
      const seventeen = await reply("còn 17?", next);
      expect(seventeen).toContain("CCHC23-17:");
      expect(seventeen).toContain("tiến độ: 40%");
    });

    it("several task codes in one question are each shown whole", async () => {
      const both = await reply("CCHC23-16 và CCHC23-17 tiến độ mỗi cái bao nhiêu");
      expect(both).toContain("CCHC23-16:");
      expect(both).toContain("tiến độ: 70%");
      expect(both).toContain("CCHC23-17:");
      expect(both).toContain("tiến độ: 40%");
    });
  });

  describe("families found by blind set U", () => {
    it("'có hạn cuối tháng 11' asks for the deadlines at the end of November, not everything until then", async () => {
      const answer = await reply("cac nhiem vu co han cuoi thang 11");
      for (const code of ["CCHC23-06", "CCHC23-11", "CCHC23-19", "CCHC23-20", "CCHC23-28", "CCHC23-33", "CCHC23-39"]) expect(answer).toContain(code);
      expect(answer).not.toContain("CCHC23-14");
      expect(await reply("việc đến cuối tháng 8")).toContain("(25/7–31/8/2023)");
    });
  });
});
