import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeDecision } from "../../../src/channels/telegram/decision-data.js";
import { buttonPress, onboard, privateText, telegramHarness, type TelegramHarness } from "../../support/telegram.js";

/**
 * The secretariat's queue on Telegram: /choduyet with a button per decision, approve as a typed action, reject
 * after a prompt for the reason the unit then receives, and the presses that must change nothing.
 */
let h: TelegramHarness;
const secretary = { id: 4001, first_name: "Trần Thị Thu" };
const officer = { id: 4002, first_name: "Võ Thị Thanh Tâm" };
const outsider = { id: 4003, first_name: "Lê Văn Sơn" };

beforeAll(async () => {
  h = await telegramHarness();
  await onboard(h, secretary, "SNV", "secretariat");
  await onboard(h, officer, "NUITHANH", "unit_officer");
  await onboard(h, outsider, "STP", "unit_officer");
});
afterAll(() => h.cleanup());

const request = (id: number) => h.runtime.database.db.extensionRequest.findUniqueOrThrow({ where: { id } });
const buttonsOf = (payload: Record<string, unknown>) =>
  ((payload.reply_markup as { inline_keyboard?: Array<Array<{ text: string; callback_data: string }>> } | undefined)?.inline_keyboard ?? []).flat();

describe("the queue's buttons", () => {
  it("/choduyet lists the request with approve and reject buttons; reject asks the reason, which the unit receives", async () => {
    await h.send(privateText(officer, "xin gia hạn CCHC23-17 đến 31/8/2023 vì chờ hướng dẫn của Bộ"));
    const id = (await h.runtime.database.db.extensionRequest.findFirstOrThrow({ orderBy: { id: "desc" } })).id;
    await h.send(privateText(secretary, "/choduyet"));
    const queue = h.api.sent(String(secretary.id)).at(-1)!.payload;
    expect(String(queue.text)).toContain(`Yêu cầu số ${id} · CCHC23-17`);
    const buttons = buttonsOf(queue);
    expect(buttons.map((b) => b.text)).toEqual([`✅ Duyệt gia hạn số ${id} (CCHC23-17)`, `✖️ Từ chối số ${id}`]);
    for (const b of buttons) expect(Buffer.byteLength(b.callback_data)).toBeLessThanOrEqual(64);
    expect(decodeDecision(buttons[1]!.callback_data)).toMatchObject({ kind: "refuse_extension", requestId: id });

    // A unit officer sees no buttons: deciding is the secretariat's.
    await h.send(privateText(officer, "/choduyet"));
    expect(buttonsOf(h.api.sent(String(officer.id)).at(-1)!.payload)).toHaveLength(0);

    const mark = h.api.calls.length;
    await h.send(buttonPress(secretary.id, secretary, h.api.lastMessageId(String(secretary.id)), buttons[1]!.callback_data));
    const prompt = h.api.sent(String(secretary.id)).at(-1)!.payload;
    expect(String(prompt.text)).toContain(`Yêu cầu gia hạn số ${id}: xin trả lời (reply) tin này với lý do từ chối`);
    expect(prompt.reply_markup).toMatchObject({ force_reply: true });
    expect((await request(id)).status).toBe("pending");
    await h.send(privateText(secretary, "nhiệm vụ đã giao từ đầu năm", { message_id: h.api.lastMessageId(String(secretary.id)) }));
    expect(await request(id)).toMatchObject({ status: "refused", decisionNote: "nhiệm vụ đã giao từ đầu năm" });
    expect(h.api.textsSince(mark, String(officer.id))).toContain("lý do: nhiệm vụ đã giao từ đầu năm. Hạn vẫn là 30/6/2023.");
  });

  it("approve is a typed action; pressed twice or by someone who may not decide, nothing changes", async () => {
    await h.send(privateText(officer, "xin gia hạn CCHC23-17 đến 15/9/2023 vì chờ kinh phí"));
    const id = (await h.runtime.database.db.extensionRequest.findFirstOrThrow({ orderBy: { id: "desc" } })).id;
    await h.send(privateText(secretary, "/choduyet"));
    const approve = buttonsOf(h.api.sent(String(secretary.id)).at(-1)!.payload)[0]!.callback_data;

    // Someone outside the secretariat pressing a (forged) approve button is refused.
    await h.send(buttonPress(outsider.id, outsider, 1, approve));
    expect(h.api.lastText(String(outsider.id))).toContain("Chỉ Sở Nội vụ (cơ quan thường trực)");
    expect((await request(id)).status).toBe("pending");

    await h.send(buttonPress(secretary.id, secretary, h.api.lastMessageId(String(secretary.id)), approve));
    expect(h.api.lastText(String(secretary.id))).toContain("hạn mới của CCHC23-17 là 15/9/2023");
    const task = await h.runtime.database.db.task.findUniqueOrThrow({ where: { code: "CCHC23-17" } });
    expect({ deadline: task.deadline, originalDeadline: task.originalDeadline }).toEqual({ deadline: "2023-09-15", originalDeadline: "2023-06-30" });

    await h.send(buttonPress(secretary.id, secretary, h.api.lastMessageId(String(secretary.id)), approve));
    expect(h.api.lastText(String(secretary.id))).toContain("đã được duyệt trước đó; không có thay đổi nào");
    expect(h.api.of("answerCallbackQuery").length).toBeGreaterThanOrEqual(3);
  });
});
