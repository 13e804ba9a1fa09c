import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { AuditLogger, TaskCommandStore } from "../../src/app/ports.js";
import { createTaskCommands } from "../../src/app/task-commands.js";
import { planProgress } from "../../src/core/plan-progress.js";
import { createPeopleStore } from "../../src/db/stores/people-store.js";
import { createTaskCommandStore } from "../../src/db/stores/task-command-store.js";
import { createTaskStore } from "../../src/db/stores/task-store.js";
import { commandWorld, type CommandWorld } from "../support/command-world.js";
import { freshPostgres, freshSqlite, type TestDatabase } from "../support/databases.js";

/**
 * Task commands in chat, against the demo database (Quảng Nam 2023, 14/43 done on 25/7/2023). Sở Tư pháp
 * (STP) leads CCHC23-09 (in progress, 40%, due 15/12/2023), CCHC23-10 (due 31/10) and CCHC23-11 (due 30/11);
 * Sở Nội vụ is the plan's secretariat. Every console persona's chat is bound to their unit.
 */
const AT_0815 = "2023-07-25T08:15:00+07:00";

async function figures(w: CommandWorld): Promise<{ done: number; total: number; awaiting: number; rate: number }> {
  const db = w.t.database.db;
  const plan = await db.plan.findUniqueOrThrow({ where: { code: "CCHC23" } });
  const counts = await createTaskStore(db).progressCounts(plan.id, "2023-07-25");
  return { done: counts.done, total: counts.total, awaiting: counts.awaitingConfirmation, rate: planProgress(counts).rate };
}

async function snapshot(w: CommandWorld) {
  const db = w.t.database.db;
  return {
    tasks: await db.task.findMany({ orderBy: { id: "asc" } }),
    requests: await db.extensionRequest.findMany({ orderBy: { id: "asc" } }),
  };
}

describe("task commands (SQLite, demo data)", () => {
  let t: TestDatabase;
  let w: CommandWorld;
  beforeEach(async () => {
    t = await freshSqlite({ demo: true });
    w = await commandWorld(t);
    w.clock.set(AT_0815);
  });
  afterEach(() => t.cleanup());

  describe("marking done", () => {
    it('"xong 1" from a member of the lead unit: done, recorded, confirmed with the new plan figures 15/43', async () => {
      await w.remind("stp-chuyen-vien", ["CCHC23-09", "CCHC23-10", "CCHC23-11"]);
      expect(await figures(w)).toMatchObject({ done: 14, total: 43 });

      const handled = await w.send("xong 1");
      const text = handled.outbound[0]!.text;
      expect(handled.understood.understanding).toEqual({ intent: "task_command", action: "done" });
      expect(text).toContain("CCHC23-09 đã được ghi nhận hoàn thành lúc 08:15 25/7/2023.");
      expect(text).toContain("Kế hoạch CCHC23: 15/43 nhiệm vụ hoàn thành (34,88%).");
      expect(handled.outbound).toHaveLength(1);

      const task = await w.task("CCHC23-09");
      expect(task).toMatchObject({ status: "done", progress: 100 });
      expect(task.completedAt?.toISOString()).toBe(new Date(AT_0815).toISOString());
      expect(await figures(w)).toMatchObject({ done: 15, total: 43, rate: 34.88 });

      const [event] = await w.events("CCHC23-09");
      expect(event).toMatchObject({ action: "done", personId: await w.personId("stp-chuyen-vien"), channel: "console", chatId: "stp-chuyen-vien" });
      expect(event!.messageId).toMatch(/^m\d+$/);
      expect(event!.at.toISOString()).toBe(new Date(AT_0815).toISOString());
      expect(event!.details).toMatchObject({
        command: "done",
        previous: { status: "in_progress", completedAt: null, progress: 40 },
        next: { status: "done", progress: 100 },
        via: { item: 1 },
      });

      // The question pipeline reads the same figures.
      const progress = await w.say("tiến độ kế hoạch CCHC");
      expect(progress).toContain("15/43");
      expect(progress).toContain("34,88%");
    });

    it("keeps the evidence as typed, with a code or with the only item of the last reminder", async () => {
      await w.remind("stp-chuyen-vien", ["CCHC23-10"]);
      const text = await w.say("hoàn thành rồi, VB số 123/SNV-CCHC ngày 20/7");
      expect(text).toContain("CCHC23-10 đã được ghi nhận hoàn thành");
      expect(text).toContain("Minh chứng: VB số 123/SNV-CCHC ngày 20/7");
      expect((await w.task("CCHC23-10")).evidence).toBe("VB số 123/SNV-CCHC ngày 20/7");

      await w.say("đã hoàn thành CCHC23-11 theo Báo cáo số 95/BC-STP ngày 24/7/2023");
      expect(await w.task("CCHC23-11")).toMatchObject({ status: "done", evidence: "theo Báo cáo số 95/BC-STP ngày 24/7/2023" });
      expect(await figures(w)).toMatchObject({ done: 16 });
    });

    it("follows the reply-to id to the reminder answered, not the latest one", async () => {
      await w.remind("stp-chuyen-vien", ["CCHC23-10", "CCHC23-11"], { sentAt: new Date("2023-07-24T08:00:00+07:00"), externalMessageId: "tg-100" });
      await w.remind("stp-chuyen-vien", ["CCHC23-09"], { sentAt: new Date("2023-07-25T08:00:00+07:00"), externalMessageId: "tg-200" });

      expect(await w.say("xong 2", "stp-chuyen-vien", { replyToMessageId: "tg-100" })).toContain("CCHC23-11 đã được ghi nhận hoàn thành");
      expect((await w.task("CCHC23-11")).status).toBe("done");
      expect((await w.task("CCHC23-10")).status).toBe("not_started");

      // Plain "xong" replying to the single-item reminder.
      expect(await w.say("xong", "stp-chuyen-vien", { replyToMessageId: "tg-200" })).toContain("CCHC23-09 đã được ghi nhận hoàn thành");
      const events = await w.events("CCHC23-11");
      expect(events[0]!.details).toMatchObject({ via: { item: 2, replyTo: "tg-100" } });
    });

    it("a button's typed action is acted on as it is, whatever the text says (no sentence is made up and parsed)", async () => {
      await w.remind("stp-chuyen-vien", ["CCHC23-10", "CCHC23-11"], { externalMessageId: "tg-300" });
      const text = await w.say("[nút bấm]", "stp-chuyen-vien", {
        replyToMessageId: "tg-300",
        action: { kind: "done", target: { kind: "item", number: 2 }, locale: "vi" },
      });
      expect(text).toContain("CCHC23-11 đã được ghi nhận hoàn thành");
      expect((await w.task("CCHC23-10")).status).toBe("not_started");
    });

    it("a reply to a message that is no reminder (an answer, an unknown id) acts on no task, not the latest reminder", async () => {
      await w.remind("stp-chuyen-vien", ["CCHC23-09"], { externalMessageId: "tg-200" });
      const before = await snapshot(w);
      const text = await w.say("xong 1", "stp-chuyen-vien", { replyToMessageId: "99999" });
      expect(text).toContain("không phải là một lời nhắc việc");
      expect(text).toContain("không có thay đổi nào");
      expect(await snapshot(w)).toEqual(before);
      // The same words without a reply still mean the last reminder of the chat.
      expect(await w.say("xong 1", "stp-chuyen-vien")).toContain("CCHC23-09 đã được ghi nhận hoàn thành");
    });

    it('"xong" without a number asks which item when the reminder lists several, and changes nothing', async () => {
      await w.remind("stp-chuyen-vien", ["CCHC23-09", "CCHC23-10"]);
      const before = await snapshot(w);
      const text = await w.say("xong");
      expect(text).toContain("có 2 nhiệm vụ");
      expect(text).toContain('"xong 1"');
      expect(text).toContain("1. CCHC23-09");
      expect(text).toContain("2. CCHC23-10");
      expect(await snapshot(w)).toEqual(before);
      expect(await w.t.database.db.taskEvent.count()).toBe(0);
    });

    it("says so when the number is not in the reminder", async () => {
      await w.remind("stp-chuyen-vien", ["CCHC23-09", "CCHC23-10"]);
      const text = await w.say("xong 5");
      expect(text).toContain("không có mục số 5");
      expect(text).toContain("1, 2");
      expect(await w.t.database.db.taskEvent.count()).toBe(0);
    });

    it('"xong" in a chat that has had no reminder: a clear answer, nothing changed', async () => {
      const before = await snapshot(w);
      const text = await w.say("xong");
      expect(text).toContain("chưa có lời nhắc nào");
      expect(text).toContain("xong CCHC23-07");
      expect(await snapshot(w)).toEqual(before);
      expect(await w.t.database.db.taskEvent.count()).toBe(0);
    });

    it("a task code that does not exist: a clear answer, nothing changed", async () => {
      const before = await snapshot(w);
      const text = await w.say("xong CCHC23-99");
      expect(text).toContain("Không tìm thấy nhiệm vụ mã CCHC23-99");
      expect(await snapshot(w)).toEqual(before);
      expect(w.logs.some((l) => l.fields.result === "task_not_found")).toBe(true);
    });

    it("refuses a task already done", async () => {
      const text = await w.say("xong CCHC23-07");
      expect(text).toContain("CCHC23-07 đã hoàn thành ngày 20/6/2023");
      expect((await w.events("CCHC23-07")).map((e) => e.action)).toEqual(["refused"]);
      expect(await figures(w)).toMatchObject({ done: 14 });
    });

    it("caps a 5.000-character evidence at 1.000 characters and stores it safely", async () => {
      await w.remind("stp-chuyen-vien", ["CCHC23-09"]);
      const evidence = `VB số 1/'; DROP TABLE "Task"; -- ${"x".repeat(5_000)}`;
      const text = await w.say(`xong 1, ${evidence}`);
      expect(text).toContain("CCHC23-09 đã được ghi nhận hoàn thành");
      const task = await w.task("CCHC23-09");
      expect(task.evidence!.length).toBeLessThanOrEqual(1_000);
      expect(task.evidence!.startsWith(`VB số 1/'; DROP TABLE "Task"; --`)).toBe(true);
      // Every task of the demo's two plans (CCHC23's 43, KL23's 4) still there.
      expect(await w.t.database.db.task.count()).toBe(47);
      const [event] = await w.events("CCHC23-09");
      expect(((event!.details as { text: string }).text).length).toBeLessThanOrEqual(1_000);
    });
  });

  describe("who may change a task", () => {
    it('"xong" from outside the lead unit is refused, logged and recorded; the task is unchanged', async () => {
      await w.remind("stp-chuyen-vien", ["CCHC23-09"]);
      const before = await snapshot(w);
      // A Công an officer in the Sở Tư pháp chat (a group both are in), answering its reminder.
      const text = await w.say("xong 1", "cat-can-bo", { chatId: "stp-chuyen-vien" });
      expect(text).toContain("Không thể cập nhật CCHC23-09");
      expect(text).toContain("Nguyễn Hữu Phước không thuộc đơn vị chủ trì (Sở Tư pháp)");
      expect(text).toContain("yêu cầu đã được ghi lại");
      expect(await snapshot(w)).toEqual(before);
      const events = await w.events("CCHC23-09");
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ action: "refused", personId: await w.personId("cat-can-bo"), chatId: "stp-chuyen-vien" });
      expect(events[0]!.details).toMatchObject({ command: "done", reason: "not_authorised", sender: "cat-can-bo", text: "xong 1" });
      expect(w.logs.find((l) => l.level === "warn")).toMatchObject({ message: "task command refused", fields: { reason: "not_authorised", task: "CCHC23-09" } });
    });

    it("refuses outsiders for every kind of change, by code from their own chat", async () => {
      const before = await snapshot(w);
      for (const text of ["xong CCHC23-09", "tiến độ CCHC23-09 đạt 90%", "vướng CCHC23-09 vì thiếu kinh phí", "xin gia hạn CCHC23-09 đến 31/12 vì chờ ý kiến Bộ", "chưa xong CCHC23-09 vì chưa có kinh phí"]) {
        expect(await w.say(text, "tamky-chuyen-vien")).toContain("Không thể cập nhật CCHC23-09");
      }
      expect(await snapshot(w)).toEqual(before);
      expect((await w.events("CCHC23-09")).map((e) => (e.details as { reason: string }).reason)).toEqual(Array(5).fill("not_authorised"));
    });

    it("lets the secretariat and an admin change any task", async () => {
      expect(await w.say("tiến độ CCHC23-09 đạt 60%", "snv-chuyen-vien")).toContain("Đã cập nhật tiến độ CCHC23-09: 60% (trước đó 40%).");
      expect(await w.say("xong CCHC23-10", "quan-tri")).toContain("CCHC23-10 đã được ghi nhận hoàn thành");
    });

    it("an unknown sender is refused and the attempt recorded", async () => {
      await w.remind("stp-chuyen-vien", ["CCHC23-09"]);
      const text = await w.say("xong 1", "someone-new", { chatId: "stp-chuyen-vien" });
      expect(text).toContain("Chưa xác định được danh tính người gửi");
      expect((await w.task("CCHC23-09")).status).toBe("in_progress");
      const [event] = await w.events("CCHC23-09");
      expect(event).toMatchObject({ action: "refused", personId: null });
      expect(event!.details).toMatchObject({ reason: "unknown_sender", sender: "someone-new" });
      expect(w.logs.some((l) => l.level === "warn" && l.message.includes("unknown sender"))).toBe(true);
    });

    it("only the secretariat decides on extensions", async () => {
      await w.say("xin gia hạn CCHC23-10 đến 15/11 vì chờ ý kiến Bộ");
      const [request] = await w.t.database.db.extensionRequest.findMany();
      const text = await w.say(`duyệt gia hạn ${request!.id}`, "stp-giam-doc");
      expect(text).toContain("Chỉ Sở Nội vụ (cơ quan thường trực) mới được duyệt gia hạn CCHC23-10");
      expect((await w.t.database.db.extensionRequest.findUniqueOrThrow({ where: { id: request!.id } })).status).toBe("pending");
      expect((await w.task("CCHC23-10")).deadline).toBe("2023-10-31");
      expect((await w.events("CCHC23-10")).map((e) => e.action)).toEqual(["extension_requested", "refused"]);
    });
  });

  describe("progress, not done, blocked", () => {
    it("records progress, a reason for not done, and a blockage the secretariat hears of", async () => {
      await w.remind("stp-chuyen-vien", ["CCHC23-10"]);
      expect(await w.say("đạt 30%")).toContain("Đã cập nhật tiến độ CCHC23-10: 30% (trước đó 0%).");
      expect(await w.task("CCHC23-10")).toMatchObject({ status: "in_progress", progress: 30 });

      expect(await w.say("chưa xong vì thiếu kinh phí")).toContain("Đã ghi nhận CCHC23-10 chưa hoàn thành, lý do: thiếu kinh phí.");
      expect((await w.task("CCHC23-10")).notes).toBe("thiếu kinh phí");

      const handled = await w.send("vướng 1 vì chờ hướng dẫn của Bộ Tư pháp");
      expect(handled.outbound[0]!.text).toContain("Đã ghi nhận CCHC23-10 đang vướng mắc: chờ hướng dẫn của Bộ Tư pháp. Đã báo Sở Nội vụ.");
      expect(await w.task("CCHC23-10")).toMatchObject({ status: "blocked", notes: "chờ hướng dẫn của Bộ Tư pháp" });
      const notices = handled.outbound.slice(1);
      expect(notices.map((n) => n.chatId).sort()).toEqual(["giam-doc-snv", "quan-tri", "snv-chuyen-vien"]);
      expect(notices[0]!.text).toContain("Lê Thị Hồng Nhung báo đang vướng mắc: chờ hướng dẫn của Bộ Tư pháp");
    });

    it("answers an incomplete command with how to write it", async () => {
      expect(await w.say("vướng")).toContain('Xin nêu nội dung vướng mắc, ví dụ: "vướng 3 vì chờ ý kiến của Bộ". Chưa có thay đổi nào.');
      expect(await w.say("xong 1 và 3")).toContain("Xin báo từng nhiệm vụ một");
      expect(await w.say("tiến độ 1 đạt 130%")).toContain("Tiến độ phải từ 0% đến 100%");
      expect(await w.t.database.db.taskEvent.count()).toBe(0);
    });
  });

  describe("extensions", () => {
    it("a date in the past is refused and nothing is requested", async () => {
      const text = await w.say("xin gia hạn CCHC23-09 đến 20/7 vì chờ ý kiến Bộ");
      expect(text).toContain("Ngày 20/7/2023 không sau hôm nay (25/7/2023)");
      expect(await w.t.database.db.extensionRequest.count()).toBe(0);
      const [event] = await w.events("CCHC23-09");
      expect(event).toMatchObject({ action: "refused" });
      expect(event!.details).toMatchObject({ reason: "date_not_after_today", date: "2023-07-20" });
    });

    it("an impossible date, or one not later than the current deadline, is refused", async () => {
      expect(await w.say("xin gia hạn CCHC23-09 đến 31/2 vì chờ ý kiến Bộ")).toContain('Ngày "31/2" không hợp lệ');
      expect(await w.say("xin gia hạn CCHC23-09 đến 30/11 vì chờ ý kiến Bộ")).toContain("Hạn hiện tại của CCHC23-09 là 15/12/2023");
      expect(await w.t.database.db.extensionRequest.count()).toBe(0);
    });

    it("a request goes to the secretariat; approval moves the deadline and the unit hears of it", async () => {
      await w.remind("stp-chuyen-vien", ["CCHC23-10"]);
      const asked = await w.send("xin gia hạn đến 15/11 vì chờ ý kiến của Bộ Tư pháp");
      const [request] = await w.t.database.db.extensionRequest.findMany();
      expect(request).toMatchObject({ status: "pending", newDeadline: "2023-11-15", reason: "chờ ý kiến của Bộ Tư pháp", requestedById: await w.personId("stp-chuyen-vien") });
      expect(asked.outbound[0]!.text).toContain(`Đã gửi yêu cầu gia hạn số ${request!.id}: CCHC23-10 đến 15/11/2023 (hạn hiện tại 31/10/2023), lý do: chờ ý kiến của Bộ Tư pháp.`);
      const toSecretariat = asked.outbound.slice(1);
      expect(toSecretariat.map((n) => n.chatId).sort()).toEqual(["giam-doc-snv", "quan-tri", "snv-chuyen-vien"]);
      expect(toSecretariat[0]!.text).toContain(`Yêu cầu gia hạn số ${request!.id}: Lê Thị Hồng Nhung (Sở Tư pháp) xin gia hạn CCHC23-10`);
      expect(toSecretariat[0]!.text).toContain(`"duyệt gia hạn ${request!.id}"`);
      expect((await w.task("CCHC23-10")).deadline).toBe("2023-10-31");

      // A second request while the first waits is refused.
      expect(await w.say("xin gia hạn CCHC23-10 đến 30/11 vì chờ")).toContain(`đã có yêu cầu gia hạn số ${request!.id}`);

      w.clock.set("2023-07-25T09:00:00+07:00");
      const approved = await w.send(`duyệt gia hạn ${request!.id}`, "giam-doc-snv");
      expect(approved.outbound[0]!.text).toContain(`Đã duyệt yêu cầu gia hạn số ${request!.id}: hạn mới của CCHC23-10 là 15/11/2023. Đã báo Sở Tư pháp.`);
      expect((await w.task("CCHC23-10")).deadline).toBe("2023-11-15");
      expect(await w.t.database.db.extensionRequest.findUniqueOrThrow({ where: { id: request!.id } })).toMatchObject({
        status: "approved",
        decidedById: await w.personId("giam-doc-snv"),
      });
      const toUnit = approved.outbound.slice(1);
      expect(toUnit.map((n) => n.chatId).sort()).toEqual(["stp-chuyen-vien", "stp-giam-doc"]);
      expect(toUnit[0]!.text).toContain("Sở Nội vụ đã duyệt gia hạn CCHC23-10");
      expect(toUnit[0]!.text).toContain("đến 15/11/2023");
      expect((await w.events("CCHC23-10")).map((e) => e.action)).toEqual(["extension_requested", "refused", "extension_approved"]);
    });

    it("a refusal leaves the deadline and tells the unit why", async () => {
      await w.say("xin gia hạn CCHC23-10 đến 15/11 vì chờ ý kiến Bộ");
      const refused = await w.send("từ chối gia hạn CCHC23-10 vì chưa đủ căn cứ", "snv-chuyen-vien");
      expect(refused.outbound[0]!.text).toContain("Đã từ chối yêu cầu gia hạn số");
      const toUnit = refused.outbound.slice(1);
      expect(toUnit.map((n) => n.chatId).sort()).toEqual(["stp-chuyen-vien", "stp-giam-doc"]);
      expect(toUnit[0]!.text).toContain("Sở Nội vụ không đồng ý gia hạn CCHC23-10");
      expect(toUnit[0]!.text).toContain("lý do: chưa đủ căn cứ. Hạn vẫn là 31/10/2023.");
      expect((await w.task("CCHC23-10")).deadline).toBe("2023-10-31");
      expect((await w.t.database.db.extensionRequest.findFirstOrThrow()).status).toBe("refused");
      // Decided once: a second decision is refused.
      expect(await w.say("duyệt gia hạn CCHC23-10", "snv-chuyen-vien")).toContain("không có yêu cầu gia hạn nào đang chờ");
    });

    it('"duyệt gia hạn" without a number picks the only waiting request, and asks when there are several', async () => {
      await w.say("xin gia hạn CCHC23-10 đến 15/11 vì chờ ý kiến Bộ");
      expect(await w.say("duyệt gia hạn", "giam-doc-snv")).toContain("hạn mới của CCHC23-10 là 15/11/2023");
      await w.say("xin gia hạn CCHC23-11 đến 15/12 vì chờ ý kiến Bộ");
      await w.say("xin gia hạn CCHC23-09 đến 31/12 vì chờ ý kiến Bộ");
      const text = await w.say("duyệt gia hạn", "giam-doc-snv");
      expect(text).toContain("Có 2 yêu cầu gia hạn đang chờ");
      expect(text).toContain("CCHC23-11 (Sở Tư pháp) xin gia hạn đến 15/12/2023");
      expect((await w.task("CCHC23-11")).deadline).toBe("2023-11-30");
    });
  });

  describe("undo", () => {
    it("takes back one's own last change within 10 minutes, figures included", async () => {
      await w.remind("stp-chuyen-vien", ["CCHC23-09"]);
      const before = await w.task("CCHC23-09");
      await w.say("xong 1, Báo cáo số 7/BC-STP");
      expect(await figures(w)).toMatchObject({ done: 15 });

      w.clock.set("2023-07-25T08:24:00+07:00");
      const text = await w.say("hoàn tác");
      expect(text).toContain("Đã hoàn tác việc ghi nhận hoàn thành đối với CCHC23-09.");
      expect(text).toContain("Kế hoạch CCHC23: 14/43 nhiệm vụ hoàn thành (32,55%).");
      const after = await w.task("CCHC23-09");
      expect(after).toMatchObject({ status: before.status, progress: before.progress, completedAt: null, evidence: before.evidence, notes: before.notes });
      expect(await figures(w)).toMatchObject({ done: 14 });
      expect((await w.events("CCHC23-09")).map((e) => e.action)).toEqual(["done", "undo"]);

      // Nothing left to undo.
      expect(await w.say("hoàn tác")).toContain("Không có thao tác nào của Lê Thị Hồng Nhung để hoàn tác.");
    });

    it("after 10 minutes, undo is refused and the task stays as it is", async () => {
      await w.say("xong CCHC23-09");
      w.clock.set("2023-07-25T08:26:00+07:00");
      const text = await w.say("hủy thao tác");
      expect(text).toContain("Chỉ hoàn tác được trong vòng 10 phút");
      expect(text).toContain("lúc 08:15 25/7/2023");
      expect((await w.task("CCHC23-09")).status).toBe("done");
      expect((await w.events("CCHC23-09")).map((e) => e.action)).toEqual(["done", "refused"]);
    });

    it("does not undo over someone else's later change", async () => {
      await w.say("tiến độ CCHC23-09 đạt 50%");
      await w.say("tiến độ CCHC23-09 đạt 60%", "stp-giam-doc");
      expect(await w.say("hoàn tác")).toContain("đã được cập nhật sau thao tác đó");
      expect((await w.task("CCHC23-09")).progress).toBe(60);
    });

    it("undoing an extension request withdraws it and tells the secretariat", async () => {
      await w.say("xin gia hạn CCHC23-10 đến 15/11 vì chờ ý kiến Bộ");
      const handled = await w.send("hoàn tác");
      expect(handled.outbound[0]!.text).toContain("Đã hoàn tác yêu cầu gia hạn đối với CCHC23-10.");
      expect(handled.outbound.slice(1).map((n) => n.chatId).sort()).toEqual(["giam-doc-snv", "quan-tri", "snv-chuyen-vien"]);
      expect((await w.t.database.db.extensionRequest.findFirstOrThrow()).status).toBe("refused");
      expect(await w.say("duyệt gia hạn", "giam-doc-snv")).toContain("Không có yêu cầu gia hạn nào đang chờ");
    });
  });

  describe("plans that require the secretariat's confirmation", () => {
    beforeEach(async () => {
      await w.t.database.db.plan.update({ where: { code: "CCHC23" }, data: { requiresConfirmation: true } });
      await w.remind("stp-chuyen-vien", ["CCHC23-09"]);
    });

    it('"done" waits for confirmation; "xác nhận" completes it and the unit is told', async () => {
      const reported = await w.send("xong 1, Báo cáo số 7/BC-STP ngày 24/7/2023");
      expect(reported.outbound[0]!.text).toContain("CCHC23-09 đã được ghi nhận báo cáo hoàn thành lúc 08:15 25/7/2023, đang chờ Sở Nội vụ xác nhận.");
      expect(await w.task("CCHC23-09")).toMatchObject({ status: "pending_confirmation", evidence: "Báo cáo số 7/BC-STP ngày 24/7/2023" });
      expect(await figures(w)).toMatchObject({ done: 14, awaiting: 1 });
      const toSecretariat = reported.outbound.slice(1);
      expect(toSecretariat.map((n) => n.chatId).sort()).toEqual(["giam-doc-snv", "quan-tri", "snv-chuyen-vien"]);
      expect(toSecretariat[0]!.text).toContain('"xác nhận CCHC23-09"');

      // Reporting it again is not needed.
      expect(await w.say("xong 1")).toContain("đang chờ Sở Nội vụ xác nhận");

      w.clock.set("2023-07-25T10:00:00+07:00");
      const confirmed = await w.send("xác nhận CCHC23-09", "snv-chuyen-vien");
      expect(confirmed.outbound[0]!.text).toContain("Đã xác nhận CCHC23-09 hoàn thành. Đã báo Sở Tư pháp.");
      expect(confirmed.outbound[0]!.text).toContain("Kế hoạch CCHC23: 15/43 nhiệm vụ hoàn thành (34,88%).");
      expect(confirmed.outbound.slice(1).map((n) => n.chatId).sort()).toEqual(["stp-chuyen-vien", "stp-giam-doc"]);
      expect(confirmed.outbound[1]!.text).toContain("Sở Nội vụ đã xác nhận CCHC23-09");
      const task = await w.task("CCHC23-09");
      expect(task.status).toBe("done");
      // The completion is when the unit reported it.
      expect(task.completedAt?.toISOString()).toBe(new Date(AT_0815).toISOString());
      expect(await figures(w)).toMatchObject({ done: 15, awaiting: 0 });
    });

    it('"trả lại" puts it back in progress with the reason, and the unit is told', async () => {
      await w.say("xong 1");
      const returned = await w.send("trả lại CCHC23-09 vì thiếu văn bản ban hành kèm theo", "giam-doc-snv");
      expect(returned.outbound[0]!.text).toContain("Đã trả lại CCHC23-09 cho Sở Tư pháp, lý do: thiếu văn bản ban hành kèm theo.");
      expect(returned.outbound[1]!.text).toContain("Sở Nội vụ trả lại CCHC23-09");
      expect(returned.outbound[1]!.text).toContain("lý do: thiếu văn bản ban hành kèm theo");
      expect(await w.task("CCHC23-09")).toMatchObject({ status: "in_progress", completedAt: null, progress: 40, notes: "thiếu văn bản ban hành kèm theo" });
    });

    it('"xác nhận" without a code takes the only task waiting; a unit cannot confirm its own task', async () => {
      await w.say("xong 1");
      expect(await w.say("xác nhận CCHC23-09", "stp-giam-doc")).toContain("Chỉ Sở Nội vụ (cơ quan thường trực) mới được xác nhận hoàn thành CCHC23-09");
      expect((await w.task("CCHC23-09")).status).toBe("pending_confirmation");
      expect(await w.say("xác nhận", "giam-doc-snv")).toContain("Đã xác nhận CCHC23-09 hoàn thành.");
    });

    it("the secretariat's own report needs no confirmation", async () => {
      expect(await w.say("xong CCHC23-02", "snv-chuyen-vien")).toContain("đã hoàn thành");
      expect(await w.say("xong CCHC23-06", "snv-chuyen-vien")).toContain("CCHC23-06 đã được ghi nhận hoàn thành lúc");
      expect((await w.task("CCHC23-06")).status).toBe("done");
    });
  });

  describe("failures", () => {
    const silent: AuditLogger = { info: () => {}, warn: () => {}, error: () => {} };
    const commandsWith = (store: TaskCommandStore, logger: AuditLogger = silent) =>
      createTaskCommands({ store, tasks: createTaskStore(w.t.database.db), people: createPeopleStore(w.t.database.db), logger });
    const from = (text: string, as = "stp-chuyen-vien") => ({ channel: "console", chatId: as, sender: { id: as }, text, receivedAt: new Date(AT_0815) });

    it("a database failure while writing is answered, logged, and leaves the task as it was", async () => {
      const real = createTaskCommandStore(w.t.database.db);
      const errors: unknown[] = [];
      const commands = commandsWith({ ...real, applyChange: async () => Promise.reject(new Error("disk I/O error")) }, { ...silent, error: (fields) => errors.push(fields) });
      const before = await snapshot(w);
      const outcome = await commands.handle(from("xong CCHC23-09"), new Date(AT_0815));
      expect(outcome).toMatchObject({ action: "done", result: "failed", replies: [{ key: "task-command-failed" }] });
      expect(errors).toHaveLength(1);
      expect(await snapshot(w)).toEqual(before);
    });

    it("a change made by someone else at the same moment is not overwritten: the command is decided again", async () => {
      const real = createTaskCommandStore(w.t.database.db);
      let raced = false;
      const commands = commandsWith({
        ...real,
        async applyChange(write) {
          if (!raced) {
            raced = true; // another officer's progress report lands between reading and writing
            await w.t.database.db.task.update({ where: { code: "CCHC23-09" }, data: { progress: 80 } });
          }
          return real.applyChange(write);
        },
      });
      const outcome = await commands.handle(from("tiến độ CCHC23-09 đạt 90%"), new Date(AT_0815));
      expect(outcome?.result).toBe("changed");
      const [event] = await w.events("CCHC23-09");
      expect(event!.details).toMatchObject({ previous: { progress: 80 }, next: { progress: 90 } });
    });
  });

  it("leaves questions to question answering", async () => {
    for (const [text, intent] of [
      ["những nhiệm vụ nào đã hoàn thành", "task_list"],
      ["tiến độ kế hoạch CCHC", "plan_progress"],
      ["CCHC23-07", "task_detail"],
      ["cchc23-41 da xong chua", "task_detail"],
    ] as const) {
      expect((await w.send(text)).understood.understanding.intent, text).toBe(intent);
    }
    expect(await w.t.database.db.taskEvent.count()).toBe(0);
  });
});

describe("task commands (PostgreSQL, demo data)", () => {
  let t: TestDatabase;
  let w: CommandWorld;
  beforeEach(async () => {
    t = await freshPostgres({ demo: true });
    w = await commandWorld(t);
    w.clock.set(AT_0815);
  });
  afterEach(() => t.cleanup());

  it("marks done by reply, moves the figures to 15/43, and refuses an outsider", async () => {
    await w.remind("stp-chuyen-vien", ["CCHC23-09", "CCHC23-10"], { externalMessageId: "tg-1" });
    const outsider = await w.say("xong 1", "cat-can-bo", { chatId: "stp-chuyen-vien", replyToMessageId: "tg-1" });
    expect(outsider).toContain("Không thể cập nhật CCHC23-09");
    expect((await w.task("CCHC23-09")).status).toBe("in_progress");

    const text = await w.say("xong 1, VB số 123/SNV-CCHC ngày 20/7", "stp-chuyen-vien", { replyToMessageId: "tg-1" });
    expect(text).toContain("CCHC23-09 đã được ghi nhận hoàn thành lúc 08:15 25/7/2023.");
    expect(text).toContain("Kế hoạch CCHC23: 15/43 nhiệm vụ hoàn thành (34,88%).");
    expect(await w.task("CCHC23-09")).toMatchObject({ status: "done", evidence: "VB số 123/SNV-CCHC ngày 20/7" });
    expect((await w.events("CCHC23-09")).map((e) => e.action)).toEqual(["refused", "done"]);
    expect(await w.say("tiến độ kế hoạch CCHC")).toContain("15/43");

    w.clock.set("2023-07-25T08:20:00+07:00");
    expect(await w.say("hoàn tác")).toContain("14/43");
    expect((await w.task("CCHC23-09")).status).toBe("in_progress");
  });
});
