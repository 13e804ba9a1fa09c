/**
 * Plans as people name them in commands and files ("CCHC23", "Kế hoạch cải cách hành chính năm 2023", "ke hoach
 * cai cach hanh chinh"), and the unit that usually follows plans up: one reading for the import, the
 * assignments, the conclusions and the exports.
 */
import { plainWords } from "./words.js";

interface NamedPlan {
  code: string;
  name: string;
}

/**
 * The plans a selector names: by code, else by the whole name written with or without diacritics, else (with
 * `partial`, and at least three letters typed) by words of the name. An import names plans exactly: a new
 * plan's name that is part of an existing one's is a new plan.
 */
export function plansNamed<P extends NamedPlan>(plans: readonly P[], selector: string, options: { partial?: boolean } = {}): P[] {
  const upper = selector.trim().toUpperCase();
  const words = plainWords(selector);
  const byCode = plans.filter((p) => p.code.toUpperCase() === upper);
  if (byCode.length > 0) return byCode;
  const byName = plans.filter((p) => plainWords(p.name) === words);
  if (byName.length > 0 || !options.partial) return byName;
  return plans.filter((p) => words.length >= 3 && plainWords(p.name).includes(words));
}

/** The first plan a selector names (see plansNamed). */
export function planNamed<P extends NamedPlan>(plans: readonly P[], selector: string, options: { partial?: boolean } = {}): P | undefined {
  return plansNamed(plans, selector, options)[0];
}

/** The unit following most of the plans up (their secretariat); undefined when there is no plan. */
export function usualSecretariat(plans: ReadonlyArray<{ secretariatUnitId: number }>): number | undefined {
  const counts = new Map<number, number>();
  for (const p of plans) counts.set(p.secretariatUnitId, (counts.get(p.secretariatUnitId) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}
