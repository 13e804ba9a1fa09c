import { formatDate } from "../format.js";
import { vnDate } from "../local-date.js";
import { reply, type Reply } from "../reply.js";
import type { ReportSummary } from "./summary.js";

/** Units named one by one in "Tồn tại, hạn chế"; the rest are counted. */
const UNITS_SHOWN = 5;
/** Blocked tasks named one by one. */
const BLOCKED_SHOWN = 5;
/** Task codes named after a unit. */
const CODES_SHOWN = 6;

/**
 * "Tồn tại, hạn chế": what the figures show is wrong, each a line a drafter can keep, reword or drop: overdue
 * tasks and the units that hold them, blockages with their reasons, late completions, requests left waiting.
 */
export function findings(summary: ReportSummary): Reply[] {
  const lines: Reply[] = [];
  if (summary.overdue > 0) {
    const blockedOverdue = summary.overdue - (summary.byGroup.get("overdue")?.length ?? 0);
    lines.push(reply("export-finding-overdue", { count: summary.overdue, total: summary.total, units: summary.overdueByUnit.length, blocked: blockedOverdue }));
    for (const u of summary.overdueByUnit.slice(0, UNITS_SHOWN)) {
      const codes = u.codes.slice(0, CODES_SHOWN).join(", ") + (u.codes.length > CODES_SHOWN ? ", …" : "");
      lines.push(reply("export-finding-overdue-unit", { unit: u.unit, count: u.overdue, codes }));
    }
    const rest = summary.overdueByUnit.length - UNITS_SHOWN;
    if (rest > 0) lines.push(reply("export-finding-overdue-more", { count: rest }));
  }
  const blocked = summary.byGroup.get("blocked") ?? [];
  if (blocked.length > 0) {
    lines.push(reply("export-finding-blocked", { count: blocked.length }));
    for (const t of blocked.slice(0, BLOCKED_SHOWN)) {
      lines.push(reply("export-finding-blocked-task", {
        code: t.code,
        unit: t.leadGroupName ?? t.leadUnitName,
        since: t.blockedSince ? formatDate(vnDate(t.blockedSince), "vi") : "none",
        reason: t.notes?.trim().replace(/[.;,\s]+$/u, "") || "none",
      }));
    }
  }
  if (summary.doneLate > 0) lines.push(reply("export-finding-done-late", { count: summary.doneLate, done: summary.done }));
  if (summary.pendingExtensions > 0) lines.push(reply("export-finding-extensions", { count: summary.pendingExtensions }));
  if (lines.length === 0) lines.push(reply("export-finding-none"));
  return lines;
}

/** "Đề xuất": what the office asks for, following from the findings; always at least the steady follow-up. */
export function proposals(summary: ReportSummary): Reply[] {
  const lines: Reply[] = [];
  if (summary.overdueByUnit.length > 0) {
    const named = summary.overdueByUnit.slice(0, UNITS_SHOWN).map((u) => u.unit);
    lines.push(reply("export-proposal-overdue", { units: named.join(", "), more: Math.max(0, summary.overdueByUnit.length - UNITS_SHOWN) }));
  }
  if (summary.blocked > 0) lines.push(reply("export-proposal-blocked", { count: summary.blocked }));
  if (summary.pendingExtensions > 0) lines.push(reply("export-proposal-extensions", { count: summary.pendingExtensions }));
  const awaiting = summary.byGroup.get("awaiting_confirmation")?.length ?? 0;
  if (awaiting > 0) lines.push(reply("export-proposal-confirm", { count: awaiting }));
  lines.push(reply("export-proposal-follow-up"));
  return lines;
}
