/**
 * The accent-aware matcher over units' names, built once per unit list instead of once per message: building
 * it indexes every name, short name and alias, while the list changes only when units are edited or seeded.
 */
import type { Unit } from "../core/model.js";
import { createMatcher, type Matcher } from "../core/vi/index.js";

type NamedUnit = Pick<Unit, "id" | "name" | "shortNames" | "aliases">;

/** A function giving the matcher of a unit list, rebuilt only when the list's units or names differ from the last. */
export function unitMatcherCache(minScore = 0.9): (units: readonly NamedUnit[]) => Matcher<number> {
  let lastKey: string | undefined;
  let last: Matcher<number> | undefined;
  return (units) => {
    // Stores hand out a fresh array each time: the list is recognised by what the matcher is built from.
    const key = JSON.stringify(units.map((u) => [u.id, u.name, u.shortNames, u.aliases]));
    if (key !== lastKey || !last) {
      last = createMatcher(units.map((u) => ({ id: u.id, phrases: [u.name, ...u.shortNames, ...u.aliases] })), { minScore });
      lastKey = key;
    }
    return last;
  };
}
