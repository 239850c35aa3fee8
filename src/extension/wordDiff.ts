// Marks the words two versions of a sentence do not share, for the hover that shows the other version.
// Pure: no vscode import. Must never change the text it marks, only split it.

export interface Piece {
  text: string;
  /** True when this word is missing from the other sentence. */
  changed: boolean;
}

const TOKEN = /\s+|[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
/** Beyond this many tokens a side, the quadratic table costs more than a hover is worth. */
const MAX_TOKENS = 600;

function tokens(s: string): string[] {
  return s.match(TOKEN) ?? [];
}

const isSpace = (t: string): boolean => /^\s+$/.test(t);
const norm = (t: string): string => t.toLocaleLowerCase().replace(/’/g, "'");

/** Splits both sentences into pieces, marking words and punctuation that the longest common subsequence leaves out. */
export function diffWords(a: string, b: string): { a: Piece[]; b: Piece[] } {
  const ta = tokens(a);
  const tb = tokens(b);
  if (ta.length > MAX_TOKENS || tb.length > MAX_TOKENS) return { a: [{ text: a, changed: false }], b: [{ text: b, changed: false }] };
  const wa = ta.map((t, i) => ({ t, i })).filter((x) => !isSpace(x.t));
  const wb = tb.map((t, i) => ({ t, i })).filter((x) => !isSpace(x.t));
  const n = wa.length;
  const m = wb.length;
  const table: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i][j] = norm(wa[i].t) === norm(wb[j].t) ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  const keptA = new Set<number>();
  const keptB = new Set<number>();
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (norm(wa[i].t) === norm(wb[j].t)) {
      keptA.add(wa[i].i);
      keptB.add(wb[j].i);
      i++;
      j++;
    } else if (table[i + 1][j] >= table[i][j + 1]) i++;
    else j++;
  }
  return { a: pieces(ta, keptA), b: pieces(tb, keptB) };
}

/** Joins runs of tokens with the same state, so "12 new" changed reads as one marked stretch. */
function pieces(toks: string[], kept: Set<number>): Piece[] {
  const out: Piece[] = [];
  toks.forEach((t, i) => {
    const last = out[out.length - 1];
    if (isSpace(t)) {
      const next = toks.slice(i + 1).findIndex((x) => !isSpace(x));
      const nextChanged = next >= 0 && !kept.has(i + 1 + next);
      if (last && last.changed && nextChanged) last.text += t;
      else if (last && !last.changed) last.text += t;
      else out.push({ text: t, changed: false });
      return;
    }
    const changed = !kept.has(i);
    if (last && last.changed === changed) last.text += t;
    else out.push({ text: t, changed });
  });
  return out;
}

/** Markdown for a hover: the sentence with its changed stretches in bold, markdown characters escaped. */
export function markChanged(pieces: Piece[]): string {
  return pieces.map((p) => (p.changed ? `**${escapeMarkdown(p.text)}**` : escapeMarkdown(p.text))).join("");
}

export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, "\\$&");
}
