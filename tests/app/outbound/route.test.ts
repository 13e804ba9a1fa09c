import { describe, expect, it } from "vitest";
import { createChannelDirectory, routeOutbound } from "../../../src/app/outbound/route.js";
import type { OutboundMessage } from "../../../src/app/messages.js";
import type { ChannelSender, SendResult } from "../../../src/app/ports.js";

function recorder(channel: string, result: SendResult = { ok: true, externalMessageId: "1" }) {
  const sent: Array<{ chatId: string; text: string }> = [];
  const sender: ChannelSender = { channel, send: async (m) => (sent.push({ chatId: m.chatId, text: m.text }), result) };
  return { sender, sent };
}

const message = (channel: string, chatId: string, text: string): OutboundMessage => ({ channel, chatId, text });

/** One routing rule for every channel (Telegram dropped answers for other channels; Zalo forwarded them). */
describe("routing a handled message's answers", () => {
  it("sends this channel's answers its own way, another running channel's through its sender, and drops the rest with a warning", async () => {
    const directory = createChannelDirectory();
    const zalo = recorder("zalo");
    directory.register(zalo.sender);
    const local: string[] = [];
    const warnings: object[] = [];
    const elsewhere: Array<[string, boolean]> = [];
    await routeOutbound(
      [message("telegram", "1", "câu trả lời"), message("zalo", "z9", "thông báo cho cơ quan thường trực"), message("zalo-personal", "p1", "x"), message("telegram", "2", "  ")],
      { channel: "telegram", directory, local: async (m, i) => void local.push(`${i}:${m.chatId}:${m.text}`), sentElsewhere: (c, r) => elsewhere.push([c, r.ok]), log: { warn: (d) => warnings.push(d) } },
    );
    expect(local).toEqual(["0:1:câu trả lời"]);
    expect(zalo.sent).toEqual([{ chatId: "z9", text: "thông báo cho cơ quan thường trực" }]);
    expect(elsewhere).toEqual([["zalo", true]]);
    expect(warnings).toEqual([{ from: "telegram", to: "zalo-personal" }]);
  });

  it("a failure on the other channel is logged, and the next answers still go", async () => {
    const directory = createChannelDirectory();
    directory.register(recorder("telegram", { ok: false, reason: "chat_unavailable", detail: "403" }).sender);
    const local: string[] = [];
    const warnings: object[] = [];
    await routeOutbound([message("telegram", "5", "a"), message("zalo", "z1", "b")], { channel: "zalo", directory, local: async (m) => void local.push(m.text), log: { warn: (d) => warnings.push(d) } });
    expect(local).toEqual(["b"]);
    expect(warnings).toEqual([expect.objectContaining({ to: "telegram", reason: "chat_unavailable" })]);
  });

  it("an answer the platform would not take within its patience becomes the busy notice, once, in its thread; other failures do not", async () => {
    const tried: string[] = [];
    const results: SendResult[] = [
      { ok: false, reason: "rate_limited", retryAfterMs: 30_000 },
      { ok: true, externalMessageId: "8" },
      { ok: false, reason: "rate_limited", retryAfterMs: 30_000 },
    ];
    await routeOutbound([{ ...message("zalo", "z1", "câu trả lời"), replyToMessageId: "77" }, message("zalo", "z1", "phần hai")], {
      channel: "zalo",
      busyNotice: "Hệ thống đang bận",
      local: async (m) => (tried.push(`${m.text}|${m.replyToMessageId ?? ""}`), results.shift()),
      log: { warn: () => undefined },
    });
    expect(tried).toEqual(["câu trả lời|77", "Hệ thống đang bận|77", "phần hai|"]);

    const gone: string[] = [];
    await routeOutbound([message("telegram", "1", "a")], { channel: "telegram", busyNotice: "bận", local: async (m) => (gone.push(m.text), { ok: false, reason: "chat_unavailable", detail: "403" }), log: { warn: () => undefined } });
    expect(gone).toEqual(["a"]);
  });
});
