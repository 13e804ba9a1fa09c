/**
 * Official Vietnamese reports truncate computed rates instead of rounding them (14/43 = 32,558…% is
 * printed 32,55%). Integer arithmetic avoids binary floating-point surprises such as 0.29 * 100.
 */
export function truncatedPercent(part: number, whole: number, decimals = 2): number {
  if (whole === 0) return 0;
  const scale = 10 ** decimals;
  return Math.trunc((part * 100 * scale) / whole) / scale;
}

/** A difference of two printed decimal strings, exact to their decimals (63.46 − 18.05 = 45.41). */
export function decimalDifference(a: string, b: string): number {
  const decimals = Math.max(decimalPlaces(a), decimalPlaces(b));
  const scale = 10 ** decimals;
  return (Math.round(Number(a) * scale) - Math.round(Number(b) * scale)) / scale;
}

export function decimalPlaces(value: string): number {
  const dot = value.indexOf(".");
  return dot < 0 ? 0 : value.length - dot - 1;
}
