import { describe, expect, it } from "vitest";
import { answerKpiGap, answerRanking } from "../../../src/core/answer/kpi.js";
import { againstTarget } from "../../../src/core/answer/target.js";
import type { Metric, MetricValue } from "../../../src/core/model.js";
import { readDemoFile } from "../../../src/composition/runtime.js";

const metric = (over: Partial<Metric>): Metric => ({
  id: 1, key: "m", name: "Chỉ số", nameEn: null, aliases: [], excludes: [], requires: [], measure: "count", direction: "higher", aspects: [], unitLabel: null, definition: "", ...over,
});
const value = (v: string, target: string): MetricValue => ({
  id: 1, metricId: 1, scope: "province", unitId: null, value: v, qualifier: "exact", denominator: "63", target, targetDate: "2023-12-31",
  periodFrom: null, periodTo: null, asOf: "2023-07-25", source: "S", sourceTitle: "Nguồn", note: null,
});
const keys = (replies: ReadonlyArray<{ key: string }>) => replies.map((r) => r.key);

/** "Đạt / chưa đạt" follows the way a figure improves: up for counts and rates, down for ranks. */
describe("targets against the metric's direction", () => {
  it("every metric of the demo data with a target declares the direction its measure implies, and none is reached on 25/7/2023", async () => {
    const data = await readDemoFile();
    const targeted = data.metrics.filter((m) => m.values.some((v) => v.target !== undefined));
    expect(targeted.map((m) => m.key).sort()).toEqual(["eid_accounts_activated", "eid_activation_rate", "vneid_ranking"]);
    for (const m of targeted) {
      expect(m.direction, m.key).toBe(m.measure === "rank" ? "lower" : "higher");
      for (const v of m.values.filter((x) => x.target !== undefined)) {
        const standing = againstTarget({ direction: m.direction }, { value: v.value, target: v.target! });
        const reached = m.direction === "lower" ? Number(v.value) <= Number(v.target) : Number(v.value) >= Number(v.target);
        expect(standing?.reached, `${m.key} ${v.value} vs ${v.target}`).toBe(reached);
        expect(standing?.reached, m.key).toBe(false);
      }
    }
  });

  it("a rank reaches a top-20 goal from above: 28th is 8 places short, 20th and 15th have reached it", () => {
    const rank = metric({ measure: "rank", direction: "lower" });
    expect(againstTarget(rank, value("28", "20"))).toEqual({ reached: false, shortfall: 8 });
    expect(againstTarget(rank, value("20", "20"))).toEqual({ reached: true, shortfall: 0 });
    expect(againstTarget(rank, value("15", "20"))).toEqual({ reached: true, shortfall: 0 });
    expect(keys(answerRanking(rank, value("28", "20"), "vi"))).toContain("ranking-goal");
    expect(keys(answerRanking(rank, value("15", "20"), "vi"))).toContain("ranking-goal-reached");
  });

  it("a count reaches its target from below, and the gap answer says 'đã đạt' only then", () => {
    const count = metric({ measure: "count", direction: "higher" });
    expect(againstTarget(count, value("447246", "738291"))).toEqual({ reached: false, shortfall: 291045 });
    expect(keys(answerKpiGap(count, value("447246", "738291"), "2023-07-25", "vi"))).toContain("kpi-gap");
    expect(keys(answerKpiGap(count, value("800000", "738291"), "2023-07-25", "vi"))).toContain("kpi-gap-reached");
  });
});
