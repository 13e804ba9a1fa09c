import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TELEGRAM_LIMITS } from "../../../src/app/reminders/rate-limiter.js";
import { onboard, privateText, telegramHarness, type TelegramHarness } from "../../support/telegram.js";

/** The outbound queue on the bot's two Apis, answers and reminders (real time, so a few seconds). */
let h: TelegramHarness;
beforeAll(async () => {
  // An answer's patience shortened from a minute to 3 s, so that giving up fits in a test.
  h = await telegramHarness({ limits: TELEGRAM_LIMITS, answerPatienceMs: 3000 });
});
afterAll(() => h.cleanup());

describe("outgoing messages", () => {
  it("go into one chat a second apart, while other chats are not held up", async () => {
    const started = Date.now();
    const stamps: Record<string, number[]> = { "11": [], "12": [] };
    const send = async (chat: string) => {
      await h.telegram.out.text(chat, "x");
      stamps[chat]!.push(Date.now() - started);
    };
    await Promise.all([send("11"), send("11"), send("11"), send("12")]);
    expect(stamps["12"]![0]).toBeLessThan(500);
    const [a, b, c] = stamps["11"]!;
    expect(b! - a!).toBeGreaterThanOrEqual(900);
    expect(c! - b!).toBeGreaterThanOrEqual(900);
    expect(h.api.sent("11")).toHaveLength(3);
  });

  it("an answer is retried after a 429 for retry_after seconds; a reminder is handed back to the outbox at once", async () => {
    h.api.failWith("21", [{ error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } }]);
    expect(await h.telegram.out.text("21", "câu trả lời")).not.toBeNull();
    expect(h.api.sent("21")).toHaveLength(2);

    // The outbox's sender does not wait inside: the dispatcher goes on with other chats and retries this one later.
    h.api.failWith("22", [{ error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } }]);
    const started = Date.now();
    expect(await h.telegram.sender.send({ chatId: "22", text: "nhắc việc" })).toEqual({ ok: false, reason: "rate_limited", retryAfterMs: 1000 });
    expect(Date.now() - started).toBeLessThan(900);
    expect(h.api.sent("22")).toHaveLength(1);
  }, 20_000);

  it("an answer waits out several 429s in the send queue and is delivered, not dropped", async () => {
    h.api.failWith("24", Array.from({ length: 2 }, () => ({ error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } })));
    const started = Date.now();
    const delivered = await h.telegram.out.text("24", "câu trả lời");
    expect(delivered).not.toBeNull();
    expect(h.api.sent("24")).toHaveLength(3);
    // Each resend waited the retry_after Telegram gave (the queue held the chat back as long).
    expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
  }, 30_000);

  it("an answer that cannot go within its patience becomes a short 'busy, ask again' notice", async () => {
    const asker = { id: 26, first_name: "Hà" };
    await onboard(h, asker, "Sở Tư pháp", "unit_officer");
    const welcomed = h.api.sent("26").length;
    h.api.failWith("26", Array.from({ length: 2 }, () => ({ error_code: 429, description: "Too Many Requests: retry after 2", parameters: { retry_after: 2 } })));
    const started = Date.now();
    await h.send(privateText(asker, "tỷ lệ hồ sơ trực tuyến cấp huyện"));
    // Tried at 0 and 2 s; the next retry_after ends past the 3 s of patience: the app's route says "busy" instead,
    // when the hold ends. A prompt or a notice sent on its own (out.text) gets no such notice.
    const texts = h.api.sent("26").slice(welcomed).map((c) => String(c.payload.text));
    expect(texts).toHaveLength(3);
    expect(texts[0]).toContain("18,05%");
    expect(texts[1]).toBe(texts[0]);
    expect(texts[2]).toMatch(/gửi lại câu hỏi sau ít phút/);
    expect(Date.now() - started).toBeGreaterThanOrEqual(4000);
  }, 30_000);

  it("a 5xx: an answer is retried with backoff and delivered; a reminder comes back at once as transient", async () => {
    h.api.failWith("23", [{ error_code: 502, description: "Bad Gateway" }]);
    expect(await h.telegram.out.text("23", "câu trả lời")).not.toBeNull();
    expect(h.api.sent("23")).toHaveLength(2);

    h.api.failWith("25", [{ error_code: 502, description: "Bad Gateway" }]);
    expect(await h.telegram.sender.send({ chatId: "25", text: "nhắc việc" })).toMatchObject({ ok: false, reason: "transient" });
    expect(h.api.sent("25")).toHaveLength(1);
  }, 20_000);
});
