import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../src/infra/logger.js";
import { privateText, telegramHarness, type TelegramHarness } from "../support/telegram.js";

/**
 * What the running bot logs while people use it on Telegram, at debug level: ids of users and chats, never
 * their names, usernames, what they wrote, an invite code or the token, whatever happens (a stranger, a wrong
 * code, joining, a question, a refused command, a failed Bot API call carrying the answer's text).
 */
const lines: string[] = [];
const stream = new Writable({
  write(chunk: Buffer, _encoding, done) {
    lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
    done();
  },
});
const person = { id: 515151, first_name: "Trần Thị", last_name: "Bí Mật", username: "bimat_canhan" };
const QUESTION = "tỷ lệ hồ sơ trực tuyến cấp huyện của Sở Bí Ẩn";
let h: TelegramHarness;
let code = "";

beforeAll(async () => {
  h = await telegramHarness({ logger: createLogger("debug", stream) });
  const invite = await h.runtime.onboarding.createInvite({ by: "operator", unit: "STP", role: "unit_officer", days: 7 });
  if (!invite.ok) throw new Error(invite.reason);
  code = invite.code;
}, 120_000);
afterAll(() => h?.cleanup());

describe("the logs of a Telegram session", () => {
  it("carry ids, and no name, username, text, invite code or token", async () => {
    await h.send(privateText(person, "xin chào, tôi là Trần Thị Bí Mật"));
    await h.send(privateText(person, "/start SAIMAMOI0000000000000000"));
    await h.send(privateText(person, `/start ${code}`));
    await h.send(privateText(person, QUESTION));
    await h.send(privateText(person, "xong CCHC23-32 VB số 99/BIMAT"));
    h.api.failWith(String(person.id), { error_code: 400, description: "Bad Request: can't parse entities" });
    await h.send(privateText(person, "tiến độ kế hoạch CCHC năm 2023"));
    await h.telegram.bot.stop().catch(() => undefined);

    const joined = await h.runtime.onboarding.whoAmI("telegram", String(person.id));
    expect(joined?.name).toContain("Bí Mật"); // the bot knows the name; its logs do not
    expect(lines.length).toBeGreaterThan(3);
    const all = lines.join("\n");
    for (const secret of ["Bí Mật", "Trần Thị", "bimat_canhan", "Sở Bí Ẩn", "99/BIMAT", "xin chào", code, "123456:TEST", "14/43"]) {
      expect(all, `"${secret}" in the logs`).not.toContain(secret);
    }
    expect(all).toContain(String(person.id));
  }, 120_000);

  it("a platform's user or chat logged whole keeps its id, not its names", () => {
    const captured: string[] = [];
    const logger = createLogger("info", new Writable({ write: (chunk: Buffer, _e, done) => (captured.push(chunk.toString("utf8")), done()) }));
    logger.warn({ update: { message: { from: person, chat: { id: person.id, first_name: "Trần Thị" } } }, sender: { id: "z1", display_name: "Bí Mật" }, from: person }, "an update logged whole");
    expect(captured.join("")).not.toMatch(/Bí Mật|Trần Thị|bimat_canhan/);
    expect(captured.join("")).toContain(String(person.id));
  });
});
