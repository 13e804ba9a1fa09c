/**
 * Long polling, once for every channel that pulls its updates (Telegram's getUpdates, Zalo's): poll, hand each
 * update to the inbound receiver, wait while too many are in hand (the platform keeps the rest meanwhile), and
 * pause after errors, growing, so that a dead network or a bad token never becomes a tight loop.
 */
export interface LongPollOptions<U> {
  /** One long poll: the updates it brought (none when the platform had nothing). */
  poll(signal: AbortSignal): Promise<readonly U[]>;
  /** Hands an update over (to the shared inbound receiver). */
  accept(update: U): void;
  signal: AbortSignal;
  logger: { info(details: object, message: string): void; warn(details: object, message: string): void; error(details: object, message: string): void };
  /** The channel's name in the log lines. */
  label: string;
  /** An error that only means "poll again in a moment" (Telegram's 409 when another process polled): its pause in ms. */
  passing?(error: unknown): number | undefined;
  /** An error worth an error line at once (a refused token). */
  severe?(error: unknown): boolean;
  describe?(error: unknown): unknown;
  /** Updates in hand, and how many at most before the next poll waits. */
  inHand?(): number;
  maxInHand?: number;
  /** Backoff after errors: first delay, doubled per failure up to maxDelayMs (with ±20% jitter). */
  initialDelayMs?: number;
  maxDelayMs?: number;
  sleep?(ms: number, signal: AbortSignal): Promise<void>;
}

export function backoffDelay(failures: number, initialMs: number, maxMs: number, random = Math.random): number {
  const base = Math.min(maxMs, initialMs * 2 ** Math.max(0, failures - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}

export const abortableSleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => (clearTimeout(timer), resolve()), { once: true });
  });

export async function runLongPoll<U>(options: LongPollOptions<U>): Promise<void> {
  const { signal, logger, label } = options;
  const sleep = options.sleep ?? abortableSleep;
  const maxInHand = options.maxInHand ?? 1_000;
  let failures = 0;
  while (!signal.aborted) {
    while (options.inHand && options.inHand() >= maxInHand && !signal.aborted) await sleep(50, signal);
    try {
      const updates = await options.poll(signal);
      if (failures > 0) logger.info({ failures }, `${label} polling: reconnected`);
      failures = 0;
      for (const update of updates) options.accept(update);
    } catch (error) {
      if (signal.aborted) break;
      const pause = options.passing?.(error);
      if (pause !== undefined) {
        await sleep(pause, signal);
        continue;
      }
      failures++;
      const delay = backoffDelay(failures, options.initialDelayMs ?? 1000, options.maxDelayMs ?? 60_000);
      const level = options.severe?.(error) || failures >= 5 ? "error" : "warn";
      logger[level]({ failures, retryInMs: delay, error: options.describe ? options.describe(error) : error }, `${label} polling: a poll failed`);
      await sleep(delay, signal);
    }
  }
}
