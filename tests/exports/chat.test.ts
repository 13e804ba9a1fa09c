/**
 * "/xuatbaocao" in chat: the report as a file for leaders and the secretariat, a polite refusal for others, the
 * command line where the channel cannot send files, and the words of the request read (format, plan, day).
 */
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FeatureOutcome } from "../../src/app/chat-feature.js";
import { createExportChat, parseExportRequest } from "../../src/app/exports/chat.js";
import type { InboundMessage } from "../../src/app/messages.js";
import { createExportStore } from "../../src/db/stores/export-store.js";
import { createPeopleStore } from "../../src/db/stores/people-store.js";
import { createTranslator } from "../../src/infra/i18n.js";
import { type TestDatabase, freshSqlite } from "../support/databases.js";

const translate = createTranslator();
const NOW = new Date("2023-07-25T08:00:00+07:00");

describe("/xuatbaocao", () => {
  let test: TestDatabase;
  let chat: ReturnType<typeof createExportChat>;
  const text = (o: FeatureOutcome | undefined) => (o ? o.replies.map((r) => translate(o.locale, r)).join("\n") : "(not handled)");
  const say = (who: string, body: string, channel = "telegram") => chat.handle({ channel, chatId: `c-${who}`, sender: { id: who }, text: body, receivedAt: NOW } satisfies InboundMessage, NOW);

  beforeAll(async () => {
    test = await freshSqlite({ demo: true });
    const people = createPeopleStore(test.database.db);
    chat = createExportChat({ store: createExportStore(test.database.db), people: { personByIdentity: (_c, id) => people.personByKey(id) }, translate, sendsFiles: (c) => c === "telegram" });
  });
  afterAll(async () => test?.cleanup());

  it("reads the format, the plan and the day asked", () => {
    expect(parseExportRequest("/xuatbaocao")).toEqual({ format: "docx" });
    expect(parseExportRequest("/xuatbaocao xlsx CCHC23 tính đến 30/6/2023")).toEqual({ format: "xlsx", plan: "CCHC23", asOf: "2023-06-30" });
    expect(parseExportRequest("xuất báo cáo excel kế hoạch cải cách hành chính năm 2023")).toEqual({ format: "xlsx", plan: "cải cách hành chính năm 2023" });
    expect(parseExportRequest("/xuatbaocao docx đến 31/6/2023")).toEqual({ format: "docx", badDate: "31/6/2023" });
    expect(parseExportRequest("báo cáo tiến độ tuần này")).toBeUndefined();
  });

  it("sends the workbook to a leader, as of today by default", async () => {
    const sent = await say("chu-tich", "/xuatbaocao xlsx");
    // Every active plan: the CCHC plan and the Chairman's conclusions of 25/7/2023 (4 tasks, none overdue).
    expect(text(sent)).toBe("Đã xuất bảng tính Kế hoạch cải cách hành chính năm 2023; Kết luận của Chủ tịch UBND tỉnh tại phiên họp Ban Chỉ đạo ngày 25/7/2023, tính đến 25/7/2023: 47 nhiệm vụ, 6 quá hạn, 12 số liệu chỉ số, 0 đề nghị gia hạn.");
    expect(sent!.file!.name).toBe("bao-cao-CCHC23-KL23-2023-07-25.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(sent!.file!.bytes as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets).toHaveLength(4);
    expect((await say("giam-doc-snv", "/xuatbaocao"))!.file!.name).toBe("bao-cao-CCHC23-KL23-2023-07-25.docx");
  });

  it("refuses a unit politely, says what to do where files cannot go, and names a wrong day", async () => {
    expect(text(await say("stp-chuyen-vien", "/xuatbaocao"))).toBe('Xin lỗi, chỉ lãnh đạo và cơ quan thường trực được xuất báo cáo. Đồng chí có thể hỏi "tiến độ kế hoạch" để xem tình hình.');
    const zalo = await say("chu-tich", "/xuatbaocao xlsx", "zalo");
    expect(text(zalo)).toBe("Kênh Zalo chưa gửi được tệp. Đề nghị dùng Telegram, hoặc nhờ quản trị chạy: npm run export -- --format xlsx");
    expect(zalo!.file).toBeUndefined();
    expect(text(await say("chu-tich", "/xuatbaocao đến 31/6/2023")).split("\n")[0]).toBe('Ngày "31/6/2023" không hợp lệ: hãy viết như 25/7/2023.');
  });
});
