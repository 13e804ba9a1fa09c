/**
 * The units a cell names ("Sở Nội vụ", "Sở TT&TT; Công an tỉnh", "Sở Tài chính và các cơ quan liên quan"),
 * found with the accent-aware matcher the questions use. Groups ("các sở, ban, ngành") are taken out first and
 * kept as groups. Whatever names no unit is reported with the closest units: never guessed.
 */
import { createMatcher, prepareMessage, type Match, type Matcher } from "../vi/index.js";
import type { Unit } from "../model.js";
import { findGroups, type UnitGroupDef } from "./unit-groups.js";
import { plainWords } from "./words.js";

export interface UnitsInCell {
  /** Units found, in the order written, each once. */
  units: Unit[];
  groups: UnitGroupDef[];
  /** Names that are no unit, with the units they come closest to (best first, at most three). */
  unknown: Array<{ name: string; closest: Unit[] }>;
  /** Names that fit several units equally ("Trà My"). */
  ambiguous: Array<{ name: string; options: Unit[] }>;
}

export interface UnitResolver {
  resolve(cell: string): UnitsInCell;
}

/**
 * A match this good is the unit: the whole of one of its names with at most a slip. Anything looser ("Sở
 * Ngoại giao" for Sở Ngoại vụ) is reported with its closest units instead.
 */
const ACCEPT = 0.85;
/** Words that join or qualify names without naming anyone: a leftover made only of these is no unknown unit. */
const FILLER = new Set(["va", "and", "cac", "cung", "voi", "phoi", "hop", "chu", "tri", "thuc", "hien", "tinh", "khac", "co", "lien", "quan", "don", "vi", "theo", "chuc", "nang", "nhiem", "vu", "duoc", "giao", "la", "gom", "trong", "do", "dia", "phuong", "tren", "ban"]);

export function createUnitResolver(units: readonly Unit[]): UnitResolver {
  const byId = new Map(units.map((u) => [u.id, u]));
  const matcher: Matcher<number> = createMatcher(
    units.map((u) => ({ id: u.id, phrases: [u.name, ...u.shortNames, ...u.aliases, u.code] })),
    { minScore: 0.5 },
  );
  const cache = new Map<string, UnitsInCell>();
  const resolve = (cell: string): UnitsInCell => {
    const text = cell.normalize("NFC");
    const found: UnitsInCell = { units: [], groups: [], unknown: [], ambiguous: [] };
    const covered: Array<[number, number]> = [];
    for (const hit of findGroups(text)) {
      if (!found.groups.includes(hit.group)) found.groups.push(hit.group);
      covered.push([hit.start, hit.end]);
    }
    // Names are searched piece by piece (one per line, semicolon or comma), so that one piece's words never
    // lend themselves to the next ("Sở Tài chính, Kế hoạch và Đầu tư" is two names); a comma inside a unit's
    // own name ("Sở Văn hóa, Thể thao và Du lịch") is tried whole first.
    for (const piece of pieces(withoutRemarks(text, matcher), covered)) {
      const whole = acceptedMatches(matcher.find(piece.text), piece.text);
      const parts = whole.covers ? [piece] : splitOnCommas(piece);
      for (const part of parts) {
        const matches = part === piece ? whole : acceptedMatches(matcher.find(part.text), part.text);
        for (const group of matches.accepted) {
          const options = [...new Set(group.map((m) => m.id))].map((id) => byId.get(id)!);
          if (options.length === 1) {
            if (!found.units.includes(options[0]!)) found.units.push(options[0]!);
          } else found.ambiguous.push({ name: part.text.slice(group[0]!.start, group[0]!.end), options });
        }
        for (const name of matches.leftovers) found.unknown.push({ name, closest: closestUnits(matcher, name, byId) });
      }
    }
    return found;
  };
  return {
    resolve(cell) {
      let result = cache.get(cell);
      if (!result) cache.set(cell, (result = resolve(cell)));
      return result;
    },
  };
}

/**
 * A remark in brackets after a name ("Công an tỉnh (Phòng PC06)") qualifies it: dropped when the rest of the
 * cell names someone, kept (and searched) when it is all there is.
 */
function withoutRemarks(text: string, matcher: Matcher<number>): string {
  if (!/\(.*\)/s.test(text)) return text;
  const outside = text.replace(/\([^()]*\)/g, (m) => " ".repeat(m.length));
  const namesSomeone = findGroups(outside).length > 0 || matcher.find(prepareMessage(outside)).some((m) => m.score >= ACCEPT);
  return namesSomeone ? outside : text.replace(/[()]/g, " ");
}

/**
 * Halves of department names that plans abbreviate and the chat vocabulary does not ("Sở Nông nghiệp và PTNT",
 * "Sở LĐTBXH"): written out, so that the name is found whole.
 */
const UNIT_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/\bPTNT\b/g, "phát triển nông thôn"],
  [/\bKHĐT\b/g, "kế hoạch và đầu tư"],
  [/\bTTTT\b/g, "thông tin và truyền thông"],
  [/\bGDĐT\b/g, "giáo dục và đào tạo"],
  [/\bTNMT\b/g, "tài nguyên và môi trường"],
  [/\bKHCN\b/g, "khoa học và công nghệ"],
  [/\bLĐTBXH\b/g, "lao động - thương binh và xã hội"],
  [/\bVHTTDL\b|\bVH,\s?TT(?:&|\s?và\s?)DL\b/g, "văn hóa, thể thao và du lịch"],
  [/\bGTVT\b/g, "giao thông vận tải"],
];

function expandUnitWords(text: string): string {
  let out = text;
  for (const [pattern, words] of UNIT_WORDS) out = out.replace(pattern, words);
  return out;
}

interface Piece {
  text: string;
}

/** The cell cut at line breaks, semicolons, "+" and bullets, with the groups' words blanked out. */
function pieces(text: string, covered: ReadonlyArray<[number, number]>): Piece[] {
  let blanked = text;
  for (const [start, end] of covered) blanked = blanked.slice(0, start) + " ".repeat(end - start) + blanked.slice(end);
  return blanked
    .split(/[\n;+•]/)
    .map((t) => t.replace(/^[\s,.:*-]+|[\s,.:*-]+$/g, ""))
    .filter((t) => /[\p{L}\p{N}]/u.test(t))
    .map((t) => ({ text: prepareMessage(expandUnitWords(t)) }));
}

function splitOnCommas(piece: Piece): Piece[] {
  return piece.text
    .split(",")
    .map((t) => t.trim())
    .filter((t) => /[\p{L}\p{N}]/u.test(t))
    .map((t) => ({ text: t }));
}

interface Accepted {
  /** Matches kept, ties of the same words grouped. */
  accepted: Match<number>[][];
  /** Stretches of text that name no unit. */
  leftovers: string[];
  /** Whether the matches leave nothing unexplained. */
  covers: boolean;
}

function acceptedMatches(matches: readonly Match<number>[], text: string): Accepted {
  const kept = matches.filter((m) => m.score >= ACCEPT);
  const groups: Match<number>[][] = [];
  for (const m of kept) {
    const last = groups.at(-1);
    if (last && last[0]!.start === m.start && last[0]!.end === m.end) last.push(m);
    else groups.push([m]);
  }
  const leftovers: string[] = [];
  let at = 0;
  const spans = groups.map((g) => [g[0]!.start, g[0]!.end] as const);
  for (const [start, end] of [...spans, [text.length, text.length] as const]) {
    const gap = text.slice(at, start);
    for (const bit of gap.split(/,|\s+và\s+|\s+and\s+/i)) {
      const words = plainWords(bit).split(" ").filter((w) => w !== "");
      if (words.some((w) => !FILLER.has(w) && !/^\d+$/.test(w))) leftovers.push(bit.trim().replace(/^(và|va|and)\s+/i, ""));
    }
    at = Math.max(at, end);
  }
  return { accepted: groups, leftovers, covers: leftovers.length === 0 };
}

/** The units an unknown name comes closest to: the matcher's looser matches, else units sharing its words. */
function closestUnits(matcher: Matcher<number>, name: string, byId: ReadonlyMap<number, Unit>): Unit[] {
  const ids = [...new Set(matcher.find(name).sort((a, b) => b.score - a.score).map((m) => m.id))];
  if (ids.length === 0) {
    const words = new Set(plainWords(name).split(" ").filter((w) => !FILLER.has(w) && w !== "so" && w !== "ubnd"));
    const scored = [...byId.values()]
      .map((u) => ({ u, n: plainWords(u.name).split(" ").filter((w) => words.has(w)).length }))
      .filter((x) => x.n > 0)
      .sort((a, b) => b.n - a.n);
    return scored.slice(0, 3).map((x) => x.u);
  }
  return ids.slice(0, 3).map((id) => byId.get(id)!);
}
