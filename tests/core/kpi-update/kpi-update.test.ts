import { describe, expect, it } from "vitest";
import { parseKpiCommand, parseScope, parseTypedDate, parseTypedNumber, permissionFor, sameFigure } from "../../../src/core/kpi-update/index.js";
import { splitSource } from "../../../src/app/kpi/source.js";
import type { Metric, Unit } from "../../../src/core/model.js";

describe("KPI commands by their shape", () => {
  it.each([
    ["cập nhật tỷ lệ hồ sơ trực tuyến cấp huyện đạt 20,5% tính đến 15/7", { kind: "update", body: "tỷ lệ hồ sơ trực tuyến cấp huyện đạt 20,5% tính đến 15/7" }],
    ["Cap nhat so lieu: da kich hoat 560.000 tai khoan den 28/7", { kind: "update", body: "da kich hoat 560.000 tai khoan den 28/7" }],
    ["đồng ý", { kind: "accept" }],
    ["Hủy", { kind: "cancel" }],
    ["duyệt số liệu 12", { kind: "approve", id: 12 }],
    ["từ chối số liệu 12 vì chưa khớp báo cáo", { kind: "reject", id: 12, reason: "chưa khớp báo cáo" }],
  ])("%s", (text, expected) => expect(parseKpiCommand(text)).toEqual(expected));

  it.each(["cập nhật giúp tôi", "tỷ lệ hồ sơ trực tuyến cấp huyện", "xác nhận CCHC23-07", "đồng ý với ý kiến trên"])("not a KPI command: %s", (text) => {
    expect(parseKpiCommand(text)).toBeUndefined();
  });

  it("a source named at the end is taken off the text", () => {
    expect(splitSource("đã kích hoạt 561.234 tài khoản đến 24/7, nguồn: Báo cáo số 45/BC-CAT")).toEqual({ text: "đã kích hoạt 561.234 tài khoản đến 24/7", source: "Báo cáo số 45/BC-CAT" });
    expect(splitSource("cấp xã đạt 70% đến 20/7 theo báo cáo của UBND huyện").source).toBe("Báo cáo của UBND huyện");
    expect(splitSource("cấp xã đạt 70% đến 20/7")).toEqual({ text: "cấp xã đạt 70% đến 20/7", source: null });
  });
});

describe("typed figures", () => {
  it("numbers the Vietnamese way", () => {
    expect(parseTypedNumber("20,5")).toBe(20.5);
    expect(parseTypedNumber("447.246")).toBe(447246);
    expect(parseTypedNumber("20.5")).toBe(20.5);
    expect(parseTypedNumber("18,05%")).toBe(18.05);
    expect(parseTypedNumber("abc")).toBeUndefined();
    // The extraction's reader, held to the whole field.
    expect(parseTypedNumber("1.234,5")).toBe(1234.5);
    expect(parseTypedNumber("63.86")).toBe(63.86);
    expect(parseTypedNumber("560000")).toBe(560000);
    expect(parseTypedNumber("12.3456")).toBeUndefined();
    expect(parseTypedNumber("5 tỷ")).toBeUndefined();
    expect(parseTypedNumber("-5")).toBeUndefined();
  });
  it("dates and scopes", () => {
    expect(parseTypedDate("15/7/2023")).toBe("2023-07-15");
    expect(parseTypedDate("2023-07-15")).toBe("2023-07-15");
    expect(parseTypedDate("31/6/2023")).toBeUndefined();
    expect(parseScope("cấp huyện")).toBe("district_level");
    expect(parseScope("cap-xa")).toBe("commune_level");
    expect(parseScope("district_level")).toBe("district_level");
    expect(parseScope("cấp thôn")).toBeUndefined();
  });
});

describe("who may record", () => {
  const unit = (id: number, kind: Unit["kind"]) => ({ id, kind }) as Unit;
  const units = [unit(1, "department"), unit(2, "police"), unit(3, "district")];
  const eid = { id: 7, aspects: ["accounts", "activated", "vneid", "da06"] } as unknown as Metric;
  const rate = { id: 8, aspects: ["percent", "dossiers"] } as unknown as Metric;
  const ctx = { metrics: [eid, rate], units };
  it("the secretariat records; the police propose the province's identity figures; a unit proposes its own", () => {
    expect(permissionFor({ role: "secretariat", unitIds: [1] }, { scope: "district_level", unitId: null, metricId: 8 }, ctx)).toBe("record");
    expect(permissionFor({ role: "unit_officer", unitIds: [2] }, { scope: "province", unitId: null, metricId: 7 }, ctx)).toBe("propose");
    expect(permissionFor({ role: "unit_officer", unitIds: [2] }, { scope: "province", unitId: null, metricId: 8 }, ctx)).toBe("refused");
    expect(permissionFor({ role: "unit_officer", unitIds: [3] }, { scope: "unit", unitId: 3, metricId: 8 }, ctx)).toBe("propose");
    expect(permissionFor({ role: "unit_officer", unitIds: [3] }, { scope: "unit", unitId: 1, metricId: 8 }, ctx)).toBe("refused");
    expect(permissionFor({ role: "leader", unitIds: [1] }, { scope: "province", unitId: null, metricId: 7 }, ctx)).toBe("refused");
  });
  it("a correction is the same metric, scope, unit and date", () => {
    const a = { metricId: 1, scope: "province" as const, unitId: null, asOf: "2023-07-24", periodFrom: null, periodTo: null };
    expect(sameFigure(a, { ...a })).toBe(true);
    expect(sameFigure(a, { ...a, asOf: "2023-07-25" })).toBe(false);
  });
});
