import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { pendingDeliveriesByChannel } from "../../src/db/stores/delivery-counts.js";
import { freshSqlite, type TestDatabase } from "../support/databases.js";

/** What `npm run remind` reports as left for the running bot: pending deliveries of the channels it cannot send through. */
describe("pending deliveries by channel", () => {
  let t: TestDatabase;
  beforeEach(async () => (t = await freshSqlite()));
  afterEach(() => t.cleanup());

  it("counts only pending rows, only of the channels asked about", async () => {
    const add = (channel: string, status: string) =>
      t.database.db.$executeRawUnsafe(
        `INSERT INTO "Delivery" (channel, chatId, kind, text, status, createdAt, notBefore, attempts) VALUES (?, 'c', 'reminder', 't', ?, 0, 0, 0)`,
        channel,
        status,
      );
    for (const [channel, status] of [["zalo-personal", "pending"], ["zalo-personal", "pending"], ["zalo-personal", "sent"], ["telegram", "pending"]] as const) await add(channel, status);
    expect(await pendingDeliveriesByChannel(t.database.db, ["zalo-personal"])).toEqual({ "zalo-personal": 2 });
    expect(await pendingDeliveriesByChannel(t.database.db, [])).toEqual({});
  });
});
