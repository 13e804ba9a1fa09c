import { Writable } from "node:stream";
import { GrammyError } from "grammy";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/infra/logger.js";

/** Logs carry who, where and what happened, never what people or the bot wrote, nor a secret. */
function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
      done();
    },
  });
  return { logger: createLogger("info", stream), lines: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe("the logger", () => {
  it("replaces message texts and tokens, keeps the ids", () => {
    const { logger, lines } = capture();
    logger.info({ chatId: "42", text: "Công an tỉnh còn những việc gì?", message: { text: "xong 3 hoàn thành rồi" }, token: "123:ABC" }, "handled");
    const [line] = lines();
    expect(line).toMatchObject({ chatId: "42", text: "[redacted]", message: { text: "[redacted]" }, token: "[redacted]", msg: "handled" });
    expect(JSON.stringify(line)).not.toMatch(/Công an|xong 3|123:ABC/);
  });

  it("replaces the text a failed Bot API call carries in its error", () => {
    const { logger, lines } = capture();
    const error = new GrammyError("Call to 'sendMessage' failed!", { ok: false, error_code: 400, description: "Bad Request" }, "sendMessage", { chat_id: 42, text: "Tiến độ kế hoạch CCHC: 14/43 việc" });
    logger.error({ err: error }, "telegram update failed");
    const [line] = lines();
    expect(JSON.stringify(line)).not.toContain("14/43");
    expect(line).toMatchObject({ err: { payload: { chat_id: 42, text: "[redacted]" } } });
  });
});
