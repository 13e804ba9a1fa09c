/**
 * One scheduler tick: plan → compose → dispatch. Planning runs at any hour (so nothing due is forgotten);
 * composing and sending only in working hours of working days. Each step is durable on its own, so a tick
 * that dies half-way is finished by the next one.
 */
import type { WorkingCalendar } from "../../core/calendar/index.js";
import type { Clock } from "../../core/clock.js";
import { type ReminderPolicy, isSendingAllowed } from "../../core/reminders/index.js";
import type { Leadership } from "../leader-lease.js";
import type { ChannelSender } from "../ports.js";
import { composeDeliveries, type ComposeResult } from "./compose.js";
import { prepareDigest, type DigestSource } from "./digest.js";
import { dispatchDeliveries, type DispatchInput, type DispatchResult, type EventLog } from "./dispatch.js";
import { chatGoneText } from "./notices.js";
import { planDueReminders, type PlanDueResult } from "./plan-due.js";
import { NUDGE_KIND, type OutboxStore } from "./ports.js";
import type { RateLimiter } from "./rate-limiter.js";
import type { TextContext } from "./render.js";

export interface ReminderDeps {
  store: OutboxStore;
  calendar: WorkingCalendar;
  policy: ReminderPolicy;
  ctx: TextContext;
  digestSource: DigestSource;
  senders: readonly ChannelSender[];
  limiters?: ReadonlyMap<string, RateLimiter>;
  clock: Clock;
  sleep(ms: number): Promise<void>;
  workerId: string;
  leaseMs?: number;
  log?: EventLog;
  /**
   * Several bot processes on one database: only the one holding the planning lease plans and composes (two
   * composing the same due reminders would send them twice); every process dispatches. Absent: this one does all.
   */
  leader?: Leadership;
  /** Recurring tasks done in a period that has ended are opened again before planning (app/recurring/reopen.ts). */
  reopen?: (now: Date) => Promise<unknown>;
}

export interface TickResult {
  at: Date;
  planned: PlanDueResult;
  /** Null outside working hours, and in a process that does not hold the planning lease. */
  composed: ComposeResult | null;
  /** Null outside working hours, unless a nudge sent with "gửi ngay" went out. */
  dispatched: DispatchResult | null;
}

export async function runReminderTick(deps: ReminderDeps): Promise<TickResult> {
  const at = deps.clock.now();
  const { store, calendar, policy, ctx } = deps;
  const leads = deps.leader ? await deps.leader.holds(at) : true;
  if (leads) await deps.reopen?.(at);
  const planned = leads ? await planDueReminders({ now: at, store, calendar, policy }) : { slots: [], candidates: 0, due: 0, inserted: 0 };
  if (!isSendingAllowed(at, calendar, policy)) {
    // Outside working hours only a nudge sent with "gửi ngay" goes out; any other nudge waits for the window
    // (its notBefore), as every reminder does.
    const dispatched = await dispatchDeliveries({ ...dispatchInput(deps), kinds: [NUDGE_KIND] });
    return { at, planned, composed: null, dispatched: dispatched.sent + dispatched.failed + dispatched.retried > 0 ? dispatched : null };
  }
  const composed = leads ? await composeDeliveries({ now: at, store, ctx, digest: await prepareDigest(at, calendar, policy, deps.digestSource, store, ctx) }) : null;
  for (const lost of composed?.unreachable ?? []) {
    deps.log?.error(
      { unit: lost.unitName, reminders: lost.reminders.length, secretariatTold: lost.secretariatChats.length > 0 },
      "reminders dropped: the unit has no chat bound",
    );
  }
  const dispatched = await dispatchDeliveries({ ...dispatchInput(deps), canSend: (now) => isSendingAllowed(now, calendar, policy) });
  return { at, planned, composed, dispatched };
}

function dispatchInput(deps: ReminderDeps): DispatchInput {
  return {
    store: deps.store,
    senders: deps.senders,
    clock: deps.clock,
    sleep: deps.sleep,
    workerId: deps.workerId,
    ...(deps.leaseMs === undefined ? {} : { leaseMs: deps.leaseMs }),
    ...(deps.limiters ? { limiters: deps.limiters } : {}),
    ...(deps.log ? { log: deps.log } : {}),
    chatGoneText: (chat, retired) => chatGoneText(chat, retired, deps.ctx),
  };
}
