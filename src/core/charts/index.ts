/** Charts as pictures (issue #12, item 4): which chart a request names, and the SVG for it. */
export { chartByName, type ChartRequest } from "./pick.js";
export { barChartSvg, lineChartSvg, COLORS, FONT_FAMILY, type BarChart, type BarRow, type LineChart, type LinePoint, type PlotArea } from "./svg.js";
