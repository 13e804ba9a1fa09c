import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCatalogView } from "../../src/app/catalog-view.js";
import { drawChart, type ChartResult } from "../../src/app/charts.js";
import { chartByName } from "../../src/core/charts/index.js";
import { createCatalogStore } from "../../src/db/stores/catalog-store.js";
import { createTaskStore } from "../../src/db/stores/task-store.js";
import { createTranslator } from "../../src/infra/i18n.js";
import { CHART_FONT_FILES, renderPixels, renderPng } from "../../src/infra/png.js";
import { freshSqlite, type TestDatabase } from "../support/databases.js";

/** Charts from the demo data (25/7/2023), rendered to PNG with the shipped Noto Sans, and their captions. */
describe("charts as pictures", () => {
  let t: TestDatabase;
  let draw: (request: string) => Promise<ChartResult>;
  beforeAll(async () => {
    t = await freshSqlite({ demo: true });
    const view = buildCatalogView(await createCatalogStore(t.database.db).loadCatalog());
    draw = (request) => drawChart(request, { view, tasks: createTaskStore(t.database.db), translate: createTranslator() }, "2023-07-25");
  });
  afterAll(() => t.cleanup());

  it.each([
    ["vẽ biểu đồ tỷ lệ trực tuyến theo cấp", ["Tỷ lệ hồ sơ trực tuyến theo cấp", "• Cấp huyện: 18,05% (số liệu 1/1–27/6/2023)", "• Cấp xã: 66,06%", "Nguồn: Báo cáo của Sở Nội vụ"]],
    ["biểu đồ kích hoạt tài khoản định danh so với chỉ tiêu", ["• Đến 18/7/2023: 447.246", "Chỉ tiêu 738.291 đến 31/7/2023", "Còn thiếu 291.045 so với chỉ tiêu; từ 18/7/2023 còn 13 ngày, cần bình quân 22.389 mỗi ngày."]],
    ["biểu đồ tiến độ các đơn vị", ["Tiến độ Kế hoạch cải cách hành chính năm 2023 theo đơn vị chủ trì", "• Sở Nội vụ: hoàn thành 8/15", "Nguồn: dữ liệu nhiệm vụ của Nhắc việc cập nhật đến 25/7/2023."]],
    ["biểu đồ xu hướng tài khoản định danh đã kích hoạt", ["Mới có một số liệu; chưa đủ để thấy xu hướng.", "• 18/7/2023: 447.246"]],
  ])("%s: a PNG of the right size with ink in the plot area, and the figures in the caption", async (request, expected) => {
    const chart = await draw(request);
    if (!chart.ok) throw new Error(chart.text);
    for (const line of expected) expect(chart.caption).toContain(line);
    const png = renderPng(chart.svg);
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(png.readUInt32BE(16)).toBe(960);
    expect(png.readUInt32BE(20)).toBeGreaterThan(150);
    // Non-white pixels inside the plot area (rendered again to read the pixels).
    const pixels = renderPixels(chart.svg);
    const { x, y, width, height } = chart.plot;
    let ink = 0;
    for (let row = Math.floor(y); row < y + height; row += 2) {
      for (let col = Math.floor(x); col < x + width; col += 2) {
        const i = (row * pixels.width + col) * 4;
        if (pixels.pixels[i]! < 200 || pixels.pixels[i + 1]! < 200 || pixels.pixels[i + 2]! < 200) ink++;
      }
    }
    expect(ink / ((width / 2) * (height / 2))).toBeGreaterThan(0.01);
  });

  it("the title's Vietnamese glyphs are drawn from the shipped font (no missing-glyph boxes)", async () => {
    const chart = await draw("biểu đồ tỷ lệ trực tuyến theo cấp");
    if (!chart.ok) throw new Error(chart.text);
    const title = chart.svg.match(/<text[^>]*font-weight="bold"[^>]*>([^<]+)<\/text>/)![1]!;
    expect(title).toBe("Tỷ lệ hồ sơ trực tuyến theo cấp");
    const { readFileSync } = await import("node:fs");
    const font = readFileSync(CHART_FONT_FILES[1]!);
    expect(hasGlyphs(font, [...new Set(title)])).toEqual([]);
  });

  it("requests by words or name; anything else gets the list of charts", async () => {
    const metrics = [{ key: "eid_accounts_activated" }];
    expect(chartByName("trend:eid_accounts_activated", metrics)).toEqual({ kind: "trend", metricKey: "eid_accounts_activated" });
    expect(chartByName("trend:weather", metrics)).toBeUndefined();
    expect(chartByName("online-rate", metrics)).toEqual({ kind: "online_rate_by_level" });
    // Words are read by understanding, without accents too.
    const progress = await draw("bieu do tien do cac don vi");
    expect(progress.ok && progress.request).toEqual({ kind: "progress_by_unit" });
    const unknown = await draw("vẽ biểu đồ thời tiết");
    expect(unknown).toMatchObject({ ok: false, reason: "unknown" });
  });
});

/** The characters a TrueType font has no glyph for (its cmap, format 4). */
function hasGlyphs(font: Buffer, chars: string[]): string[] {
  const tables = font.readUInt16BE(4);
  let cmap = 0;
  for (let i = 0; i < tables; i++) if (font.toString("latin1", 12 + i * 16, 16 + i * 16) === "cmap") cmap = font.readUInt32BE(20 + i * 16);
  const count = font.readUInt16BE(cmap + 2);
  let sub = 0;
  for (let i = 0; i < count; i++) {
    const at = cmap + 4 + i * 8;
    if (font.readUInt16BE(at) === 3 && font.readUInt16BE(at + 2) === 1) sub = cmap + font.readUInt32BE(at + 4);
  }
  if (font.readUInt16BE(sub) !== 4) throw new Error("cmap format 4 expected");
  const segs = font.readUInt16BE(sub + 6) / 2;
  const ends = (i: number) => font.readUInt16BE(sub + 14 + i * 2);
  const starts = (i: number) => font.readUInt16BE(sub + 16 + segs * 2 + i * 2);
  return chars.filter((ch) => {
    const code = ch.codePointAt(0)!;
    for (let i = 0; i < segs; i++) if (code >= starts(i) && code <= ends(i)) return false;
    return true;
  });
}
