import type { LocalDate } from "../local-date.js";

/**
 * A unit a conclusion assigns work to: one of the province's units, a group kept as written ("các sở, ban,
 * ngành", "UBND các huyện, thị xã, thành phố"), or a name the unit list does not hold ("Bưu điện tỉnh"),
 * kept as written and flagged so that the secretariat decides.
 */
export type AssignedUnit =
  | { readonly kind: "unit"; readonly code: string; readonly name: string; readonly written: string }
  | { readonly kind: "group"; readonly name: string; readonly written: string }
  | { readonly kind: "unknown"; readonly name: string; readonly written: string };

/** One task proposed from a conclusion: nothing here exists until the secretariat confirms it. */
export interface ProposedTask {
  /** The lead unit first, then the cooperating ones; empty when the text names none (the bot asks). */
  readonly units: readonly AssignedUnit[];
  /** What to do: the instruction without its units and its deadline. */
  readonly title: string;
  /** The deadline the text states, resolved against the notice's date; null when it states none. */
  readonly deadline: LocalDate | null;
  /** The deadline as written ("trước ngày 31/8/2023", "thường xuyên"), or null. */
  readonly deadlineText: string | null;
  /** The sentence (or list item) the task came from, as written. */
  readonly sentence: string;
}

/** A unit of the province as the proposer needs it: what it is called, and when it existed. */
export interface KnownUnit {
  readonly code: string;
  readonly name: string;
  readonly shortNames: readonly string[];
  readonly aliases: readonly string[];
  readonly kind: string;
  readonly validFrom: LocalDate | null;
  readonly validTo: LocalDate | null;
}
