/**
 * One-letter typos: an insertion, deletion, substitution or transposition of neighbours
 * (optimal string alignment distance ≤ 1), checked in linear time without a distance matrix.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (longer.length - shorter.length > 1) return false;
  let i = 0;
  while (i < shorter.length && shorter.charCodeAt(i) === longer.charCodeAt(i)) i++;
  if (shorter.length !== longer.length) return shorter.slice(i) === longer.slice(i + 1);
  if (shorter.slice(i + 1) === longer.slice(i + 1)) return true; // substitution
  return (
    shorter.charCodeAt(i) === longer.charCodeAt(i + 1) &&
    shorter.charCodeAt(i + 1) === longer.charCodeAt(i) &&
    shorter.slice(i + 2) === longer.slice(i + 2)
  );
}

/** Every string with one letter removed: the keys of a symmetric-deletion typo index. */
export function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) {
    const d = word.slice(0, i) + word.slice(i + 1);
    if (out[out.length - 1] !== d) out.push(d); // doubled letters give the same deletion twice in a row
  }
  return out;
}
