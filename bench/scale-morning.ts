// npm run bench:scale-morning — a 10.000-reminder morning across 3 bot dispatch processes on one PostgreSQL
// database, sharing Telegram's limits through the database send budget, one of them killed (kill -9) half-way
// and not restarted. Figures: lost, repeated, and the time from the first to the last message over the least
// the shared limits allow (target: 0 lost, at most the killed process's in-flight messages repeated, ≤ 1,1 ×).
// Needs the PostgreSQL server of the tests (TEST_POSTGRES_URL). Takes about seven minutes.
import { createPostgresDatabase } from "../tests/support/databases.js";
import { openDatabase } from "../src/db/database.js";
import { startFaultPlatform } from "../tests/faults/support/fault-platform.js";
import { faultFigures } from "../tests/faults/support/fault-report.js";
import { minimumMs, seedOutbox } from "../tests/faults/support/outbox.js";
import { startWorker } from "../tests/faults/support/worker-process.js";

const MESSAGES = Number(process.argv[2] ?? 10_000);
const INSTANCES = 3;
const created = await createPostgresDatabase();
const database = await openDatabase({ provider: "postgresql", url: created.url });
const platform = await startFaultPlatform();
try {
  const expected = await seedOutbox(database, MESSAGES);
  const cpuBefore = process.cpuUsage();
  const workers = Array.from({ length: INSTANCES }, () => startWorker(created.url, platform.apiRoot, undefined, "shared"));
  await platform.receivedAtLeast(Math.floor(MESSAGES / 2));
  workers[0]!.child.kill("SIGKILL");
  const killedAt = platform.times.length;
  for (const w of workers.slice(1)) {
    const { code } = await w.exited;
    if (code !== 0) throw new Error(`a worker failed:\n${w.output()}`);
  }
  const sentBy = workers.slice(1).map((w) => (JSON.parse(/^DONE (.*)$/m.exec(w.output())![1]!) as { sent: number }).sent);
  console.log(`${INSTANCES} instances on PostgreSQL, shared send budget; instance 1 killed after ${killedAt} of ${MESSAGES} taken; the others sent ${sentBy.join(" + ")} (the runner's own CPU ${(process.cpuUsage(cpuBefore).user / 1e6).toFixed(1)} s)`);
  const figures = faultFigures(`${MESSAGES} reminders, ${INSTANCES} instances, one killed`, expected, platform.received, platform.times, minimumMs(MESSAGES));
  console.log(`unsent in the database: ${await database.db.delivery.count({ where: { status: { not: "sent" } } })}; target ≤ 1,1 × the minimum: ${figures.ratio <= 1.1 ? "met" : "NOT met"}`);
} finally {
  await platform.close();
  await database.close();
  await created.drop();
}
