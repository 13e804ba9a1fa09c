/**
 * Assignments by chat (issue #11, item 4) on the demo data in a real database (SQLite and PostgreSQL): the draft shown first and
 * nothing created before "xác nhận"; the task made in the year's plan of assignments and the unit told through
 * the reminder outbox (a delivery with the task as item 1, in working hours); who may; questions about
 * assignments left to the answers.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAssignmentChat } from "../../../src/app/assignments/chat.js";
import type { FeatureOutcome } from "../../../src/app/chat-feature.js";
import type { InboundMessage } from "../../../src/app/messages.js";
import { createWorkingCalendar } from "../../../src/core/calendar/index.js";
import { DEFAULT_POLICY } from "../../../src/core/reminders/index.js";
import { createOutboxStore } from "../../../src/db/stores/outbox-store.js";
import { createPeopleStore } from "../../../src/db/stores/people-store.js";
import { createPlanImportStore } from "../../../src/db/stores/plan-import-store.js";
import { createTaskCommandStore } from "../../../src/db/stores/task-command-store.js";
import { createTranslator } from "../../../src/infra/i18n.js";
import { type TestDatabase, freshPostgres, freshSqlite } from "../../support/databases.js";

const translate = createTranslator();
// A Tuesday evening: the unit is told the next working morning.
const NOW = new Date("2023-07-25T19:00:00+07:00");

for (const [provider, open] of [["SQLite", freshSqlite], ["PostgreSQL", freshPostgres]] as const) describe(`assignments by chat (${provider})`, () => {
  let test: TestDatabase;
  let chat: ReturnType<typeof createAssignmentChat>;
  const text = (o: FeatureOutcome | undefined) => (o ? o.replies.map((r) => translate(o.locale, r)).join("\n") : "(not handled)");
  const say = (who: string, body: string) => chat.handle({ channel: "telegram", chatId: `c-${who}`, sender: { id: who }, text: body, receivedAt: NOW } satisfies InboundMessage, NOW);
  const tasks = () => test.database.db.task.count();

  beforeAll(async () => {
    test = await open({ demo: true });
    const db = test.database.db;
    const people = createPeopleStore(db);
    const stttt = await db.unit.findFirstOrThrow({ where: { name: "Sở Thông tin và Truyền thông" } });
    await db.chatBinding.create({ data: { channel: "telegram", chatId: "-100777", unitId: stttt.id, isGroup: true } });
    chat = createAssignmentChat({
      store: createPlanImportStore(db, test.database.provider),
      people: { personByIdentity: (_c, id) => people.personByKey(id) },
      translate,
      notify: { outbox: createOutboxStore(db, test.database.provider), chatsOfUnit: (id) => createTaskCommandStore(db).chatsOfUnit(id), calendar: createWorkingCalendar(), policy: DEFAULT_POLICY },
    });
  });
  afterAll(async () => test?.cleanup());

  it("shows the draft, creates the task only on 'xác nhận', and tells the unit through the outbox", async () => {
    const before = await tasks();
    const chats = await test.database.db.chatBinding.count({ where: { unit: { name: "Sở Thông tin và Truyền thông" }, active: true } });
    const draft = await say("chu-tich", "giao Sở TTTT chủ trì rà soát các thủ tục hành chính chưa số hóa, phối hợp với Sở Nội vụ và Sở Tư pháp, hạn 30/9");
    expect(text(draft).split("\n")).toEqual([
      "Dự thảo giao việc (chưa tạo):",
      "- Nhiệm vụ: Rà soát các thủ tục hành chính chưa số hóa",
      "- Chủ trì: Sở Thông tin và Truyền thông; phối hợp: Sở Nội vụ, Sở Tư pháp",
      "- Hạn: 30/9/2023",
      "- Kế hoạch: Nhiệm vụ lãnh đạo giao qua Nhắc việc năm 2023 (tạo mới cùng nhiệm vụ này)",
      'Trả lời "xác nhận" để giao và báo cho đơn vị, hoặc "hủy" để bỏ.',
    ]);
    expect(draft!.suggestions).toEqual(["xác nhận", "hủy"]);
    expect(await tasks()).toBe(before);
    const done = await say("chu-tich", "xác nhận");
    expect(text(done)).toBe(`Đã giao GV23-01 cho Sở Thông tin và Truyền thông (kế hoạch GV23).\nĐã báo cho Sở Thông tin và Truyền thông (${chats} tài khoản, nhóm nhận nhắc việc); tin sẽ đi trong giờ làm việc ngày 26/7/2023.`);
    const task = await test.database.db.task.findUniqueOrThrow({ where: { code: "GV23-01" }, include: { plan: true, leadUnit: true, cooperators: { include: { unit: true } } } });
    expect([task.title, task.leadUnit.name, task.deadline, task.plan.kind, task.cooperators.map((c) => c.unit.name).sort()]).toEqual(["Rà soát các thủ tục hành chính chưa số hóa", "Sở Thông tin và Truyền thông", "2023-09-30", "conclusion", ["Sở Nội vụ", "Sở Tư pháp"]]);
    expect(await test.database.db.delivery.count({ where: { items: { some: { taskId: task.id } } } })).toBe(chats);
    const delivery = await test.database.db.delivery.findFirstOrThrow({ where: { chatId: "-100777" }, include: { items: true } });
    expect(delivery.kind).toBe("reminder_nudge");
    expect(delivery.items.map((i) => [i.number, i.taskId])).toEqual([[1, task.id]]);
    expect(delivery.text.split("\n")[0]).toBe("[Giao việc] Lê Trí Thanh giao Sở Thông tin và Truyền thông chủ trì:");
    expect(delivery.text).toContain('"xong 1"');
    // A second assignment goes into the same plan of the year.
    await say("giam-doc-snv", "giao Sở Tư pháp rà soát văn bản quy phạm pháp luật về số hóa trước 15/10");
    expect(text(await say("giam-doc-snv", "xác nhận")).split("\n")[0]).toBe("Đã giao GV23-02 cho Sở Tư pháp (kế hoạch GV23).");
  });

  it("refuses a unit politely and leaves questions about assignments alone", async () => {
    const before = await tasks();
    expect(text(await say("stp-chuyen-vien", "giao Sở TTTT chủ trì rà soát thủ tục, hạn 30/9"))).toBe("Xin lỗi, chỉ lãnh đạo và cơ quan thường trực được giao việc cho đơn vị. Đồng chí có thể đề xuất qua cơ quan thường trực.");
    for (const question of ["giao cho ai", "giao cho ai rà soát thủ tục?", "sở tttt được giao việc gì", "Sở TTTT được giao những việc nào", "giao việc gì cho Sở TTTT?", "đã giao Sở TTTT việc rà soát chưa", "giao bien che cong chuc nam 2023 xong chua, ngay nao", "Giao biên chế công chức năm 2023 theo quyết định nào", "giao Sở TTTT việc gì", "Giao thêm nhiệm vụ mới cho Sở Y tế: số hóa hồ sơ bệnh án"]) {
      expect(await say("chu-tich", question), question).toBeUndefined();
    }
    expect(await tasks()).toBe(before);
  });

  it("asks for what is missing and creates nothing: a deadline, a known unit, a day to come; 'hủy' drops a draft", async () => {
    const before = await tasks();
    expect(text(await say("chu-tich", "giao Sở Tư pháp rà soát văn bản"))).toBe('Chưa có hạn cho việc giao Sở Tư pháp: "Rà soát văn bản". Xin gửi lại kèm hạn, ví dụ ", hạn 30/9". Chưa giao việc nào.');
    expect(text(await say("chu-tich", "giao Sở Du lịch chủ trì quảng bá điểm đến, hạn 30/9")).split("\n")[0]).toMatch(/^Không nhận ra đơn vị "Sở Du lịch" ở đầu câu\. Có phải: Sở Văn hóa, Thể thao và Du lịch[;?]/u);
    expect(text(await say("chu-tich", "giao Sở Tư pháp rà soát văn bản, hạn 20/7/2023"))).toBe("Hạn 20/7/2023 đã qua: xin gửi lại với một hạn sau hôm nay. Chưa giao việc nào.");
    await say("chu-tich", "giao Sở Tư pháp rà soát văn bản, hạn 30/8 (kế hoạch CCHC23)");
    expect(text(await say("chu-tich", "hủy"))).toBe("Đã hủy: chưa giao việc nào.");
    expect(await say("chu-tich", "xác nhận")).toBeUndefined();
    expect(await tasks()).toBe(before);
  });
});
