import { DEFAULT_SEND_LIMITS, inMemorySendBudget, type SendBudget, type SendTarget, type Turn } from "../../app/outbound/send-budget.js";
import type { RateLimits, RateWindow } from "../../app/reminders/rate-limiter.js";
import type { Db } from "../client.js";
import type { Provider } from "../provider.js";
import { rawSql, toDate, type RawRunner } from "./raw-sql.js";

/** A clock ahead of this one by less than this still counts (instances' clocks differ a little); beyond, a mark is from before a jump back. */
const SKEW_MS = 1000;
const PRUNE_EVERY = 1000;
/** The farthest ahead a place is kept: a longer line asks again later rather than holding places a minute out. */
const MAX_AHEAD_MS = 15_000;
/** Many lanes take at once: waiting a while for a pooled connection beats Prisma's 2-second default. */
const TRANSACTION = { maxWait: 10_000, timeout: 10_000 };
/** Places lost to another process before a kept place falls back to the transaction under the lock row. */
const OPTIMISTIC_TRIES = 8;

/**
 * The send budget shared by every bot process on one database: the same rolling windows as the in-memory
 * budget (overall, per chat, per group), counted in SendMark rows, and retry_after holds in SendHold. A take
 * is one transaction that first writes the channel's lock row (SendHold with chatKey ""), so takes of one
 * channel run one at a time across processes (a row lock on PostgreSQL, the single writer on SQLite) and two
 * never both get the last place in a window. Costs a few milliseconds a message; Telegram allows 30 a second.
 * On PostgreSQL a place is kept without a transaction, in two statements instead of five round trips (see
 * `keptOptimistically`).
 */
export function createDatabaseSendBudget(db: Db, provider: Provider, limits: ReadonlyMap<string, RateLimits> = DEFAULT_SEND_LIMITS): SendBudget {
  const sql = rawSql(provider);
  let takes = 0;
  // The lock row's "until" is also its version on PostgreSQL (see keptOptimistically): it only ever moves
  // forward, by at least a millisecond a take, so that a place read before another process's take never
  // passes for one read after it.
  const lockRow = provider === "postgresql"
    ? `INSERT INTO "SendHold" ("channel", "chatKey", "until") VALUES (?, '', ?) ON CONFLICT ("channel", "chatKey") DO UPDATE SET "until" = GREATEST(excluded."until", "SendHold"."until" + interval '1 millisecond')`
    : `INSERT INTO "SendHold" ("channel", "chatKey", "until") VALUES (?, '', ?) ON CONFLICT ("channel", "chatKey") DO UPDATE SET "until" = excluded."until"`;

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
  const cachedWait = (target: SendTarget, nowMs: number) => Math.ceil(Math.max(known(target.channel, nowMs), known(`${target.channel}\n${target.chatKey}`, nowMs)));
  // One take of a channel at a time in this process. Lanes told to wait for the same window all wake at the
  // same millisecond: each ran its own transaction and all but one were told to wait again, so a send cost a
  // transaction per waiting lane (bench:scale, 600 answers waiting for Telegram's 27 in 1,1 s: 23,6
  // transactions an update). In line, the first takes the place and the second learns the next wait, which
  // the rest read from `notBefore` without a transaction.
  const lines = new Map<string, Promise<unknown>>();
  const inLine = <T>(channel: string, work: () => Promise<T>): Promise<T> => {
    const mine = (lines.get(channel) ?? Promise.resolve()).then(work);
    const tail = mine.catch(() => undefined);
    lines.set(channel, tail);
    void tail.then(() => lines.get(channel) === tail && lines.delete(channel));
    return mine;
  };
  return {
    async reserve(target, now, maxWaitMs) {
      const chatWait = known(`${target.channel}\n${target.chatKey}`, now());
      if (chatWait > 0) return { waitMs: Math.ceil(chatWait), counted: false };
      // The time is read once the lane's turn in line has come: a place kept from a time read before the wait
      // would be sent later than its mark says, closer to the next one than the window allows.
      return inLine(target.channel, () => {
        const nowMs = now();
        return reserved(target, nowMs, Math.min(maxWaitMs, MAX_AHEAD_MS)).catch(async () => {
          const wait = await alone.take(target, nowMs);
          return { waitMs: wait, counted: wait === 0 };
        });
      });
    },
    async take(target, nowMs) {
      const cached = cachedWait(target, nowMs);
      if (cached > 0) return cached;
      return inLine(target.channel, async () => {
        // Read again once it is this lane's turn: the lane before may just have learnt the wait.
        const learnt = cachedWait(target, nowMs);
        if (learnt > 0) return learnt;
        return shared(target, nowMs).catch(() => alone.take(target, nowMs));
      });
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
      await sql.execute(tx, lockRow, target.channel, new Date(nowMs));
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
      await mark(tx, target, nowMs);
      return 0;
    }, TRANSACTION);
    if (wait === 0 && ++takes % PRUNE_EVERY === 0) {
      await prune(db, target.channel, channelLimits, nowMs).catch(() => 0);
    }
    return wait;
  }

  /**
   * Keeps a place for one message, in one transaction under the channel's lock row. Places are kept in the
   * order asked, each at the earliest time the overall window allows and never before a place kept earlier
   * (so that the marks of a channel are in time order, and "the 27th latest mark" is the window's test even
   * with marks ahead of now). A chat that must wait longer than that (its own window, a retry_after) keeps
   * nothing and is told when to ask again: its wait must not push back the places of other chats.
   */
  async function reserved(target: SendTarget, nowMs: number, maxWaitMs: number): Promise<Turn> {
    const channelLimits = limits.get(target.channel);
    if (!channelLimits) {
      const held = Math.ceil(await heldFor(db, target, nowMs));
      return { waitMs: held, counted: held === 0 };
    }
    if (provider === "postgresql") {
      const kept = await keptOptimistically(target, channelLimits, nowMs, maxWaitMs);
      if (kept) return kept;
    }
    return db.$transaction(async (tx) => {
      await sql.execute(tx, lockRow, target.channel, new Date(nowMs));
      const place = placeIn(await window(tx, target, asked(target, channelLimits, nowMs)), target, channelLimits, nowMs, maxWaitMs);
      if ("waitMs" in place) return place;
      await mark(tx, target, place.at);
      if (++takes % PRUNE_EVERY === 0) await prune(tx, target.channel, channelLimits, nowMs);
      return { waitMs: place.at - nowMs, counted: true };
    }, TRANSACTION);
  }

  /**
   * A place kept without a transaction (PostgreSQL): the window and the lock row's version are read in one
   * statement, the place is worked out here, and one statement moves the version on and writes the mark only
   * if the version is still the one read (an UPDATE … WHERE "until" = the version read, re-checked by
   * PostgreSQL after any other writer's commit). Another process's place kept in between moved the version:
   * nothing is written and the window is read again. Each round trip wakes the process and PostgreSQL up: five
   * (BEGIN, the lock row, the window, the mark, COMMIT) cost more CPU a message than the work itself, and
   * grew most with more processes on the same cores (bench:scale). Null after OPTIMISTIC_TRIES lost races:
   * the caller queues under the lock row instead.
   */
  async function keptOptimistically(target: SendTarget, channelLimits: RateLimits, nowMs: number, maxWaitMs: number): Promise<Turn | null> {
    for (let tries = 0; tries < OPTIMISTIC_TRIES; tries++) {
      const seen = await window(db, target, asked(target, channelLimits, nowMs));
      const place = placeIn(seen, target, channelLimits, nowMs, maxWaitMs);
      if ("waitMs" in place) return place;
      if (seen.version === undefined) {
        // The channel's first place ever: its lock row is made, and the window read again with it.
        await sql.execute(db, `INSERT INTO "SendHold" ("channel", "chatKey", "until") VALUES (?, '', ?) ON CONFLICT ("channel", "chatKey") DO NOTHING`, target.channel, new Date(nowMs));
        continue;
      }
      const written = await sql.execute(
        db,
        `WITH "turn" AS (UPDATE "SendHold" SET "until" = GREATEST(?, "until" + interval '1 millisecond') WHERE "channel" = ? AND "chatKey" = '' AND "until" = ? RETURNING 1)
         INSERT INTO "SendMark" ("channel", "chatKey", "isGroup", "at") SELECT ?, ?, ?, ? FROM "turn"`,
        new Date(nowMs), target.channel, new Date(seen.version),
        target.channel, target.chatKey, target.isGroup, new Date(place.at),
      );
      if (written === 1) {
        if (++takes % PRUNE_EVERY === 0) await prune(db, target.channel, channelLimits, nowMs);
        return { waitMs: place.at - nowMs, counted: true };
      }
    }
    return null;
  }

  function asked(target: SendTarget, channelLimits: RateLimits, nowMs: number): WindowAsked {
    const { overall, perChat, perGroup } = channelLimits;
    const chatWindow = target.isGroup ? perGroup : perChat;
    return {
      overallFromMs: nowMs - overall.windowMs,
      overallCount: overall.count,
      chatFromMs: nowMs - Math.max(perChat.windowMs, chatWindow.windowMs),
      chatCount: Math.max(perChat.count, chatWindow.count),
      // Marks beyond this are from before the clock went back (a jump, another machine far off): not counted.
      horizon: new Date(nowMs + MAX_AHEAD_MS + SKEW_MS),
    };
  }

  /**
   * Where a message's place is, from the window read: places are kept in the order asked, each at the earliest
   * time the overall window allows and never before a place kept earlier (so that the marks of a channel are in
   * time order, and "the 27th latest mark" is the window's test even with marks ahead of now). A chat that must
   * wait longer than that (its own window, a retry_after) keeps nothing and is told when to ask again: its wait
   * must not push back the places of other chats. Nor is a place kept past the longest wait the caller accepts.
   */
  function placeIn(seen: WindowSeen, target: SendTarget, channelLimits: RateLimits, nowMs: number, maxWaitMs: number): { at: number } | Turn {
    const { overall, perChat, perGroup } = channelLimits;
    const latest = seen.overall;
    const at = Math.ceil(Math.max(nowMs, latest[0] ?? 0, latest.length >= overall.count ? latest[overall.count - 1]! + overall.windowMs : 0));
    const chatMarks = seen.chat;
    const chatAt = Math.max(
      nowMs + Math.max(0, (seen.heldUntil ?? 0) - nowMs),
      chatMarks.length >= perChat.count ? chatMarks[perChat.count - 1]! + perChat.windowMs : 0,
      target.isGroup && chatMarks.length >= perGroup.count ? chatMarks[perGroup.count - 1]! + perGroup.windowMs : 0,
    );
    if (chatAt > at) {
      notBefore.set(`${target.channel}\n${target.chatKey}`, chatAt);
      return { waitMs: Math.max(1, Math.ceil(chatAt - nowMs)), counted: false };
    }
    if (at - nowMs > maxWaitMs) return { waitMs: at - nowMs, counted: false };
    return { at };
  }

  function mark(runner: RawRunner, target: SendTarget, atMs: number): Promise<number> {
    return sql.execute(runner, `INSERT INTO "SendMark" ("channel", "chatKey", "isGroup", "at") VALUES (?, ?, ?, ?)`, target.channel, target.chatKey, provider === "sqlite" ? Number(target.isGroup) : target.isGroup, new Date(atMs));
  }

  /** Marks older than every window (and the clock skew allowed) say nothing any more. */
  function prune(runner: RawRunner, channel: string, channelLimits: RateLimits, nowMs: number): Promise<number> {
    return sql.execute(runner, `DELETE FROM "SendMark" WHERE "channel" = ? AND "at" < ?`, channel, new Date(nowMs - longestWindow(channelLimits) - SKEW_MS));
  }

  /**
   * What a place is decided by, in one statement (each round trip is a wake-up of the process, and costs CPU
   * however small its rows): the channel's newest marks and the chat's (at most so many, in (from, horizon],
   * newest first) and the chat's retry_after hold.
   */
  async function window(tx: RawRunner, target: SendTarget, asked: WindowAsked): Promise<WindowSeen> {
    const rows = await sql.query<{ kind: string; at: unknown }>(
      tx,
      `SELECT 'overall' AS "kind", "at" FROM (SELECT "at" FROM "SendMark" WHERE "channel" = ? AND "at" > ? AND "at" <= ? ORDER BY "at" DESC LIMIT ?) AS "o"
       UNION ALL SELECT 'chat' AS "kind", "at" FROM (SELECT "at" FROM "SendMark" WHERE "channel" = ? AND "chatKey" = ? AND "at" > ? AND "at" <= ? ORDER BY "at" DESC LIMIT ?) AS "c"
       UNION ALL SELECT 'hold' AS "kind", "until" AS "at" FROM "SendHold" WHERE "channel" = ? AND "chatKey" = ?
       UNION ALL SELECT 'version' AS "kind", "until" AS "at" FROM "SendHold" WHERE "channel" = ? AND "chatKey" = ''`,
      target.channel, new Date(asked.overallFromMs), asked.horizon, asked.overallCount,
      target.channel, target.chatKey, new Date(asked.chatFromMs), asked.horizon, asked.chatCount,
      target.channel, target.chatKey,
      target.channel,
    );
    const times = (kind: string) => rows.filter((row) => row.kind === kind).map((row) => toDate(row.at).getTime()).sort((a, b) => b - a);
    return { overall: times("overall"), chat: times("chat"), heldUntil: times("hold")[0], version: times("version")[0] };
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

interface WindowAsked {
  overallFromMs: number;
  overallCount: number;
  chatFromMs: number;
  chatCount: number;
  horizon: Date;
}

/** The marks in a window, newest first; the chat's retry_after hold; the channel's lock row (its version). */
interface WindowSeen {
  overall: number[];
  chat: number[];
  heldUntil: number | undefined;
  version: number | undefined;
}

function longestWindow(limits: RateLimits): number {
  return Math.max(limits.overall.windowMs, limits.perChat.windowMs, limits.perGroup.windowMs);
}
