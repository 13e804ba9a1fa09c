import { describe, expect, it } from "vitest";
import { demoConversation } from "../support/demo-app.js";

/**
 * The families of the misses of blind sets AL, AM, AN, AO and AP (sessions 11 and 12), each asked in more than one wording,
 * through the whole pipeline on the demo data (25/7/2023 08:00).
 */
describe("families found by blind sets AL, AM, AN, AO and AP", () => {
  const { reply, as } = demoConversation();

  it("a figure's name asked with the asker's unit and a date is that unit's task about it", async () => {
    for (const question of ["nhiem vu hoan thanh 10 ket noi cua so toi han la ngay nao", "ben em con may ket noi VPCP chua xong, han la ngay nao", "nhiem vu hoan thanh ket noi cua so toi han la ngay nao"]) {
      const answer = await as("stttt-giam-doc", question);
      expect(answer, question).toContain("CCHC23-36");
      expect(answer, question).toContain("Hạn: 30/6/2023");
      // Not the department's tasks done ("hoàn thành" is a word of the title here), nor "not understood: 10".
      expect(answer, question).not.toContain("CCHC23-35");
      expect(answer, question).not.toContain("Chưa hiểu");
    }
  });

  it("an unknown subject opening the message before a figure's name gets no figure", async () => {
    for (const question of ["con meo kich hoat bao nhieu tai khoan dinh danh", "Con mèo kích hoạt bao nhiêu tài khoản định danh?"]) {
      const answer = await reply(question);
      expect(answer, question).toContain("Chưa hiểu phần");
      expect(answer, question).not.toContain("447.246");
    }
    // Talk before the figure is no subject: the figure is still the answer.
    expect(await reply("anh muốn biết kích hoạt được bao nhiêu tài khoản định danh")).toContain("447.246");
    expect(await reply("Tam Kỳ kích hoạt bao nhiêu tài khoản định danh")).not.toContain("447.246");
  });

  it("a ranking asked of a period it is not held for says so instead of giving this year's place", async () => {
    const asked = { "Năm 2022 VNeID Quảng Nam xếp thứ mấy?": "năm 2022", "vneid nam 2021 xep hang may": "1/1–31/12/2021" };
    for (const [question, period] of Object.entries(asked)) {
      const answer = await reply(question);
      // The period typed without diacritics is said back by its dates.
      expect(answer, question).toContain(`Chưa có số liệu về xếp hạng cài đặt, kích hoạt ứng dụng VNeID cho ${period}.`);
      expect(answer, question).not.toContain("28/63");
    }
    expect(await reply("VNeID xếp thứ mấy")).toContain("28/63");
  });

  it("a level below the commune is said not to be reported, without the province's figure", async () => {
    const answer = await reply("Tỷ lệ nộp hồ sơ online cấp thôn, tổ dân phố được bao nhiêu?");
    expect(answer).toContain("Chưa có số liệu về tỷ lệ hồ sơ trực tuyến ở cấp thôn, tổ dân phố: số liệu chỉ được báo cáo đến cấp xã.");
    expect(answer).not.toMatch(/64%|66,06%|18,05%/);
    expect(await reply("so tai khoan kich hoat o cac khu pho")).not.toContain("447.246");
    expect(await reply("ty le ho so truc tuyen cap xa")).toContain("66,06%");
  });

  it("who leads a task named by its figure's words, or 'chịu trách nhiệm', is that task's lead", async () => {
    for (const question of ["Đưa VNeID vào top 20 cả nước thì đơn vị nào chịu trách nhiệm chính?", "nâng thứ hạng VNeID ai chủ trì", "Ai chịu trách nhiệm chủ trì nâng thứ hạng cài đặt, kích hoạt VNeID?"]) {
      const answer = await reply(question);
      expect(answer, question).toContain("KL23-03");
      expect(answer, question).toContain("Chủ trì: Công an tỉnh Quảng Nam");
    }
    // A figure no task is about: no such task, not "out of scope", and not a task found by a slip ("tiền"/"tiếp").
    const payments = await reply("số tiền thanh toán trực tuyến ai chủ trì");
    expect(payments).toContain("không có nhiệm vụ nào");
    expect(payments).not.toContain("CCHC23-43");
    expect(payments).not.toContain("ngoài phạm vi");
  });

  it("the nearest deadline of the conclusions named with the meeting's day", async () => {
    const answer = await reply("trong thong bao ket luan phien hop BCD ngay 25/7, viec nao co han som nhat");
    expect(answer).toContain("KL23-04");
    expect(answer).toContain("31/7/2023");
    expect(answer).not.toContain("Không tìm thấy nhiệm vụ có nội dung");
  });

  it("a unit's count and whether any is late are both answered, the late ones named", async () => {
    const answer = await reply("STC chủ trì mấy nhiệm vụ, có cái nào trễ hạn không?");
    expect(answer).toContain("3 nhiệm vụ");
    expect(answer).toContain("Quá hạn: CCHC23-32.");
    // Days counted, not tasks: the asker's tasks done late, no breakdown.
    expect(await as("cat-giam-doc", "Đơn vị tôi có việc nào hoàn thành chậm không, chậm mấy ngày?")).not.toContain("Gồm:");
  });

  it("a rate quoted with its decimal comma is one figure, and its gap is in percentage points", async () => {
    const answer = await reply("kich hoat moi dat 60,58% thi con thieu bao nhieu phan tram nua moi du chi tieu");
    expect(answer).toContain("còn thiếu 39,42 điểm phần trăm");
    expect(answer).toContain("cần bình quân 3,03 điểm phần trăm mỗi ngày");
    expect(answer).not.toContain("447.246");
    expect(await reply("Tỷ lệ kích hoạt 60,58% là tính trên chỉ tiêu bao nhiêu tài khoản?")).toContain("738.291");
  });

  it("no task of a meeting done yet is said 'chưa có'", async () => {
    expect(await reply("Các việc Chủ tịch giao tại cuộc họp BCĐ đã có việc nào hoàn thành chưa?")).toContain("Nhiệm vụ đã hoàn thành, tính đến 25/7/2023: chưa có nhiệm vụ nào.");
  });

  it("how many tasks and their deadlines: the list, each with its deadline, under the count", async () => {
    const answer = await as("cat-giam-doc", "Theo kết luận của Chủ tịch tỉnh thì đơn vị tôi được giao mấy việc, hạn thế nào?");
    expect(answer).toContain("2 nhiệm vụ");
    expect(answer).toMatch(/KL23-04 · .* · hạn 31\/7\/2023/);
    expect(answer).toMatch(/KL23-03 · .* · hạn 31\/12\/2023/);
    expect(answer).not.toMatch(/KL23-0[12]/);
  });

  it("words of a title of the asker's unit with its date name that task", async () => {
    const answer = await as("vpub-chuyen-vien", "rà soát đơn giản hóa TTHC năm 2023 của đơn vị em hạn ngày nào, đạt bao nhiêu % rồi ạ");
    expect(answer).toMatch(/^CCHC23-14: /);
    expect(answer).toContain("Hạn: 30/9/2023");
    expect(answer).toContain("tiến độ: 35%");
  });

  it("a figure asked as of a day before the one it is held for is not given as that day's", async () => {
    const before = await reply("Tính đến 30/6/2023, toàn tỉnh kích hoạt được bao nhiêu tài khoản định danh?");
    expect(before).toContain("Chưa có số liệu về số tài khoản định danh điện tử đã kích hoạt cho đến 30/6/2023. Số liệu hiện có: số liệu tính đến 18/7/2023.");
    expect(before).not.toContain("447.246");
    // As of a later day, the latest figure then known, with its own date.
    expect(await reply("tính đến 20/7 kích hoạt được bao nhiêu tài khoản định danh")).toContain("(số liệu tính đến 18/7/2023): 447.246");
  });

  it("'giúp tôi' is the asker, not a word of a title", async () => {
    const answer = await reply("Thông báo kết luận phiên họp BCĐ ngày 25/7 có tất cả bao nhiêu nhiệm vụ? Kể ra giúp tôi");
    for (const code of ["KL23-01", "KL23-02", "KL23-03", "KL23-04"]) expect(answer).toContain(code);
    expect(answer).not.toContain('nội dung "tôi"');
  });

  it("a unit's tasks listed with 'tiến độ từng việc' give each one's progress", async () => {
    const answer = await as("nuithanh-chu-tich", "Huyện tôi chủ trì những nhiệm vụ CCHC nào, tiến độ từng việc ra sao?");
    expect(answer).toMatch(/CCHC23-17 · .* · tiến độ 40%/);
    expect(answer).toMatch(/CCHC23-19 · .* · tiến độ 0%/);
    expect(answer).not.toContain("CCHC23-16");
  });
});
