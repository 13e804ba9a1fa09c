import { describe, expect, it } from "vitest";
import { DEFAULT_POLICY, parsePolicy } from "../../../src/core/reminders/index.js";

describe("parsePolicy", () => {
  it("gives the defaults for nothing", () => {
    expect(parsePolicy(undefined)).toEqual({ ok: true, policy: DEFAULT_POLICY });
    expect(parsePolicy({})).toEqual({ ok: true, policy: DEFAULT_POLICY });
  });

  it("fills what is left out from the defaults, nested fields too", () => {
    const result = parsePolicy({ beforeDays: [1, 5, 0], sendAt: { hour: 9 }, workingHours: { end: "17:30" } });
    expect(result).toEqual({
      ok: true,
      policy: {
        ...DEFAULT_POLICY,
        beforeDays: [5, 1, 0],
        sendAt: { hour: 9, minute: 0 },
        workingHours: { start: "07:30", end: "17:30" },
      },
    });
  });

  it.each([
    [{ beforeDays: 3 }, "beforeDays must be a list of working-day counts"],
    [{ beforeDays: [3, -1] }, "beforeDays[1] must be a whole number from 0 to 250"],
    [{ beforeDays: [1.5] }, "beforeDays[0] must be a whole number from 0 to 250"],
    [{ beforeDays: [3, 3] }, "beforeDays must not repeat a day"],
    [{ overdueEvery: 0 }, "overdueEvery must be a whole number from 1 to 250"],
    [{ overdueFirstAfter: "1" }, "overdueFirstAfter must be a whole number from 1 to 250"],
    [{ overdueFirstAfter: 5, overdueMaxDays: 3 }, "overdueMaxDays must not be less than overdueFirstAfter"],
    [{ escalateToHeadAfter: 10, escalateToSecretariatAfter: 10 }, "escalateToSecretariatAfter must be greater than escalateToHeadAfter"],
    [{ sendAt: { hour: 24 } }, "sendAt.hour must be a whole number from 0 to 23"],
    [{ sendAt: { hour: 7 } }, "sendAt must fall within workingHours"],
    [{ sendAt: { hour: 8, minutes: 30 } }, 'sendAt has no setting "minutes"'],
    [{ workingHours: { start: "7:30" } }, 'workingHours.start must be a time "HH:MM"'],
    [{ workingHours: { start: "17:00", end: "07:30" } }, "workingHours.start must be before workingHours.end"],
    [{ digest: { weekday: 7 } }, "digest.weekday must be a whole number from 0 to 6"],
    [{ digest: { hour: 18 } }, "digest must fall within workingHours"],
    [{ beforeDay: [1] }, 'policy has no setting "beforeDay"'],
    [[], "policy must be an object"],
    ["7,3,1", "policy must be an object"],
  ])("rejects %j", (input, error) => {
    expect(parsePolicy(input)).toEqual({ ok: false, error });
  });
});
