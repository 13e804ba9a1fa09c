import type { Logger } from "../../infra/logger.js";
import { describeError } from "../zalo/errors.js";
import { backoffDelay } from "../../app/inbound/long-poll.js";

/** zca-js close codes after which reconnecting would fight another session of the same account. */
const TAKEN_OVER = new Set([3000, 3003]);

export interface WatchdogOptions {
  logger: Logger;
  /** Restarts the listener on the same login. */
  restart(): Promise<void>;
  /** Logs in again with the saved session (after restarts alone did not bring the connection back). */
  relogin(): Promise<void>;
  checkEveryMs?: number;
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** Failed restarts before a re-login. */
  reloginAfter?: number;
}

export interface Watchdog {
  connected(): void;
  dropped(code: number, reason: string): void;
  isConnected(): boolean;
  stop(): void;
}

/**
 * Keeps the personal account's WebSocket listener up: after a drop it restarts the listener with a growing
 * pause, logs in again with the saved session after a few failed restarts, and checks every `checkEveryMs` that
 * a connection exists. When Zalo says another session took the account over, it stops and says so, rather
 * than fighting (which is what gets accounts locked).
 */
export function startWatchdog(options: WatchdogOptions): Watchdog {
  const { logger } = options;
  const initial = options.initialDelayMs ?? 2_000;
  const max = options.maxDelayMs ?? 5 * 60_000;
  const reloginAfter = options.reloginAfter ?? 3;
  let connected = false;
  let stopped = false;
  let failures = 0;
  let timer: NodeJS.Timeout | undefined;
  let since = Date.now();

  const schedule = () => {
    if (stopped || timer) return;
    failures++;
    const delay = backoffDelay(failures, initial, max);
    logger.warn({ failures, retryInMs: delay }, "zalo-personal: connection lost; reconnecting");
    timer = setTimeout(async () => {
      timer = undefined;
      if (stopped || connected) return;
      try {
        await (failures > reloginAfter ? options.relogin() : options.restart());
      } catch (error) {
        logger.error({ error: describeError(error) }, "zalo-personal: reconnect failed");
      }
      // Still down after the grace period: try again.
      setTimeout(() => !connected && !stopped && schedule(), Math.min(initial * 5, max)).unref();
    }, delay);
    timer.unref();
  };

  const check = setInterval(() => {
    if (!connected && !timer && Date.now() - since > (options.checkEveryMs ?? 60_000)) schedule();
  }, options.checkEveryMs ?? 60_000);
  check.unref();

  return {
    connected() {
      if (!connected && failures > 0) logger.info({ failures }, "zalo-personal: reconnected");
      connected = true;
      failures = 0;
    },
    dropped(code, reason) {
      connected = false;
      since = Date.now();
      if (TAKEN_OVER.has(code)) {
        stopped = true;
        clearInterval(check);
        logger.error({ code, reason }, "zalo-personal: the account was opened elsewhere; this channel stops (log in again with npm run zalo:login)");
        return;
      }
      schedule();
    },
    isConnected: () => connected,
    stop() {
      stopped = true;
      clearInterval(check);
      if (timer) clearTimeout(timer);
    },
  };
}
