import { createRequire } from "node:module";
import { Resvg, type ResvgRenderOptions } from "@resvg/resvg-js";

/**
 * SVG → PNG with @resvg/resvg-js and Noto Sans from @expo-google-fonts/noto-sans (.ttf, every Vietnamese
 * glyph), never the machine's fonts: the picture is the same on every server, and a missing glyph cannot
 * fall back to a box.
 */
const require = createRequire(import.meta.url);

export const CHART_FONT_FILES: readonly string[] = [
  require.resolve("@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf"),
  require.resolve("@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf"),
];

const OPTIONS: ResvgRenderOptions = {
  font: { fontFiles: [...CHART_FONT_FILES], loadSystemFonts: false, defaultFontFamily: "Noto Sans" },
  background: "#ffffff",
  // The SVG's own size (960 px wide): readable on a phone, and a third of the time of twice the size, most of
  // which goes into encoding the pixels (bench:charts).
};

export function renderPng(svg: string): Buffer {
  return new Resvg(svg, OPTIONS).render().asPng();
}

/** The RGBA pixels of the picture renderPng makes (for checks that look at what is drawn). */
export function renderPixels(svg: string): { width: number; height: number; pixels: Buffer } {
  const image = new Resvg(svg, OPTIONS).render();
  return { width: image.width, height: image.height, pixels: image.pixels };
}
