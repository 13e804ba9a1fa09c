import { LRUCache } from "lru-cache";
import type { UpdateLedger } from "./update-ledger.js";

export type ReceiveOutcome = "queued" | "duplicate" | "busy";

export interface InboundReceiver {
  /**
   * Synchronous, so a webhook can answer the platform at once: "duplicate" for an update seen before, "busy"
   * past the cap of updates in hand (the webhook answers 503 and the platform sends it again later), else
   * the work is queued behind the earlier updates of the same chat.
   */
  receive(update: { key: string; chatKey: string }, work: () => Promise<void>): ReceiveOutcome;
  /** Resolves when every queued update has been handled (tests, shutdown). */
  idle(): Promise<void>;
  readonly inFlight: number;
}

export interface ReceiverOptions {
  /** Update keys remembered for de-duplication: platforms resend within minutes, not after thousands of updates. */
  seenCapacity?: number;
  /** Updates in hand at most; past it memory would grow with a burst instead of the platform holding it. */
  maxInFlight?: number;
  /** An update's work failed (its own error boundary should have answered the person already). */
  onError(error: unknown, update: { key: string; chatKey: string }): void;
  /** Shared with the other bot processes: an update another process took is acknowledged and not handled. */
  ledger?: UpdateLedger;
}

/**
 * What every channel does with an incoming update before the app sees it, in one place: de-duplication with
 * a bound, one update at a time per chat (so "còn cấp xã?" follows the question before it) while chats run
 * side by side, and back-pressure.
 */
export function createInboundReceiver(options: ReceiverOptions): InboundReceiver {
  const seen = new LRUCache<string, true>({ max: options.seenCapacity ?? 10_000 });
  const maxInFlight = options.maxInFlight ?? 1_000;
  const chains = new Map<string, Promise<void>>();
  let inFlight = 0;
  return {
    receive(update, work) {
      if (seen.has(update.key)) return "duplicate";
      // A busy answer is not remembered as seen: the platform's retry of it must be taken.
      if (inFlight >= maxInFlight) return "busy";
      seen.set(update.key, true);
      inFlight++;
      const previous = chains.get(update.chatKey) ?? Promise.resolve();
      const ledger = options.ledger;
      const run = ledger ? async () => ((await ledger.firstSeen(update.key)) ? work() : undefined) : work;
      const next = previous
        .then(run)
        .catch((error: unknown) => options.onError(error, update))
        .finally(() => {
          inFlight--;
          if (chains.get(update.chatKey) === next) chains.delete(update.chatKey);
        });
      chains.set(update.chatKey, next);
      return "queued";
    },
    async idle() {
      while (chains.size > 0) await Promise.allSettled([...chains.values()]);
    },
    get inFlight() {
      return inFlight;
    },
  };
}
