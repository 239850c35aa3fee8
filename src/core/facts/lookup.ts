// Word tables without an object prototype: looking up an arbitrary word ("constructor", "toString")
// in a plain object literal would find Object's own members and break the scanners on real text.
// Pure: no vscode import. Small helpers; the tables themselves live with the code that uses them.

/** The same entries in an object with no prototype, so `table[word]` is undefined for any word not listed. */
export function table<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

/** `s` without one trailing full stop ("Dec." → "Dec"); the same string, not a copy, when it has none. */
export function withoutFullStop(s: string): string {
  return s.charCodeAt(s.length - 1) === 46 ? s.slice(0, -1) : s;
}

/** A folded word without its possessive or its full stop: "tuesday's" and "tues." are "tuesday", "tues". */
export function calendarKey(s: string): string {
  return s.endsWith("'s") ? s.slice(0, -2) : withoutFullStop(s);
}

/**
 * `compute` memoised by its string argument, for pure functions of one word asked about every word of every
 * changed pair. Words repeat across sentences and articles; the memo is cleared when it reaches `limit`
 * entries, so a long editing session cannot grow it forever.
 */
export function boundedMemo<T>(compute: (key: string) => T, limit = 50000): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    let v = memo.get(key);
    if (v === undefined) {
      if (memo.size >= limit) memo.clear();
      v = compute(key);
      memo.set(key, v);
    }
    return v;
  };
}
