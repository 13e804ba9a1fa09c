/**
 * Updates taken by any bot process: with several processes behind one webhook (or a platform resending to
 * another instance), each update is handled by the first process that records it. Each process's receiver
 * keeps its own in-memory check in front of this (cheap, and enough for one process); the ledger is the
 * shared one. A database store implements it (src/db/stores/seen-update-store.ts).
 */
export interface UpdateLedger {
  /** Records the update as taken; false when a process (this one or another) had already taken it. */
  firstSeen(key: string): Promise<boolean>;
}
