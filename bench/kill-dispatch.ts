// npm run bench:kill-dispatch — kill -9 during a 2.000-reminder dispatch (the one-road-out issue's figure): a real
// dispatch process sends 2.000 reminders through grammY to a Bot API at the network edge, is killed (SIGKILL)
// once half of them have arrived, and is started again at once, as systemd or Docker would. Figures, on SQLite
// and on PostgreSQL: lost (target 0), repeated (at most the messages in flight at the kill), and the time from
// the first message to the last over the least Telegram's limits allow (target ≤ 1,2 ×). The fault suite
// (tests/faults/kill9.test.ts) runs the same with 300 reminders and three kills on every CI run.
import { freshPostgres, freshSqlite } from "../tests/support/databases.js";
import { startFaultPlatform } from "../tests/faults/support/fault-platform.js";
import { faultFigures } from "../tests/faults/support/fault-report.js";
import { minimumMs, seedOutbox } from "../tests/faults/support/outbox.js";
import { startWorker } from "../tests/faults/support/worker-process.js";

const MESSAGES = Number(process.argv[2] ?? 2000);
const IN_FLIGHT = 32; // the dispatcher's chats in flight at once

async function run(provider: "sqlite" | "postgresql"): Promise<boolean> {
  const t = provider === "postgresql" ? await freshPostgres() : await freshSqlite();
  const where = t.target.provider === "sqlite" ? t.target.file : t.target.url;
  const database = t.database;
  const platform = await startFaultPlatform();
  try {
    const expected = await seedOutbox(database, MESSAGES);
    const first = startWorker(where, platform.apiRoot);
    await Promise.race([platform.receivedAtLeast(Math.floor(MESSAGES / 2)), first.exited]);
    first.child.kill("SIGKILL");
    await first.exited;
    const second = startWorker(where, platform.apiRoot);
    const { code } = await second.exited;
    if (code !== 0) throw new Error(`the restarted worker failed:\n${second.output()}`);
    const figures = faultFigures(`kill -9 once during ${MESSAGES} (${provider})`, expected, platform.received, platform.times, minimumMs(MESSAGES));
    const met = figures.lost === 0 && figures.repeated <= IN_FLIGHT && figures.ratio <= 1.2;
    console.log(`  ${met ? "met" : "NOT met"}: lost 0, repeated ≤ ${IN_FLIGHT}, ≤ 1,2 × the minimum`);
    return met;
  } finally {
    await platform.close();
    await t.cleanup();
  }
}

const results = [await run("sqlite"), await run("postgresql")];
process.exit(results.every(Boolean) ? 0 : 1);
