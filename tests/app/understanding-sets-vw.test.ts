import { describe, expect, it } from "vitest";
import { demoConversation } from "../support/demo-app.js";

/**
 * The families of the misses of blind sets V, W, X and Y (session 6), each asked in more than one wording, through
 * the whole pipeline on the demo data (25/7/2023 08:00).
 */
describe("families found by blind sets V, W, X and Y", () => {
  const { reply, as } = demoConversation();

  it("'việc 21', 'việc 40' name the plan's task of that number; 'việc 10 ngày tới' does not", async () => {
    expect(await reply("viec 21 sao hoan thanh cham vay")).toContain("thông tư hướng dẫn muộn");
    expect(await reply("xem giup viec 40 con may ngay, neu tre thi bao a")).toContain("Hạn: 31/7/2023 (còn 6 ngày)");
    const asked = await reply("Đóng việc 36 được chưa, mới xong 8/10 kết nối mà?");
    expect(asked).toContain("CCHC23-36");
    expect(asked).not.toMatch(/đã cập nhật|đã đánh dấu/);
    expect(await reply("có mấy việc 10 ngày tới hết hạn")).toContain("CCHC23-40");
  });

  it("'việc tới hạn' is tasks falling due, not the asker's own tasks", async () => {
    const answer = await reply("Tháng 11 có bao nhiêu việc tới hạn, kể ra giúp anh");
    expect(answer).toContain("7 nhiệm vụ");
    expect(answer).toContain("CCHC23-39");
    expect(answer).not.toContain("Chưa xác định được đơn vị của người hỏi");
  });

  it("two figures asked in one message are each given at the level its own part names", async () => {
    const answer = await reply(
      "Chào em, chiều nay anh phải lên họp BCĐ mà chưa kịp đọc báo cáo, em cho anh hỏi nhanh tỷ lệ hồ sơ trực tuyến cấp huyện đang là bao nhiêu, với lại tài khoản định danh kích hoạt được bao nhiêu rồi nhé",
    );
    expect(answer).toContain("18,05%");
    expect(answer).toContain("447.246");
    expect(answer).not.toContain("64%");
    const programme = await reply("Tổng quan giúp anh mấy số Đề án 06: hồ sơ tạo lập, tài khoản được cấp, đã kích hoạt");
    for (const figure of ["718.738", "633.404", "447.246"]) expect(programme).toContain(figure);
  });

  it("a target quoted by its value or its date asks whether it is met", async () => {
    for (const question of ["31/7 đã kích hoạt được 738.291 tài khoản chưa?", "con bao nhieu tk nua moi dat 738.291"]) {
      const answer = await reply(question);
      expect(answer, question).toContain("447.246");
      expect(answer, question).toContain("còn thiếu 291.045");
    }
    // The accounts created set against the activation target: not the activation gap.
    expect(await reply("SO TK DINH DANH DA CAP CO DU DAT CHI TIEU KICH HOAT 738.291 KHONG, THIEU BAO NHIEU")).not.toContain("291.045");
  });

  it("a count quoted in thousands is that figure", async () => {
    const answer = await reply("so lieu kich hoat 447 nghin tk la tinh den ngay nao");
    expect(answer).toContain("18/7/2023");
    expect(answer).not.toContain("Chưa hiểu");
  });

  it("an area's name followed by more words of a title names that task", async () => {
    const answer = await reply("viec tuyen truyen cchc tren bao, dai dat bao nhieu roi");
    expect(answer).toContain("CCHC23-05");
    expect(answer).toContain("45%");
    // The area alone stays a filter.
    expect(await reply("lĩnh vực tuyên truyền còn mấy việc chưa xong")).toContain("2 nhiệm vụ");
  });

  it("words of a title with the asker's unit are looked for among that unit's tasks", async () => {
    const answer = await as("nuithanh-chu-tich", "Công khai TTHC ở huyện mình tới đâu rồi?");
    expect(answer).toContain("CCHC23-17");
    expect(answer).toContain("40%");
    expect(answer).not.toContain("CCHC23-16");
  });

  it("'đang chậm' is overdue, and 'vì sao' gets the task's notes", async () => {
    const answer = await as("stc-chuyen-vien", "Việc nào của sở mình đang chậm, vì sao vậy?");
    expect(answer).toContain("CCHC23-32");
    expect(answer).toContain("chưa gửi");
    expect(answer).not.toContain("CCHC23-31");
  });

  it("talk around a question is neither a title nor a filter", async () => {
    const answer = await reply("a dang di cong tac, e xem giup trong ke hoach co viec nao qua han ma van chua trien khai gi het ko, tien cho a hoi luon viec do so nao chu tri");
    expect(answer).toContain("CCHC23-32");
    expect(answer).toContain("Sở Tài chính");
    expect(answer).not.toContain("có nội dung");
    expect(answer).not.toContain("khối sở");
  });

  it("a task by title inside 'trong kế hoạch', the plan's focal point, and the centre by its shorthand", async () => {
    expect(await reply("giai ngan von dau tu cong trong ke hoach tien do bnhieu %")).toContain("CCHC23-34");
    expect(await reply("Kế hoạch CCHC 2023 do cơ quan nào làm đầu mối theo dõi?")).toContain("Cơ quan thường trực theo dõi kế hoạch: Sở Nội vụ");
    for (const question of ["TT phục vụ HCC tỉnh được giao việc gì", "tt phuc vu hcc tinh co viec gi"]) expect(await reply(question), question).toContain("CCHC23-20");
  });

  it("'bộ máy' (folded 'bo may') asks no second quantity: the state asked is kept", async () => {
    for (const question of ["cải cách tổ chức bộ máy có mấy nhiệm vụ chưa bắt đầu", "cai cach to chuc bo may co may nv chua bat dau"]) {
      const answer = await reply(question);
      expect(answer, question).toContain("CCHC23-23");
      expect(answer, question).toContain("CCHC23-24");
      expect(answer, question).not.toContain("CCHC23-21");
    }
  });

  it("words taken for a title that no task has do not hide the filters asked, nor its state", async () => {
    const due = await reply("sắp tới anh đi công tác dài ngày, em xem giúp anh những nhiệm vụ nào phải xong trước 30/9 để anh còn đôn đốc các đơn vị nhé");
    for (const code of ["CCHC23-40", "CCHC23-14", "CCHC23-27", "CCHC23-42"]) expect(due).toContain(code);
    const notFound = await reply("những nhiệm vụ về đường cao tốc của Sở Nội vụ còn dang dở");
    expect(notFound).toContain('Không tìm thấy nhiệm vụ có nội dung "đường cao tốc"');
    expect(notFound).toContain("7 nhiệm vụ");
    expect(notFound).not.toContain("CCHC23-25"); // done: not "còn dang dở"
    const listed = await reply("Xuat danh sach nhiem vu So Noi vu chu tri con dang do");
    expect(listed).toContain("7 nhiệm vụ");
    expect(listed).not.toContain("CCHC23-25");
  });

  it("tasks found by their titles are counted themselves, never as the whole plan", async () => {
    const answer = await reply("vị trí việc làm: tiến độ, hạn");
    expect(answer).toContain("CCHC23-27");
    expect(answer).toContain("70%");
    expect(answer).not.toContain("43 nhiệm vụ");
  });

  it("a task's notes asked with its title, and the asker's unit left out of the title's words", async () => {
    const notes = await reply("viec tuyen truyen CCHC tren bao, dai tien do bao nhieu, co ghi chu gi khong em");
    expect(notes).toContain("CCHC23-05");
    expect(notes).toContain("45%");
    const own = await as("vpub-chuyen-vien", "viec phan cap uy quyen cua VP minh han la ngay nao, tre bao lau roi");
    expect(own).toContain("CCHC23-15");
    expect(own).toContain("30/6/2023");
  });

  it("the figure the asker's unit answers for is that figure, not the unit's task list", async () => {
    for (const question of ["chỉ tiêu kích hoạt tài khoản định danh đơn vị mình phụ trách đạt bao nhiêu rồi", "chỉ tiêu kích hoạt định danh bên tôi phụ trách tới đâu rồi"]) {
      const answer = await as("cat-giam-doc", question);
      expect(answer, question).toContain("447.246");
      expect(answer, question).not.toContain("CCHC23-41");
    }
  });

  it("a figure derived from two others, asked as a share", async () => {
    const answer = await reply("Số tài khoản định danh chưa kích hoạt chiếm bao nhiêu % số đã cấp?");
    expect(answer).toContain("186.158");
    expect(answer).toContain("29,39%");
  });

  it("'giao … cho ai vậy? ai chủ trì' is a question about the task, not an assignment", async () => {
    const answer = await as("chu-tich", "Giao nhiem vu CCHC23-06 cho ai vay? ai chu tri");
    expect(answer).toContain("Chủ trì: Sở Nội vụ");
    expect(answer).not.toContain("Chưa giao việc nào");
  });

  it("two counts set apart ('chênh nhau'), one as a share of another ('trong số …, bao nhiêu %'), a threshold, a rate quoted", async () => {
    expect(await reply("Số hồ sơ tạo lập VNeID với số tk đã kích hoạt chênh nhau bao nhiêu")).toContain("271.492");
    expect(await reply("Trong số hồ sơ định danh đã tạo lập, bao nhiêu % đã được cấp tài khoản?")).toContain("88,12%");
    expect(await reply("tong tien tt truc tuyen da dat 1.000 ty chua")).toContain("859 tỷ");
    expect(await reply("Tài khoản định danh điện tử đã kích hoạt được 60% rồi à, cụ thể bao nhiêu tài khoản?")).toContain("447.246");
  });

  it("'nhiệm vụ này ai chủ trì' after a figure is the task behind that figure, or none", async () => {
    const chat = `fig-${Math.random()}`;
    await reply("ket noi VPCP xong may cai", chat);
    expect(await reply("nhiem vu nay ai chu tri?", chat)).toContain("Chủ trì: Sở Thông tin và Truyền thông");
    const money = `fig-${Math.random()}`;
    await reply("tổng tiền thanh toán trực tuyến", money);
    const none = await reply("nhiệm vụ này hạn khi nào", money);
    expect(none).toContain("không có nhiệm vụ nào");
    expect(none).not.toContain("CCHC23-43");
  });

  it("'sao lại dừng?' after a task asks its reason", async () => {
    const chat = `stop-${Math.random()}`;
    await reply("CCHC23-22 là nhiệm vụ gì", chat);
    expect(await reply("sao lại dừng?", chat)).toContain("Tạm dừng");
  });

  it("the plan's own figures quoted back are explained; a number matching nothing held is not guessed at", async () => {
    for (const question of ["14/43 là gì em", "tỷ lệ 32,55% trong báo cáo là tỷ lệ gì vậy"]) {
      const answer = await reply(question);
      expect(answer, question).toContain("của kế hoạch");
      expect(answer, question).toContain("14/43");
    }
    const unknown = await reply("15/43 là gì");
    expect(unknown).toContain("không khớp");
    expect(unknown).not.toContain("14/43");
    expect(await reply("64% là gì")).toContain("Tỷ lệ hồ sơ trực tuyến toàn tỉnh");
  });

  it("the plan named with a slip in any of its words is the plan, not words of a title", async () => {
    const answer = await reply("số nhiệm vụ kế hoạch cải cách hàng chính");
    expect(answer).toContain("14/43");
    expect(answer).not.toContain("có nội dung");
  });

  it("an English question about a level's online rate", async () => {
    expect(await reply("what share of district-level dossiers were filed online")).toContain("18,05%");
  });
});
