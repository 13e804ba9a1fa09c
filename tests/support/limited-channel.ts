import type { ChannelSender, SendResult } from "../../src/app/ports.js";

/**
 * A fake Telegram that enforces the published limits on a virtual clock: at most 30 messages in any second
 * overall, one a second into a chat, 20 a minute into a group. A message over a limit is refused with 429 and
 * retry_after (whole seconds, as Telegram gives it), and so is a small share of the others ("flood control"
 * Telegram applies on its own). It counts what a sender must get right: every message accepted once, and
 * nothing sent to a chat before the retry_after it was given has passed (an unhandled 429).
 */
export interface LimitedChannelStats {
  accepted: number;
  /** Refused because a published limit would have been exceeded. */
  overLimit429: number;
  /** Refused at random, as Telegram's flood control sometimes does. */
  injected429: number;
  /** Requests to a chat still inside the retry_after of an earlier 429. */
  unhandled429: number;
  /** Answered 5xx on purpose (serverErrorRate). */
  serverErrors: number;
}

export class LimitedChannel implements ChannelSender {
  readonly channel = "telegram";
  readonly stats: LimitedChannelStats = { accepted: 0, overLimit429: 0, injected429: 0, unhandled429: 0, serverErrors: 0 };
  /** How many times each text was accepted. */
  readonly received = new Map<string, number>();
  firstAcceptedAt: number | null = null;
  lastAcceptedAt: number | null = null;
  private readonly overall: number[] = [];
  private readonly lastToChat = new Map<string, number>();
  private readonly groupTimes = new Map<string, number[]>();
  private readonly blockedUntil = new Map<string, number>();
  private seed = 42;

  constructor(
    private readonly nowMs: () => number,
    private readonly isGroup: (chatId: string) => boolean,
    private readonly floodRate = 0.002,
    /** A share of sends answered 5xx (a platform's bad minute): the message is not accepted. */
    private readonly serverErrorRate = 0,
  ) {}

  async send({ chatId, text }: { chatId: string; text: string }): Promise<SendResult> {
    const now = this.nowMs();
    const blocked = this.blockedUntil.get(chatId) ?? 0;
    if (now < blocked) {
      this.stats.unhandled429++;
      return this.refuse(chatId, blocked - now, now);
    }
    const wait = this.waitFor(chatId, now);
    if (wait > 0) {
      this.stats.overLimit429++;
      return this.refuse(chatId, wait, now);
    }
    if (this.serverErrorRate > 0 && this.random() < this.serverErrorRate) {
      this.stats.serverErrors++;
      return { ok: false, reason: "transient", detail: "502 Bad Gateway" };
    }
    if (this.random() < this.floodRate) {
      this.stats.injected429++;
      return this.refuse(chatId, 1000 + Math.floor(this.random() * 3) * 1000, now);
    }
    this.overall.push(now);
    if (this.overall.length > 30) this.overall.shift();
    this.lastToChat.set(chatId, now);
    if (this.isGroup(chatId)) {
      const times = this.groupTimes.get(chatId) ?? [];
      times.push(now);
      if (times.length > 20) times.shift();
      this.groupTimes.set(chatId, times);
    }
    this.received.set(text, (this.received.get(text) ?? 0) + 1);
    this.stats.accepted++;
    this.firstAcceptedAt ??= now;
    this.lastAcceptedAt = now;
    return { ok: true, externalMessageId: String(this.stats.accepted) };
  }

  /** How long until this message would fit every limit (0: now). */
  private waitFor(chatId: string, now: number): number {
    let until = now;
    if (this.overall.length >= 30) until = Math.max(until, this.overall[0]! + 1000);
    const last = this.lastToChat.get(chatId);
    if (last !== undefined) until = Math.max(until, last + 1000);
    const group = this.groupTimes.get(chatId);
    if (group && group.length >= 20) until = Math.max(until, group[0]! + 60_000);
    return until - now;
  }

  private refuse(chatId: string, waitMs: number, now: number): SendResult {
    const retryAfterMs = Math.ceil(waitMs / 1000) * 1000;
    this.blockedUntil.set(chatId, Math.max(this.blockedUntil.get(chatId) ?? 0, now + retryAfterMs));
    return { ok: false, reason: "rate_limited", retryAfterMs };
  }

  /** A small deterministic generator, so that runs are comparable. */
  private random(): number {
    this.seed = (this.seed * 1103515245 + 12345) % 2 ** 31;
    return this.seed / 2 ** 31;
  }
}
