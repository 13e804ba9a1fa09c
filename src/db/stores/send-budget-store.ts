import { DEFAULT_SEND_LIMITS, inMemorySendBudget, type SendBudget, type SendTarget } from "../../app/outbound/send-budget.js";
import type { RateLimits, RateWindow } from "../../app/reminders/rate-limiter.js";
import type { Db } from "../client.js";
import type { Provider } from "../provider.js";
import { rawSql, toDate, type RawRunner } from "./raw-sql.js";

/** A clock ahead of this one by less than this still counts (instances' clocks differ a little); beyond, a mark is from before a jump back. */
const SKEW_MS = 1000;
const PRUNE_EVERY = 1000;
/** Many lanes take at once: waiting a while for a pooled connection beats Prisma's 2-second default. */
const TRANSACTION = { maxWait: 10_000, timeout: 10_000 };

/**
 * The send budget shared by every bot process on one database: the same rolling windows as the in-memory
 * budget (overall, per chat, per group), counted in SendMark rows, and retry_after holds in SendHold. A take
 * is one transaction that first writes the channel's lock row (SendHold with chatKey ""), so takes of one
 * channel run one at a time across processes (a row lock on PostgreSQL, the single writer on SQLite) and two
 * never both get the last place in a window. Costs a few milliseconds a message; Telegram allows 30 a second.
 */
export function createDatabaseSendBudget(db: Db, provider: Provider, limits: ReadonlyMap<string, RateLimits> = DEFAULT_SEND_LIMITS): SendBudget {
  const sql = rawSql(provider);
  let takes = 0;

  /** How long until one more message fits this window (0: now), from the marks in it. */
  async function waitFor(tx: RawRunner, window: RateWindow, nowMs: number, where: string, ...params: unknown[]): Promise<number> {
    const rows = await sql.query<{ at: unknown }>(
      tx,
      `SELECT "at" FROM "SendMark" WHERE ${where} AND "at" > ? AND "at" <= ? ORDER BY "at" DESC LIMIT 1 OFFSET ?`,
      ...params,
      new Date(nowMs - window.windowMs),
      new Date(nowMs + SKEW_MS),
      window.count - 1,
    );
    return rows[0] ? Math.max(0, toDate(rows[0].at).getTime() + window.windowMs - nowMs) : 0;
  }

  async function heldFor(tx: RawRunner, target: SendTarget, nowMs: number): Promise<number> {
    const rows = await sql.query<{ until: unknown }>(tx, `SELECT "until" FROM "SendHold" WHERE "channel" = ? AND "chatKey" = ?`, target.channel, target.chatKey);
    return rows[0] ? Math.max(0, toDate(rows[0].until).getTime() - nowMs) : 0;
  }

  // When the database cannot answer (a busy pool, an outage), this process paces itself alone rather than
  // dropping the message: over the shared limits at worst, and Telegram's 429 still has the last word.
  const alone = inMemorySendBudget(limits);
  // The earliest a message may go, as this process last read it: marks are only ever added, so until then the
  // answer is the same and no transaction is needed to give it (a waiting lane asks again and again).
  const notBefore = new Map<string, number>();
  const known = (key: string, nowMs: number) => {
    const at = notBefore.get(key) ?? 0;
    if (at <= nowMs) notBefore.delete(key);
    return Math.max(0, at - nowMs);
  };
  return {
    async take(target, nowMs) {
      const cached = Math.max(known(target.channel, nowMs), known(`${target.channel}\n${target.chatKey}`, nowMs));
      if (cached > 0) return Math.ceil(cached);
      return shared(target, nowMs).catch(() => alone.take(target, nowMs));
    },
    async hold(target, untilMs) {
      await alone.hold(target, untilMs);
      await sharedHold(target, untilMs).catch(() => undefined);
    },
  };

  async function shared(target: SendTarget, nowMs: number): Promise<number> {
    const channelLimits = limits.get(target.channel);
    if (!channelLimits) return Math.ceil(await heldFor(db, target, nowMs));
    const wait = await db.$transaction(async (tx) => {
      await sql.execute(
        tx,
        `INSERT INTO "SendHold" ("channel", "chatKey", "until") VALUES (?, '', ?) ON CONFLICT ("channel", "chatKey") DO UPDATE SET "until" = excluded."until"`,
        target.channel,
        new Date(nowMs),
      );
      const overall = await waitFor(tx, channelLimits.overall, nowMs, `"channel" = ?`, target.channel);
      const chat = Math.max(
        await heldFor(tx, target, nowMs),
        await waitFor(tx, channelLimits.perChat, nowMs, `"channel" = ? AND "chatKey" = ?`, target.channel, target.chatKey),
        target.isGroup ? await waitFor(tx, channelLimits.perGroup, nowMs, `"channel" = ? AND "chatKey" = ?`, target.channel, target.chatKey) : 0,
      );
      if (overall > 0) notBefore.set(target.channel, nowMs + overall);
      if (chat > 0) notBefore.set(`${target.channel}\n${target.chatKey}`, nowMs + chat);
      const longest = Math.max(overall, chat);
      if (longest > 0) return Math.max(1, Math.ceil(longest));
      await sql.execute(tx, `INSERT INTO "SendMark" ("channel", "chatKey", "isGroup", "at") VALUES (?, ?, ?, ?)`, target.channel, target.chatKey, provider === "sqlite" ? Number(target.isGroup) : target.isGroup, new Date(nowMs));
      return 0;
    }, TRANSACTION);
    if (wait === 0 && ++takes % PRUNE_EVERY === 0) {
      await sql.execute(db, `DELETE FROM "SendMark" WHERE "channel" = ? AND "at" < ?`, target.channel, new Date(nowMs - longestWindow(channelLimits) - SKEW_MS)).catch(() => 0);
    }
    return wait;
  }

  async function sharedHold(target: SendTarget, untilMs: number): Promise<void> {
    await sql.execute(
      db,
      `INSERT INTO "SendHold" ("channel", "chatKey", "until") VALUES (?, ?, ?)
       ON CONFLICT ("channel", "chatKey") DO UPDATE SET "until" = CASE WHEN excluded."until" > "SendHold"."until" THEN excluded."until" ELSE "SendHold"."until" END`,
      target.channel,
      target.chatKey,
      new Date(untilMs),
    );
  }
}

function longestWindow(limits: RateLimits): number {
  return Math.max(limits.overall.windowMs, limits.perChat.windowMs, limits.perGroup.windowMs);
}
