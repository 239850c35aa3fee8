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

const UPPER = /^\p{Lu}/u;
const WORDISH = /^[\p{L}\p{N}]/u;
const JOINERS = new Set(["'", "’", ".", "-", "/", "&"]);

/** A letter or digit: ASCII by char code, anything else by Unicode property. */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xd800 && c <= 0xdbff) return WORDISH.test(text.slice(i, i + 2));
  return WORDISH.test(text[i]);
}

function isDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** A thousands separator at `j`: a comma between a digit and exactly three digits ("4,380", "12,500,000"). */
function thousands(text: string, j: number, end: number): boolean {
  return text[j] === "," && j + 3 < end + 1 && isDigit(text, j - 1) && isDigit(text, j + 1) && isDigit(text, j + 2) && isDigit(text, j + 3) && !(j + 4 < end && isDigit(text, j + 4));
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 0x2028 || c === 0x2029 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0xfeff;
}

/**
 * Tokens of `text.slice(start, end)`, offsets into `text`. `quotedAt(offset)` says whether an offset
 * lies inside a quotation; quotation marks themselves count as quoted. A word is a run of letters and
 * digits, joined by an apostrophe, full stop, hyphen, slash or ampersand between two of them.
 */
export function tokenize(text: string, start: number, end: number, quotedAt: (offset: number) => boolean): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    let j = i;
    let word = false;
    if (isWordChar(text, i)) {
      word = true;
      j = i + 1;
      for (;;) {
        while (j < end && isWordChar(text, j)) j++;
        // "11:15" is one token (a clock time), so its minutes never read as a word of the phrase after it
        // "4,380" is one token too: a comma before three digits inside a figure is no clause break
        if (j + 1 < end && (JOINERS.has(text[j]) || (text[j] === ":" && isDigit(text, j - 1) && isDigit(text, j + 1)) || thousands(text, j, end)) && isWordChar(text, j + 1)) j += 2;
        else break;
      }
    } else j = c >= 0xd800 && c <= 0xdbff ? i + 2 : i + 1;
    const t = text.slice(i, j);
    const lower = t.toLowerCase();
    out.push({
      text: t,
      lower: lower.indexOf("’") >= 0 ? lower.replace(/’/g, "'") : lower,
      start: i,
      end: j,
      word,
      cap: c < 128 ? c >= 65 && c <= 90 : UPPER.test(t),
      quoted: quotedAt(i),
    });
    i = j;
  }
  return out;
}
