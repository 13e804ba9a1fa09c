/**
 * Groups of units that plans name as one: "các sở, ban, ngành", "UBND các huyện, thị xã, thành phố" and, in
 * plans written after the 2025 reorganisation, "UBND các xã, phường". A group is kept as the group the plan
 * wrote: the import never picks one of its members.
 */
import type { UnitKind } from "../model.js";
import { plainWords } from "./words.js";

export interface UnitGroupDef {
  /** Stable key stored with the group ("departments"). */
  key: string;
  /** How the group is shown. */
  name: string;
  /** Its members: every unit of this kind; null when the words name no one in particular ("các cơ quan liên quan"). */
  memberKind: UnitKind | null;
  /** Ways plans write it, as plain words (see plainWords); "ubnd" also stands for "ủy ban nhân dân". */
  phrases: readonly string[];
}

export const UNIT_GROUPS: readonly UnitGroupDef[] = [
  {
    key: "departments",
    name: "Các sở, ban, ngành",
    memberKind: "department",
    phrases: ["cac so ban nganh", "so ban nganh", "cac so nganh", "cac so ban nganh tinh", "cac co quan chuyen mon thuoc ubnd tinh", "cac co quan chuyen mon", "cac so", "cac co quan don vi thuoc ubnd tinh", "cac co quan nha nuoc cap tinh", "cac co quan cap tinh"],
  },
  {
    key: "districts",
    name: "UBND các huyện, thị xã, thành phố",
    memberKind: "district",
    phrases: ["ubnd cac huyen thi xa thanh pho", "ubnd cac huyen thanh pho thi xa", "ubnd cac huyen thanh pho", "ubnd cac huyen thi xa", "ubnd cac huyen", "ubnd cap huyen", "cac huyen thi xa thanh pho", "cac huyen thanh pho", "ubnd huyen thi xa thanh pho"],
  },
  {
    key: "communes",
    name: "UBND các xã, phường",
    memberKind: "commune",
    phrases: ["ubnd cac xa phuong thi tran", "ubnd cac xa phuong dac khu", "ubnd cac xa phuong", "ubnd cap xa", "ubnd xa phuong thi tran", "ubnd xa phuong", "cac xa phuong thi tran", "cac xa phuong dac khu", "cac xa phuong"],
  },
  {
    key: "localities",
    name: "Các địa phương",
    memberKind: null,
    phrases: ["cac dia phuong", "cac dia phuong trong tinh", "cac dia phuong tren dia ban tinh"],
  },
  {
    // Conclusions speak to "các ngành, địa phương" at once: the departments and the localities together.
    key: "sectors_localities",
    name: "Các ngành, địa phương",
    memberKind: null,
    phrases: ["cac nganh dia phuong", "cac so nganh dia phuong", "cac nganh cac dia phuong", "cac so ban nganh dia phuong", "cac so ban nganh va dia phuong", "cac nganh va dia phuong", "cac so ban nganh cac dia phuong"],
  },
  {
    key: "related",
    name: "Các cơ quan, đơn vị liên quan",
    memberKind: null,
    phrases: [
      "cac co quan don vi lien quan", "cac co quan don vi co lien quan", "cac co quan lien quan", "cac co quan co lien quan",
      "cac don vi lien quan", "cac don vi co lien quan", "co quan don vi lien quan", "co quan don vi co lien quan", "don vi lien quan",
      "co quan lien quan", "cac co quan don vi dia phuong lien quan", "cac co quan don vi dia phuong", "cac co quan don vi", "cac to chuc ca nhan lien quan",
    ],
  },
];

export const GROUP_BY_KEY: ReadonlyMap<string, UnitGroupDef> = new Map(UNIT_GROUPS.map((g) => [g.key, g]));

export interface GroupHit {
  group: UnitGroupDef;
  /** Offsets in the text searched (NFC), end exclusive. */
  start: number;
  end: number;
}

interface Word {
  text: string;
  start: number;
  end: number;
}

const PATTERNS = UNIT_GROUPS.flatMap((group) => group.phrases.map((phrase) => ({ group, words: phrase.split(" ") }))).sort(
  (a, b) => b.words.length - a.words.length,
);

/** The groups named in a cell, longest wording first, never overlapping. */
export function findGroups(text: string): GroupHit[] {
  const words = plainWordsWithPlaces(text);
  const hits: GroupHit[] = [];
  const taken = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    if (taken.has(i)) continue;
    for (const pattern of PATTERNS) {
      const n = pattern.words.length;
      if (i + n > words.length) continue;
      if (!pattern.words.every((w, k) => words[i + k]!.text === w && !taken.has(i + k))) continue;
      hits.push({ group: pattern.group, start: words[i]!.start, end: words[i + n - 1]!.end });
      for (let k = 0; k < n; k++) taken.add(i + k);
      i += n - 1;
      break;
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** The cell's words folded, each with its place in the text; "ủy ban nhân dân" becomes one word "ubnd". */
function plainWordsWithPlaces(text: string): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const folded = plainWords(m[0]);
    if (folded === "") continue;
    words.push({ text: folded, start: m.index!, end: m.index! + m[0].length });
  }
  const out: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.text === "uy" && words[i + 1]?.text === "ban" && words[i + 2]?.text === "nhan" && words[i + 3]?.text === "dan") {
      out.push({ text: "ubnd", start: words[i]!.start, end: words[i + 3]!.end });
      i += 3;
    } else out.push(words[i]!);
  }
  return out;
}
