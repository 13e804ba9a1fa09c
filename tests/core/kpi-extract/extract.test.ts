import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractKpiValues } from "../../../src/core/kpi-extract/index.js";
import { METRICS, demo } from "./catalogue.js";

// A copy of ../shared/seeds/000_b03755601925f272.txt (the report the bot was born from), so a fresh clone tests it too.
const SEED = readFileSync(new URL("../../fixtures/kpi-reports/seed-report-quang-nam-25-7-2023.txt", import.meta.url), "utf8");
const extract = (text: string) => extractKpiValues(text, { metrics: METRICS, referenceDate: "2024-12-31" });

describe("the seed report gives back every KPI value of the demo data", () => {
  const found = extractKpiValues(SEED, { metrics: METRICS, referenceDate: "2026-03-01" });
  const results = demo.metrics.flatMap((m) => (m.values ?? []).map((v) => ({ metric: m.key, ...v })));

  it.each(results.map((r) => [`${r.metric} ${r.scope} ${r.value}`, r] as const))("%s", (_, r) => {
    const hit = found.find((f) => f.metric === r.metric && f.scope === r.scope && f.kind === "result" && f.value === Number(r.value));
    expect(hit, JSON.stringify(found.map((f) => [f.metric, f.scope, f.value, f.kind]))).toBeDefined();
    expect(hit!.qualifier).toBe(r.qualifier ?? "exact");
    expect(hit!.sentence).toContain(r.value.length > 3 ? Number(r.value) >= 1e9 ? "859 tỷ" : Number(r.value).toLocaleString("vi-VN") : r.value.replace(".", ","));
    // The demo dates the connections at the meeting (the report gives no date); the text puts them in the paragraph on 1/1–27/6.
    if (r.metric !== "vpcp_connections") expect({ periodFrom: hit!.periodFrom, periodTo: hit!.periodTo, asOf: hit!.asOf }).toEqual({ periodFrom: r.periodFrom ?? null, periodTo: r.periodTo ?? null, asOf: r.asOf ?? null });
  });

  it("reads the targets as targets, with their dates: 738.291 activations by 31/7, the top 20 by the end of the year", () => {
    const targets = found.filter((f) => f.kind === "target").map((f) => [f.metric, f.value, f.asOf]);
    expect(targets).toEqual([
      ["eid_accounts_activated", 738291, "2023-07-31"],
      ["vneid_ranking", 20, "2023-12-31"],
    ]);
    // The headline "31/7: Kích hoạt 738.291 tài khoản" repeats the goal: it is one value, not a result.
    expect(found.filter((f) => f.value === 738291)).toHaveLength(1);
  });

  it("invents nothing: no date, year, document or programme number becomes a value", () => {
    const values = found.map((f) => f.value);
    for (const notAValue of [25, 7, 31, 6, 2022, 2025, 2030, 6.0, 43, 10, 63, 18, 27]) expect(values).not.toContain(notAValue);
    expect(found.every((f) => f.sentence.length > 0 && SEED.includes(f.sentence))).toBe(true);
  });
});

describe("reading a report", () => {
  it("tells 'toàn trình' and 'một phần' from 'trực tuyến'", () => {
    const found = extract("Năm 2024, tỷ lệ hồ sơ trực tuyến đạt 70,5%, tỷ lệ hồ sơ trực tuyến toàn trình đạt 40,2%. Tỷ lệ hồ sơ trực tuyến một phần là 30,3%.");
    expect(found.map((f) => [f.metric, f.value])).toEqual([
      ["online_dossier_rate", 70.5],
      [null, 40.2],
      [null, 30.3],
    ]);
  });

  it("tells a change from a rate, and a result against its target from a target", () => {
    const found = extract("Tỷ lệ hồ sơ trực tuyến đạt 69,12%, tăng 5,43% so với cùng kỳ. Đã kích hoạt 500.000 tài khoản, đạt 60,58% so với chỉ tiêu. Phấn đấu đến cuối năm 2024 đạt 80%.");
    expect(found.map((f) => [f.value, f.kind])).toEqual([
      [69.12, "result"],
      [5.43, "change"],
      [500000, "result"],
      [60.58, "result"],
      [80, "target"],
    ]);
    expect(found[1]!.metric).toBe("online_dossier_rate");
    expect(found[4]!.asOf).toBe("2024-12-31");
  });

  it("reads lower bounds, estimates and Vietnamese number forms, money in đồng", () => {
    const found = extract("Phát sinh hơn 3.048 lượt thanh toán trực tuyến với tổng số tiền khoảng 15,6 tỷ đồng; gần 1,2 triệu hồ sơ được số hóa; tỷ lệ đạt trên 63,86%.");
    expect(found.map((f) => [f.value, f.measure, f.qualifier])).toEqual([
      [3048, "count", "more_than"],
      [15600000000, "vnd", "about"],
      [1200000, "count", "less_than"],
      [63.86, "percent", "more_than"],
    ]);
  });

  it("tells a period from an as-of date, and ignores comparison bases and documents' dates", () => {
    const found = extract("Theo Kế hoạch số 35/KH-UBND ngày 10/01/2024, từ 01/01 đến 27/6/2023 tỷ lệ hồ sơ trực tuyến đạt 64%, tăng 3% so với quý I/2023. Tính đến 25/7/2023, đã kích hoạt 447.246 tài khoản.");
    expect(found.map((f) => [f.value, f.periodFrom, f.periodTo, f.asOf])).toEqual([
      [64, "2023-01-01", "2023-06-27", null],
      [3, "2023-01-01", "2023-06-27", null],
      [447246, null, null, "2023-07-25"],
    ]);
  });

  it("reads the same figures without diacritics", () => {
    const marked = extract("Tính đến ngày 18/7/2023, toàn tỉnh đã kích hoạt 447.246 tài khoản, đạt tỷ lệ 60,58% so với chỉ tiêu; cấp huyện đạt 18,05% hồ sơ trực tuyến.");
    const plain = extract("Tinh den ngay 18/7/2023, toan tinh da kich hoat 447.246 tai khoan, dat ty le 60,58% so voi chi tieu; cap huyen dat 18,05% ho so truc tuyen.");
    const strip = (v: ReturnType<typeof extract>) => v.map(({ name: _n, sentence: _s, ...rest }) => rest);
    expect(strip(plain)).toEqual(strip(marked));
    expect(marked.map((f) => f.metric)).toEqual(["eid_accounts_activated", "eid_activation_rate", "online_dossier_rate"]);
  });

  it("reads ranks and a unit's figures", () => {
    const found = extract("Tỉnh hiện xếp thứ 28/63 về VNeID. Năm 2023, Sở Tư pháp đạt 95,2% hồ sơ trực tuyến, huyện Kim Sơn đạt 27,85%.");
    expect(found.map((f) => [f.metric, f.measure, f.value, f.scope, f.unit])).toEqual([
      ["vneid_ranking", "rank", 28, "province", null],
      ["online_dossier_rate", "percent", 95.2, "unit", "Sở Tư pháp"],
      ["online_dossier_rate", "percent", 27.85, "unit", "huyện Kim Sơn"],
    ]);
  });

  it("finds nothing in a text without figures, nor in document numbers, articles, meetings and dates", () => {
    expect(extract("")).toEqual([]);
    expect(extract("Ban Chỉ đạo quán triệt nhiệm vụ cải cách hành chính, nâng cao chất lượng phục vụ.")).toEqual([]);
    expect(extract("Sáng 3/4/2024, tỉnh tổ chức 3 hội nghị quán triệt Nghị quyết số 76/NQ-CP, Điều 5 Quyết định 1345/QĐ-UBND và Đề án 06 giai đoạn 2022 - 2025 với 150 đại biểu.")).toEqual([]);
  });
});
