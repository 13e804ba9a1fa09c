/**
 * Charts drawn as SVG text (issue #12, item 4): horizontal bars (the online rate by level, plan progress by
 * unit, activations against a target) and a line over time (a KPI's trend). Pure: every word arrives already
 * translated and every number already formatted; the shell turns the SVG into a PNG with a shipped font.
 */
export const FONT_FAMILY = "Noto Sans";
export const WIDTH = 960;
const PAD = 28;
const TITLE_SIZE = 24;
const TEXT_SIZE = 16;
const SMALL = 13;
export const COLORS = { primary: "#1f6fb2", done: "#2e8b57", onTime: "#f0b429", overdue: "#d64545", grid: "#d9dee5", text: "#1d2733", muted: "#5b6775", target: "#a23b72" } as const;

export interface Segment {
  value: number;
  color: string;
}

export interface BarRow {
  label: string;
  segments: readonly Segment[];
  /** Printed right of the bar ("18,05%", "9/13"). */
  valueText: string;
}

export interface BarChart {
  title: string;
  subtitle: string;
  rows: readonly BarRow[];
  /** The value of a full-width bar (100 for a rate). */
  max: number;
  legend?: ReadonlyArray<{ label: string; color: string }>;
  /** A vertical line across the bars: a target. */
  marker?: { value: number; label: string };
  footnote?: string;
}

export interface LinePoint {
  /** Days since 1970-01-01 (x position). */
  x: number;
  y: number;
  label: string;
  valueText: string;
}

export interface LineChart {
  title: string;
  subtitle: string;
  points: readonly LinePoint[];
  target?: { y: number; label: string };
  footnote?: string;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** A rough width of text in Noto Sans: enough to lay labels out, never to cut them mid-glyph. */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) em += /[\s.,:;'|!il1()]/.test(ch) ? 0.3 : /[A-ZĐMWmw%]/.test(ch) ? 0.75 : 0.56;
  return em * size;
}

function fit(text: string, size: number, width: number): string {
  if (textWidth(text, size) <= width) return text;
  let cut = text;
  while (cut.length > 1 && textWidth(`${cut}…`, size) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** Text at a place; `extra` may set its own fill (muted, the target's colour) instead of the text colour. */
const t = (x: number, y: number, text: string, size: number, extra = "") =>
  `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-size="${size}"${extra.includes("fill=") ? "" : ` fill="${COLORS.text}"`}${extra}>${escapeXml(text)}</text>`;

function header(title: string, subtitle: string): { parts: string[]; bottom: number } {
  const parts = [
    t(PAD, PAD + TITLE_SIZE, fit(title, TITLE_SIZE, WIDTH - 2 * PAD), TITLE_SIZE, ' font-weight="bold"'),
    t(PAD, PAD + TITLE_SIZE + 24, fit(subtitle, SMALL, WIDTH - 2 * PAD), SMALL, ` fill="${COLORS.muted}"`),
  ];
  return { parts, bottom: PAD + TITLE_SIZE + 44 };
}

function wrap(parts: string[], height: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${Math.ceil(height)}" viewBox="0 0 ${WIDTH} ${Math.ceil(height)}" font-family="${FONT_FAMILY}">`
    + `<rect width="100%" height="100%" fill="#ffffff"/>${parts.join("")}</svg>`;
}

/** The area the bars or the line occupy, for tests that look for ink there. */
export interface PlotArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function barChartSvg(chart: BarChart): { svg: string; plot: PlotArea } {
  const { parts, bottom } = header(chart.title, chart.subtitle);
  let y = bottom;
  if (chart.legend) {
    let x = PAD;
    for (const item of chart.legend) {
      parts.push(`<rect x="${x}" y="${y - 11}" width="14" height="14" fill="${item.color}"/>`, t(x + 20, y + 1, item.label, SMALL));
      x += 20 + textWidth(item.label, SMALL) + 24;
    }
    y += 24;
  }
  const labelWidth = Math.min(300, Math.max(...chart.rows.map((r) => textWidth(r.label, TEXT_SIZE)), 40) + 12);
  const valueWidth = Math.max(...chart.rows.map((r) => textWidth(r.valueText, TEXT_SIZE)), 30) + 16;
  const x0 = PAD + labelWidth;
  const plotWidth = WIDTH - PAD - x0 - valueWidth;
  const rowHeight = chart.rows.length > 12 ? 26 : 40;
  const barHeight = rowHeight * 0.62;
  const top = y + (chart.marker ? 22 : 6);
  const scale = (v: number) => (chart.max > 0 ? (Math.max(0, Math.min(v, chart.max)) / chart.max) * plotWidth : 0);
  for (let g = 0; g <= 4; g++) {
    const gx = x0 + (plotWidth * g) / 4;
    parts.push(`<line x1="${gx.toFixed(1)}" y1="${top - 4}" x2="${gx.toFixed(1)}" y2="${(top + rowHeight * chart.rows.length).toFixed(1)}" stroke="${COLORS.grid}" stroke-width="1"/>`);
  }
  chart.rows.forEach((row, i) => {
    const ry = top + i * rowHeight;
    const mid = ry + rowHeight / 2;
    parts.push(t(PAD, mid + 5, fit(row.label, TEXT_SIZE, labelWidth - 12), TEXT_SIZE));
    let x = x0;
    for (const s of row.segments) {
      const w = scale(s.value);
      if (w > 0) parts.push(`<rect x="${x.toFixed(1)}" y="${(mid - barHeight / 2).toFixed(1)}" width="${w.toFixed(1)}" height="${barHeight.toFixed(1)}" fill="${s.color}"/>`);
      x += w;
    }
    parts.push(t(x + 8, mid + 5, row.valueText, TEXT_SIZE, ' font-weight="bold"'));
  });
  const plotBottom = top + rowHeight * chart.rows.length;
  if (chart.marker) {
    const mx = x0 + scale(chart.marker.value);
    parts.push(`<line x1="${mx.toFixed(1)}" y1="${top - 10}" x2="${mx.toFixed(1)}" y2="${plotBottom + 4}" stroke="${COLORS.target}" stroke-width="3" stroke-dasharray="8 5"/>`);
    const label = chart.marker.label;
    const lx = Math.min(Math.max(mx - textWidth(label, SMALL) / 2, PAD), WIDTH - PAD - textWidth(label, SMALL));
    parts.push(t(lx, top - 14, label, SMALL, ` fill="${COLORS.target}" font-weight="bold"`));
  }
  let end = plotBottom + 16;
  if (chart.footnote) {
    parts.push(t(PAD, end + 14, fit(chart.footnote, SMALL, WIDTH - 2 * PAD), SMALL, ` fill="${COLORS.muted}"`));
    end += 24;
  }
  return { svg: wrap(parts, end + PAD / 2), plot: { x: x0, y: top, width: plotWidth, height: plotBottom - top } };
}

export function lineChartSvg(chart: LineChart): { svg: string; plot: PlotArea } {
  const { parts, bottom } = header(chart.title, chart.subtitle);
  const x0 = PAD + 70;
  const plot: PlotArea = { x: x0, y: bottom + 20, width: WIDTH - PAD - 50 - x0, height: 300 };
  const ys = [...chart.points.map((p) => p.y), ...(chart.target ? [chart.target.y] : [])];
  const top = Math.max(...ys) * 1.1 || 1;
  const xs = chart.points.map((p) => p.x);
  const xMin = Math.min(...xs);
  const xSpan = Math.max(...xs) - xMin;
  const px = (x: number) => plot.x + (xSpan === 0 ? plot.width / 2 : ((x - xMin) / xSpan) * plot.width);
  const py = (y: number) => plot.y + plot.height - (y / top) * plot.height;
  for (let g = 0; g <= 4; g++) {
    const gy = plot.y + (plot.height * g) / 4;
    parts.push(`<line x1="${plot.x}" y1="${gy.toFixed(1)}" x2="${plot.x + plot.width}" y2="${gy.toFixed(1)}" stroke="${COLORS.grid}" stroke-width="1"/>`);
  }
  if (chart.target) {
    const ty = py(chart.target.y);
    parts.push(`<line x1="${plot.x}" y1="${ty.toFixed(1)}" x2="${plot.x + plot.width}" y2="${ty.toFixed(1)}" stroke="${COLORS.target}" stroke-width="3" stroke-dasharray="8 5"/>`);
    parts.push(t(plot.x + plot.width - textWidth(chart.target.label, SMALL), ty - 8, chart.target.label, SMALL, ` fill="${COLORS.target}" font-weight="bold"`));
  }
  if (chart.points.length > 1) {
    const d = chart.points.map((p, i) => `${i === 0 ? "M" : "L"}${px(p.x).toFixed(1)},${py(p.y).toFixed(1)}`).join(" ");
    parts.push(`<path d="${d}" fill="none" stroke="${COLORS.primary}" stroke-width="4" stroke-linejoin="round"/>`);
  }
  chart.points.forEach((p, i) => {
    const cx = px(p.x);
    const cy = py(p.y);
    parts.push(`<circle cx="${cx.toFixed(1)}" cy="${cy.toFixed(1)}" r="7" fill="${COLORS.primary}"/>`);
    const vw = textWidth(p.valueText, TEXT_SIZE);
    parts.push(t(Math.min(Math.max(cx - vw / 2, PAD), WIDTH - PAD - vw), cy - 14, p.valueText, TEXT_SIZE, ' font-weight="bold"'));
    // Date labels under the axis; when crowded, every other one.
    if (chart.points.length <= 8 || i % 2 === 0 || i === chart.points.length - 1) {
      const lw = textWidth(p.label, SMALL);
      parts.push(t(Math.min(Math.max(cx - lw / 2, PAD), WIDTH - PAD - lw), plot.y + plot.height + 22, p.label, SMALL, ` fill="${COLORS.muted}"`));
    }
  });
  parts.push(`<line x1="${plot.x}" y1="${plot.y + plot.height}" x2="${plot.x + plot.width}" y2="${plot.y + plot.height}" stroke="${COLORS.muted}" stroke-width="1.5"/>`);
  let end = plot.y + plot.height + 40;
  if (chart.footnote) {
    parts.push(t(PAD, end + 10, fit(chart.footnote, SMALL, WIDTH - 2 * PAD), SMALL, ` fill="${COLORS.muted}"`));
    end += 24;
  }
  return { svg: wrap(parts, end + PAD / 2), plot };
}
