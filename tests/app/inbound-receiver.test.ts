import { describe, expect, it } from "vitest";
import { createInboundReceiver } from "../../src/app/inbound/receiver.js";

/** The receiver every channel's updates go through: bounded de-duplication, order per chat, back-pressure. */
describe("the inbound receiver", () => {
  const gate = () => {
    let open!: () => void;
    const opened = new Promise<void>((resolve) => (open = resolve));
    return { open, opened };
  };

  it("takes an update once, and forgets the oldest keys past its capacity", async () => {
    const errors: unknown[] = [];
    const receiver = createInboundReceiver({ seenCapacity: 3, onError: (e) => errors.push(e) });
    const done: string[] = [];
    const take = (key: string) => receiver.receive({ key, chatKey: "c" }, async () => void done.push(key));
    expect(["a", "b", "c", "a"].map(take)).toEqual(["queued", "queued", "queued", "duplicate"]);
    expect(take("d")).toBe("queued"); // "a" is the oldest now: forgotten
    expect(take("a")).toBe("queued");
    await receiver.idle();
    expect(done).toEqual(["a", "b", "c", "d", "a"]);
    expect(errors).toEqual([]);
  });

  it("handles one chat's updates in order while another chat goes on; a failure does not stop the chat", async () => {
    const errors: unknown[] = [];
    const receiver = createInboundReceiver({ onError: (e) => errors.push(e) });
    const order: string[] = [];
    const slow = gate();
    receiver.receive({ key: "1", chatKey: "A" }, async () => {
      await slow.opened;
      order.push("A1");
    });
    receiver.receive({ key: "2", chatKey: "A" }, async () => {
      order.push("A2");
      throw new Error("boom");
    });
    receiver.receive({ key: "3", chatKey: "A" }, async () => void order.push("A3"));
    receiver.receive({ key: "4", chatKey: "B" }, async () => void order.push("B1"));
    await new Promise((r) => setTimeout(r, 5));
    expect(order).toEqual(["B1"]);
    slow.open();
    await receiver.idle();
    expect(order).toEqual(["B1", "A1", "A2", "A3"]);
    expect(errors).toHaveLength(1);
  });

  it("answers busy past its cap of updates in hand, and takes the same update when it comes again", async () => {
    const receiver = createInboundReceiver({ maxInFlight: 2, onError: () => undefined });
    const hold = gate();
    expect(receiver.receive({ key: "1", chatKey: "A" }, () => hold.opened)).toBe("queued");
    expect(receiver.receive({ key: "2", chatKey: "B" }, () => hold.opened)).toBe("queued");
    expect(receiver.receive({ key: "3", chatKey: "C" }, async () => undefined)).toBe("busy");
    expect(receiver.inFlight).toBe(2);
    hold.open();
    await receiver.idle();
    expect(receiver.receive({ key: "3", chatKey: "C" }, async () => undefined)).toBe("queued");
    await receiver.idle();
    expect(receiver.inFlight).toBe(0);
  });
});
