// A bot process that dies mid-send: it dispatches the outbox of an SQLite file, sends the first two deliveries,
// then hangs inside the third send (printing "IN-FLIGHT") until the test kills it with SIGKILL.
// Usage: node --import tsx tests/support/claim-and-hang.ts <sqlite file> <ISO time> <lease ms>
import { dispatchDeliveries } from "../../src/app/reminders/dispatch.js";
import { fixedClock } from "../../src/core/clock.js";
import { openDatabase } from "../../src/db/database.js";
import { createOutboxStore } from "../../src/db/stores/outbox-store.js";

const [file, at, lease] = process.argv.slice(2);
const database = await openDatabase({ provider: "sqlite", file: file! });
let sends = 0;
await dispatchDeliveries({
  store: createOutboxStore(database.db, "sqlite"),
  senders: [
    {
      channel: "console",
      async send({ chatId, text }) {
        if (++sends <= 2) {
          process.stdout.write(`SENT ${chatId} ${text}\n`);
          return { ok: true, externalMessageId: `child-${sends}` };
        }
        process.stdout.write(`IN-FLIGHT ${chatId} ${text}\n`);
        return new Promise(() => {});
      },
    },
  ],
  clock: fixedClock(new Date(at!)),
  sleep: async () => {},
  workerId: "doomed",
  // One chat at a time, so that exactly one message is in flight when the test kills the process.
  concurrency: 1,
  leaseMs: Number(lease),
  chatGoneText: () => "",
});
