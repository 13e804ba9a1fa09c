/**
 * A reminder's numbered lines packed into parts that fit one chat message (render.ts budgets for the header and
 * the footer), each line under its headings.
 */

/**
 * Fills parts up to the budget. Headings nest (the section, then the plan when several are named): wherever one
 * changes, it and those under it are written again; a part starts with all of them.
 */
export function packLines<L>(
  blocks: ReadonlyArray<{ line: L; text: string }>,
  budget: number,
  headings: (line: L) => readonly string[],
): Array<{ texts: string[]; lines: L[] }> {
  const parts: Array<{ texts: string[]; lines: L[] }> = [];
  let texts: string[] = [];
  let lines: L[] = [];
  let size = 0;
  let shown: readonly string[] = [];
  const costOf = (text: string, heads: readonly string[]) => heads.reduce((sum, h) => sum + h.length + 1, text.length + 1);
  for (const block of blocks) {
    const heads = headings(block.line);
    let fresh = changedHeadings(heads, shown);
    let cost = costOf(block.text, fresh);
    if (lines.length > 0 && size + cost > budget) {
      parts.push({ texts, lines });
      texts = [];
      lines = [];
      size = 0;
      fresh = heads;
      cost = costOf(block.text, heads);
    }
    texts.push(...fresh, block.text);
    lines.push(block.line);
    size += cost;
    shown = heads;
  }
  parts.push({ texts, lines });
  return parts;
}

/** The headings to write before a line: from the first level that differs from those shown, down. */
function changedHeadings(heads: readonly string[], shown: readonly string[]): readonly string[] {
  const first = heads.findIndex((h, i) => h !== shown[i]);
  return first < 0 ? [] : heads.slice(first);
}
