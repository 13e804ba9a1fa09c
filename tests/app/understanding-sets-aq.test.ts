import { describe, expect, it } from "vitest";
import { demoConversation } from "../support/demo-app.js";

/**
 * The families of the misses of blind sets AP, AQ and AR (session 13), each asked in more than one wording,
 * through the whole pipeline on the demo data (25/7/2023 08:00).
 */
describe("families found by blind sets AP, AQ and AR", () => {
  const { reply, as } = demoConversation();

  it("a word of a figure's name negated gets no figure: the figure is what the question leaves out", async () => {
    const asked = {
      "Có bao nhiêu lượt thanh toán trực tuyến bị lỗi, không thành công?": "lượt thanh toán trực tuyến bị lỗi, không thành công",
      "so luot thanh toan truc tuyen khong thanh cong": "so luot thanh toan truc tuyen khong thanh cong",
      "bao nhiêu lượt thanh toán trực tuyến thất bại": "lượt thanh toán trực tuyến thất bại",
    };
    for (const [question, named] of Object.entries(asked)) {
      const answer = await reply(question);
      expect(answer, question).toContain(`Chưa có số liệu về "${named}"`);
      expect(answer, question).not.toContain("3.048");
    }
    const english = await reply("How many online payments failed?");
    expect(english).toContain("There are no figures on");
    expect(english).not.toContain("3.048");
    // Not negated, the figure is the answer; a stated total's remainder is computed; "chưa kích hoạt" is the
    // accounts issued less those activated, each figure named in the reply.
    expect(await reply("có bao nhiêu lượt thanh toán trực tuyến thành công")).toContain("3.048");
    expect(await reply("còn mấy kết nối chưa hoàn thành")).toContain("2");
    expect(await reply("còn bao nhiêu tài khoản định danh chưa kích hoạt")).toContain("186.158");
    // "có … không" asks; "không" after a comma negates nothing of the name.
    expect(await reply("thanh toán trực tuyến có thành công không, bao nhiêu lượt")).toContain("3.048");
  });

  it("a figure set aside in parentheses does not choose the figure", async () => {
    for (const question of ["So tai khoan dinh danh dien tu da duoc cap (ko phai so da kich hoat) la bao nhieu?", "Số tài khoản định danh điện tử (không phải số đã kích hoạt) là bao nhiêu"]) {
      const answer = await reply(question);
      expect(answer, question).toContain("633.404");
      expect(answer, question).not.toContain("447.246");
    }
  });

  it("how to do something gets no figure; how to raise a figure is the tasks about it", async () => {
    for (const question of ["toi thanh toan tien dien online bi loi thi lam sao", "tôi muốn kích hoạt tài khoản định danh thì làm thế nào"]) {
      const answer = await reply(question);
      expect(answer, question).toContain("ngoài phạm vi hỗ trợ");
      expect(answer, question).not.toMatch(/859|447\.246|3\.048/);
    }
    const raise = await reply("làm thế nào để tăng tỷ lệ hồ sơ trực tuyến");
    expect(raise).toContain("KL23-01");
    expect(raise).not.toContain("64%");
    expect(await reply("lam sao de nang ty le kich hoat tai khoan dinh danh")).toContain("CCHC23-40");
  });

  it("'hạn cuối', 'ngày mấy' and 'giao ai' ask a task's deadline and lead", async () => {
    for (const question of ["tinh gian bien che 2023 han cuoi la ngay may", "nhiem vu tinh gian bien che han cuoi la ngay may"]) {
      const answer = await reply(question);
      expect(answer, question).toContain("CCHC23-24");
      expect(answer, question).toContain("Hạn: 15/12/2023");
    }
    const assigned = await reply("kiem tra cong tac cchc 2023 giao ai");
    expect(assigned).toContain("CCHC23-06");
    expect(assigned).toContain("Chủ trì: Sở Nội vụ");
  });

  it("'có mấy nv, cái nào đang trễ' is two questions: the count with every task, and the late ones named", async () => {
    const asked = { "Sở Tài chính có mấy nv, cái nào đang trễ": ["CCHC23-31", "CCHC23-32", "CCHC23-33", "Quá hạn: CCHC23-32"], "ubnd huyện Núi Thành chủ trì nv nào, có cái nào trễ ko": ["CCHC23-17", "CCHC23-19", "Quá hạn: CCHC23-17"] };
    for (const [question, expected] of Object.entries(asked)) {
      const answer = await reply(question);
      for (const text of expected) expect(answer, question).toContain(text);
    }
    // "Trong các việc hoàn thành trễ, việc nào trễ nhiều nhất": one question about those, not a second one.
    const latest = await reply("Trong các việc hoàn thành trễ, việc nào trễ nhiều nhất?");
    expect(latest).not.toContain("43 nhiệm vụ");
  });

  it("'A chiếm bao nhiêu % so với B' is A's share of B", async () => {
    const answer = await reply("so tk da kich hoat chiem bao nhieu % so voi so tk da cap");
    expect(answer).toContain("70,6%");
    expect(answer).toContain("447.246");
    expect(answer).toContain("633.404");
  });

  it("'tại các cq' is the agencies of a title; 'CA tỉnh chủ trì' is the police, not the whole province", async () => {
    const inspection = await reply("kiem tra cong tac cchc 2023 tai cac cq giao ai, han bao gio");
    expect(inspection).toContain("CCHC23-06");
    expect(inspection).toContain("Hạn: 30/11/2023");
    const police = await reply("tien do nv kick hoat tk dinh danh do CA tinh chu tri dc bn %");
    expect(police).toContain("Công an tỉnh Quảng Nam");
    // Several tasks found by the title's words: each with its own progress.
    expect(police).toContain("CCHC23-40 (tiến độ 60%)");
    // "CA tỉnh báo cáo … kích hoạt bao nhiêu" asks the province's figure, which the police report.
    expect(await reply("CA tinh bao cao so tai khoan dinh danh kich hoat toi 18/7 la bao nhieu")).toContain("447.246");
  });

  it("a year not held, compared with this year, says that year is missing (not this year's levels)", async () => {
    const answer = await reply("ty le ho so truc tuyen nam 2022 cua tinh la bn de so sanh vs nam nay");
    expect(answer).toContain("Chưa có số liệu về tỷ lệ hồ sơ trực tuyến cho 1/1–31/12/2022");
    expect(answer).not.toContain("66,06%");
  });

  it("shares and differences: a set-aside clause relates nothing, the question's own noun names nothing", async () => {
    expect(await reply("kich hoat dc bao nhieu % so voi so tk da cap (ko phai so voi chi tieu nhe)")).toContain("70,6%");
    const difference = await reply("ho so tao lap nhieu hon so tk duoc cap la bn ho so");
    expect(difference).toContain("85.334");
  });

  it("'vướng/tạm dừng' are two words; 'trễ hạn ko, trễ bn ngày' is no 'không trễ'; 'tp Tam Kỳ' is no title word", async () => {
    const blocked = await reply("viec nao dang bi vuong/tam dung vay, ly do gi");
    expect(blocked).toContain("CCHC23-22");
    const late = await as("cat-giam-doc", "don vi toi co viec nao hoan thanh tre han ko, tre bn ngay");
    expect(late).toContain("CCHC23-41");
    expect(late).not.toContain("đúng hạn");
    const city = await reply("tp tam ky chu tri nhung nv nao, tien do tung viec ra sao");
    for (const code of ["CCHC23-16", "CCHC23-18", "CCHC23-43"]) expect(city).toContain(code);
    expect(city).not.toContain("có nội dung");
    // "cấp huyện Quảng Nam": the level stays the level.
    expect(await reply("ty le hstt cap huyen quang nam 6 thang dau nam 2023")).toContain("18,05%");
  });

  it("'H1 2023', 'first half of 2023' are the first half year", async () => {
    for (const question of ["What was the district-level online dossier rate in H1 2023?", "district online dossier rate first half of 2023"]) {
      const answer = await reply(question);
      expect(answer, question).toContain("18,05%");
      expect(answer, question).not.toContain("did not understand");
    }
  });

  it("'trong số A thì bao nhiêu % B' is B's share of A; 'việc nào đang trễ, đạt bao nhiêu %' each one's progress", async () => {
    const share = await reply("trong so tk dinh danh da cap thi bao nhieu phan tram nguoi dan da kich hoat (tinh den 18/7)");
    expect(share).toContain("70,6%");
    expect(share).not.toContain("60,58%");
    const progress = await as("tamky-chu-tich", "thanh pho minh viec nao dang tre han, dat bao nhieu % roi");
    expect(progress).toContain("CCHC23-16");
    expect(progress).toContain("tiến độ: 70%");
    expect(progress).not.toContain("1/43");
  });

  it("the words those rules read are not read elsewhere (the review's examples)", async () => {
    // "lời", "lỗi" of courtesy, "đạt" (of "cài đặt"), "chị" (of "chỉ tiêu") are no negation of a figure's name.
    expect(await reply("Trả lời giúp em số lượt thanh toán trực tuyến")).toContain("3.048");
    expect(await reply("Xin lỗi, cho hỏi số lượt thanh toán online")).toContain("3.048");
    expect(await reply("Xếp hạng VNeID chưa đạt top 20 à?")).toContain("28/63");
    expect(await reply("Tỷ lệ kích hoạt đạt chưa chị")).toContain("60,58%");
    // "Hướng dẫn cách tính" asks a definition, not how to do something.
    expect(await reply("Hướng dẫn cách tính tỷ lệ hồ sơ trực tuyến")).toContain("Cách tính");
    // "Các nv của Sở Nội vụ, cái nào đang trễ": one question, the late ones.
    expect(await reply("Các nv của Sở Nội vụ, cái nào đang trễ?")).not.toContain("15 nhiệm vụ");
    // A level before the province's name stays a level.
    expect(await reply("tỷ lệ hồ sơ trực tuyến cấp huyện, thị xã, thành phố Quảng Nam")).toContain("18,05%");
  });
});
