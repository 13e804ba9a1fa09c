/**
 * Vietnamese number forms: "447.246" (dots group thousands), "63,86" (comma before decimals), "1,2 triệu",
 * "859 tỷ đồng". The value is computed on the digits as a string, so 15,6 tỷ is 15600000000 exactly.
 */
export interface Numeral {
  start: number;
  end: number;
  /** The digits as written, thousands dots removed, decimal comma as a dot: "447246", "63.86". */
  digits: string;
}

// A number not glued to a letter or another number: "ĐA06", "C06" and "1.2.3" are not figures.
const NUMERAL = /(?<![\p{L}\d.,/])(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?:\.(\d{1,2})(?![\d.]))?(?![\p{L}\d])/gu;

export function findNumerals(text: string): Numeral[] {
  const found: Numeral[] = [];
  for (const m of text.matchAll(NUMERAL)) {
    const whole = m[1]!;
    // "78.5%" in an English-style paste: a dot before one or two digits is a decimal point, not a thousands dot.
    const decimals = m[2] ?? m[3];
    found.push({ start: m.index, end: m.index + m[0].length, digits: whole.replace(/\./g, "") + (decimals ? `.${decimals}` : "") });
  }
  return found;
}

/** The digits times a power of ten, exactly: scaled("15.6", 9) = 15600000000. */
export function scaled(digits: string, power: number): number {
  const [whole, fraction = ""] = digits.split(".");
  if (power === 0) return Number(digits);
  const shifted = fraction.padEnd(power, "0");
  const rest = shifted.slice(power);
  return Number(`${whole}${shifted.slice(0, power)}${rest ? `.${rest}` : ""}`);
}
