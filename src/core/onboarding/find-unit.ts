import type { Unit } from "../model.js";
import { fold } from "../vi/index.js";

/** The unit a person named when inviting ("Sở Tư pháp", "STP", "tu phap"): exactly one, or the candidates. */
export type UnitMatch = { ok: true; unit: Unit } | { ok: false; reason: "not_found" } | { ok: false; reason: "ambiguous"; options: Unit[] };

export function findUnit(query: string, units: readonly Unit[]): UnitMatch {
  const q = fold(query).trim().replace(/\s+/g, " ");
  if (!q) return { ok: false, reason: "not_found" };
  const byCode = units.find((u) => u.code.toLowerCase() === q);
  if (byCode) return { ok: true, unit: byCode };
  const names = (u: Unit) => [u.name, ...u.shortNames, ...u.aliases].map((n) => fold(n).trim());
  const exact = units.filter((u) => names(u).includes(q));
  if (exact.length === 1) return { ok: true, unit: exact[0]! };
  const candidates = exact.length > 1 ? exact : units.filter((u) => names(u).some((n) => n.includes(q)));
  if (candidates.length === 1) return { ok: true, unit: candidates[0]! };
  if (candidates.length === 0) return { ok: false, reason: "not_found" };
  return { ok: false, reason: "ambiguous", options: candidates.slice(0, 5) };
}
