import { describe, expect, it } from "vitest";
import { weeklyDigestSlot } from "../../../src/core/reminders/index.js";
import { at, calendar, policy } from "./fixtures.js";

describe("weeklyDigestSlot", () => {
  it.each([
    ["a normal Monday at 08:00", "2023-07-24", "08:00", "digest|2023-07-24", "2023-07-24"],
    ["a normal Monday at 07:59", "2023-07-24", "07:59", null, null],
    ["later in the week: still this week's", "2023-07-27", "15:00", "digest|2023-07-24", "2023-07-24"],
    ["the Sunday ending the week", "2023-07-30", "10:00", "digest|2023-07-24", "2023-07-24"],
    ["Monday 2/9/2024, a holiday", "2024-09-02", "10:00", null, null],
    ["Tuesday 3/9/2024, off too", "2024-09-03", "10:00", null, null],
    ["Wednesday 4/9/2024, first working day", "2024-09-04", "08:00", "digest|2024-09-02", "2024-09-04"],
    ["Monday 2/1/2023, nghỉ bù: Tuesday", "2023-01-03", "09:00", "digest|2023-01-02", "2023-01-03"],
    ["the week of Tết 2025, all off", "2025-01-31", "10:00", null, null],
  ])("%s", (_, day, time, key, slot) => {
    const digest = weeklyDigestSlot(at(day, time), calendar, policy);
    expect(digest?.key ?? null).toBe(key);
    expect(digest?.slot ?? null).toBe(slot);
    if (slot !== null) expect(digest?.dueAt).toEqual(at(slot, "08:00"));
  });

  it("follows the configured weekday and time", () => {
    const friday = { ...policy, digest: { weekday: 5, hour: 15, minute: 30 } };
    expect(weeklyDigestSlot(at("2023-07-28", "15:29"), calendar, friday)).toBeNull();
    expect(weeklyDigestSlot(at("2023-07-28", "15:30"), calendar, friday)).toEqual({
      key: "digest|2023-07-24",
      slot: "2023-07-28",
      dueAt: at("2023-07-28", "15:30"),
    });
  });
});
