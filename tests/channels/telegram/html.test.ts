import { describe, expect, it } from "vitest";
import { decodeButton, encodeButton } from "../../../src/channels/telegram/callback-data.js";
import { escapeHtml, splitText, toHtmlMessages } from "../../../src/channels/telegram/html.js";
import { classifySendError } from "../../../src/channels/telegram/errors.js";
import { GrammyError, HttpError } from "grammy";

describe("HTML", () => {
  it("escapes everything Telegram's HTML parser reads", () => {
    expect(escapeHtml(`<b>Sở "A" & B</b>`)).toBe("&lt;b&gt;Sở &quot;A&quot; &amp; B&lt;/b&gt;");
  });

  it("splits before formatting, at line breaks, never inside a surrogate pair", () => {
    const lines = Array.from({ length: 200 }, (_, i) => `dòng ${i} ${"x".repeat(20)}`);
    const parts = splitText(lines.join("\n"));
    expect(parts.length).toBe(2);
    expect(parts.every((p) => p.length <= 4096)).toBe(true);
    expect(parts.join("\n")).toBe(lines.join("\n"));
    const emoji = "😀".repeat(3000);
    const cut = splitText(emoji);
    expect(cut.every((p) => p.length <= 4096 && !/[\ud800-\udbff]$/.test(p))).toBe(true);
    expect(cut.join("")).toBe(emoji);
    expect(splitText("")).toEqual([""]);
  });

  it("escapes after splitting, so a piece may be longer in HTML than 4096 but never in what shows", () => {
    const messages = toHtmlMessages("&".repeat(5000));
    expect(messages).toHaveLength(2);
    expect(messages[0]!.length).toBe(4096 * 5);
    const bold = toHtmlMessages("Tiêu đề <1>\nnội dung", { boldFirstLine: true });
    expect(bold).toEqual(["<b>Tiêu đề &lt;1&gt;</b>\nnội dung"]);
  });
});

describe("callback data", () => {
  it("round-trips and stays within 64 bytes", () => {
    const data = encodeButton({ action: "done", deliveryId: 123456789012, number: 12 });
    expect(data).toBe("d:123456789012:12");
    expect(decodeButton(data)).toEqual({ action: "done", deliveryId: 123456789012, number: 12 });
    expect(Buffer.byteLength(encodeButton({ action: "detail", deliveryId: Number.MAX_SAFE_INTEGER, number: 9999 }))).toBeLessThanOrEqual(64);
  });

  it("refuses anything forged", () => {
    for (const bad of [undefined, "", "d", "d:1", "d:0:1", "d:1:0", "z:1:1", "d:01:1", "d:1:1 ", "d:1:1:1", "d:9999999999999999:1", "ＤＥ:1:1", "d:1:10000", "x".repeat(65)]) {
      expect(decodeButton(bad)).toBeNull();
    }
  });
});

describe("send errors", () => {
  const api = (error_code: number, description: string, parameters = {}) => new GrammyError("x", { ok: false, error_code, description, parameters }, "sendMessage", {});
  it("a 403, or a 400 saying the chat is gone, is a gone chat; 429 waits; 5xx and the network may pass", () => {
    expect(classifySendError(api(403, "Forbidden: bot was blocked by the user"))).toMatchObject({ reason: "chat_unavailable" });
    expect(classifySendError(api(400, "Bad Request: chat not found"))).toMatchObject({ reason: "chat_unavailable" });
    expect(classifySendError(api(429, "Too Many Requests", { retry_after: 7 }))).toEqual({ ok: false, reason: "rate_limited", retryAfterMs: 7000 });
    expect(classifySendError(api(502, "Bad Gateway"))).toMatchObject({ reason: "transient" });
    expect(classifySendError(new HttpError("x", new Error("ECONNRESET")))).toMatchObject({ reason: "transient" });
  });
});
