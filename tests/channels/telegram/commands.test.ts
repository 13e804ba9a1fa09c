import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "../../../src/channels/telegram/features/help.js";
import { BOT_INFO, bindGroup, groupText, onboard, privateText, telegramHarness, type TelegramHarness } from "../../support/telegram.js";

/** Every command, the command menu, and what the bot answers in a group. */
let h: TelegramHarness;
const leader = { id: 1001, first_name: "Lê Trí Thanh" };
const officer = { id: 2001, first_name: "Lê Thị Hồng Nhung" };
const GROUP = -100600;

beforeAll(async () => {
  h = await telegramHarness();
  await onboard(h, leader, "QNM", "leader");
  await onboard(h, officer, "Sở Tư pháp", "unit_officer");
  await bindGroup(h, GROUP, officer, "STP");
});
afterAll(() => h.cleanup());

async function ask(person: { id: number; first_name: string }, text: string): Promise<string> {
  const mark = h.api.calls.length;
  await h.send(privateText(person, text));
  return h.api.textsSince(mark, String(person.id));
}

describe("the command menu", () => {
  it("is published in Vietnamese and English", async () => {
    await h.telegram.publishCommands();
    const [vi, en] = h.api.of("setMyCommands");
    const names = (vi!.payload.commands as Array<{ command: string }>).map((c) => c.command);
    expect(names).toEqual([...COMMANDS]);
    for (const c of ["start", "help", "nhiemvu", "quahan", "tiendo", "hoi", "baocao", "moi", "lienket", "toi"]) expect(names).toContain(c);
    expect(vi!.payload.language_code).toBeUndefined();
    expect(en!.payload.language_code).toBe("en");
    expect((vi!.payload.commands as Array<{ command: string; description: string }>).find((c) => c.command === "quahan")?.description).toBe("Nhiệm vụ quá hạn");
    expect((en!.payload.commands as Array<{ command: string; description: string }>).find((c) => c.command === "quahan")?.description).toBe("Overdue tasks");
  });
});

describe("commands", () => {
  it("/start and /help list the commands", async () => {
    expect(await ask(officer, "/start")).toContain("/nhiemvu — Nhiệm vụ của đơn vị");
    const help = await ask(officer, "/help");
    expect(help).toContain("/baocao — Báo cáo tổng hợp ngay");
    expect(help).toContain("Tiến độ kế hoạch CCHC năm 2023?");
  });

  it("/nhiemvu: my unit's tasks", async () => {
    const text = await ask(officer, "/nhiemvu");
    expect(text).toContain("Nhiệm vụ chưa hoàn thành do Sở Tư pháp chủ trì");
    expect(text).toContain("CCHC23-10");
    expect(await ask(leader, "/nhiemvu Công an tỉnh")).toContain("Công an tỉnh");
  });

  it("/quahan: overdue tasks, the unit's for an officer and the plan's for a leader", async () => {
    expect(await ask(officer, "/quahan")).toContain("Nhiệm vụ quá hạn do Sở Tư pháp chủ trì");
    const all = await ask(leader, "/quahan");
    expect(all).toContain("Nhiệm vụ quá hạn, tính đến 25/7/2023: 6 nhiệm vụ");
  });

  it("/tiendo: plan progress", async () => {
    expect(await ask(leader, "/tiendo")).toContain("hoàn thành 14/43 nhiệm vụ, đạt 32,55%");
  });

  it("/hoi <question>", async () => {
    expect(await ask(leader, "/hoi tỷ lệ hồ sơ trực tuyến cấp huyện")).toMatch(/cấp huyện/);
    expect(await ask(leader, "/hoi")).toContain("Cách dùng: /hoi");
  });

  it("/baocao: the briefing on one screen, for leaders only", async () => {
    const digest = await ask(leader, "/baocao");
    expect(digest).toContain("Tóm tắt tình hình, tính đến 25/7/2023");
    expect(digest).toContain("14/43");
    expect(digest).toContain("28/63");
    expect(digest.length).toBeLessThanOrEqual(1200);
    expect(await ask(officer, "/baocao")).toContain("dành cho lãnh đạo");
  });

  it("a question not understood offers close questions as buttons that send them", async () => {
    const mark = h.api.calls.length;
    const text = await ask(leader, "so lieu xyz abc");
    expect(text).toContain("Chưa rõ câu hỏi");
    const sent = h.api.calls.slice(mark).filter((c) => c.method === "sendMessage");
    const keyboard = (sent[sent.length - 1]!.payload.reply_markup as { keyboard: Array<Array<{ text: string }>>; one_time_keyboard: boolean }) ?? undefined;
    expect(keyboard.one_time_keyboard).toBe(true);
    const buttons = keyboard.keyboard.map((row) => row[0]!.text);
    expect(buttons.length).toBeGreaterThanOrEqual(1);
    expect(buttons.length).toBeLessThanOrEqual(3);
    for (const button of buttons) expect(text).toContain(button);
    // Pressing a button sends its text: it is answered like any question.
    expect(await ask(leader, buttons[0]!)).toContain("14/43");
    // An answer understood carries no buttons.
    const before = h.api.calls.length;
    await ask(leader, "tiến độ kế hoạch CCHC");
    const answered = h.api.calls.slice(before).filter((c) => c.method === "sendMessage");
    expect(answered[answered.length - 1]!.payload.reply_markup).toBeUndefined();
  });

  it("any text in a private chat is a question", async () => {
    expect(await ask(leader, "tiến độ kế hoạch CCHC")).toContain("14/43");
  });

  it("an unknown command shows the help; a photo gets a clear answer", async () => {
    expect(await ask(leader, "/khongco")).toContain("Các lệnh:");
    const mark = h.api.calls.length;
    await h.send({ message: { message_id: 99001, date: 1690246800, chat: { id: leader.id, type: "private", first_name: "x" }, from: { id: leader.id, is_bot: false, first_name: "x" }, photo: [] } } as never);
    expect(h.api.textsSince(mark, String(leader.id))).toContain("chỉ đọc được tin nhắn chữ");
  });
});

describe("in a group", () => {
  const member = { id: 2501, first_name: "Đinh Văn Lộc" };
  const sent = async (text: string, options?: Parameters<typeof groupText>[3]) => {
    const mark = h.api.calls.length;
    await h.send(groupText(GROUP, member, text, options));
    return h.api.textsSince(mark, String(GROUP));
  };

  it("ignores ordinary conversation", async () => {
    expect(await sent("tiến độ kế hoạch CCHC")).toBe("");
    expect(await sent("họp lúc 14h nhé", { replyTo: { message_id: 42, fromBot: false } })).toBe("");
  });

  it("answers commands (with or without @bot), mentions and replies to its own messages", async () => {
    expect(await sent(`/tiendo@${BOT_INFO.username}`)).toContain("14/43");
    expect(await sent("/tiendo")).toContain("14/43");
    expect(await sent(`@${BOT_INFO.username} tiến độ kế hoạch CCHC`)).toContain("14/43");
    const last = h.api.lastMessageId(String(GROUP));
    expect(await sent("còn quá hạn những việc gì?", { replyTo: { message_id: last } })).toContain("quá hạn");
  });

  it("/nhiemvu in a bound group lists the group's unit", async () => {
    expect(await sent("/nhiemvu")).toContain("Nhiệm vụ chưa hoàn thành do Sở Tư pháp chủ trì");
  });

  it("answers commands in a group under the command", async () => {
    const mark = h.api.calls.length;
    const update = groupText(GROUP, member, "/tiendo");
    await h.send(update);
    const answer = h.api.calls.slice(mark).find((c) => c.method === "sendMessage")!;
    expect(answer.payload.reply_parameters).toMatchObject({ message_id: (update.message as { message_id: number }).message_id });
  });

  it("in a group bound to no unit, a stranger mentioning the bot gets the invite instructions", async () => {
    const mark = h.api.calls.length;
    await h.send(groupText(-100601, { id: 9100, first_name: "Khách" }, `@${BOT_INFO.username} tiến độ kế hoạch`));
    expect(h.api.textsSince(mark, "-100601")).toContain("mã mời");
  });
});

describe("malformed updates", () => {
  it("are dropped without a crash", async () => {
    for (const update of [{}, { message: {} }, { message: { message_id: 1 } }, { callback_query: { id: "x", from: { id: 1, is_bot: false, first_name: "x" }, chat_instance: "c" } }, { edited_message: { text: 1 } }]) {
      await expect(h.send(update as never)).resolves.toBeUndefined();
    }
  });
});
