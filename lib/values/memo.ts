/** How many entries a memo keeps by default before it starts afresh. */
export const MEMO_LIMIT = 200_000;

/**
 * Remembers a value under its key; a memo at its limit is dropped whole first, so a huge file of
 * distinct values cannot exhaust memory, and a file of repeats soon fills it again.
 */
export function remember<K, V>(memo: Map<K, V>, key: K, value: V, limit = MEMO_LIMIT): void {
  if (memo.size >= limit) memo.clear();
  memo.set(key, value);
}

/** `judge` with its answers remembered per value, at most `limit` of them at a time. */
export function memoised<V>(judge: (value: string) => V, limit = MEMO_LIMIT): (value: string) => V {
  const memo = new Map<string, V>();
  return (value) => {
    let answer = memo.get(value);
    if (answer === undefined) {
      answer = judge(value);
      remember(memo, value, answer, limit);
    }
    return answer;
  };
}
