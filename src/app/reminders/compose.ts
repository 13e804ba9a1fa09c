/**
 * Composing: in one transaction (holding the compose lock), due reminders become deliveries and are marked
 * queued (merged when caught up into a summary, dropped when nothing can be sent or the task no longer needs
 * it). A crash before the commit leaves the reminders pending for the next tick; after it, they are in the
 * outbox and never composed again.
 */
import { vnDate } from "../../core/local-date.js";
import { composeBundles, stillApplies, type Unreachable } from "./bundle-deliveries.js";
import { DIGEST_STATE_KEY, type DigestDraft } from "./digest.js";
import type { ComposeSession, ComposeStore, DeliveryDraft } from "./ports.js";
import type { TextContext } from "./render.js";

export interface ComposeInput {
  now: Date;
  store: ComposeStore;
  ctx: TextContext;
  /** This week's digest, prepared (outside the transaction) when it is due and not yet sent. */
  digest?: DigestDraft | null;
}

export interface ComposeResult {
  reminders: number;
  deliveries: number;
  merged: number;
  /** Reminders whose task was done or rescheduled since planning. */
  obsolete: number;
  /** Reminders for units with no chat; the secretariat is told. */
  unreachable: Unreachable[];
  notices: number;
  digests: number;
}

export function composeDeliveries({ now, store, ctx, digest }: ComposeInput): Promise<ComposeResult> {
  return store.composeSession(async (session) => {
    const result: ComposeResult = { reminders: 0, deliveries: 0, merged: 0, obsolete: 0, unreachable: [], notices: 0, digests: 0 };
    const pending = await session.pendingReminders(now);
    const obsolete = pending.filter((r) => !stillApplies(r, ctx.calendar));
    await session.setReminderStatus(obsolete.map((r) => r.id), "dropped", null);
    result.obsolete = obsolete.length;
    const valid = pending.filter((r) => stillApplies(r, ctx.calendar));
    const directory = await session.recipients([...new Set(valid.map((r) => r.unitId))], [...new Set(valid.map((r) => r.planId))]);
    // The head is told how many times the unit was reminded of the tasks escalated to them.
    const escalated = [...new Set(valid.filter((r) => r.audience === "unit_head").map((r) => r.taskId))];
    const reminded = await session.unitRemindersComposed(escalated);
    const composition = composeBundles(valid, directory, now, ctx, reminded);
    const today = vnDate(now);
    for (const bundle of composition.deliveries) {
      const drafts: DeliveryDraft[] = bundle.chats.flatMap((chat) =>
        bundle.parts.map((part) => ({ ...chat, kind: bundle.kind, text: part.text, notBefore: now, items: part.items })),
      );
      const ids = await session.addDeliveries(drafts, now);
      const merged = bundle.reminders.filter((r) => r.slot < today);
      await session.setReminderStatus(merged.map((r) => r.id), "merged", ids[0]!);
      await session.setReminderStatus(bundle.reminders.filter((r) => r.slot >= today).map((r) => r.id), "queued", ids[0]!);
      result.reminders += bundle.reminders.length;
      result.merged += merged.length;
      result.deliveries += ids.length;
    }
    for (const lost of composition.unreachable) {
      await session.setReminderStatus(lost.reminders.map((r) => r.id), "dropped", null);
      result.notices += (await notify(session, lost, now)).length;
    }
    result.unreachable = composition.unreachable;
    if (digest) result.digests = await storeDigest(session, digest, now);
    return result;
  });
}

function notify(session: ComposeSession, lost: Unreachable, now: Date): Promise<number[]> {
  return session.addDeliveries(lost.secretariatChats.map((chat) => ({ ...chat, kind: "notice", text: lost.text, notBefore: now, items: [] })), now);
}

/** The week's key and the deliveries commit together: a second composer finds the key set and sends nothing. */
async function storeDigest(session: ComposeSession, digest: DigestDraft, now: Date): Promise<number> {
  if (!(await session.claimState(DIGEST_STATE_KEY, digest.key, now))) return 0;
  const chats = await session.leaderChats();
  const ids = await session.addDeliveries(chats.map((chat) => ({ ...chat, kind: "digest", text: digest.text, notBefore: now, items: [] })), now);
  return ids.length;
}
