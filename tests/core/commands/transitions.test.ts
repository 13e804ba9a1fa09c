import { describe, expect, it } from "vitest";
import type { DeadlineInput, ExtensionRequest, TaskChangeCommand, TaskEventRecord } from "../../../src/core/commands/types.js";
import { applyCommand, canChangeTask, canDecide, type Change, type Transition } from "../../../src/core/commands/transitions.js";
import { lastUndoable, undoChange, UNDO_WINDOW_MINUTES } from "../../../src/core/commands/undo.js";
import type { Person, Plan, Task } from "../../../src/core/model.js";

const NOW = new Date("2023-07-25T08:15:00+07:00");
const STP = 10;
const SNV = 20;
const CAT = 30;

const plan: Plan = { id: 1, code: "CCHC23", name: "Kế hoạch CCHC 2023", year: 2023, sourceDocument: "KH", secretariatUnitId: SNV, requiresConfirmation: false };
const confirming: Plan = { ...plan, requiresConfirmation: true };
const task: Task = {
  id: 9, code: "CCHC23-09", planId: 1, title: "Xây dựng văn bản", area: "institutions", leadUnitId: STP, deadline: "2023-12-15",
  status: "in_progress", completedAt: null, progress: 40, evidence: null, notes: null,
};
const person = (id: number, role: Person["role"], unitIds: number[]): Person => ({ id, name: `P${id}`, title: null, role, unitIds, headOfUnitIds: [] });
const member = person(1, "unit_officer", [STP]);
const outsider = person(2, "unit_officer", [CAT]);
const secretary = person(3, "secretariat", [SNV]);
const admin = person(4, "admin", []);
const leader = person(5, "leader", [99]);
/** Someone in the secretariat's unit without the secretariat role: not a decider. */
const snvClerk = person(6, "unit_officer", [SNV]);
/** The secretariat role in another unit: not this plan's secretariat. */
const otherSecretariat = person(7, "secretariat", [CAT]);

const vi = { locale: "vi" as const };
type WithoutLocale<C> = C extends TaskChangeCommand ? Omit<C, "locale"> : never;
const cmd = (c: WithoutLocale<TaskChangeCommand>) => ({ ...c, ...vi }) as TaskChangeCommand;
const done = cmd({ kind: "done", target: { kind: "implicit" } });
const ok = (t: Transition): Change => {
  if (!t.ok) throw new Error(`refused: ${t.reason}`);
  return t;
};
const request = (over: Partial<ExtensionRequest> = {}): ExtensionRequest => ({
  id: 5, taskId: 9, requestedById: 1, newDeadline: "2024-01-31", reason: "chờ ý kiến Bộ", status: "pending", createdAt: NOW,
  decidedById: null, decidedAt: null, decisionNote: null, ...over,
});

describe("canChangeTask / canDecide", () => {
  const table: Array<[string, Person, boolean, boolean]> = [
    ["a member of the lead unit", member, true, false],
    ["a member of another unit", outsider, false, false],
    ["the plan's secretariat", secretary, true, true],
    ["an admin", admin, true, true],
    ["a leader outside the lead unit", leader, false, false],
    ["a member of the secretariat's unit without the secretariat role", snvClerk, false, false],
    ["the secretariat role of another unit", otherSecretariat, false, false],
  ];
  for (const [who, actor, change, decide] of table) {
    it(`${who}: may change ${change}, may decide ${decide}`, () => {
      expect(canChangeTask(actor, task, plan)).toBe(change);
      expect(canDecide(actor, plan)).toBe(decide);
    });
  }
});

describe("applyCommand", () => {
  it("done: status, completion instant, progress 100 and evidence, with the previous values recorded", () => {
    const t = ok(applyCommand(task, cmd({ kind: "done", target: { kind: "implicit" }, evidence: "VB số 1" }), member, plan, NOW));
    expect(t.action).toBe("done");
    expect(t.patch).toEqual({ status: "done", completedAt: NOW, progress: 100, evidence: "VB số 1" });
    expect(t.previous).toEqual({ status: "in_progress", completedAt: null, progress: 40, evidence: null });
    expect(t.details).toMatchObject({ previous: { status: "in_progress", completedAt: null }, next: { completedAt: NOW.toISOString() } });
    expect(t.notify).toBeUndefined();
  });

  it("refuses outsiders with not_authorised, whatever the command", () => {
    const commands = [
      done,
      cmd({ kind: "progress", target: { kind: "implicit" }, percent: 50 }),
      cmd({ kind: "not_done", target: { kind: "implicit" }, reason: "x" }),
      cmd({ kind: "blocked", target: { kind: "implicit" }, reason: "x" }),
      cmd({ kind: "extend", target: { kind: "implicit" }, deadline: { ok: true, date: "2024-01-31", text: "31/1/2024" }, reason: "x" }),
    ];
    for (const c of commands) {
      expect(applyCommand(task, c, outsider, plan, NOW)).toMatchObject({ ok: false, reason: "not_authorised" });
      expect(applyCommand(task, c, leader, plan, NOW)).toMatchObject({ ok: false, reason: "not_authorised" });
    }
  });

  it("refuses decisions to anyone but the secretariat and admins", () => {
    const pending = { ...task, status: "pending_confirmation" as const, completedAt: NOW, progress: 100 };
    for (const actor of [member, outsider, snvClerk]) {
      expect(applyCommand(pending, cmd({ kind: "confirm", target: { kind: "implicit" } }), actor, confirming, NOW)).toMatchObject({ ok: false, reason: "not_secretariat" });
      expect(applyCommand(task, cmd({ kind: "approve_extension", ref: { kind: "request", id: 5 } }), actor, plan, NOW, { request: request() })).toMatchObject({ ok: false, reason: "not_secretariat" });
    }
    expect(ok(applyCommand(pending, cmd({ kind: "confirm", target: { kind: "implicit" } }), admin, confirming, NOW)).patch).toEqual({ status: "done" });
  });

  it("refuses a task already done or awaiting confirmation", () => {
    const finished = { ...task, status: "done" as const, completedAt: new Date("2023-06-20T10:00:00+07:00"), progress: 100 };
    expect(applyCommand(finished, done, member, plan, NOW)).toMatchObject({ ok: false, reason: "already_done" });
    expect(applyCommand(finished, cmd({ kind: "progress", target: { kind: "implicit" }, percent: 50 }), member, plan, NOW)).toMatchObject({ ok: false, reason: "already_done" });
    const waiting = { ...task, status: "pending_confirmation" as const };
    expect(applyCommand(waiting, done, member, confirming, NOW)).toMatchObject({ ok: false, reason: "awaiting_confirmation" });
  });

  it("on a plan requiring confirmation, done waits and the secretariat is told; its own report does not wait", () => {
    const t = ok(applyCommand(task, done, member, confirming, NOW));
    expect(t).toMatchObject({ action: "done_reported", notify: "secretariat", patch: { status: "pending_confirmation", completedAt: NOW, progress: 100 } });
    expect(ok(applyCommand(task, done, secretary, confirming, NOW))).toMatchObject({ action: "done", patch: { status: "done" } });
  });

  it("confirm → done; return → in progress with the reason and the progress before the report", () => {
    const waiting: Task = { ...task, status: "pending_confirmation", completedAt: NOW, progress: 100, evidence: "VB" };
    expect(ok(applyCommand(waiting, cmd({ kind: "confirm", target: { kind: "implicit" } }), secretary, confirming, NOW))).toMatchObject({
      action: "confirmed", patch: { status: "done" }, notify: "unit",
    });
    const returned = ok(applyCommand(waiting, cmd({ kind: "return", target: { kind: "implicit" }, reason: "thiếu minh chứng" }), secretary, confirming, NOW, { progressBeforeDone: 40 }));
    expect(returned).toMatchObject({ action: "returned", notify: "unit", patch: { status: "in_progress", completedAt: null, progress: 40, notes: "thiếu minh chứng" } });
    expect(applyCommand(task, cmd({ kind: "confirm", target: { kind: "implicit" } }), secretary, confirming, NOW)).toMatchObject({ ok: false, reason: "not_awaiting_confirmation" });
  });

  it("progress starts a task not started, and unblocks a blocked one", () => {
    const fresh = { ...task, status: "not_started" as const, progress: 0 };
    expect(ok(applyCommand(fresh, cmd({ kind: "progress", target: { kind: "implicit" }, percent: 30 }), member, plan, NOW)).patch).toEqual({ progress: 30, status: "in_progress" });
    expect(ok(applyCommand(task, cmd({ kind: "progress", target: { kind: "implicit" }, percent: 70 }), member, plan, NOW)).patch).toEqual({ progress: 70 });
    const blocked = { ...task, status: "blocked" as const };
    expect(ok(applyCommand(blocked, cmd({ kind: "progress", target: { kind: "implicit" }, percent: 50 }), member, plan, NOW)).patch).toMatchObject({ status: "in_progress" });
  });

  it("blocked records the reason and tells the secretariat; not done reopens a task reported done", () => {
    expect(ok(applyCommand(task, cmd({ kind: "blocked", target: { kind: "implicit" }, reason: "thiếu kinh phí" }), member, plan, NOW))).toMatchObject({
      patch: { status: "blocked", notes: "thiếu kinh phí" }, notify: "secretariat",
    });
    const finished = { ...task, status: "done" as const, completedAt: NOW, progress: 100 };
    expect(ok(applyCommand(finished, cmd({ kind: "not_done", target: { kind: "implicit" } }), member, plan, NOW, { progressBeforeDone: 40 })).patch).toEqual({
      status: "in_progress", completedAt: null, progress: 40,
    });
    expect(ok(applyCommand(task, cmd({ kind: "not_done", target: { kind: "implicit" }, reason: "chờ" }), member, plan, NOW)).patch).toEqual({ notes: "chờ" });
  });

  describe("extension requests", () => {
    const extend = (deadline: DeadlineInput) => cmd({ kind: "extend", target: { kind: "implicit" }, deadline, reason: "chờ ý kiến Bộ" });
    it("a valid later date creates a request for the secretariat, and moves nothing yet", () => {
      const t = ok(applyCommand(task, extend({ ok: true, date: "2024-01-31", text: "31/1/2024" }), member, plan, NOW));
      expect(t).toMatchObject({ action: "extension_requested", patch: {}, notify: "secretariat", extension: { kind: "create", newDeadline: "2024-01-31", reason: "chờ ý kiến Bộ" } });
    });
    it("refuses a date in the past, today, an invalid date, one not after the deadline, and a second request", () => {
      expect(applyCommand(task, extend({ ok: false, problem: "not_after_today", text: "20/7", date: "2023-07-20" }), member, plan, NOW)).toMatchObject({ ok: false, reason: "date_not_after_today" });
      expect(applyCommand(task, extend({ ok: true, date: "2023-07-25", text: "25/7" }), member, plan, NOW)).toMatchObject({ ok: false, reason: "date_not_after_today" });
      expect(applyCommand(task, extend({ ok: false, problem: "invalid", text: "31/2" }), member, plan, NOW)).toMatchObject({ ok: false, reason: "date_invalid" });
      expect(applyCommand(task, extend({ ok: true, date: "2023-12-01", text: "1/12" }), member, plan, NOW)).toMatchObject({ ok: false, reason: "date_not_later" });
      expect(applyCommand(task, extend({ ok: true, date: "2024-01-31", text: "31/1/2024" }), member, plan, NOW, { pendingExtension: request() })).toMatchObject({
        ok: false, reason: "extension_pending", details: { requestId: 5 },
      });
    });
    it("approval moves the deadline (or to the date the secretariat gives); refusal keeps it; a decided request stays decided", () => {
      const approve = cmd({ kind: "approve_extension", ref: { kind: "request", id: 5 } });
      expect(ok(applyCommand(task, approve, secretary, plan, NOW, { request: request() }))).toMatchObject({
        action: "extension_approved", patch: { deadline: "2024-01-31" }, previous: { deadline: "2023-12-15" }, notify: "unit",
        extension: { kind: "decide", requestId: 5, status: "approved" },
      });
      const shorter = cmd({ kind: "approve_extension", ref: { kind: "request", id: 5 }, deadline: { ok: true, date: "2024-01-15", text: "15/1/2024" } });
      // The plan's own deadline is kept the first time a deadline moves, and never overwritten by a later extension.
      expect(ok(applyCommand(task, shorter, secretary, plan, NOW, { request: request() })).patch).toEqual({ deadline: "2024-01-15", originalDeadline: "2023-12-15" });
      const again = { ...task, deadline: "2024-01-15", originalDeadline: "2023-12-15" };
      expect(ok(applyCommand(again, approve, secretary, plan, NOW, { request: request() })).patch).toEqual({ deadline: "2024-01-31" });
      // Approving to a day not after the deadline in force moves nothing.
      const earlier = cmd({ kind: "approve_extension", ref: { kind: "request", id: 5 }, deadline: { ok: true, date: "2023-12-01", text: "1/12" } });
      expect(applyCommand(task, earlier, secretary, plan, NOW, { request: request() })).toMatchObject({ ok: false, reason: "date_not_later" });
      const refuse = cmd({ kind: "refuse_extension", ref: { kind: "request", id: 5 }, reason: "chưa đủ căn cứ" });
      expect(ok(applyCommand(task, refuse, secretary, plan, NOW, { request: request() }))).toMatchObject({
        action: "extension_refused", patch: {}, extension: { kind: "decide", status: "refused", note: "chưa đủ căn cứ" }, notify: "unit",
      });
      expect(applyCommand(task, approve, secretary, plan, NOW, { request: request({ status: "refused" }) })).toMatchObject({ ok: false, reason: "request_decided" });
    });
  });
});

describe("undo", () => {
  const event = (over: Partial<TaskEventRecord> = {}): TaskEventRecord => ({
    id: 100, taskId: 9, personId: 1, action: "done", at: NOW, channel: "console", chatId: "x", messageId: null,
    details: { previous: { status: "in_progress", completedAt: null, progress: 40 }, next: { status: "done", completedAt: NOW.toISOString(), progress: 100 } },
    ...over,
  });
  const doneTask: Task = { ...task, status: "done", completedAt: NOW, progress: 100 };
  const minutesLater = (m: number) => new Date(NOW.getTime() + m * 60_000);

  it("restores the previous values within the window", () => {
    const t = ok(undoChange(doneTask, event(), member, plan, minutesLater(UNDO_WINDOW_MINUTES)));
    expect(t).toMatchObject({ action: "undo", patch: { status: "in_progress", completedAt: null, progress: 40 }, previous: { status: "done", progress: 100 } });
    expect(t.details).toMatchObject({ undoes: 100, undoneAction: "done" });
  });

  it("refuses after 10 minutes, and when the task changed since", () => {
    expect(undoChange(doneTask, event(), member, plan, minutesLater(UNDO_WINDOW_MINUTES + 1))).toMatchObject({ ok: false, reason: "undo_expired" });
    expect(undoChange({ ...doneTask, progress: 90 }, event(), member, plan, minutesLater(1))).toMatchObject({ ok: false, reason: "changed_since" });
  });

  it("withdraws an extension request still pending, and reopens a decided one", () => {
    const requested = event({ action: "extension_requested", details: { previous: {}, next: {}, requestId: 5 } });
    expect(ok(undoChange(task, requested, member, plan, minutesLater(1), request()))).toMatchObject({ extension: { kind: "withdraw", requestId: 5 }, notify: "secretariat" });
    expect(undoChange(task, requested, member, plan, minutesLater(1), request({ status: "approved" }))).toMatchObject({ ok: false, reason: "changed_since" });
    const approved = event({ personId: 3, action: "extension_approved", details: { previous: { deadline: "2023-12-15" }, next: { deadline: "2024-01-31" }, requestId: 5 } });
    expect(ok(undoChange({ ...task, deadline: "2024-01-31" }, approved, secretary, plan, minutesLater(2), request({ status: "approved" })))).toMatchObject({
      patch: { deadline: "2023-12-15" }, extension: { kind: "reopen", requestId: 5, from: "approved" }, notify: "unit",
    });
  });

  it("finds the last change not yet undone, skipping refused attempts", () => {
    const events: TaskEventRecord[] = [
      event({ id: 5, action: "refused" }),
      event({ id: 4, action: "undo", details: { undoes: 3 } }),
      event({ id: 3, action: "progress" }),
      event({ id: 2, action: "done" }),
      event({ id: 1, action: "blocked" }),
    ];
    expect(lastUndoable(events)?.id).toBe(2);
    expect(lastUndoable([event({ id: 4, action: "undo", details: { undoes: 3 } }), event({ id: 3 })])).toBeUndefined();
  });
});
