// Word tokens with offsets, a light lemmatiser and a word-level diff: the common ground on which the
// fact-diff rules compare two wordings of one sentence. Pure: no vscode import. Never allocates a
// regular expression per call; the diff is quadratic only in the length of one sentence pair.

export interface Word {
  /** As written. */
  text: string;
  /** Case, accents and typographic apostrophes folded ("Rinkević" → "rinkevic", "He’s" → "he's"). */
  norm: string;
  /** Crude lemma: verb and noun inflections stripped, common irregular verbs mapped to their base. */
  lemma: string;
  start: number;
  end: number;
}

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’.\-&][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*\.?(?<=\p{Lu}\.|[\p{L}\p{N}])|%|[$€£¥]/gu;

export function fold(s: string): string {
  return s.normalize("NFKD").replace(/\p{M}+/gu, "").replace(/[’‘`´]/g, "'").toLowerCase();
}

const IRREGULAR: Record<string, string> = {
  seen: "see", saw: "see", sees: "see", seeing: "see", said: "say", says: "say", told: "tell", tells: "tell",
  was: "be", were: "be", is: "be", are: "be", been: "be", being: "be", am: "be", "'s": "be", has: "have", had: "have", having: "have",
  did: "do", does: "do", done: "do", went: "go", gone: "go", goes: "go", made: "make", took: "take", taken: "take", gave: "give", given: "give",
  got: "get", gotten: "get", came: "come", knew: "know", known: "know", thought: "think", found: "find", held: "hold", kept: "keep",
  left: "leave", met: "meet", paid: "pay", sent: "send", spent: "spend", stood: "stand", won: "win", lost: "lose", led: "lead",
  fell: "fall", fallen: "fall", rose: "rise", risen: "rise", grew: "grow", grown: "grow", brought: "bring", bought: "buy", began: "begin",
  begun: "begin", broke: "break", broken: "break", chose: "choose", chosen: "choose", drew: "draw", drawn: "draw", fought: "fight",
  heard: "hear", hit: "hit", meant: "mean", ran: "run", sought: "seek", sold: "sell", shot: "shoot", spoke: "speak", spoken: "speak",
  struck: "strike", wrote: "write", written: "write", withdrew: "withdraw", withdrawn: "withdraw", understood: "understand",
  men: "man", women: "woman", people: "person", children: "child", lines: "line",
};

/** A lemma good enough to meet "seen"/"see", "agreed"/"agreeing", "territories"/"territory". */
export function lemma(norm: string): string {
  let s = (IRREGULAR[norm] ?? norm).replace(/'s$/, "");
  if (s.length <= 3) return s;
  if (s.endsWith("ies") && s.length > 4) s = s.slice(0, -3) + "y";
  else if (/(?:ss|x|z|ch|sh)es$/.test(s)) s = s.slice(0, -2);
  else if (s.endsWith("s") && !/(?:ss|us|is)$/.test(s)) s = s.slice(0, -1);
  else if (s.endsWith("ied") && s.length > 4) s = s.slice(0, -3) + "y";
  else if (s.endsWith("ing") && s.length > 5) s = s.slice(0, -3);
  else if (s.endsWith("ed") && s.length > 4) s = s.slice(0, -2);
  if (/([bdgmnprt])\1$/.test(s)) s = s.slice(0, -1);
  if (s.endsWith("e") && s.length > 3) s = s.slice(0, -1);
  return s;
}

/** Words of `text.slice(from, to)`, offsets into `text`. */
export function words(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  WORD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_RE.exec(slice))) {
    const norm = fold(m[0]);
    out.push({ text: m[0], norm, lemma: lemma(norm), start: m.index + from, end: m.index + from + m[0].length });
  }
  return out;
}

/** A stretch where two word sequences differ: a[aStart, aEnd) was replaced by b[bStart, bEnd). */
export interface Hunk {
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

/**
 * Word-level diff by longest common subsequence on `key(word)`. Hunks are maximal runs of unmatched
 * words on either side, in order. Inputs are one aligned sentence pair, so the quadratic table is small.
 */
export function diffWords<T>(a: T[], b: T[], key: (w: T) => string): Hunk[] {
  const n = a.length;
  const m = b.length;
  const ka = a.map(key);
  const kb = b.map(key);
  // trim the common prefix and suffix first: most sentence pairs differ in a few places
  let pre = 0;
  while (pre < n && pre < m && ka[pre] === kb[pre]) pre++;
  let suf = 0;
  while (suf < n - pre && suf < m - pre && ka[n - 1 - suf] === kb[m - 1 - suf]) suf++;
  const an = n - pre - suf;
  const bn = m - pre - suf;
  const hunks: Hunk[] = [];
  if (an === 0 && bn === 0) return hunks;
  if (an === 0 || bn === 0) return [{ aStart: pre, aEnd: pre + an, bStart: pre, bEnd: pre + bn }];
  const w = bn + 1;
  const table = new Uint16Array((an + 1) * w);
  for (let i = an - 1; i >= 0; i--) {
    for (let j = bn - 1; j >= 0; j--) {
      table[i * w + j] = ka[pre + i] === kb[pre + j] ? table[(i + 1) * w + j + 1] + 1 : Math.max(table[(i + 1) * w + j], table[i * w + j + 1]);
    }
  }
  let i = 0;
  let j = 0;
  let open: Hunk | null = null;
  while (i < an || j < bn) {
    if (i < an && j < bn && ka[pre + i] === kb[pre + j]) {
      if (open) hunks.push(open);
      open = null;
      i++;
      j++;
      continue;
    }
    if (!open) open = { aStart: pre + i, aEnd: pre + i, bStart: pre + j, bEnd: pre + j };
    if (j >= bn || (i < an && table[(i + 1) * w + j] >= table[i * w + j + 1])) {
      i++;
      open.aEnd = pre + i;
    } else {
      j++;
      open.bEnd = pre + j;
    }
  }
  if (open) hunks.push(open);
  return hunks;
}
