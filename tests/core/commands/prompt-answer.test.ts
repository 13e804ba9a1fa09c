import { describe, expect, it } from "vitest";
import { parsePromptAnswer } from "../../../src/core/commands/index.js";

/**
 * The answer to a question the bot asked about a reminder's item (📈 progress, ⏳ extension) is that command's
 * body, read by the app as a typed command: no sentence is made up for the parser, and what is missing is said.
 */
describe("answers to the bot's prompts", () => {
  const today = "2023-07-25";
  const progress = { action: "progress" as const, target: { kind: "item" as const, number: 3 }, locale: "vi" as const };
  const extend = { action: "extend" as const, target: { kind: "item" as const, number: 3 }, locale: "vi" as const };
  const read = (prompt: typeof progress | typeof extend, text: string) => parsePromptAnswer(prompt, text, today, prompt.locale);

  it("a percent, bare or with a note or the command's words typed again, is the progress (100%: done)", () => {
    expect(read(progress, "70")).toEqual({ kind: "progress", target: { kind: "item", number: 3 }, percent: 70, locale: "vi" });
    expect(read(progress, "tiến độ đạt 65%")).toMatchObject({ kind: "progress", percent: 65 });
    expect(read(progress, "đạt 45,5 %")).toMatchObject({ kind: "progress", percent: 45 });
    expect(read(progress, "70% - đã trình UBND")).toMatchObject({ kind: "progress", percent: 70, note: "đã trình UBND" });
    expect(read(progress, "100% theo công văn 12/STTTT")).toEqual({ kind: "done", target: { kind: "item", number: 3 }, evidence: "theo công văn 12/STTTT", locale: "vi" });
  });

  it("no percent, or one over 100, is said as missing, never read as a question", () => {
    expect(read(progress, "gần xong")).toEqual({ kind: "incomplete", action: "progress", problem: "percent_missing", locale: "vi" });
    expect(read(progress, "15/8")).toMatchObject({ kind: "incomplete", problem: "percent_missing" });
    expect(read(progress, "150%")).toMatchObject({ kind: "incomplete", problem: "percent_out_of_range" });
  });

  it("a date and a reason, in either order, are the extension request of the item", () => {
    expect(read(extend, "đến 31/10 vì chờ hướng dẫn")).toEqual({
      kind: "extend", target: { kind: "item", number: 3 }, deadline: { ok: true, date: "2023-10-31", text: "31/10" }, reason: "chờ hướng dẫn", locale: "vi",
    });
    expect(read(extend, "xin gia hạn đến 15/8 vì chờ ý kiến Bộ")).toMatchObject({ kind: "extend", deadline: { date: "2023-08-15" }, reason: "chờ ý kiến Bộ" });
    expect(read(extend, "vì chờ ý kiến Bộ, đến 15/8")).toMatchObject({ kind: "extend", deadline: { date: "2023-08-15" }, reason: "chờ ý kiến Bộ" });
  });

  it("an extension without its date or its reason asks for what is missing", () => {
    expect(read(extend, "vì chờ ý kiến Bộ")).toMatchObject({ kind: "incomplete", action: "extend", problem: "date_missing" });
    expect(read(extend, "đến 15/8")).toMatchObject({ kind: "incomplete", action: "extend", problem: "reason_missing" });
    expect(read(extend, "có được không?")).toMatchObject({ kind: "incomplete", action: "extend", problem: "date_missing" });
  });
});
