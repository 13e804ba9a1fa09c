import { describe, expect, it } from "vitest";
import { backoff } from "../../../src/app/reminders/dispatch.js";

describe("the wait before a reminder is sent again after a transient failure", () => {
  it("is seconds at first (a platform's 5xx is usually over quickly), then minutes, at most an hour", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 15].map(backoff)).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 120_000, 240_000, 480_000, 3_600_000]);
  });
});
