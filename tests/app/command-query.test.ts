import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/app/handle-message.js";
import type { CommandQuery } from "../../src/app/command-query.js";
import { freshSqlite, type TestDatabase } from "../support/databases.js";
import { DEMO_NOW, demoApp } from "../support/demo-app.js";

/**
 * /nhiemvu, /quahan, /tiendo and /baocao reach the app as typed queries: who sees which tasks is decided
 * there, once for every channel, not by a sentence a channel makes up for the parser (demo data, 25/7/2023).
 */
describe("commands as typed queries", () => {
  let db: TestDatabase;
  let app: App;
  const ask = async (person: string, query: CommandQuery, text = "/lệnh") =>
    (await app.handleMessage({ channel: "console", chatId: `cmd-${Math.random()}`, sender: { id: person }, text, query, receivedAt: DEMO_NOW })).outbound.map((o) => o.text).join("\n");

  beforeAll(async () => {
    db = await freshSqlite({ demo: true });
    app = await demoApp(db.database);
  });
  afterAll(() => db.cleanup());

  it("overdue tasks: a unit officer sees the unit's, a leader the whole plan's, a unit's group that unit's", async () => {
    const officer = await ask("stc-chuyen-vien", { kind: "overdue_tasks" });
    expect(officer).toContain("Sở Tài chính");
    expect(officer).toContain("CCHC23-32");
    expect(officer).not.toContain("CCHC23-36");
    const leader = await ask("chu-tich", { kind: "overdue_tasks" });
    expect(leader).toContain("6 nhiệm vụ");
    for (const code of ["CCHC23-32", "CCHC23-36", "CCHC23-15"]) expect(leader).toContain(code);
    const group = await ask("chu-tich", { kind: "overdue_tasks", chatUnitName: "Sở Thông tin và Truyền thông" });
    expect(group).toContain("CCHC23-36");
    expect(group).not.toContain("CCHC23-32");
  });

  it("open tasks of the unit typed after the command, typed as people type it, or of the person's own unit", async () => {
    const typed = await ask("chu-tich", { kind: "open_tasks", unitName: "so tai chinh" });
    expect(typed).toContain("Sở Tài chính");
    expect(typed).toContain("CCHC23-33");
    expect(typed).not.toContain("CCHC23-31"); // done
    const own = await ask("stc-chuyen-vien", { kind: "open_tasks" });
    expect(own).toContain("CCHC23-32");
    expect(await ask("chu-tich", { kind: "open_tasks", unitName: "Sở Du lịch biển" })).toContain("Sở Du lịch biển");
  });

  it("the plan's progress, a plan named, and the briefing", async () => {
    expect(await ask("chu-tich", { kind: "plan_progress" })).toContain("14/43");
    expect(await ask("chu-tich", { kind: "plan_progress", planName: "CCHC23" })).toContain("32,55%");
    const briefing = await ask("chu-tich", { kind: "briefing" });
    expect(briefing.length).toBeLessThanOrEqual(1200);
    expect(briefing).toContain("447.246");
  });

  it("a task shown whole (a reminder's 📄 button): the same answer as the task's code typed", async () => {
    const detail = await ask("stc-chuyen-vien", { kind: "task_detail", code: "CCHC23-32" }, "[nút 📄 CCHC23-32]");
    const typed = (await app.handleMessage({ channel: "console", chatId: "typed-code", sender: { id: "stc-chuyen-vien" }, text: "CCHC23-32", receivedAt: DEMO_NOW })).outbound[0]!.text;
    expect(detail).toContain("CCHC23-32");
    expect(detail).toBe(typed);
  });

  it("the same commands typed as text (Zalo, the console) give the same answers", async () => {
    const say = async (person: string, text: string) =>
      (await app.handleMessage({ channel: "console", chatId: `txt-${Math.random()}`, sender: { id: person }, text, receivedAt: DEMO_NOW })).outbound.map((o) => o.text).join("\n");
    expect(await say("stc-chuyen-vien", "/quahan")).toBe(await ask("stc-chuyen-vien", { kind: "overdue_tasks" }));
    expect(await say("chu-tich", "/nhiemvu so tai chinh")).toBe(await ask("chu-tich", { kind: "open_tasks", unitName: "so tai chinh" }));
    expect(await say("chu-tich", "/tiendo")).toContain("14/43");
  });

  it("the text of a command is only its description: the query is answered whatever it says", async () => {
    const answer = await ask("chu-tich", { kind: "overdue_tasks", unitName: "VPUB" }, "tỷ lệ hồ sơ trực tuyến cấp huyện");
    expect(answer).toContain("CCHC23-15");
    expect(answer).not.toContain("18,05%");
  });
});
