// Splits a prose view into blocks (paragraphs, headings, list items) and sentences, with view offsets.
// Plaintext blocks are found here from line structure; Markdown and HTML state theirs. Sentences come from
// Intl.Segmenter, run per block and per bounded chunk (on one long string it is far worse than linear on
// Node 20), then corrected for news text: titles, initials and abbreviations that do not end a sentence,
// speech tags after a quoted question, datelines and photo credits fused to a line.
// It must never produce an empty sentence nor a sentence whose text is not the exact view slice.
// Pure: no vscode import.

import type { Block, BlockKind, BlockOrigin, ProseView, Sentence, SentenceRole } from "./article";

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

interface Range {
  start: number;
  end: number;
  kind: BlockKind;
  origin?: BlockOrigin;
}

export function segmentBlocks(view: ProseView): { blocks: Block[]; sentences: Sentence[] } {
  const blocks: Block[] = [];
  const sentences: Sentence[] = [];
  const text = view.text;
  const ranges: Range[] = view.blocks ?? findBlocks(text);
  for (const r of ranges) {
    const block: Block = { index: blocks.length, kind: r.kind, start: r.start, end: r.end, firstSentence: sentences.length, endSentence: sentences.length };
    if (r.origin) block.origin = r.origin;
    let s = r.start;
    const push = (a: number, z: number): void => {
      while (a < z && isSpace(text.charCodeAt(a))) a++;
      while (z > a && isSpace(text.charCodeAt(z - 1))) z--;
      if (z <= a) return;
      const body = text.slice(a, z);
      const sentence: Sentence = { index: sentences.length, block: block.index, start: a, end: z, text: body };
      const role = roleOf(body);
      if (role) sentence.role = role;
      sentences.push(sentence);
    };
    for (const b of sentenceBreaks(text, r.start, r.end)) {
      push(s, b);
      s = b;
    }
    push(s, r.end);
    block.endSentence = sentences.length;
    if (block.endSentence > block.firstSentence) {
      block.start = sentences[block.firstSentence].start;
      block.end = sentences[block.endSentence - 1].end;
      blocks.push(block);
    }
  }
  return { blocks, sentences };
}

// ---------------------------------------------------------------------------------------------
// Characters.

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x85 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
const isLineBreak = (c: number): boolean => c === 10 || c === 13 || c === 0x85 || c === 0x2028 || c === 0x2029;
const LINE_BREAKS = /[\r\n\u0085\u2028\u2029]/g;
const OPENERS = "\"'“‘«‹([{¿¡„‚";
const CLOSERS = "\"'”’»›)]}";
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const DIGIT = /\p{Nd}/u;
const WORD_AT = /[\p{L}\p{N}]+/uy;
const ABBR_TOKEN = /[\p{L}\p{N}.]/u;
const TERMINAL = /[\p{Sentence_Terminal}\uFE52\uFF0E]/u;

// ---------------------------------------------------------------------------------------------
// Lines that are not prose: datelines, credits, bylines. Recognised by form, never by the words of one story.

const MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const WEEKDAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\\.?";
const DATE =
  `(?:${WEEKDAY},?\\s+)?(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+\\d{4}` +
  `|\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{1,2}\\.\\d{1,2}\\.\\d{4})`;
const CLOCK = "\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[a-z]{2,4})?";
const TIME = `(?:(?:,|\\s+at|\\s*\\|)?\\s*${CLOCK}|t\\d{2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?(?:z|[+-]\\d{2}:?\\d{2})?)?`;
const LABEL = "(?:(?:date|dated|published|updated|posted|last updated|first published|modified)\\s*:?\\s*(?:on\\s+)?)?";
const DATE_LINE = `${LABEL}(?:${CLOCK},?\\s+)?${DATE}${TIME}`;
const DATELINE = new RegExp(`^${DATE_LINE}\\.?$`, "i");
const DATELINE_PREFIX = new RegExp(`^${DATE_LINE}(?=\\s|$)`, "i");

const CREDIT_PREFIX =
  /^(?:photo(?:graph)?s?|images?|pictures?|illustrations?|video|graphics?|credits?|photo credit|image credit|courtesy)(?:\s+(?:by|credit|courtesy(?:\s+of)?))?\s*[:|–—-]\s*\S/i;
const CREDIT_BY = /^(?:photo(?:graph)?|image|picture|illustration)s?\s+(?:by|courtesy of)\s+\S/i;
const CREDIT_AGENCY =
  /(?:^|[\s/(])(?:Getty Images|Shutterstock|Alamy|AP Photo|AFP Photo|EPA-EFE|iStock(?:photo)?|Pool Photo|NurPhoto|SOPA Images|ZUMA (?:Press|Wire)|via (?:Reuters|AP|AFP|Getty))\b/;
const NAME = "\\p{Lu}[\\p{L}\\p{M}'’.&-]*";
const CREDIT_SLASH = new RegExp(`^${NAME}(?:\\s+${NAME}){0,4}\\s*/\\s*${NAME}(?:\\s+(?:${NAME}|via|of|the|for))*(?:\\s*/\\s*${NAME}(?:\\s+(?:${NAME}|via))*)*$`, "u");
const BYLINE = new RegExp(`^(?:By|BY)\\s+${NAME}(?:\\s+(?:${NAME}|and|&|de|da|del|van|von|der|bin|al|le|la))*(?:\\s*[,|—–-]\\s*[\\p{L}\\p{M}'’. &]+)?$`, "u");

function isCredit(t: string): boolean {
  if (t.length > 120) return false;
  const inner = t.startsWith("(") && t.endsWith(")") ? t.slice(1, -1).trim() : t;
  if (CREDIT_PREFIX.test(inner) || CREDIT_BY.test(inner)) return countWordsUpTo(inner, 15) <= 14;
  if (/[.!?;,:]$/.test(inner)) return false;
  if (CREDIT_AGENCY.test(inner)) return countWordsUpTo(inner, 11) <= 10;
  return CREDIT_SLASH.test(inner) && countWordsUpTo(inner, 9) <= 8;
}

function isDateline(t: string): boolean {
  return t.length <= 80 && DATELINE.test(t);
}

function isByline(t: string): boolean {
  return t.length <= 100 && BYLINE.test(t) && countWordsUpTo(t, 13) <= 12;
}

function countWordsUpTo(t: string, max: number): number {
  let n = 0;
  const re = /\S+/g;
  while (re.exec(t) && n < max) n++;
  return n;
}

function roleOf(t: string): SentenceRole | undefined {
  if (t.length > 120) return undefined;
  if (isDateline(t)) return "dateline";
  if (isCredit(t)) return "credit";
  if (isByline(t)) return "byline";
  return undefined;
}

function isSpecialLine(t: string): boolean {
  return roleOf(t) !== undefined;
}

// ---------------------------------------------------------------------------------------------
// Sentence breaks inside one block.

/** Longest piece handed to Intl.Segmenter at once; its cost grows much faster than the length. */
const CHUNK = 2000;

/** Words after which a capitalised word is a name, not a new sentence: "Mr. Smith", "Gov. Hochul". */
const TITLES = new Set(
  "mr mrs ms messrs mmes dr gov govs sen sens rep reps gen gens lt col sgt capt cmdr adm maj cpl pvt prof rev hon fr msgr supt det atty pres lieut brig cdr insp amb coun cllr const ald".split(" "),
);
/** Never at the end of a sentence. */
const NEVER_END = new Set("e.g i.e vs v cf viz approx ca al".split(" "));
/** Before a number: "No. 1", "Vol. 3", "Art. 5". */
const NUMBERED = new Set("no nos vol vols art arts fig figs p pp ch sec para op ed nr".split(" "));
const MONTHS = new Set("jan feb mar apr jun jul aug sep sept oct nov dec".split(" "));
const WEEKDAYS = new Set("mon tue tues wed thu thur thurs fri sat sun".split(" "));
const MONTH_WORDS = new Set("jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september october november december".split(" "));
/** Abbreviations that may or may not end a sentence: "Apple Inc. said" / "… of Apple Inc. The company …". */
const AMBIGUOUS = new Set("jr sr inc corp co ltd llc plc bros st ave blvd rd dept univ assn mt ft est".split(" "));
/**
 * Words that commonly open a sentence. After an ambiguous abbreviation or initialism ("U.S.", "p.m.", "Inc."),
 * a break is kept only when one of these follows: "… in the U.S. The next day" breaks, "the U.S. Army" does not.
 */
const STARTERS = new Set(
  ("the a an this that these those there here it its he she they we i you his her their our my your one some many most " +
    "all any each every both no none neither either another such but and or so yet nor also then still now however " +
    "meanwhile moreover instead thus therefore later earlier last next first today yesterday tomorrow tonight in on at " +
    "by from with without after before during since until under over about among between into through against " +
    "according despite while when where if as although though because unless once whether what who whom whose why how " +
    "which not more less only even just asked said told officials critics analysts experts").split(" "),
);

function sentenceBreaks(T: string, bs: number, be: number): number[] {
  const cands: number[] = [];
  const forced = new Set<number>();

  // Intl.Segmenter, in bounded chunks with line breaks read as spaces (it breaks after every line break).
  // It only breaks after a sentence terminal; a block with none before its last word is one sentence to it.
  let core = be;
  while (core > bs && (isSpace(T.charCodeAt(core - 1)) || CLOSERS.includes(T[core - 1]) || TERMINAL.test(T[core - 1]))) core--;
  let cs = TERMINAL.test(T.slice(bs, core)) ? bs : be;
  while (cs < be) {
    const ce = be - cs > CHUNK ? chunkCut(T, cs, cs + CHUNK) : be;
    const piece = T.slice(cs, ce).replace(LINE_BREAKS, " ");
    for (const seg of segmenter.segment(piece)) if (seg.index > 0) cands.push(cs + seg.index);
    if (ce < be) {
      let p = ce - 1;
      while (p > cs && isSpace(T.charCodeAt(p))) p--;
      while (p > cs && CLOSERS.includes(T[p])) p--;
      if (".!?…".includes(T[p])) cands.push(ce);
    }
    cs = ce;
  }

  // Line breaks: after a line that ends a sentence, and around a dateline, credit or byline on a line of its own.
  let ls = bs;
  let seen = false;
  let prevSpecial = false;
  let prevTerminal = false;
  for (let k = bs; k <= be; k++) {
    if (k < be && !isLineBreak(T.charCodeAt(k))) continue;
    let f = ls;
    while (f < k && isSpace(T.charCodeAt(f))) f++;
    if (f < k) {
      let l = k;
      while (l > f && isSpace(T.charCodeAt(l - 1))) l--;
      const special = l - f <= 120 && isSpecialLine(T.slice(f, l));
      if (seen) {
        if (special || prevSpecial) forced.add(f);
        else if (prevTerminal) cands.push(f);
      }
      let p = l - 1;
      while (p > f && CLOSERS.includes(T[p])) p--;
      prevTerminal = ".!?…".includes(T[p]);
      prevSpecial = special;
      seen = true;
    }
    ls = k + 1;
  }

  // Intl.Segmenter breaks after "..." but not after "…" before a capital, and never before a sentence that
  // opens with a figure ("… rose 2.5 percent. 15 people were hurt."); abbreviations are sorted out below.
  for (let k = bs; k < be; k++) {
    const c = T.charCodeAt(k);
    if (c !== 0x2026 && c !== 46 && c !== 33 && c !== 63) continue;
    let q = k + 1;
    while (q < be && CLOSERS.includes(T[q])) q++;
    const r = q;
    while (q < be && isSpace(T.charCodeAt(q))) q++;
    if (q === r || q >= be) continue;
    if (c === 0x2026 ? UPPER.test(T[q]) : DIGIT.test(T[q])) cands.push(q);
  }

  // A dateline fused to the text that follows it: "date 2023-12-24 Corner icon …".
  let a = bs;
  while (a < be && isSpace(T.charCodeAt(a))) a++;
  const head = T.slice(a, Math.min(be, a + 100));
  const dm = DATELINE_PREFIX.exec(head);
  if (dm) {
    let q = a + dm[0].length;
    while (q < be && isSpace(T.charCodeAt(q))) q++;
    let r = q;
    while (r < be && OPENERS.includes(T[r])) r++;
    if (q < be && UPPER.test(T[r] ?? "")) forced.add(q);
  }

  for (const f of forced) cands.push(f);
  cands.sort((x, y) => x - y);
  const out: number[] = [];
  let last = bs;
  for (const b of cands) {
    if (b <= last || b >= be) continue;
    if (!forced.has(b) && falseBreak(T, bs, be, b)) continue;
    out.push(b);
    last = b;
  }
  return out;
}

/** Where to end a chunk of at most hi - lo characters: preferably a likely sentence start, else a word start. */
function chunkCut(T: string, lo: number, hi: number): number {
  const floor = Math.max(lo + 1, hi - 500);
  let wordStart = -1;
  for (let k = hi; k > floor; k--) {
    if (!isSpace(T.charCodeAt(k - 1)) || isSpace(T.charCodeAt(k))) continue;
    if (wordStart < 0) wordStart = k;
    let p = k - 1;
    while (p > lo && isSpace(T.charCodeAt(p))) p--;
    if (".!?".includes(T[p]) && UPPER.test(T[k])) return k;
  }
  if (wordStart > 0) return wordStart;
  const c = T.charCodeAt(hi);
  return c >= 0xdc00 && c <= 0xdfff ? hi - 1 : hi;
}

/** Whether a candidate break at b (the first character of the next sentence) is wrong for news English. */
function falseBreak(T: string, bs: number, be: number, b: number): boolean {
  let p = b - 1;
  while (p >= bs && isSpace(T.charCodeAt(p))) p--;
  if (p < bs) return true;
  let q = b;
  while (q < be && OPENERS.includes(T[q])) q++;
  const first = T[q] ?? "";
  // A sentence does not open in lower case: "“Why?” she asked.", "… etc. and more".
  if (LOWER.test(first)) return true;
  WORD_AT.lastIndex = q;
  const nm = WORD_AT.exec(T);
  const next = nm && nm.index === q ? nm[0].toLowerCase() : "";

  let t = p;
  let closed = false;
  while (t > bs && CLOSERS.includes(T[t])) {
    t--;
    closed = true;
  }
  if (T[t] !== "." || closed) return false;
  if (T[t - 1] === ".") return false;
  let s = t;
  while (s > bs && ABBR_TOKEN.test(T[s - 1])) s--;
  const tok = T.slice(s, t);
  if (!tok) return false;
  const lower = tok.toLowerCase();
  const cap = UPPER.test(tok[0]);
  const digitNext = DIGIT.test(first);
  if (NEVER_END.has(lower)) return true;
  if (TITLES.has(lower) && cap) return true;
  if (NUMBERED.has(lower) && digitNext) return true;
  if (MONTHS.has(lower) && cap && digitNext) return true;
  if (WEEKDAYS.has(lower) && cap && (digitNext || MONTH_WORDS.has(next))) return true;
  if (AMBIGUOUS.has(lower) || MONTHS.has(lower) || /^\p{Lu}$/u.test(tok) || /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(tok)) {
    return !STARTERS.has(next);
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Plaintext blocks.

interface Line {
  /** First and last non-space characters (end exclusive). */
  s: number;
  e: number;
  /** Column of the first non-space character. */
  indent: number;
  /** Start of the content after a bullet marker, or -1. */
  bullet: number;
  special: boolean;
}

const BULLET = /^(?:[•●▪‣◦·○■□►▸➢✓✔*+\-–]|\(?\d{1,2}[.)])[ \t\u00a0]+(?=\S)/;
const SEPARATOR = /^[\s*=_~#•·—–-]*$/;
const FUNCTION_WORDS = new Set(
  ("the a an of to and or but nor in on at for with by from as that which who whom whose is are was were be been being " +
    "has have had will would could should can may might must than its their his her our your my this these those into " +
    "onto about after before over under between during without not no said says told including such if when while " +
    "because although though whether where whose").split(" "),
);

/** Plaintext blocks: blank lines separate paragraphs; bullets, datelines, credits and lines broken on purpose stand alone. */
function findBlocks(text: string): Range[] {
  const lines: (Line | null)[] = [];
  let maxShort = 0;
  let long = 0;
  let nonBlank = 0;
  for (let ls = 0; ls <= text.length; ) {
    let le = ls;
    while (le < text.length && !isLineBreak(text.charCodeAt(le))) le++;
    let s = ls;
    let indent = 0;
    while (s < le && isSpace(text.charCodeAt(s))) {
      indent += text.charCodeAt(s) === 9 ? 4 : 1;
      s++;
    }
    let e = le;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    const raw = text.slice(s, e);
    if (s >= e || (raw.length <= 40 && SEPARATOR.test(raw))) lines.push(null);
    else {
      const bm = BULLET.exec(raw);
      const line: Line = { s, e, indent, bullet: bm ? s + bm[0].length : -1, special: raw.length <= 120 && isSpecialLine(raw) };
      lines.push(line);
      nonBlank++;
      const w = e - ls;
      if (w > 100) long++;
      else if (w > maxShort) maxShort = w;
    }
    if (le >= text.length) break;
    ls = text.charCodeAt(le) === 13 && text.charCodeAt(le + 1) === 10 ? le + 2 : le + 1;
  }
  // A hard-wrapped text has (almost) no long lines, and the lines that run on into another are nearly as long
  // as its longest line, which is then its wrap width. Otherwise every line break is taken as deliberate.
  let runOn = 0;
  let full = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const l = lines[i];
    const nx = lines[i + 1];
    if (!l || !nx || nx.bullet >= 0) continue;
    runOn++;
    if ((l.e - l.s + l.indent) * 4 >= maxShort * 3) full++;
  }
  const width = long * 5 > nonBlank || maxShort < 40 || full * 5 < runOn * 3 ? Infinity : maxShort;

  const out: (Range & { special: boolean; lines: number; lineStart: number })[] = [];
  let cur: (typeof out)[number] | null = null;
  let prev: Line | null = null;
  let bulletIndent = 0;
  for (const line of lines) {
    if (!line) {
      cur = null;
      prev = null;
      continue;
    }
    if (line.bullet >= 0) {
      cur = { start: line.bullet, end: line.e, kind: "list-item", special: false, lines: 1, lineStart: line.s };
      bulletIndent = line.indent;
      out.push(cur);
      prev = line;
      continue;
    }
    if (cur && prev && !line.special && !cur.special && joins(text, prev, line, cur.kind === "list-item" ? bulletIndent : -1, width)) {
      cur.end = line.e;
      cur.lines++;
    } else {
      cur = { start: line.s, end: line.e, kind: "paragraph", special: line.special, lines: 1, lineStart: line.s };
      out.push(cur);
    }
    prev = line;
  }
  markHeadings(text, out);
  return out.map((r) => ({ start: r.start, end: r.end, kind: r.kind }));
}

/** Whether a line continues the previous one's block: the previous line was wrapped, not broken on purpose. */
function joins(text: string, prev: Line, line: Line, bulletIndent: number, width: number): boolean {
  if (bulletIndent >= 0 && line.indent > bulletIndent) return true;
  let f = line.s;
  while (f < line.e && OPENERS.includes(text[f])) f++;
  if (LOWER.test(text[f] ?? "")) return true;
  const last = text[prev.e - 1];
  if (",;:(/&-–—".includes(last)) return true;
  let ws = prev.e;
  while (ws > prev.s && /[\p{L}]/u.test(text[ws - 1])) ws--;
  const lastWord = text.slice(ws, prev.e);
  if (lastWord && FUNCTION_WORDS.has(lastWord)) return true;
  // The next line's first word would have fitted on the previous line: the break was made on purpose.
  let fw = line.s;
  while (fw < line.e && !isSpace(text.charCodeAt(fw))) fw++;
  const prevWidth = prev.e - prev.s + prev.indent;
  return prevWidth + 1 + (fw - line.s) > width;
}

const SMALL_WORDS = new Set("a an the and or nor but of to in on at by for from with as vs via into onto over than that this up off out per".split(" "));

/** Plaintext headlines: a lone line without final punctuation, at the top of the text or in title case. */
function markHeadings(text: string, blocks: (Range & { special: boolean; lines: number })[]): void {
  let top = true;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.special) continue;
    const atTop = top;
    if (b.kind === "paragraph") top = false;
    if (b.kind !== "paragraph" || b.lines !== 1 || i === blocks.length - 1) continue;
    const t = text.slice(b.start, b.end);
    if (t.length > 150 || /[.!?…,;:"'”’)]$/.test(t) || /[.!?]["'”’)]*\s+["'“‘]?\p{Lu}/u.test(t) || !/^["'“‘]?[\p{Lu}\p{N}]/u.test(t)) continue;
    const words = t.split(/\s+/).filter((w) => /\p{L}/u.test(w));
    if (words.length < 3 || words.length > 25) continue;
    if ((atTop && words.length >= 4) || titleCase(words)) b.kind = "heading";
  }
}

function titleCase(words: string[]): boolean {
  let significant = 0;
  for (const w of words) {
    const bare = w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
    if (!bare || SMALL_WORDS.has(bare.toLowerCase())) continue;
    if (!/^[\p{Lu}\p{N}]/u.test(bare)) return false;
    if (bare.length >= 4) significant++;
  }
  return significant >= 2;
}
