import { beforeAll, describe, expect, it } from "vitest";
import type { Unit } from "../../src/core/model.js";
import { type UnitResolver, createUnitResolver } from "../../src/core/plan-import/index.js";
import { demoUnits } from "./files.js";

let resolver: UnitResolver;
let units: Unit[];
const codes = (cell: string) => resolver.resolve(cell).units.map((u) => u.code);
const groups = (cell: string) => resolver.resolve(cell).groups.map((g) => g.key);

beforeAll(async () => {
  units = await demoUnits();
  resolver = createUnitResolver(units);
});

describe("unit names in a cell, matched with the questions' accent-aware matcher", () => {
  it("finds a unit however its name is written", () => {
    for (const cell of ["Sở Nội vụ", "SỞ NỘI VỤ", "So Noi vu", "SNV", "Sở Nôi vụ"]) expect(codes(cell)).toEqual(["SNV"]);
    expect(codes("Sở TT&TT")).toEqual(["STTTT"]);
    expect(codes("Sở Thông tin và Truyền thông")).toEqual(["STTTT"]);
    expect(codes("Sở Văn hóa, Thể thao và Du lịch")).toEqual(["SVHTTDL"]);
    expect(codes("Sở Lao động - Thương binh và Xã hội")).toEqual(["SLDTBXH"]);
    expect(codes("Sở Nông nghiệp và PTNT")).toEqual(["SNNPTNT"]);
    expect(codes("Văn phòng UBND tỉnh")).toEqual(["VPUB"]);
    expect(codes("Công an tỉnh (Phòng PC06)")).toEqual(["CAT"]);
  });

  it("reads several units, by lines, semicolons, commas and 'và'", () => {
    expect(codes("Sở Nội vụ, Sở Tư pháp")).toEqual(["SNV", "STP"]);
    expect(codes("Sở TT&TT; Công an tỉnh")).toEqual(["STTTT", "CAT"]);
    expect(codes("- Sở Nội vụ\n- Sở Tài chính")).toEqual(["SNV", "STC"]);
    expect(codes("Sở Kế hoạch và Đầu tư, Sở Tài chính")).toEqual(["SKHDT", "STC"]);
  });

  it("keeps groups as groups, never one of their members", () => {
    const cell = resolver.resolve("Các sở, ban, ngành; UBND các huyện, thị xã, thành phố");
    expect(cell.units).toEqual([]);
    expect(cell.groups.map((g) => [g.key, g.memberKind])).toEqual([["departments", "department"], ["districts", "district"]]);
    expect(groups("UBND các xã, phường")).toEqual(["communes"]);
    expect(groups("Ủy ban nhân dân các xã, phường, thị trấn")).toEqual(["communes"]);
    expect(groups("cac so, ban, nganh")).toEqual(["departments"]);
    const mixed = resolver.resolve("Sở Tài chính và các cơ quan liên quan");
    expect([mixed.units.map((u) => u.code), mixed.groups.map((g) => g.key)]).toEqual([["STC"], ["related"]]);
  });

  it("reports a name that is no unit with the closest units, and never guesses", () => {
    const cell = resolver.resolve("Sở Ngoại giao");
    expect(cell.units).toEqual([]);
    expect(cell.unknown).toHaveLength(1);
    expect(cell.unknown[0]!.name).toBe("Sở Ngoại giao");
    expect(cell.unknown[0]!.closest.map((u) => u.code)).toContain("SNGV");
    const partial = resolver.resolve("Sở Tài nguyên");
    expect(partial.units).toEqual([]);
    expect(partial.unknown[0]!.closest[0]!.code).toBe("STNMT");
    expect(resolver.resolve("Trà My").units).toEqual([]);
    expect(resolver.resolve("Trà My").unknown[0]!.closest.map((u) => u.code).sort()).toEqual(["BACTRAMY", "NAMTRAMY"]);
    const known = resolver.resolve("Sở Nội vụ; Ban Dân vận Tỉnh ủy");
    expect(known.units.map((u) => u.code)).toEqual(["SNV"]);
    expect(known.unknown.map((u) => u.name)).toEqual(["Ban Dân vận Tỉnh ủy"]);
  });
});
