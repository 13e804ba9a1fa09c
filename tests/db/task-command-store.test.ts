import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TaskCommandStore } from "../../src/app/ports.js";
import { createTaskCommandStore } from "../../src/db/stores/task-command-store.js";
import { freshPostgres, freshSqlite, type TestDatabase } from "../support/databases.js";

const NOW = new Date("2023-07-25T08:15:00+07:00");

/** The guarded write behind every task command: all of it, or nothing when the row moved meanwhile. */
for (const [provider, open] of [["SQLite", freshSqlite], ["PostgreSQL", freshPostgres]] as const) {
  describe(`task command store (${provider})`, () => {
    let t: TestDatabase;
    let store: TaskCommandStore;
    beforeAll(async () => {
      t = await open({ demo: true });
      store = createTaskCommandStore(t.database.db);
    });
    afterAll(() => t?.cleanup());

    const event = (taskId: number, personId: number, action: string) => ({
      taskId, personId, action, at: NOW, channel: "console", chatId: "x", messageId: "m1", details: { note: "thử" },
    });

    it("writes the task, a new extension request and the event in one go, the request id in the event", async () => {
      const task = (await store.taskByCode("CCHC23-10"))!;
      const person = await t.database.db.person.findUniqueOrThrow({ where: { key: "stp-chuyen-vien" } });
      const result = await store.applyChange({
        taskId: task.id,
        expected: { progress: 0 },
        patch: { progress: 10 },
        extension: { kind: "create", requestedById: person.id, newDeadline: "2023-11-15", reason: "chờ", createdAt: NOW },
        event: event(task.id, person.id, "extension_requested"),
      });
      expect(result).toMatchObject({ ok: true });
      const requestId = (result as { requestId: number }).requestId;
      expect(await store.extensionRequest(requestId)).toMatchObject({ status: "pending", newDeadline: "2023-11-15", taskId: task.id });
      expect((await store.pendingExtensions({ taskId: task.id })).map((r) => r.id)).toEqual([requestId]);
      const [latest] = await store.latestEventsBy(person.id, 5);
      expect(latest).toMatchObject({ action: "extension_requested", details: { note: "thử", requestId } });
      expect((await store.taskById(task.id))!.progress).toBe(10);
    });

    it("writes nothing at all when the task no longer holds the expected values", async () => {
      const task = (await store.taskByCode("CCHC23-11"))!;
      const person = await t.database.db.person.findUniqueOrThrow({ where: { key: "stp-chuyen-vien" } });
      const events = await t.database.db.taskEvent.count();
      const requests = await t.database.db.extensionRequest.count();
      const result = await store.applyChange({
        taskId: task.id,
        expected: { status: "in_progress" }, // it is not_started
        patch: { status: "done", completedAt: NOW },
        extension: { kind: "create", requestedById: person.id, newDeadline: "2023-12-15", reason: "chờ", createdAt: NOW },
        event: event(task.id, person.id, "done"),
      });
      expect(result).toEqual({ ok: false, reason: "conflict" });
      expect(await store.taskById(task.id)).toMatchObject({ status: "not_started", completedAt: null });
      expect(await t.database.db.taskEvent.count()).toBe(events);
      expect(await t.database.db.extensionRequest.count()).toBe(requests);
    });

    it("decides a request only while it is pending", async () => {
      const task = (await store.taskByCode("CCHC23-10"))!;
      const [request] = await store.pendingExtensions({ taskId: task.id });
      const decider = await t.database.db.person.findUniqueOrThrow({ where: { key: "giam-doc-snv" } });
      const decide = () =>
        store.applyChange({
          taskId: task.id,
          expected: { deadline: "2023-10-31" },
          patch: { deadline: "2023-11-15" },
          extension: { kind: "decide", requestId: request!.id, status: "approved", decidedById: decider.id, decidedAt: NOW, note: null },
          event: event(task.id, decider.id, "extension_approved"),
        });
      expect(await decide()).toMatchObject({ ok: true });
      expect(await store.extensionRequest(request!.id)).toMatchObject({ status: "approved", decidedById: decider.id });
      expect(await decide()).toEqual({ ok: false, reason: "conflict" });
      expect((await store.taskById(task.id))!.deadline).toBe("2023-11-15");
    });

    it("finds deliveries by reply-to id and the latest one with items sent to a chat", async () => {
      const db = t.database.db;
      const task = (await store.taskByCode("CCHC23-09"))!;
      const make = (sentAt: Date, externalMessageId: string, items: boolean, status: "sent" | "pending" = "sent") =>
        db.delivery.create({
          data: {
            channel: "console", chatId: "c1", kind: "reminder", text: "…", status, createdAt: sentAt, notBefore: sentAt,
            sentAt: status === "sent" ? sentAt : null, externalMessageId,
            ...(items ? { items: { create: [{ number: 1, taskId: task.id }] } } : {}),
          },
        });
      const old = await make(new Date("2023-07-24T08:00:00+07:00"), "e1", true);
      const newest = await make(new Date("2023-07-25T07:00:00+07:00"), "e2", true);
      await make(new Date("2023-07-25T07:30:00+07:00"), "e3", false); // a notice without items
      await make(new Date("2023-07-25T07:40:00+07:00"), "e4", true, "pending"); // not sent yet
      await make(new Date("2023-07-25T09:00:00+07:00"), "e5", true); // after "now"
      expect((await store.latestDelivery("console", "c1", NOW))?.id).toBe(newest.id);
      expect(await store.deliveryByMessage("console", "c1", "e1")).toMatchObject({ id: old.id, items: [{ number: 1, taskId: task.id }] });
      expect(await store.deliveryByMessage("console", "other-chat", "e1")).toBeNull();
      expect(await store.latestDelivery("console", "c2", NOW)).toBeNull();
    });
  });
}
