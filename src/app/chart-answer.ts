/**
 * Charts asked for in chat (issue #12, item 4): the figures of the chart as text, always, for those who cannot
 * see images; then the picture the way the chat takes it: kept in a file the reply names (the console), or sent
 * with the answer (Telegram as a photo with the figures as its caption, Zalo in webhook mode by URL). A chat that
 * takes no picture is told so under the figures.
 */
import type { ChartRequest } from "../core/charts/index.js";
import type { Locale } from "../core/format.js";
import type { LocalDate } from "../core/local-date.js";
import { reply, type Reply } from "../core/reply.js";
import type { CatalogView } from "./catalog-view.js";
import { drawChart } from "./charts.js";
import type { OutboundFile } from "./messages.js";
import type { TaskStore } from "./ports.js";

/** The shell's pictures: SVG to PNG, and a place to keep a PNG (a file), which it names. */
export interface ChartPictures {
  render(svg: string): Promise<Uint8Array>;
  save(png: Uint8Array, name: string): Promise<string>;
}

export interface ChartAnswerDeps {
  translate(locale: Locale, r: Reply): string;
  /** Present only where the chat takes pictures. */
  pictures?: ChartPictures;
  /** How the chat takes the picture: kept in a file the reply names, or sent with the answer (the default). */
  keep?: "file" | "send";
}

export interface ChartAnswer {
  replies: Reply[];
  /** The PNG to send with the answer, on channels that send it. */
  picture?: OutboundFile;
}

export async function answerChart(chart: ChartRequest | undefined, view: CatalogView, tasks: Pick<TaskStore, "findTasks">, deps: ChartAnswerDeps, today: LocalDate, locale: Locale): Promise<ChartAnswer> {
  if (!chart) return { replies: [reply("chart-unknown")] };
  const drawn = await drawChart(chart, { view, tasks, translate: deps.translate }, today, locale);
  if (!drawn.ok) return { replies: [reply("chart-text", { text: drawn.text })] };
  const lines = drawn.caption.split("\n").map((text) => reply("chart-text", { text }));
  if (!deps.pictures) return { replies: [...lines, reply("chart-text-only")] };
  const png = await deps.pictures.render(drawn.svg);
  const name = `${chartName(chart)}-${today}.png`;
  if (deps.keep !== "file") return { replies: lines, picture: { name, mime: "image/png", bytes: png } };
  const file = await deps.pictures.save(png, name);
  const size = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { replies: [...lines, reply("chart-saved", { file, width: size.getUint32(16), height: size.getUint32(20) })] };
}

function chartName(chart: ChartRequest): string {
  return chart.kind === "trend" ? `xu-huong-${chart.metricKey.replace(/_/g, "-")}` : chart.kind.replace(/_/g, "-");
}
