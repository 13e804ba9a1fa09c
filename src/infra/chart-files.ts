import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { ChartPictures } from "../app/chart-answer.js";

/**
 * Charts kept as PNG files in a folder (the console's pictures). The renderer (resvg and its font) is loaded on
 * the first chart, not at start-up: most runs never draw one.
 */
export function chartFiles(dir: string): ChartPictures {
  return {
    async render(svg) {
      const { renderPng } = await import("./png.js");
      return renderPng(svg);
    },
    async save(png, name) {
      await mkdir(dir, { recursive: true });
      const file = path.join(dir, name);
      await writeFile(file, png);
      return file;
    },
  };
}
