import { createMatcher, type Matcher } from "../vi/index.js";
import type { LocalDate } from "../local-date.js";
import { isInOffice } from "../model.js";
import { foldSameLength } from "./folded.js";
import { GROUP, NAMED_MEMBERS, UNIT_HEAD } from "./unit-groups.js";
import type { AssignedUnit, KnownUnit } from "./types.js";

/** Units read at one place of a sentence, and where the list ends. */
export interface UnitList {
  readonly units: AssignedUnit[];
  readonly end: number;
}

export interface UnitReader {
  /**
   * The units named from `at` on ("Sở Nội vụ, Sở Tài chính", "UBND các huyện, thị xã, thành phố", "Cục Thuế
   * tỉnh"), joined by commas or "và"; none when no unit starts there. Only names at such places are read:
   * "tham mưu UBND tỉnh" or "hướng dẫn UBND cấp xã" name who is served, not who works.
   */
  readList(text: string, folded: string, at: number): UnitList;
}

// Beyond this, the words after a place are not the name that starts there.
const WINDOW = 140;
// A name the matcher finds must cover most of what the unit list says (as the questions' reading does).
const WHOLE_NAME = 0.75;
const MAX_UNKNOWN_WORDS = 10;
const LOCALITY = /^(?:tinh|huyen|thanh|pho|thi|xa)$/u;
const SELF_NAMING = /^(?:viettel|vnpt|mobifone|buu dien|bao hiem xa hoi|kho bac(?: nha nuoc)?|tinh doan|dien luc|thanh tra|cong an)$/u;

export function createUnitReader(units: readonly KnownUnit[], date: LocalDate): UnitReader {
  // The province itself issues the notice: "UBND tỉnh tổ chức…" names the speaker, never an assignee.
  const current = units.filter((u) => u.kind !== "province" && isInOffice(u, date));
  const matcher: Matcher<number> = createMatcher(
    current.map((u, i) => ({ id: i, phrases: [u.name, ...u.shortNames, ...u.aliases] })),
    { minScore: 0.6 },
  );

  const one = (text: string, folded: string, at: number): { unit: AssignedUnit; end: number } | undefined => {
    const lead = /^\s*/u.exec(text.slice(at))![0].length;
    const start = at + lead;
    const f = folded.slice(start, start + WINDOW);
    const named = NAMED_MEMBERS.exec(f);
    const group = named ? null : GROUP.exec(f);
    if (group) {
      const written = text.slice(start, start + group[0].length);
      return { unit: { kind: "group", name: written, written }, end: start + group[0].length };
    }
    const from = named ? start + named[0].length : start;
    const known = knownAt(matcher, text, from);
    if (known) {
      const unit = current[known.id]!;
      // Unaccented "Cong an tinh" can end at the alias "Công an": the "tỉnh" that follows is the name's own.
      const province = /^\s+tinh(?![\p{L}\p{N}])/u.exec(folded.slice(known.end));
      const end = province && /tinh/u.test(foldSameLength(unit.shortNames.join(" "))) ? known.end + province[0].length : known.end;
      return { unit: { kind: "unit", code: unit.code, name: unit.name, written: text.slice(from, end) }, end };
    }
    const unknownEnd = unknownNameEnd(text, folded, start);
    if (unknownEnd === undefined) return undefined;
    const written = text.slice(start, unknownEnd);
    return { unit: { kind: "unknown", name: written, written }, end: unknownEnd };
  };

  return {
    readList(text, folded, at) {
      const found: AssignedUnit[] = [];
      let end = at;
      let next = at;
      for (;;) {
        const u = one(text, folded, next);
        if (!u) break;
        found.push(u.unit);
        end = u.end;
        const join = /^(?:\s*,\s*(?:va\s+)?|\s+va\s+|\s+cung\s+)/u.exec(folded.slice(end));
        if (!join) break;
        next = end + join[0].length;
      }
      return { units: found, end };
    },
  };
}

function knownAt(matcher: Matcher<number>, text: string, at: number): { id: number; end: number } | undefined {
  const window = text.slice(at, at + WINDOW);
  // Unaccented, "So Y te" can match the alias "Y tế" better than "Sở Y tế": the kind word before it belongs to the name.
  const kindWord = /^(?:sở|so|ban|ubnd)\s+/iu.exec(window)?.[0].length ?? -1;
  const best = matcher
    .find(window)
    .filter((m) => (m.start === 0 || m.start === kindWord) && m.score >= WHOLE_NAME)
    .sort((a, b) => a.start - b.start || b.end - a.end || b.score - a.score)[0];
  return best ? { id: best.id, end: at + best.end } : undefined;
}

/** Where a capitalised unit name that the list does not hold ends, or undefined when none starts at `at`. */
function unknownNameEnd(text: string, folded: string, at: number): number | undefined {
  const head = UNIT_HEAD.exec(folded.slice(at, at + WINDOW));
  if (!head || !/^\p{Lu}/u.test(text.slice(at))) return undefined;
  let end = at + head[0].length;
  let capitalRun = 0;
  let capitals = 0;
  const re = /\s*(\S+)/uy;
  re.lastIndex = end;
  for (let m = re.exec(text), words = 0; m && words < MAX_UNKNOWN_WORDS; m = re.exec(text), words++) {
    const word = m[1]!.replace(/[,;:.()]+$/u, "");
    if (word.length === 0) break;
    const after = /^\s*(\S+)/u.exec(text.slice(re.lastIndex))?.[1] ?? "";
    if (/^\p{Lu}|^\d/u.test(word)) {
      capitalRun++;
      capitals++;
    } else if ((word === "-" || word === "&") && /^\p{Lu}/u.test(after)) {
      capitalRun = 0;
    } else if (LOCALITY.test(foldSameLength(word))) {
      capitalRun = 0;
    } else if (/^\p{Ll}/u.test(word) && capitalRun === 1) {
      // The second syllable of a capitalised word ("Du lịch", "Doanh nghiệp"); after a proper name of two
      // capitals ("VNPT Quảng Nam hỗ trợ") a lowercase word starts what the unit does.
      capitalRun = 0;
    } else break;
    end = m.index + m[0].length - (m[1]!.length - word.length);
    if (word.length < m[1]!.length) break;
  }
  // "Sở", "Ban", "Trung tâm" alone name nothing ("Sở đã…"); "Bưu điện tỉnh", "Viettel" do.
  return capitals > 0 || SELF_NAMING.test(head[0]) ? end : undefined;
}
