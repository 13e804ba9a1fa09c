import { describe, expect, it } from "vitest";
import { changesBetween, currentAt, type TrackedValue } from "../../../src/core/kpi-history/index.js";

/** What changed between two moments is pure: the values with their lives (recorded, approved, corrected) in. */
let id = 0;
const at = (text: string) => new Date(`${text}:00+07:00`);
function value(v: string, asOf: string, life: Partial<Pick<TrackedValue, "status" | "recordedAt" | "decidedAt" | "supersededAt" | "metricId">> = {}): TrackedValue {
  return {
    id: ++id, metricId: life.metricId ?? 1, scope: "province", unitId: null, value: v, qualifier: "exact", denominator: null, target: null, targetDate: null,
    periodFrom: null, periodTo: null, asOf, source: "S", sourceTitle: "Báo cáo", note: null,
    status: life.status ?? "current", recordedAt: life.recordedAt ?? null, decidedAt: life.decidedAt ?? null, supersededAt: life.supersededAt ?? null,
  };
}
const LAST_DIGEST = at("2023-07-24T08:00");
const NOW = at("2023-07-31T08:00");

describe("currentAt and changesBetween", () => {
  it("a value is current from its recording (a seeded one from its date) until it is corrected", () => {
    const seeded = value("447246", "2023-07-18", { status: "superseded", supersededAt: at("2023-07-27T10:00") });
    const correction = value("447300", "2023-07-18", { recordedAt: at("2023-07-27T10:00") });
    expect(currentAt([seeded, correction], at("2023-07-17T23:00"))).toEqual([]);
    expect(currentAt([seeded, correction], LAST_DIGEST)).toEqual([seeded]);
    expect(currentAt([seeded, correction], NOW)).toEqual([correction]);
  });

  it("a unit's figure counts from its approval; pending and rejected ones never", () => {
    const approved = value("650000", "2023-07-21", { recordedAt: at("2023-07-21T09:00"), decidedAt: at("2023-07-26T09:00") });
    const pending = value("700000", "2023-07-27", { status: "pending", recordedAt: at("2023-07-27T09:00") });
    const rejected = value("710000", "2023-07-28", { status: "rejected", recordedAt: at("2023-07-28T09:00") });
    expect(currentAt([approved, pending, rejected], LAST_DIGEST)).toEqual([]);
    expect(currentAt([approved, pending, rejected], NOW)).toEqual([approved]);
  });

  it("names each series whose latest value moved, with the value it had then; corrections as corrections", () => {
    const old = value("447246", "2023-07-18");
    const fresh = value("560000", "2023-07-28", { recordedAt: at("2023-07-28T10:00") });
    const unchanged = value("633404", "2023-07-18", { metricId: 2 });
    const wrong = value("718738", "2023-07-18", { metricId: 3, status: "superseded", supersededAt: at("2023-07-27T15:00") });
    const fixed = value("718800", "2023-07-18", { metricId: 3, recordedAt: at("2023-07-27T15:00") });
    // Recorded late but dated before the latest: not the series' latest value, so no change to tell.
    const backfill = value("401000", "2023-06-30", { recordedAt: at("2023-07-29T10:00") });
    const changes = changesBetween([fixed, unchanged, fresh, old, wrong, backfill], LAST_DIGEST, NOW);
    expect(changes.map((c) => [c.now.value, c.before?.value, c.corrected])).toEqual([["560000", "447246", false], ["718800", "718738", true]]);
  });

  it("a long series in any order: the latest date wins, and of one date the value recorded last", () => {
    // A year of weekly values, two of them on the last date (the second recorded after the digest), shuffled.
    const weekly = Array.from({ length: 52 }, (_, i) => value(String(1000 + i), `2022-${String(1 + Math.floor(i / 4.5)).padStart(2, "0")}-${String(1 + (i % 4) * 7).padStart(2, "0")}`));
    const first = value("9000", "2023-07-28", { recordedAt: at("2023-07-20T10:00") });
    const second = value("9100", "2023-07-28", { recordedAt: at("2023-07-28T10:00") });
    const shuffled = [second, ...weekly.slice(26), first, ...weekly.slice(0, 26)];
    expect(changesBetween(shuffled, LAST_DIGEST, NOW).map((c) => [c.now.value, c.before?.value])).toEqual([["9100", "9000"]]);
    expect(changesBetween([...shuffled].reverse(), LAST_DIGEST, NOW).map((c) => [c.now.value, c.before?.value])).toEqual([["9100", "9000"]]);
  });
});
