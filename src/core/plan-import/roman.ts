/** Roman numerals as plans number their parts and quarters: "I" … "XX" (quarters "I" … "IV"). */
const VALUES: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10, l: 50 };

/** "IV" → 4, "xii" → 12; undefined for anything that is not a well-formed numeral up to 89. */
export function romanValue(text: string): number | undefined {
  const s = text.toLowerCase();
  if (!/^[ivxl]+$/.test(s)) return undefined;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const value = VALUES[s[i]!]!;
    const next = i + 1 < s.length ? VALUES[s[i + 1]!]! : 0;
    total += value < next ? -value : value;
  }
  return toRoman(total) === s.toUpperCase() ? total : undefined;
}

function toRoman(n: number): string {
  const table: Array<[number, string]> = [[50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];
  let out = "";
  for (const [value, letters] of table) for (; n >= value; n -= value) out += letters;
  return out;
}
