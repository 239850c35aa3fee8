// Word tokens with offsets, a light lemmatiser and a word-level diff: the common ground on which the
// fact-diff rules compare two wordings of one sentence. Pure: no vscode import. Never allocates a
// regular expression per call; the diff is quadratic only in the length of one sentence pair.

import { boundedMemo, table } from "./lookup";

export interface Word {
  /** As written. */
  readonly text: string;
  /** Case, accents and typographic apostrophes folded ("Rinkević" → "rinkevic", "He’s" → "he's"). */
  readonly norm: string;
  /** Crude lemma: verb and noun inflections stripped, common irregular verbs mapped to their base. */
  readonly lemma: string;
  readonly start: number;
  readonly end: number;
}

/** A word whose lemma is looked up only when a rule asks for it: most words of a sentence are never lemmatised. */
class ScannedWord implements Word {
  private _lemma: string | undefined = undefined;

  constructor(
    readonly text: string,
    readonly norm: string,
    readonly start: number,
    readonly end: number,
  ) {}

  get lemma(): string {
    return (this._lemma ??= lemma(this.norm));
  }
}

// "U.S" followed by "." is the abbreviation "U.S."; "end" followed by "." is a word and a full stop
const DOTTED = /^(?:\p{Lu}\.)+\p{Lu}$/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const ASCII = /^[\x20-\x7e]*$/;

export function fold(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase();
  return s.normalize("NFKD").replace(/\p{M}+/gu, "").replace(/[’‘`´]/g, "'").toLowerCase();
}

const IRREGULAR: Record<string, string> = table({
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
  upheld: "uphold", withheld: "withhold", built: "build", caught: "catch", taught: "teach", felt: "feel", lent: "lend",
  slept: "sleep", swept: "sweep", laid: "lay", fled: "flee", fed: "feed", sat: "sit", lit: "light", forgot: "forget",
  forgotten: "forget", ate: "eat", eaten: "eat", drove: "drive", driven: "drive", rode: "ride", ridden: "ride", forgave: "forgive",
  shook: "shake", shaken: "shake", woke: "wake", froze: "freeze", frozen: "freeze", stole: "steal", stolen: "steal", swore: "swear",
  sworn: "swear", tore: "tear", torn: "tear", wore: "wear", worn: "wear", sang: "sing", sung: "sing", rang: "ring", drank: "drink",
  swam: "swim", became: "become", overcame: "overcome", threw: "throw", thrown: "throw", blew: "blow", blown: "blow", flew: "fly",
  flown: "fly", showed: "show", shown: "show", hid: "hide", hidden: "hide", bit: "bite", bitten: "bite", sank: "sink", sunk: "sink",
  bound: "bind", wound: "wind", dealt: "deal", dug: "dig", hung: "hang", spun: "spin", stuck: "stick", strove: "strive", swung: "swing",
  undertook: "undertake", undertaken: "undertake", overtook: "overtake", overtaken: "overtake", forbade: "forbid", forbidden: "forbid",
  sprang: "spring", sprung: "spring", arose: "arise", arisen: "arise", mistook: "mistake", mistaken: "mistake", rebuilt: "rebuild",
});

// The irregular forms that are never also an everyday noun or adjective of another sense ("wound",
// "left", "bound", "saw" and "lines" are): safe to read as their verb wherever they stand.
const UNAMBIGUOUS_IRREGULAR = new Set([
  "broke", "broken", "fled", "took", "taken", "gave", "sold", "bought", "told", "wrote", "written", "spoke", "spoken", "stole", "stolen",
  "drove", "driven", "grew", "grown", "chose", "chosen", "threw", "thrown", "fought", "caught", "taught", "sought", "brought", "began",
  "begun", "fallen", "risen", "shot", "struck", "withdrew", "withdrawn", "upheld", "withheld", "forgave", "forgotten", "forgot",
  "froze", "frozen", "swore", "sworn", "tore", "torn", "hid", "hidden", "sank", "sunk", "undertook", "overtook", "forbade", "arose",
  "arisen", "mistook", "rebuilt", "built", "paid", "spent", "sent", "met", "won", "lost", "kept", "held", "knew", "known", "thought",
  "understood", "led", "fed", "slept", "swept", "felt", "dealt", "dug", "hung", "stuck", "ate", "eaten",
]);

/** The base of an unambiguous irregular verb form ("fled" → "flee", "broken" → "break"), else the word. */
export function verbBase(norm: string): string {
  return UNAMBIGUOUS_IRREGULAR.has(norm) ? IRREGULAR[norm] : norm;
}

/** A lemma good enough to meet "seen"/"see", "agreed"/"agreeing", "territories"/"territory". */
export const lemma: (norm: string) => string = boundedMemo(computeLemma);

function computeLemma(norm: string): string {
  let s = (IRREGULAR[norm] ?? norm).replace(/'s$/, "");
  if (s.length <= 3) return s;
  if (s.endsWith("ies") && s.length > 4) s = s.slice(0, -3) + "y";
  else if (/(?:ss|x|z|ch|sh)es$/.test(s)) s = s.slice(0, -2);
  else if (s.endsWith("s") && !/(?:ss|us|is)$/.test(s)) s = s.slice(0, -1);
  else if (s.endsWith("ied") && s.length > 4) s = s.slice(0, -3) + "y";
  else if (s.endsWith("ing") && s.length > 5) s = s.slice(0, -3);
  else if (s.endsWith("ed") && s.length > 4) s = s.slice(0, -2);
  if (/([bdgmnprt])\1$/.test(s)) s = s.slice(0, -1);
  // "agreed" and "agreeing" both come down to "agr"
  while (s.endsWith("e") && s.length > 3) s = s.slice(0, -1);
  return s;
}

/**
 * One string object for every occurrence of a word's text: the words of every changed sentence are kept
 * for the next check, and a shared, long-lived string is not copied by each young-generation collection.
 */
const shared: (s: string) => string = boundedMemo((s) => s);

/** Length of the letter, digit or combining mark at i (2 for an astral character), or 0. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  return WORD_CHAR.test(text[i]) ? 1 : 0;
}

function isJoiner(c: number): boolean {
  // ' ’ . - &
  return c === 39 || c === 0x2019 || c === 46 || c === 45 || c === 38;
}

function isSymbol(c: number): boolean {
  // % $ € £ ¥
  return c === 37 || c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5;
}

/**
 * Words of `text.slice(from, to)`, offsets into `text`: runs of letters, digits and marks, joined by an
 * apostrophe, period, hyphen or ampersand between two of them ("Russia's", "U.S.", "two-year", "AT&T"),
 * plus "%" and currency signs. Scanned by hand: this runs on every changed sentence of both versions.
 */
export function words(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSymbol(c)) {
      const t = text[i];
      out.push(new ScannedWord(t, t, i, i + 1));
      i++;
      continue;
    }
    let n = wordCharAt(text, i);
    if (!n) {
      i++;
      continue;
    }
    const start = i;
    let ascii = c < 128;
    i += n;
    for (;;) {
      if (i < to && (n = wordCharAt(text, i))) {
        if (text.charCodeAt(i) >= 128) ascii = false;
        i += n;
      } else if (i + 1 < to && isJoiner(text.charCodeAt(i)) && (n = wordCharAt(text, i + 1))) {
        if (text.charCodeAt(i) >= 128 || text.charCodeAt(i + 1) >= 128) ascii = false;
        i += 1 + n;
      } else break;
    }
    let t = text.slice(start, i);
    if (i < to && text.charCodeAt(i) === 46 && DOTTED.test(t)) {
      t += ".";
      i++;
    }
    const norm = shared(ascii ? t.toLowerCase() : fold(t));
    out.push(new ScannedWord(t === norm ? norm : shared(t), norm, start, start + t.length));
  }
  return out;
}

const MAX_CELLS = 250_000;
// the LCS table of every diff: reused, since a comparison diffs hundreds of sentence pairs
let lcs = new Uint16Array(4096);

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
  // one changed stretch when the table would be too large (a paragraph with no sentence breaks):
  // coarser findings, never a stall
  if (an === 0 || bn === 0 || (an + 1) * (bn + 1) > MAX_CELLS) return [{ aStart: pre, aEnd: pre + an, bStart: pre, bEnd: pre + bn }];
  const w = bn + 1;
  const cells = (an + 1) * w;
  if (lcs.length < cells) lcs = new Uint16Array(Math.max(cells, lcs.length * 2));
  const table = lcs;
  table.fill(0, 0, cells);
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
