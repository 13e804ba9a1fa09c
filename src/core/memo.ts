/**
 * Remembering pure functions of short strings. Messages reuse a few thousand words, and every message goes
 * through several readers (the command parser, the question reader, one matcher per kind of name): the same
 * word or text is worked out again and again. Only values computed from their key are kept, so a memoised
 * function stays pure.
 */

/** `compute` remembered per key; when `limit` keys are held, all are forgotten (no unbounded growth). */
export function boundedMemo<V>(compute: (key: string) => V, limit = 20_000): (key: string) => V {
  const memo = new Map<string, V>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      value = compute(key);
      if (memo.size >= limit) memo.clear();
      memo.set(key, value);
    }
    return value;
  };
}

/** `compute` remembered for the last input only: for a text read by several readers in a row. */
export function lastInputMemo<V>(compute: (input: string) => V): (input: string) => V {
  let lastInput: string | undefined;
  let lastValue: V;
  return (input) => {
    if (input !== lastInput) {
      lastValue = compute(input);
      lastInput = input;
    }
    return lastValue;
  };
}
