import { describe, expect, it } from "vitest";
import { cutMentions, isForTheBot, stripMentions } from "../../src/app/inbound/mentions.js";

/** Mentions in groups, one rule for every channel (three mention strippers before). */
describe("mentions of the bot", () => {
  it("in a group only a mention or a reply to the bot is for it; in a private chat everything", () => {
    expect(isForTheBot({ isGroup: true, mentioned: false, repliesToBot: false })).toBe(false);
    expect(isForTheBot({ isGroup: true, mentioned: true, repliesToBot: false })).toBe(true);
    expect(isForTheBot({ isGroup: true, mentioned: false, repliesToBot: true })).toBe(true);
    expect(isForTheBot({ isGroup: false, mentioned: false, repliesToBot: false })).toBe(true);
  });

  it("a mention by name comes out of the text, whole names only; a text that is only the mention stays", () => {
    expect(stripMentions("@nhacviec_bot xong 1", ["nhacviec_bot"])).toBe("xong 1");
    expect(stripMentions("@NhacViec_Bot  tiến độ  ", ["nhacviec_bot"])).toBe("tiến độ");
    // A longer name that begins with the bot's is someone else.
    expect(stripMentions("@nhacviec_bot2 hỏi", ["nhacviec_bot"])).toBe("@nhacviec_bot2 hỏi");
    expect(stripMentions("@Nhắc việc", ["Nhắc việc"])).toBe("@Nhắc việc");
  });

  it("mentions the platform marks by position are cut out (the personal Zalo channel)", () => {
    const text = "@Bot Nhắc xong 2 @Bot Nhắc";
    expect(cutMentions(text, [{ offset: 0, length: 9 }, { offset: 17, length: 9 }])).toBe("xong 2");
    expect(cutMentions("@Bot Nhắc", [{ offset: 0, length: 9 }])).toBe("");
  });
});
