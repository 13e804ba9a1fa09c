import { LRUCache } from "lru-cache";

/**
 * The wrong invite codes tried, by what they count against ("person:<channel>:<id>", "chat:<channel>:<id>"):
 * the throttle reads them before a try and adds one after a wrong one. In the database (RedeemFailure) every
 * bot process on it counts the same tries; in memory (one process, tests) a restart forgets them. Two tries at
 * the same instant in two processes may both be read before either is added: the limit is a bound on guessing,
 * and one try over it is no harm.
 */
export interface RedeemFailureLog {
  /** The tries of each key made after `afterMs`, as ms since the epoch, oldest first. */
  since(keys: readonly string[], afterMs: number): Promise<Map<string, number[]>>;
  /** One wrong try at `atMs`, counted against every key; tries before `forgetBeforeMs` need not be kept. */
  add(keys: readonly string[], atMs: number, forgetBeforeMs: number): Promise<void>;
}

/** One process's log, bounded (a flood of new keys evicts the oldest). */
export function inMemoryRedeemFailures(maxKeys = 50_000): RedeemFailureLog {
  const tries = new LRUCache<string, number[]>({ max: maxKeys });
  return {
    async since(keys, afterMs) {
      return new Map(keys.map((key) => [key, (tries.get(key) ?? []).filter((at) => at > afterMs)]));
    },
    async add(keys, atMs, forgetBeforeMs) {
      for (const key of keys) tries.set(key, [...(tries.get(key) ?? []).filter((at) => at >= forgetBeforeMs), atMs]);
    },
  };
}
