import { fold } from "../core/vi/index.js";
import type { Person, Unit } from "../core/model.js";

/**
 * Finds who someone wants to act as in the console ("/as Sở Nội vụ", "/as chu-tich", "/as Trần Thị Kim Hoa",
 * "/as Chủ tịch"): a person key, a person's name, a title, or a unit (then its head, else its first member).
 */
export function findPersona<P extends Person & { key: string | null }>(query: string, people: readonly P[], units: readonly Unit[]): P | undefined {
  const q = fold(query).trim();
  if (!q) return undefined;
  const byKey = people.find((p) => p.key === query.trim());
  if (byKey) return byKey;
  const byName = people.find((p) => fold(p.name) === q);
  if (byName) return byName;
  const byTitle = byTitleWords(q, people, false);
  if (byTitle) return byTitle;
  const unit =
    units.find((u) => u.code.toLowerCase() === q) ??
    units.find((u) => [u.name, ...u.shortNames, ...u.aliases].some((n) => fold(n) === q)) ??
    units.find((u) => fold(u.name).includes(q));
  if (!unit) return byTitleWords(q, people, true);
  const members = people.filter((p) => p.unitIds.includes(unit.id));
  return members.find((p) => p.headOfUnitIds.includes(unit.id)) ?? members[0];
}

/**
 * A title, whole or by its words ("Chủ tịch", "giam doc cong an", "chủ tịch núi thành" with the unit's name):
 * the title said in full, or the one that starts with the words; else (after the units) one holding every word. Among
 * several ("Chủ tịch" is also each district's), a leader of the province before the others.
 */
function byTitleWords<P extends Person>(query: string, people: readonly P[], anyOrder: boolean): P | undefined {
  const words = query.split(/[^a-z0-9]+/).filter(Boolean);
  if (words.length === 0) return undefined;
  const titled = people.filter((p) => p.title);
  const titleOf = (p: P) => fold(p.title!).replace(/[^a-z0-9]+/g, " ").trim();
  const wanted = words.join(" ");
  const first = (found: P[]) => found.find((p) => p.role === "leader") ?? found[0];
  return (
    first(titled.filter((p) => titleOf(p) === wanted)) ??
    first(titled.filter((p) => titleOf(p).startsWith(`${wanted} `))) ??
    (anyOrder ? first(titled.filter((p) => words.every((w) => titleOf(p).split(" ").includes(w)))) : undefined)
  );
}
