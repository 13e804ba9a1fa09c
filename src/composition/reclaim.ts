import { hostname } from "node:os";
import type { DispatchStore } from "../app/reminders/ports.js";
import type { Logger } from "../infra/logger.js";

/** How a process names itself when it claims deliveries: its machine and its pid. */
export function localWorkerId(): string {
  return `${hostname()}:${process.pid}`;
}

/**
 * At start, before the first claim: a process of this machine that claimed deliveries and is gone (killed,
 * crashed) left them "sending"; they go back to pending now instead of after the two-minute lease. Its pid
 * may even be ours (a container restarted keeps its hostname and runs as pid 1): at start we hold no claim,
 * so that one is a dead predecessor too. Claims of other machines wait for their lease.
 */
export async function reclaimFromDeadLocalWorkers(store: Pick<DispatchStore, "reclaimFromDeadWorkers">, logger: Logger): Promise<number> {
  const released = await store.reclaimFromDeadWorkers(isDeadLocalWorker);
  if (released > 0) logger.info({ released }, "deliveries left sending by a stopped process are pending again");
  return released;
}

/** A worker id (see localWorkerId) of a process of this machine that is gone, or of this pid from before a restart. */
export function isDeadLocalWorker(workerId: string): boolean {
  const match = /^(.*):(\d+)$/.exec(workerId);
  if (!match || match[1] !== hostname()) return false;
  const pid = Number(match[2]);
  return pid === process.pid || !isRunning(pid);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
