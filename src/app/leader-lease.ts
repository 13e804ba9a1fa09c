/**
 * A job only one bot process may run at a time (the reminders' planning and composing: two processes
 * composing the same due reminders at once would send them twice). The process that holds the lease runs it
 * and renews the lease at every tick; when it stops renewing (stopped, killed, cut off from the database),
 * another process takes the lease over once it has expired. Sending is not behind it: claims are per delivery.
 */
export interface LeaseStore {
  /** Takes or renews the lease `name` for `holder` until `now + ttlMs`; false while another holder's is unexpired. */
  acquire(name: string, holder: string, now: Date, ttlMs: number): Promise<boolean>;
  /** Gives the lease up (at shutdown), so that another process need not wait for it to expire. */
  release(name: string, holder: string): Promise<void>;
  /** Who holds the lease `name` (expired or not), or null. */
  holderOf(name: string): Promise<string | null>;
}

export interface Leadership {
  /** Whether this process holds the lease now (taking or renewing it). */
  holds(now: Date): Promise<boolean>;
  release(): Promise<void>;
  /**
   * At start: a lease left by a process that is gone (killed on this machine) is given up for it, so that a
   * restarted bot plans at once instead of waiting for the lease to expire. True when one was.
   */
  reclaimFrom(isDead: (holder: string) => boolean): Promise<boolean>;
}

/** The reminder ticks come every minute; a lease of three of them survives a slow tick, not a dead process for long. */
export const PLANNING_LEASE = { name: "reminder-planning", ttlMs: 3 * 60_000 };

export function leadership(store: LeaseStore, holder: string, lease: { name: string; ttlMs: number } = PLANNING_LEASE): Leadership {
  return {
    holds: (now) => store.acquire(lease.name, holder, now, lease.ttlMs),
    release: () => store.release(lease.name, holder),
    async reclaimFrom(isDead) {
      const current = await store.holderOf(lease.name);
      if (current === null || current === holder || !isDead(current)) return false;
      await store.release(lease.name, current);
      return true;
    },
  };
}
