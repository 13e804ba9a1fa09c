import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeButton } from "../../../src/channels/telegram/callback-data.js";
import { bindGroup, buttonPress, groupText, onboard, privateText, sendReminder, telegramHarness, type TelegramHarness } from "../../support/telegram.js";

/**
 * Reminders on Telegram: HTML with four buttons per item, every button, replies to a reminder in a private
 * chat and in a group, the edit after completion, and what must be refused without touching a task.
 */
let h: TelegramHarness;
const officer = { id: 2001, first_name: "Nguyễn Hữu Phước" };
const groupAdmin = { id: 2002, first_name: "Võ Đình Hưng" };
const other = { id: 3001, first_name: "Lê Thị Hồng Nhung" };
const stranger = { id: 9001, first_name: "Khách" };
const CAT_GROUP = -100500;

beforeAll(async () => {
  h = await telegramHarness();
  await onboard(h, officer, "CAT", "unit_officer");
  await onboard(h, other, "STP", "unit_officer");
  await bindGroup(h, CAT_GROUP, groupAdmin, "CAT");
});
afterAll(() => h.cleanup());

const task = (code: string) => h.runtime.database.db.task.findUniqueOrThrow({ where: { code } });
const buttonsOf = (payload: Record<string, unknown>) =>
  ((payload.reply_markup as { inline_keyboard?: Array<Array<{ text: string; callback_data: string }>> } | undefined)?.inline_keyboard ?? []).flat();

describe("a reminder as sent", () => {
  it("is HTML with the four buttons, callback data of at most 64 bytes", async () => {
    const r = await sendReminder(h, String(officer.id), ["CCHC23-42"]);
    const sent = h.api.sent(String(officer.id)).at(-1)!.payload;
    expect(sent.parse_mode).toBe("HTML");
    expect(String(sent.text)).toMatch(/^<b>Nhắc việc gửi đơn vị/);
    expect(String(sent.text)).toContain("xong &lt;số&gt;");
    const buttons = buttonsOf(sent);
    expect(buttons.map((b) => b.text)).toEqual(["✅ Đã hoàn thành", "📈 Cập nhật tiến độ", "⏳ Xin gia hạn", "📄 Chi tiết"]);
    for (const b of buttons) {
      expect(Buffer.byteLength(b.callback_data)).toBeLessThanOrEqual(64);
      expect(decodeButton(b.callback_data)).toMatchObject({ deliveryId: r.deliveryId, number: 1 });
    }
  });

  it("escapes what the reminder loop composed, and splits text over 4096 characters before formatting", async () => {
    const long = ["Nhắc <việc> & đơn vị", ...Array.from({ length: 120 }, (_, i) => `${i + 1}. dòng <${"x".repeat(40)}> & "trích"`)].join("\n");
    const before = h.api.sent(String(officer.id)).length;
    await sendReminder(h, String(officer.id), ["CCHC23-42"], long);
    const parts = h.api.sent(String(officer.id)).slice(before);
    expect(parts.length).toBe(2);
    for (const p of parts) {
      const visible = String(p.payload.text).replace(/<\/?b>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
      expect(visible.length).toBeLessThanOrEqual(4096);
      expect(String(p.payload.text)).not.toMatch(/<(?!\/?b>)/);
    }
    expect(String(parts[0]!.payload.text)).toMatch(/^<b>Nhắc &lt;việc&gt; &amp; đơn vị<\/b>/);
    // The buttons ride on the last part, whose id the outbox records.
    expect(buttonsOf(parts[0]!.payload)).toHaveLength(0);
    expect(buttonsOf(parts[1]!.payload)).toHaveLength(4);
  });
});

describe("the buttons", () => {
  it("📄 shows the task", async () => {
    const r = await sendReminder(h, String(officer.id), ["CCHC23-42"]);
    const mark = h.api.calls.length;
    await h.send(buttonPress(officer.id, officer, r.messageId, `i:${r.deliveryId}:1`));
    expect(h.api.calls.slice(mark).some((c) => c.method === "answerCallbackQuery")).toBe(true);
    expect(h.api.textsSince(mark, String(officer.id))).toContain("CCHC23-42: Đề án 06");
  });

  it("📈 asks for the progress, and the answer to that question updates the task", async () => {
    const r = await sendReminder(h, String(officer.id), ["CCHC23-42"]);
    await h.send(buttonPress(officer.id, officer, r.messageId, `p:${r.deliveryId}:1`));
    const prompt = h.api.sent(String(officer.id)).at(-1)!;
    expect(String(prompt.payload.text)).toContain("CCHC23-42");
    expect(prompt.payload.reply_markup).toMatchObject({ force_reply: true });
    await h.send(privateText(officer, "65", { message_id: h.api.lastMessageId(String(officer.id)) }));
    expect((await task("CCHC23-42")).progress).toBe(65);
    // With a note after the percent: the typed command carries it.
    await h.send(buttonPress(officer.id, officer, r.messageId, `p:${r.deliveryId}:1`));
    await h.send(privateText(officer, "70% - đã trình UBND tỉnh dự thảo", { message_id: h.api.lastMessageId(String(officer.id)) }));
    expect((await task("CCHC23-42")).progress).toBe(70);
    const event = await h.runtime.database.db.taskEvent.findFirstOrThrow({ where: { task: { code: "CCHC23-42" } }, orderBy: { id: "desc" } });
    expect(JSON.stringify(event)).toContain("đã trình UBND tỉnh dự thảo");
  });

  it("⏳ asks for a new deadline, and the answer files an extension request", async () => {
    const r = await sendReminder(h, String(officer.id), ["CCHC23-42"]);
    await h.send(buttonPress(officer.id, officer, r.messageId, `e:${r.deliveryId}:1`));
    await h.send(privateText(officer, "đến 31/10/2023 vì chờ Bộ Công an hướng dẫn", { message_id: h.api.lastMessageId(String(officer.id)) }));
    const requests = await h.runtime.database.db.extensionRequest.findMany({ where: { task: { code: "CCHC23-42" } } });
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ newDeadline: "2023-10-31", status: "pending" });
  });

  it("an answer to ⏳ or 📈 that lacks what was asked says what is missing and changes nothing", async () => {
    const before = await task("CCHC23-40");
    const r = await sendReminder(h, String(officer.id), ["CCHC23-40"]);
    await h.send(buttonPress(officer.id, officer, r.messageId, `e:${r.deliveryId}:1`));
    await h.send(privateText(officer, "đến 31/10/2023", { message_id: h.api.lastMessageId(String(officer.id)) }));
    expect(h.api.lastText(String(officer.id))).toContain("Xin nêu lý do đề nghị gia hạn");
    await h.send(buttonPress(officer.id, officer, r.messageId, `p:${r.deliveryId}:1`));
    await h.send(privateText(officer, "đang trình UBND tỉnh", { message_id: h.api.lastMessageId(String(officer.id)) }));
    expect(h.api.lastText(String(officer.id))).toContain("Xin ghi tiến độ bằng tỷ lệ phần trăm");
    expect(await task("CCHC23-40")).toEqual(before);
    expect(await h.runtime.database.db.extensionRequest.count({ where: { task: { code: "CCHC23-40" } } })).toBe(0);
  });

  it("✅ closes the task, and the reminder is edited to show who closed it and when", async () => {
    const r = await sendReminder(h, String(officer.id), ["CCHC23-42"]);
    const mark = h.api.calls.length;
    await h.send(buttonPress(officer.id, officer, r.messageId, `d:${r.deliveryId}:1`));
    const t = await task("CCHC23-42");
    expect(t.status).toBe("done");
    const calls = h.api.calls.slice(mark);
    expect(calls.find((c) => c.method === "answerCallbackQuery")).toBeDefined();
    const edit = calls.find((c) => c.method === "editMessageText" && c.payload.message_id === r.messageId);
    expect(String(edit?.payload.text)).toContain("✅ CCHC23-42: Nguyễn Hữu Phước báo hoàn thành lúc");
    expect(buttonsOf(edit!.payload)).toHaveLength(0);
  });
});

describe("replies to a reminder", () => {
  it("in a private chat: \"xong, VB số …\" closes the task with its evidence", async () => {
    const r = await sendReminder(h, String(officer.id), ["CCHC23-40"]);
    await h.send(privateText(officer, "xong, VB số 45/CAT-PC06", { message_id: r.messageId }));
    const t = await task("CCHC23-40");
    expect(t.status).toBe("done");
    expect(t.evidence).toBe("VB số 45/CAT-PC06");
    const edit = h.api.of("editMessageText").at(-1)!;
    expect(edit.payload.message_id).toBe(r.messageId);
    expect(String(edit.payload.text)).toContain("✅ CCHC23-40: Nguyễn Hữu Phước");
  });

  it("in a group: the reply is threaded under the officer's message and the task closes", async () => {
    const r = await sendReminder(h, String(CAT_GROUP), ["CCHC23-42", "CCHC23-40"]);
    await h.runtime.database.db.task.update({ where: { code: "CCHC23-42" }, data: { status: "in_progress", completedAt: null } });
    const mark = h.api.calls.length;
    // Items are numbered in code order: 1 is CCHC23-40, 2 is CCHC23-42.
    const update = groupText(CAT_GROUP, officer, "xong 2, công văn 88/CAT", { replyTo: { message_id: r.messageId } });
    await h.send(update);
    expect((await task("CCHC23-42")).status).toBe("done");
    const answer = h.api.calls.slice(mark).find((c) => c.method === "sendMessage" && String(c.payload.chat_id) === String(CAT_GROUP));
    expect(answer?.payload.reply_parameters).toMatchObject({ message_id: (update.message as { message_id: number }).message_id });
  });

  it("in a group, 📈 asks the person who pressed, by name, and only they get the reply field", async () => {
    const r = await sendReminder(h, String(CAT_GROUP), ["CCHC23-40"]);
    await h.send(buttonPress(CAT_GROUP, officer, r.messageId, `p:${r.deliveryId}:1`));
    const prompt = h.api.sent(String(CAT_GROUP)).at(-1)!.payload;
    expect(String(prompt.text)).toMatch(/^<a href="tg:\/\/user\?id=2001">Nguyễn Hữu Phước<\/a>: 📈 CCHC23-40/);
    expect(prompt.reply_markup).toEqual({ force_reply: true, selective: true });
  });

  it("a reply to a message that is not a reminder changes nothing and gets a clear answer", async () => {
    const before = await task("CCHC23-42");
    await h.send(privateText(officer, "/toi"));
    const notReminder = h.api.lastMessageId(String(officer.id));
    await h.send(privateText(officer, "xong 1", { message_id: notReminder }));
    expect(h.api.lastText(String(officer.id)).length).toBeGreaterThan(0);
    expect(await task("CCHC23-42")).toEqual(before);
  });

  it("an evidence text of 5.000 characters is answered without a crash", async () => {
    const r = await sendReminder(h, String(officer.id), ["CCHC23-37"]);
    const mark = h.api.calls.length;
    await h.send(privateText(officer, `xong, ${"VB 123/STTTT <b>&</b> ".repeat(250)}`, { message_id: r.messageId }));
    expect(h.api.textsSince(mark, String(officer.id)).length).toBeGreaterThan(0);
    expect(h.api.textsSince(mark, String(officer.id))).not.toMatch(/<(?!\/?b>)/);
  });
});

describe("bad buttons", () => {
  it("forged callback data is answered with a refusal and changes nothing", async () => {
    const r = await sendReminder(h, String(officer.id), ["CCHC23-38"]);
    for (const data of ["d:999999:1", "x:1:1", "d:1", "", "d:1:1:1", `d:${r.deliveryId}:9`, "d:-1:1", "a".repeat(64)]) {
      const mark = h.api.calls.length;
      await h.send(buttonPress(officer.id, officer, r.messageId, data));
      const answer = h.api.calls.slice(mark).find((c) => c.method === "answerCallbackQuery");
      expect(answer?.payload).toMatchObject({ show_alert: true, text: "Nút này không còn hiệu lực." });
    }
    // A button of a delivery sent to another chat, pressed here.
    const elsewhere = await sendReminder(h, String(other.id), ["CCHC23-10"]);
    const mark = h.api.calls.length;
    await h.send(buttonPress(officer.id, officer, r.messageId, `d:${elsewhere.deliveryId}:1`));
    expect(h.api.calls.slice(mark).find((c) => c.method === "answerCallbackQuery")?.payload.text).toBe("Nút này không còn hiệu lực.");
    expect((await task("CCHC23-10")).status).toBe("not_started");
    expect((await task("CCHC23-38")).status).toBe("not_started");
  });

  it("a button for a task of another unit is refused", async () => {
    const r = await sendReminder(h, String(other.id), ["CCHC23-11"]);
    // The reminder of Sở Tư pháp, forwarded in spirit: pressed by a Công an officer in the same chat id is impossible,
    // so the foreign press is a Công an officer pressing in the Sở Tư pháp officer's chat (as a group would allow).
    await h.send(buttonPress(other.id, officer, r.messageId, `d:${r.deliveryId}:1`));
    const answer = h.api.of("answerCallbackQuery").at(-1)!;
    expect(answer.payload).toMatchObject({ show_alert: true, text: "Nhiệm vụ này không thuộc đơn vị của người bấm." });
    expect((await task("CCHC23-11")).status).toBe("not_started");
  });

  it("a stranger's press in a chat not bound to a unit is refused", async () => {
    const r = await sendReminder(h, String(stranger.id), ["CCHC23-39"]);
    await h.send(buttonPress(stranger.id, stranger, r.messageId, `d:${r.deliveryId}:1`));
    expect(h.api.of("answerCallbackQuery").at(-1)!.payload).toMatchObject({ show_alert: true });
    expect((await task("CCHC23-39")).status).toBe("not_started");
    // The app's access gate decides, as for a message: the invite text once a day, then a bare answer; both recorded.
    const answered = h.api.of("answerCallbackQuery").length;
    await h.send(buttonPress(stranger.id, stranger, r.messageId, `d:${r.deliveryId}:1`));
    expect(h.api.of("answerCallbackQuery")).toHaveLength(answered + 1);
    expect(h.api.of("answerCallbackQuery").at(-1)!.payload.show_alert).toBeUndefined();
    expect((await task("CCHC23-39")).status).toBe("not_started");
    const turnedAway = await h.runtime.database.db.auditEntry.findMany({ where: { senderId: String(stranger.id), action: "stranger_refused" } });
    expect(turnedAway.map((e) => e.outcome)).toContain("silent");
  });
});

describe("a chat that is gone (403)", () => {
  it("marks the binding inactive, tells the secretariat once, and never retries", async () => {
    const secretariat = { id: 4001, first_name: "Phan Thị Mỹ Linh" };
    await onboard(h, secretariat, "SNV", "secretariat");
    const group = -100777;
    await bindGroup(h, group, { id: 5001, first_name: "Trưởng nhóm" }, "STC");
    h.api.failWith(String(group), { error_code: 403, description: "Forbidden: bot was kicked from the supergroup chat" });
    const mark = h.api.calls.length;
    await h.send(groupText(group, { id: 5001, first_name: "Trưởng nhóm" }, "/tiendo"));
    await h.send(groupText(group, { id: 5001, first_name: "Trưởng nhóm" }, "/tiendo"));
    expect(await h.runtime.onboarding.binding("telegram", String(group))).toMatchObject({ active: false });
    const notices = h.api.calls.slice(mark).filter((c) => c.method === "sendMessage" && String(c.payload.chat_id) === String(secretariat.id));
    expect(notices).toHaveLength(1);
    expect(String(notices[0]!.payload.text)).toContain("Sở Tài chính");
    // One attempt per message the bot wanted to send: no retry loop.
    expect(h.api.calls.slice(mark).filter((c) => String(c.payload.chat_id) === String(group))).toHaveLength(2);
    // The sender answers the reminder loop with a value it acts on (the outbox retires the chat itself).
    expect(await h.telegram.sender.send({ chatId: String(group), text: "x" })).toMatchObject({ ok: false, reason: "chat_unavailable" });
  });

  it("the bot removed from a group retires the binding", async () => {
    await h.send({
      my_chat_member: {
        chat: { id: CAT_GROUP, type: "supergroup", title: "Công an" },
        from: { id: groupAdmin.id, is_bot: false, first_name: "x" },
        date: 1690246800,
        old_chat_member: { status: "member", user: { id: 777000111, is_bot: true, first_name: "bot" } },
        new_chat_member: { status: "kicked", until_date: 0, user: { id: 777000111, is_bot: true, first_name: "bot" } },
      },
    } as never);
    expect(await h.runtime.onboarding.binding("telegram", String(CAT_GROUP))).toMatchObject({ active: false });
  });
});
