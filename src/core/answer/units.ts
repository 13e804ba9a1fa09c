import type { RankingMeasure } from "../understand/types.js";
import { formatDate, type Locale } from "../format.js";
import type { LocalDate } from "../local-date.js";
import { reply, type Reply } from "../reply.js";

export interface UnitStanding {
  unitName: string;
  /** The unit's id when the rows are units (not areas). */
  unitId?: number;
  overdue: number;
  open: number;
  /** Every task of the group, done or not. */
  total: number;
}

/** At most this many units in the answer: the ones a leader would call first. */
const SHOWN = 5;

/** Units ranked by overdue tasks, then by unfinished ones: "đơn vị nào chậm nhất". */
export function rankUnits(rows: readonly UnitStanding[], measure?: RankingMeasure): UnitStanding[] {
  // "Đơn vị nào còn nhiều việc chưa xong nhất": the most tasks not yet done, then the most overdue.
  if (measure === "open") return [...rows].filter((r) => r.open > 0).sort((a, b) => b.open - a.open || b.overdue - a.overdue || a.unitName.localeCompare(b.unitName, "vi"));
  if (measure === "total") return [...rows].sort((a, b) => b.total - a.total || a.unitName.localeCompare(b.unitName, "vi"));
  // By the share done, then the number done: "lĩnh vực nào có tỷ lệ hoàn thành cao nhất".
  const done = (r: UnitStanding) => r.total - r.open;
  if (measure === "done") return [...rows].sort((a, b) => done(b) / b.total - done(a) / a.total || done(b) - done(a) || a.unitName.localeCompare(b.unitName, "vi"));
  return [...rows].filter((r) => r.open > 0).sort((a, b) => b.overdue - a.overdue || b.open - a.open || a.unitName.localeCompare(b.unitName, "vi"));
}

export function answerUnitRanking(rows: readonly UnitStanding[], planName: string, today: LocalDate, locale: Locale, by?: "area", measure?: RankingMeasure, only: { setAside?: string; level?: string } = {}): Reply[] {
  const ranked = rankUnits(rows, measure);
  const date = formatDate(today, locale);
  const group = `${by ?? "unit"}_${measure ?? "slow"}`;
  if (ranked.length === 0) return [reply("units-all-done", { plan: planName, date })];
  const withOverdue = ranked.filter((r) => r.overdue > 0).length;
  return [
    reply("units-ranking-header", { plan: planName, date, withOverdue, group, groups: ranked.length }),
    ...(only.level ? [reply("units-ranking-level", { units: reply("level-units", { scope: only.level }) })] : []),
    ...(only.setAside ? [reply("units-ranking-except", { unit: only.setAside })] : []),
    // Every unit with a task overdue is one to call, up to a phone screen of them.
    ...ranked.slice(0, by === "area" ? 7 : measure === undefined ? Math.min(10, Math.max(SHOWN, withOverdue)) : SHOWN).map((r, i) =>
      reply("units-ranking-line", { rank: i + 1, unit: by === "area" ? reply("area", { area: r.unitName }) : r.unitName, overdue: r.overdue, open: r.open, total: r.total, done: r.total - r.open, measure: measure ?? "slow" }),
    ),
    reply("units-ranking-source", { date }),
  ];
}
