import { describe, expect, it } from "vitest";
import { stripMentions } from "../../../src/app/inbound/mentions.js";
import { inviteCodeIn } from "../../../src/app/inbound/typed-invite.js";
import { backoffDelay } from "../../../src/channels/zalo/polling.js";
import { parseUpdate } from "../../../src/channels/zalo/updates.js";
import { secretMatches } from "../../../src/web/secret.js";

const message = { message_id: "m1", date: 1, text: "xin chào", from: { id: "u1", display_name: "An" }, chat: { id: "c1", chat_type: "PRIVATE" } };

describe("parseUpdate", () => {
  it("reads a text update, wrapped or not, keyed by event name + message id", () => {
    const update = { event_name: "message.text.received", message };
    expect(parseUpdate(update)).toMatchObject({ kind: "text", key: "message.text.received:m1", text: "xin chào", isGroup: false });
    expect(parseUpdate({ ok: true, result: update })).toMatchObject({ kind: "text", key: "message.text.received:m1" });
    expect(parseUpdate({ event_name: "message.text.received", message: { ...message, message_id: 42, chat: { id: 7, chat_type: "GROUP" } } })).toMatchObject({
      kind: "text",
      key: "message.text.received:42",
      isGroup: true,
      message: { chat: { id: "7" } },
    });
  });

  it("images: the caption is the text; without one, no_text; stickers and unsupported too", () => {
    expect(parseUpdate({ event_name: "message.image.received", message: { ...message, text: undefined, caption: "tiến độ" } })).toMatchObject({ kind: "text", text: "tiến độ" });
    expect(parseUpdate({ event_name: "message.image.received", message: { ...message, text: undefined } })).toMatchObject({ kind: "no_text" });
    expect(parseUpdate({ event_name: "message.sticker.received", message: { ...message, text: undefined } })).toMatchObject({ kind: "no_text" });
    expect(parseUpdate({ event_name: "message.unsupported.received", message })).toMatchObject({ kind: "no_text" });
    expect(parseUpdate({ event_name: "message.text.received", message: { ...message, text: "   " } })).toMatchObject({ kind: "no_text" });
  });

  it("invalid shapes are invalid; unknown events and bots are ignored", () => {
    for (const body of [null, 1, "x", [], {}, { event_name: 5 }, { event_name: "message.text.received" }, { event_name: "message.text.received", message: { ...message, from: {} } }, { event_name: "message.text.received", message: { ...message, chat: { id: "" } } }]) {
      expect(parseUpdate(body).kind).toBe("invalid");
    }
    expect(parseUpdate({ event_name: "follow", message })).toMatchObject({ kind: "ignored", reason: "unknown event name" });
    expect(parseUpdate({ event_name: "message.text.received", message: { ...message, from: { id: "b", is_bot: true } } })).toMatchObject({ kind: "ignored" });
  });
});

describe("helpers", () => {
  it("the secret is compared whole", () => {
    expect(secretMatches("abcdefgh-1", "abcdefgh-1")).toBe(true);
    for (const wrong of [undefined, ["abcdefgh-1"], "", "abcdefgh-", "abcdefgh-12", "ABCDEFGH-1"]) expect(secretMatches(wrong, "abcdefgh-1")).toBe(false);
  });

  it("mentions of the bot are stripped in groups", () => {
    expect(stripMentions("@Nhắc việc xong 1", ["Nhắc việc", "bot.nhacviec"])).toBe("xong 1");
    expect(stripMentions("xong CCHC23-07 @bot.nhacviec", ["Nhắc việc", "bot.nhacviec"])).toBe("xong CCHC23-07");
    expect(stripMentions("@nhắc VIỆC tiến độ", ["Nhắc việc"])).toBe("tiến độ");
    expect(stripMentions("@Nhắc việc", ["Nhắc việc"])).toBe("@Nhắc việc");
  });

  it("invite codes after /start, mã mời (with or without diacritics) or /lienket", () => {
    expect(inviteCodeIn("/start abcd")).toBe("abcd");
    expect(inviteCodeIn("mã mời: ABCD EFGH")).toBe("ABCD EFGH");
    expect(inviteCodeIn("Ma moi abcd")).toBe("abcd");
    expect(inviteCodeIn("/lienket abcd")).toBe("abcd");
    expect(inviteCodeIn("/start")).toBeNull();
    expect(inviteCodeIn("tiến độ kế hoạch")).toBeNull();
    expect(inviteCodeIn("mã mời là gì")).toBe("là gì");
  });

  it("backoff doubles up to the cap, with jitter", () => {
    expect([1, 2, 3, 4, 10].map((n) => backoffDelay(n, 1000, 5000, () => 0.5))).toEqual([1000, 2000, 4000, 5000, 5000]);
    expect(backoffDelay(1, 1000, 5000, () => 0)).toBe(800);
    expect(backoffDelay(1, 1000, 5000, () => 1)).toBe(1200);
  });
});
