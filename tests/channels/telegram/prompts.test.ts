import { describe, expect, it } from "vitest";
import { promptAction, promptCommand } from "../../../src/channels/telegram/prompts.js";

/** The answer to "📈 reply with the progress" is a typed command; what is not a percent stays a sentence for the parser. */
describe("answers to the bot's prompts", () => {
  const progress = { action: "progress" as const, number: 3 };

  it("a percent, with or without a note, is the typed progress (100%: done)", () => {
    expect(promptAction(progress, "70", "vi")).toEqual({ kind: "progress", target: { kind: "item", number: 3 }, percent: 70, locale: "vi" });
    expect(promptAction(progress, "tiến độ đạt 65%", "vi")).toMatchObject({ kind: "progress", percent: 65 });
    expect(promptAction(progress, "70% - đã trình UBND", "vi")).toMatchObject({ kind: "progress", percent: 70, note: "đã trình UBND" });
    expect(promptAction(progress, "100% theo công văn 12/STTTT", "vi")).toEqual({ kind: "done", target: { kind: "item", number: 3 }, evidence: "theo công văn 12/STTTT", locale: "vi" });
  });

  it("anything else goes to the parser as the sentence it completes, as before", () => {
    expect(promptAction(progress, "150%", "vi")).toBeUndefined();
    expect(promptAction(progress, "gần xong", "vi")).toBeUndefined();
    expect(promptAction({ action: "extend", number: 3 }, "đến 31/10 vì chờ hướng dẫn", "vi")).toBeUndefined();
    expect(promptCommand({ action: "extend", number: 3 }, "đến 31/10 vì chờ hướng dẫn")).toBe("xin gia hạn 3 đến 31/10 vì chờ hướng dẫn");
  });
});
