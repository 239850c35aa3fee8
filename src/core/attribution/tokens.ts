// Splits one sentence into word and punctuation tokens with view offsets, for the attribution scanners.
// Pure: no vscode import. One precompiled pattern, one linear pass per sentence; never allocates regexes.

export interface Token {
  /** The token as written. */
  text: string;
  /** Lower case, curly apostrophes folded to straight ones. */
  lower: string;
  start: number;
  end: number;
  /** A word (letters or digits), not punctuation. */
  word: boolean;
  /** First character is an upper-case letter. */
  cap: boolean;
  /** Inside quotation marks (the speaker's words, not the author's). */
  quoted: boolean;
}

const TOKEN = /[\p{L}\p{N}]+(?:['’.\-/&][\p{L}\p{N}]+)*|\S/gu;
const UPPER = /^\p{Lu}/u;
const WORDISH = /^[\p{L}\p{N}]/u;

/**
 * Tokens of `text.slice(start, end)`, offsets into `text`. `quotedAt(offset)` says whether an offset
 * lies inside a quotation; quotation marks themselves count as quoted.
 */
export function tokenize(text: string, start: number, end: number, quotedAt: (offset: number) => boolean): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(slice))) {
    const s = start + m.index;
    const t = m[0];
    out.push({
      text: t,
      lower: t.toLowerCase().replace(/’/g, "'"),
      start: s,
      end: s + t.length,
      word: WORDISH.test(t),
      cap: UPPER.test(t),
      quoted: quotedAt(s),
    });
  }
  return out;
}
