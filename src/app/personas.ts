import { fold } from "../core/vi/index.js";
import type { Person, Unit } from "../core/model.js";

/**
 * Finds who someone wants to act as in the console ("/as Sở Nội vụ", "/as chu-tich", "/as Trần Thị Kim Hoa"):
 * a person key, a person's name, or a unit (then its head, else its first member).
 */
export function findPersona<P extends Person & { key: string | null }>(query: string, people: readonly P[], units: readonly Unit[]): P | undefined {
  const q = fold(query).trim();
  if (!q) return undefined;
  const byKey = people.find((p) => p.key === query.trim());
  if (byKey) return byKey;
  const byName = people.find((p) => fold(p.name) === q);
  if (byName) return byName;
  const unit =
    units.find((u) => u.code.toLowerCase() === q) ??
    units.find((u) => [u.name, ...u.shortNames, ...u.aliases].some((n) => fold(n) === q)) ??
    units.find((u) => fold(u.name).includes(q));
  if (!unit) return undefined;
  const members = people.filter((p) => p.unitIds.includes(unit.id));
  return members.find((p) => p.headOfUnitIds.includes(unit.id)) ?? members[0];
}
