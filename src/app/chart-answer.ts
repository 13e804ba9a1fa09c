/**
 * Charts asked for in chat (issue #12, item 4): the figures of the chart as text, always, for those who cannot
 * see images; where the chat keeps pictures (the console) the PNG too, saved to a file the reply names.
 * Elsewhere the reply says the picture is not sent on this channel (sending it is the channel's own path).
 */
import type { ChartRequest } from "../core/charts/index.js";
import type { Locale } from "../core/format.js";
import type { LocalDate } from "../core/local-date.js";
import { reply, type Reply } from "../core/reply.js";
import type { CatalogView } from "./catalog-view.js";
import { drawChart } from "./charts.js";
import type { TaskStore } from "./ports.js";

/** The shell's pictures: SVG to PNG, and a place to keep a PNG (a file), which it names. */
export interface ChartPictures {
  render(svg: string): Promise<Uint8Array>;
  save(png: Uint8Array, name: string): Promise<string>;
}

export interface ChartAnswerDeps {
  translate(locale: Locale, r: Reply): string;
  /** Present only where the chat keeps pictures. */
  pictures?: ChartPictures;
}

export async function answerChart(chart: ChartRequest | undefined, view: CatalogView, tasks: Pick<TaskStore, "findTasks">, deps: ChartAnswerDeps, today: LocalDate, locale: Locale): Promise<Reply[]> {
  if (!chart) return [reply("chart-unknown")];
  const drawn = await drawChart(chart, { view, tasks, translate: deps.translate }, today, locale);
  if (!drawn.ok) return [reply("chart-text", { text: drawn.text })];
  const lines = drawn.caption.split("\n").map((text) => reply("chart-text", { text }));
  if (!deps.pictures) return [...lines, reply("chart-text-only")];
  const png = await deps.pictures.render(drawn.svg);
  const file = await deps.pictures.save(png, `${chartName(chart)}-${today}.png`);
  const size = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return [...lines, reply("chart-saved", { file, width: size.getUint32(16), height: size.getUint32(20) })];
}

function chartName(chart: ChartRequest): string {
  return chart.kind === "trend" ? `xu-huong-${chart.metricKey.replace(/_/g, "-")}` : chart.kind.replace(/_/g, "-");
}
