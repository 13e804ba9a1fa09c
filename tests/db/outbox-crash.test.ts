import { spawn } from "node:child_process";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dispatchDeliveries } from "../../src/app/reminders/dispatch.js";
import type { DeliveryDraft } from "../../src/app/reminders/ports.js";
import { REPO_ROOT } from "../../src/db/paths.js";
import { createOutboxStore } from "../../src/db/stores/outbox-store.js";
import { freshSqlite, type TestDatabase } from "../support/databases.js";
import { FakeChannel } from "../support/fake-channel.js";
import { TestClock, vn } from "../support/reminders.js";

/** A crash between claiming and sending loses nothing and repeats at most the message that was in flight. */
const LEASE = 120_000;
const NOW = vn("2023-07-25 08:00");

let t: TestDatabase;
beforeEach(async () => {
  t = await freshSqlite();
});
afterEach(async () => {
  await t.cleanup();
});

function outbox(count: number): DeliveryDraft[] {
  return Array.from({ length: count }, (_, i) => ({ channel: "console", chatId: `chat-${i % 4}`, kind: "unit", text: `message ${i}`, notBefore: NOW, items: [] }));
}

function dispatch(clock: TestClock, channel: FakeChannel) {
  const store = createOutboxStore(t.database.db, t.database.provider);
  return dispatchDeliveries({ store, senders: [channel], clock, sleep: clock.sleep, workerId: "restarted", leaseMs: LEASE, chatGoneText: () => "" });
}

describe("a process that dies between claiming and sending", () => {
  it("(simulated) leaves its claim to run out; the restarted process then sends exactly what was due", async () => {
    const store = createOutboxStore(t.database.db, t.database.provider);
    await store.addDeliveries(outbox(12), NOW);
    const [inFlight] = await store.claim({ workerId: "dead", now: NOW, leaseMs: LEASE, channels: ["console"], limit: 1 });
    // …the process dies here, its message perhaps sent, perhaps not.
    const clock = new TestClock(NOW);
    const channel = new FakeChannel();
    await dispatch(clock, channel);
    expect(channel.sent.map((m) => m.text)).not.toContain(inFlight!.text); // still leased
    expect(channel.sent).toHaveLength(11);
    clock.advance(LEASE);
    await dispatch(clock, channel);
    expect(channel.sent.map((m) => m.text).sort()).toEqual(outbox(12).map((d) => d.text).sort());
    expect(await t.database.db.delivery.count({ where: { status: "sent" } })).toBe(12);
  });

  it("(kill -9 of a real process) the restarted process sends every unsent message once; only the one in flight may repeat", async () => {
    const store = createOutboxStore(t.database.db, t.database.provider);
    await store.addDeliveries(outbox(12), NOW);
    const child = spawn(process.execPath, ["--import", "tsx", path.join(REPO_ROOT, "tests/support/claim-and-hang.ts"), (t.target as { file: string }).file, NOW.toISOString(), String(LEASE)], {
      cwd: REPO_ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    let errors = "";
    child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
    const killed = new Promise<string | null>((resolve, reject) => {
      child.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes("IN-FLIGHT")) child.kill("SIGKILL");
      });
      child.on("exit", (_code, signal) => resolve(signal));
      child.on("error", reject);
    });
    expect(await killed, errors).toBe("SIGKILL");
    const childSent = [...output.matchAll(/^SENT \S+ (.+)$/gm)].map((m) => m[1]!);
    const inFlight = /^IN-FLIGHT \S+ (.+)$/m.exec(output)![1]!;
    expect(childSent).toHaveLength(2);
    expect(await t.database.db.delivery.count({ where: { status: "sending" } })).toBeGreaterThan(0);

    const clock = new TestClock(new Date(NOW.getTime() + LEASE));
    const channel = new FakeChannel();
    await dispatch(clock, channel);
    const restarted = channel.sent.map((m) => m.text);
    expect(new Set(restarted).size).toBe(restarted.length);
    expect([...childSent, ...restarted].sort()).toEqual(outbox(12).map((d) => d.text).sort());
    expect(restarted).toContain(inFlight); // the message in flight is the only one that may have gone twice
    expect(restarted.filter((text) => childSent.includes(text))).toEqual([]);
    expect(await t.database.db.delivery.count({ where: { status: "sent" } })).toBe(12);
  });
});
