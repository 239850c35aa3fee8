// Compares two versions of one article: which sentences correspond (alignment), computed once per pair
// and shared by every version rule. Pure: no vscode import. It never judges the differences; rules do.

import { sentenceIndexAt, type Article } from "../article";
import { findQuotes, quotedWords, quotesIn } from "../facts/quotes";
import type { Config } from "../types";
import { alignSentences, type AlignedPair } from "./align";
import { interviewing } from "../facts/transcript";
import { articleFeatures, articleTokens, keyOf, knownId, Kind } from "./tokens";

export type { AlignedPair };

export interface Comparison {
  a: Article;
  b: Article;
  /** In order of version a. */
  pairs: AlignedPair[];
  /** Sentences present in one version only (indices into that version's sentences). */
  onlyA: number[];
  onlyB: number[];
  /** For each sentence of a (of b): the index in `pairs` of the pair holding it, or -1 when it is in one version only. */
  pairOfA: Int32Array;
  pairOfB: Int32Array;
}

const MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const WEEKDAY = "(?:mon|tues|wednes|thurs|fri|satur|sun)day";
const DATE = new RegExp(
  `\\b(?:\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?|${WEEKDAY})\\b`,
  "gi",
);

/** Share of a sentence's letters and digits taken by date expressions; a dateline is nearly all date. */
function dateShare(text: string): number {
  const total = text.replace(/[^\p{L}\p{N}]/gu, "").length;
  if (!total) return 0;
  let dated = 0;
  for (const m of text.matchAll(DATE)) dated += m[0].replace(/[^\p{L}\p{N}]/gu, "").length;
  return dated / total;
}

export function compareArticles(a: Article, b: Article, config: Config): Comparison {
  void config;
  const fa = articleFeatures(a);
  const fb = articleFeatures(b);
  const alignment = alignSentences(fa.sentences, fb.sentences, {
    // A dateline rewritten in another format shares no words with its counterpart; at the same place in
    // the text, two date-bearing lines of which one is almost only a date are the same line.
    sameSlot: (i, j) => {
      const x = dateShare(a.sentences[i].text);
      const y = dateShare(b.sentences[j].text);
      return x > 0 && y > 0 && Math.max(x, y) >= 0.6;
    },
  });
  const pairOfA = new Int32Array(a.sentences.length);
  const pairOfB = new Int32Array(b.sentences.length);
  indexPairs(alignment.pairs, pairOfA, pairOfB);
  const ta = articleTokens(a).sentences;
  const tb = articleTokens(b).sentences;
  const fold = (leftA: number[], leftB: number[]): [number[], number[]] => [
    foldIn(alignment.pairs, leftA, ta, tb, pairOfA, pairOfB, "a", (i) => asking(a, i)),
    foldIn(alignment.pairs, leftB, tb, ta, pairOfB, pairOfA, "b", (j) => asking(b, j)),
  ];
  let [onlyA, onlyB] = fold(alignment.onlyA, alignment.onlyB);
  if (onlyA.length && onlyB.length) {
    const before = onlyA.length + onlyB.length;
    [onlyA, onlyB] = pairLeftovers(alignment.pairs, onlyA, onlyB, ta, tb, pairOfA, pairOfB);
    // two leftovers paired as one sentence moved are a pair the rest may fold into ("Brent crude was little
    // changed at $83.20." into "…, gold lost 14 dollars …, while Brent crude was broadly unchanged at $83.20")
    if (onlyA.length + onlyB.length < before) [onlyA, onlyB] = fold(onlyA, onlyB);
  }
  onlyA = foldQuoted(alignment.pairs, onlyA, a, b, pairOfA, pairOfB, "a");
  onlyB = foldQuoted(alignment.pairs, onlyB, b, a, pairOfB, pairOfA, "b");
  return { a, b, pairs: alignment.pairs, onlyA, onlyB, pairOfA, pairOfB };
}

/** Fewest words a quotation needs before it alone can place its sentence. */
const QUOTE_ANCHOR_WORDS = 4;

/**
 * Leftovers whose quotation (four words or more) one aligned sentence of the other version quotes word for
 * word: the quotation moved, perhaps to another speaker ("“We played with no fear,” said coach Holm." /
 * "Wikander … and said: “We played with no fear.”"). They join that sentence's pair, so the rules compare
 * who says it, instead of the quote being reported removed and added.
 */
function foldQuoted(pairs: AlignedPair[], only: number[], mine: Article, other: Article, pairOfMine: Int32Array, pairOfOther: Int32Array, side: "a" | "b"): number[] {
  if (!only.length) return only;
  let quoted: Map<string, number> | undefined;
  const left: number[] = [];
  for (const i of only) {
    const s = mine.sentences[i];
    const qs = quotesIn(mine, s.start, s.end).map((q) => quotedWords(mine, q)).filter((w) => w.split(" ").length >= QUOTE_ANCHOR_WORDS);
    if (!qs.length) {
      left.push(i);
      continue;
    }
    if (!quoted) {
      quoted = new Map();
      for (const q of findQuotes(other)) {
        const j = sentenceIndexAt(other, q.innerStart);
        if (j < 0 || pairOfOther[j] < 0) continue;
        const key = quotedWords(other, q);
        quoted.set(key, quoted.has(key) ? -1 : j);
      }
    }
    const j = qs.map((w) => quoted!.get(w)).find((x) => x !== undefined && x >= 0);
    if (j === undefined) {
      left.push(i);
      continue;
    }
    joinPair(pairs, pairOfOther[j], i, side, pairOfMine);
  }
  return left;
}

/** Puts leftover sentence `i` of `side` into pair `k`, keeping the pair's sentences in order. */
function joinPair(pairs: AlignedPair[], k: number, i: number, side: "a" | "b", pairOfMine: Int32Array): void {
  const list = side === "a" ? pairs[k].a : pairs[k].b;
  list.push(i);
  list.sort((x, y) => x - y);
  pairOfMine[i] = k;
}

/** An interviewer's or a host's question in a printed interview ("Q: What's next?"): prose rewrites drop it. */
function asking(article: Article, i: number): boolean {
  return interviewing(article, i);
}

/** Lowest share of each leftover's plain words the other must hold for two leftovers to be one sentence rewritten. */
const LEFTOVER_WORDS = 0.5;

/**
 * Two sentences left over on either side after alignment and folding, each holding half or more of the other's plain
 * words ("Ridgeway Estates said it would appeal the decision." / "The developer said it would not appeal."):
 * one sentence rewritten, with its subject named another way, and perhaps moved. They become a pair (moved
 * when out of order) so the fact rules compare them; each sentence is used once, the closest first.
 */
function pairLeftovers(
  pairs: AlignedPair[],
  onlyA: number[],
  onlyB: number[],
  ta: Int32Array[],
  tb: Int32Array[],
  pairOfA: Int32Array,
  pairOfB: Int32Array,
): [number[], number[]] {
  const cands: { i: number; j: number; score: number }[] = [];
  for (const i of onlyA) {
    for (const j of onlyB) {
      const x = shares(ta[i], tb[j]);
      const y = shares(tb[j], ta[i]);
      if (!rewrites(x, y) && !rewrites(y, x) && !sameFacts(x, y) && !sameNamesOtherFigures(ta[i], tb[j], x, y) && !(sameGap(i, j, pairOfA, pairOfB, ta.length, tb.length) && sameMeasure(ta[i], tb[j]))) continue;
      cands.push({ i, j, score: x.all + y.all });
    }
  }
  if (!cands.length) return [onlyA, onlyB];
  cands.sort((p, q) => q.score - p.score);
  for (const { i, j, score } of cands) {
    if (pairOfA[i] >= 0 || pairOfB[j] >= 0) continue;
    // out of order when an aligned pair sits between them on one side and not on the other
    const moved = pairs.some((p) => (p.a[0] < i) !== (p.b[0] < j));
    pairs.push({ a: [i], b: [j], score: score / 2, moved });
    pairOfA[i] = pairOfB[j] = pairs.length - 1;
  }
  pairs.sort((x, y) => x.a[0] - y.a[0]);
  indexPairs(pairs, pairOfA, pairOfB);
  return [onlyA.filter((i) => pairOfA[i] < 0), onlyB.filter((j) => pairOfB[j] < 0)];
}

type Share = ReturnType<typeof shares>;

/**
 * Leftovers i and j alone in one gap of the alignment: the sentences before them are one aligned pair (or
 * both open their articles), and so are the sentences after them (or both close them).
 */
function sameGap(i: number, j: number, pairOfA: Int32Array, pairOfB: Int32Array, na: number, nb: number): boolean {
  const before = (i === 0 && j === 0) || (i > 0 && j > 0 && pairOfA[i - 1] >= 0 && pairOfA[i - 1] === pairOfB[j - 1]);
  const after = (i === na - 1 && j === nb - 1) || (i + 1 < na && j + 1 < nb && pairOfA[i + 1] >= 0 && pairOfA[i + 1] === pairOfB[j + 1]);
  return before && after;
}

/** The words right after each figure of a sentence ("47 minutes" gives "minutes"), by how often each follows one. */
function measuresOf(codes: Int32Array): Map<number, number> {
  const out = new Map<number, number>();
  for (let k = 0; k + 1 < codes.length; k++) {
    if ((codes[k] & 3) === Kind.Number && (codes[k + 1] & 3) === Kind.Word) out.set(codes[k + 1], (out.get(codes[k + 1]) ?? 0) + 1);
  }
  return out;
}

/**
 * Two leftovers in one gap of the alignment, each with one figure of a unit both name once ("finished 47 minutes
 * ahead" / "its winning margin was 74 minutes"): one statement of a measure reworded, perhaps with the figure
 * changed, which the number rule should see rather than a sentence removed and another added.
 */
function sameMeasure(x: Int32Array, y: Int32Array): boolean {
  const mx = measuresOf(x);
  if (!mx.size) return false;
  const my = measuresOf(y);
  for (const [unit, n] of mx) if (n === 1 && my.get(unit) === 1) return true;
  return false;
}

/**
 * Is a leftover (share x of it found in the other, y of the other found in it) a rewrite of the other? Each
 * holds half of the other's plain words; or it is a short sentence split off the other, which holds all its
 * names and figures and most of its words ("He died on Saturday." split off "… died on Saturday at the age
 * of 87.").
 */
function rewrites(x: Share, y: Share): boolean {
  if (x.plain >= 2 && y.plain >= 2 && x.words >= LEFTOVER_WORDS && y.words >= LEFTOVER_WORDS) return true;
  return x.factCount > 0 && x.facts && x.plain > 0 && x.words >= FOLDED_WORDS;
}

/**
 * The same names and figures on both sides, and a plain word in common: "Tickets go on sale on September 1."
 * / "Tickets will be available from Sept. 1." say one thing in other words.
 */
function sameFacts(x: Share, y: Share): boolean {
  return x.factCount > 0 && y.factCount > 0 && x.facts && y.facts && x.plain > 0 && y.plain > 0 && x.words > 0 && y.words > 0;
}

/**
 * Two leftovers naming the same names, two or more, with a plain word in common, that differ in figures only
 * ("The coins, minted during the reign of Edward I, were buried around 1290, according to experts at the British
 * Museum." / "According to British Museum experts, the 1,800 silver pennies, struck under Edward I, went into
 * the ground around 1280."): one statement moved, with a figure changed, which the number and date rules should
 * see rather than a sentence removed and another added.
 */
function sameNamesOtherFigures(x: Int32Array, y: Int32Array, sx: Share, sy: Share): boolean {
  if (sx.plain === 0 || sy.plain === 0 || sx.words === 0 || sy.words === 0) return false;
  const names = (codes: Int32Array) => {
    const out = new Set<number>();
    for (const c of codes) if ((c & 3) === Kind.Name) out.add(c >> 2);
    return out;
  };
  const nx = names(x);
  const ny = names(y);
  if (nx.size < 2 || nx.size !== ny.size) return false;
  for (const n of nx) if (!ny.has(n)) return false;
  return onlyFiguresMissing(x, y) && onlyFiguresMissing(y, x);
}

/**
 * A figure too particular to recur by chance: three or more digits that are not a year ("6210", "1.8"
 * is not). A leftover whose names and such a figure all sit in one sentence of the other version keeps its
 * information there ("Attendance at Halvik: 6,210." / "… in front of 6,210 spectators in Halvik"), and so
 * does a sentence of two plain words or fewer around such a figure ("The crowd was 7,412.").
 */
function specificFigure(key: string): boolean {
  const digits = key.replace(/\D/g, "");
  if (digits.length < 3 || !/^\d[\d.]*$/.test(key)) return false;
  return !(/^\d{4}$/.test(key) && +key >= 1800 && +key <= 2100);
}

/**
 * The share of a leftover's plain words a sentence holding all its names and figures must hold too: most of
 * them; half with three names or figures or more; none beside a particular figure and a name, or with two
 * plain words or fewer.
 */
function wordsNeeded(facts: number, specific: boolean, plain: number): number {
  if (facts >= MANY_FACTS) return FOLDED_WORDS_MANY_FACTS;
  if (specific && (facts >= 2 || plain <= 2)) return 0;
  return FOLDED_WORDS;
}

/** Fills each sentence's index in `pairs` (-1 for a sentence in no pair). */
function indexPairs(pairs: AlignedPair[], pairOfA: Int32Array, pairOfB: Int32Array): void {
  pairOfA.fill(-1);
  pairOfB.fill(-1);
  pairs.forEach((p, k) => {
    for (const i of p.a) pairOfA[i] = k;
    for (const j of p.b) pairOfB[j] = k;
  });
}

/** Lowest share of a sentence's words (weighted, and its plain words alone) another sentence must hold for the first to be folded into it. */
const FOLDED = 0.5;
/** … and of its plain words (not names or figures): a sentence that adds a claim about known names is new. */
const FOLDED_WORDS = 0.6;
/** … or, when the other sentence holds this many of its names and figures (all of them), this share of its plain words. */
const MANY_FACTS = 3;
const FOLDED_WORDS_MANY_FACTS = 0.5;
/** Fewest distinct names and figures a sentence needs before two sentences sharing them out can place it. */
const SPLIT_FACTS = 3;
/**
 * The share of its plain words two sentences that share out all of a leftover's names and figures must hold:
 * half; a fifth once there are five or more ("Gardaí urged motorists to avoid the R482 between Ballykinvara
 * and Crossmoyle after the River Anvagh burst its banks" shared out, reworded, between two sentences).
 */
const SPLIT_MANY_FACTS = 5;
function splitWordsNeeded(facts: number): number {
  return facts >= SPLIT_MANY_FACTS ? 0.2 : FOLDED_WORDS_MANY_FACTS;
}
/** Fewest plain words a sentence with no names or figures needs before its words alone can place it. */
const FACTLESS_WORDS = 4;
/** … or, next to its old neighbours, of its plain words when it has a single fact. */
const NEIGHBOUR_WORDS = 0.3;
/** Fewest plain words, and lowest share of them, for a factless sentence right beside the pair to be placed by them. */
/** … or this lower share, when its changed figure measures what the other sentence's new figure does ("21 minutes" / "12 minutes"). */
const MEASURED_WORDS = 0.4;
const FACTLESS_BESIDE = 3;
const FACTLESS_BESIDE_SHARE = 0.5;

/**
 * How much of sentence `codes` another sentence holds: the share of its words weighted as the aligner
 * weighs them, the share (1 when there are none) and the number of its plain words, and whether every name
 * and figure is there.
 */
function shares(codes: Int32Array, otherCodes: Int32Array): { all: number; words: number; plain: number; facts: boolean; factCount: number } {
  const there = new Set<number>();
  for (const c of otherCodes) there.add(c >> 2);
  let total = 0;
  let hit = 0;
  let words = 0;
  let wordHits = 0;
  let facts = true;
  const shortened = abbreviatedNames(codes, there);
  for (let k = 0; k < codes.length; k++) {
    const c = codes[k];
    const plain = (c & 3) === Kind.Word;
    const w = plain ? 1 : 1.6;
    const found = there.has(c >> 2) || (shortened !== null && shortened.has(k));
    total += w;
    if (found) hit += w;
    if (plain) {
      words++;
      if (found) wordHits++;
    } else if (!found) facts = false;
  }
  return { all: total ? hit / total : 0, words: words ? wordHits / words : 1, plain: words, facts, factCount: codes.length - words };
}

/**
 * Positions of the names in `codes` that the other sentence gives by their initials: "the Information
 * Commissioner's Office" is held by "the ICO". A run of two to six name words whose first letters are an
 * acronym the other sentence uses; null when there is none (most sentences).
 */
function abbreviatedNames(codes: Int32Array, there: Set<number>): Set<number> | null {
  let out: Set<number> | null = null;
  let k = 0;
  while (k < codes.length) {
    if ((codes[k] & 3) !== Kind.Name) {
      k++;
      continue;
    }
    let end = k;
    while (end < codes.length && (codes[end] & 3) === Kind.Name) end++;
    if (end - k >= 2 && end - k <= 6) {
      let letters = "";
      for (let m = k; m < end; m++) letters += keyOf(codes[m] >> 2).charAt(0);
      const id = knownId(letters);
      if (id >= 0 && there.has(id)) {
        out ??= new Set<number>();
        for (let m = k; m < end; m++) out.add(m);
      }
    }
    k = end;
  }
  return out;
}

/** Every name of `codes` is in `otherCodes`, and what is missing is figures only (one at least), where the other has figures too. */
function onlyFiguresMissing(codes: Int32Array, otherCodes: Int32Array): boolean {
  return missingOnly(codes, otherCodes, Kind.Number) > 0;
}

/**
 * How many facts of `codes` that `otherCodes` lacks, when all of them are of one kind (figures, or names) and
 * the other holds facts of that kind too; 0 when none is missing or the other has none, -1 when a fact of
 * another kind is missing.
 */
function missingOnly(codes: Int32Array, otherCodes: Int32Array, kind: Kind): number {
  const there = new Set<number>();
  let otherOfKind = 0;
  for (const c of otherCodes) {
    there.add(c >> 2);
    if ((c & 3) === kind) otherOfKind++;
  }
  let missing = 0;
  for (const c of codes) {
    if ((c & 3) === Kind.Word || there.has(c >> 2)) continue;
    if ((c & 3) !== kind) return -1;
    missing++;
  }
  return otherOfKind > 0 ? missing : 0;
}

/**
 * Sentences of one version only whose facts (names, figures) and most of whose words another sentence of
 * the other version already holds, anywhere in the text: a rewrite folded them in ("The increase takes
 * effect on 1 March." into "… from March 1, after the council approved …"). They join that sentence's pair,
 * so the fact rules compare them, instead of being reported as removed or added. Returns what is left.
 */
function foldIn(
  pairs: AlignedPair[],
  only: number[],
  mine: Int32Array[],
  other: Int32Array[],
  pairOfMine: Int32Array,
  pairOfOther: Int32Array,
  side: "a" | "b",
  question: (i: number) => boolean,
): number[] {
  if (!only.length) return only;
  // where each name and figure occurs among the other version's aligned sentences: a candidate must hold
  // every fact of the sentence, so only the sentences listed under its rarest fact are looked at. Plain
  // words are listed too: a name opening the other sentence ("Orvane Automotive will build …") is read as a
  // plain word there.
  const postings = new Map<number, number[]>();
  for (let j = 0; j < other.length; j++) {
    if (pairOfOther[j] < 0) continue;
    for (const c of other[j]) {
      const list = postings.get(c >> 2);
      if (!list) postings.set(c >> 2, [j]);
      else if (list[list.length - 1] !== j) list.push(j);
    }
  }
  // the other version's own leftovers: a sentence that one of them rewrites is not merged into a neighbour
  const otherLeft: number[] = [];
  for (let j = 0; j < other.length; j++) if (pairOfOther[j] < 0) otherLeft.push(j);
  const left: number[] = [];
  for (const i of only) {
    const codes = mine[i];
    const facts = new Set<number>();
    let specific = false;
    for (const c of codes) {
      if ((c & 3) === Kind.Word) continue;
      facts.add(c >> 2);
      if ((c & 3) === Kind.Number && specificFigure(keyOf(c >> 2))) specific = true;
    }
    const lists: number[][] = [];
    for (const f of facts) lists.push(postings.get(f) ?? []);
    lists.sort((x, y) => x.length - y.length);
    let best = -1;
    let bestShare = FOLDED;
    for (const j of lists.length ? lists[0] : []) {
      if (!lists.every((l) => l.includes(j))) continue;
      // its names and figures all there, and most of its other words: the names alone are not enough
      // ("St. Brendan's is the largest private employer in Riverton." is new, though both names are not)
      const share = shares(codes, other[j]);
      if (share.all >= bestShare && share.words >= wordsNeeded(facts.size, specific, share.plain)) {
        bestShare = share.all;
        best = j;
      }
    }
    // next to its old neighbours, the facts alone tell: "The increase takes effect on 1 March." folded into
    // the neighbour's rewrite "… from March 1, after the council approved …"
    // a sentence with no names or figures ("The company said there was no evidence …") only next to its old
    // neighbours, and only when the other sentence holds most of its words and enough of them to tell
    if (best < 0) best = between(i);
    if (best < 0) best = neighbourHolding(i, codes, facts);
    if (best < 0 && facts.size >= SPLIT_FACTS) best = splitHolding(codes, lists[0]);
    if (best < 0) best = figureChangedBeside(i, codes);
    if (best < 0) {
      left.push(i);
      continue;
    }
    joinPair(pairs, pairOfOther[best], i, side, pairOfMine);
  }
  // a sentence folded in is a neighbour the rest may now be placed beside ("The index closed 1.2% down."
  // joined the merged sentence, so "Mining stocks led the losses." after it can join it too)
  if (left.length && left.length < only.length) return foldIn(pairs, left, mine, other, pairOfMine, pairOfOther, side, question);
  return left;

  /**
   * A sentence whose two neighbours belong to one pair: the rewrite split a sentence in three and it is the middle
   * ("… will hold a confidence vote." / "The vote will take place on 16 March, the office said." / "It follows
   * …"). Returns a sentence of that pair's other side, or -1.
   */
  function between(i: number): number {
    if (i === 0 || i + 1 >= mine.length) return -1;
    const k = pairOfMine[i - 1];
    if (k < 0 || k !== pairOfMine[i + 1]) return -1;
    const p = pairs[k];
    const others = side === "a" ? p.b : p.a;
    return others.length ? others[0] : -1;
  }

  /**
   * The other side of a pair next to sentence i, or one further away across a single aligned sentence
   * ("… 25 cm could fall, and temperatures may fall to -9C" took in the sentence after the quote between)
   * or an interviewer's question ("MOREAU: Honestly, I still can't believe it." after "Q: How does it
   * feel?"), holding every fact of sentence i and some of its words; -1 when there is none, or when a
   * sentence of the other version's own leftovers holds as much of it (then the two are a rewrite of each
   * other, not a merge).
   */
  function neighbourHolding(i: number, codes: Int32Array, facts: Set<number>): number {
    for (const n of [i - 1, i + 1, i - 2, i + 2]) {
      if (n < 0 || n >= mine.length || pairOfMine[n] < 0) continue;
      // two away only across a sentence that is itself aligned, or a question
      const between = n === i - 2 ? i - 1 : n === i + 2 ? i + 1 : -1;
      if (between >= 0 && pairOfMine[between] < 0 && !question(between)) continue;
      const p = pairs[pairOfMine[n]];
      // (a moved pair still has this sentence beside it on this side)
      const partners = side === "a" ? p.a : p.b;
      for (const j of side === "a" ? p.b : p.a) {
        const share = shares(codes, other[j]);
        const held = facts.size
          ? share.facts && (facts.size >= 2 || (share.plain > 0 && share.words >= NEIGHBOUR_WORDS) || !partnersHold(partners, facts))
          : factlessHeld(share, between < 0 || question(between));
        if (held && !leftoverHolds(codes, share.words)) return j;
      }
    }
    return -1;
  }

  /**
   * A sentence with no names or figures, held by a neighbour's rewrite: most of its words and enough of them
   * to tell; right beside it, half of three or more words will do ("She was taken to hospital with a broken
   * leg." into "…, and was hospitalised with a broken leg"; "None of them required hospital treatment." into
   * "… and none needed to be treated in hospital").
   */
  function factlessHeld(share: ReturnType<typeof shares>, beside: boolean): boolean {
    const hits = share.words * share.plain;
    if (beside && share.plain >= FACTLESS_BESIDE && hits >= 2 && share.words >= FACTLESS_BESIDE_SHARE) return true;
    // every one of three words or more, one sentence off ("The defendants have pleaded not guilty." into "The
    // four defendants, who have pleaded not guilty, are accused …")
    if (share.plain >= FACTLESS_BESIDE && share.words === 1) return true;
    return share.plain >= FACTLESS_WORDS && share.words >= FOLDED_WORDS && share.all >= FOLDED;
  }

  /**
   * Does a sentence of this version's side of the pair state any of these facts? When none does, the other
   * sentence took them from the leftover ("Both men are from Leighford." into "… both from Leighford, are due …").
   */
  function partnersHold(partners: number[], facts: Set<number>): boolean {
    return partners.some((n) => mine[n].some((c) => (c & 3) !== Kind.Word && facts.has(c >> 2)));
  }

  /**
   * Two consecutive aligned sentences of the other version that share out every name and figure of a
   * leftover (three or more), each holding some, and together half its plain words: the rewrite split it between them ("Chasing
   * 271, Harlow won with 14 overs to spare, Akinyemi making 118." into "Akinyemi's 118 carried Harlow …"
   * and "Harlow chased down 271 with 14 overs in hand; …"). Returns the one holding more of it, or -1.
   * `holders` lists the sentences holding its rarest fact, so only their neighbours are looked at.
   */
  function splitHolding(codes: Int32Array, holders: number[]): number {
    for (const j of holders) {
      for (const k of [j - 1, j + 1]) {
        if (k < 0 || k >= other.length || pairOfOther[k] < 0) continue;
        const [x, y] = k < j ? [k, j] : [j, k];
        const both = new Int32Array(other[x].length + other[y].length);
        both.set(other[x]);
        both.set(other[y], other[x].length);
        const share = shares(codes, both);
        if (!share.facts || share.words < splitWordsNeeded(share.factCount) || share.all < FOLDED) continue;
        const sx = shares(codes, other[x]);
        const sy = shares(codes, other[y]);
        // each part holds some of its facts: a real split, not one sentence and a bystander
        if (sx.all === 0 || sy.all === 0 || sx.facts || sy.facts) continue;
        return sx.all >= sy.all ? x : y;
      }
    }
    return -1;
  }

  /**
   * The other side of a pair right beside sentence i that holds its names and most of its plain words (two or
   * more) but not one of its figures (or holds its figures and all but one of its names): the rewrite folded it in and changed the figure ("Of that, Rs 8.2 billion
   * is earmarked for water and sanitation." beside "… allocating Rs 6.2 billion for water and sanitation"). It
   * joins the pair so the number rule reports the figure, rather than the sentence being reported as new.
   */
  function figureChangedBeside(i: number, codes: Int32Array): number {
    for (const n of [i - 1, i + 1]) {
      if (n < 0 || n >= mine.length || pairOfMine[n] < 0) continue;
      const p = pairs[pairOfMine[n]];
      if (p.moved) continue;
      for (const j of side === "a" ? p.b : p.a) {
        const share = shares(codes, other[j]);
        // (a short sentence of a name, a figure and a plain word or two holds too when every plain word is there:
        // "The club are 22nd in League Two." beside "League Two's 23rd-placed club …")
        const short = share.plain >= 1 && share.words === 1 && codes.some((c) => (c & 3) === Kind.Name);
        // (fewer of its words will do when its changed figure measures what the other sentence's own new figure
        // measures: "compared with 21 minutes on the old chairlift" beside "… from the 12 minutes needed on the
        // chairlift")
        const enough = share.words >= FOLDED_WORDS || (share.words >= MEASURED_WORDS && sameUnitOrphan(codes, other[j], side === "a" ? p.a : p.b));
        if (share.facts || (!short && (share.plain < 2 || share.words * share.plain < 2 || !enough))) continue;
        if (leftoverHolds(codes, share.words)) continue;
        if (onlyFiguresMissing(codes, other[j]) && orphan(other[j], side === "a" ? p.a : p.b, Kind.Number)) return j;
        // one name changed the same way ("Scientists from Brenner Institute of Technology have built a robot arm."
        // beside "A team from Halden Institute of Technology has built a robot arm that …")
        if (missingOnly(codes, other[j], Kind.Name) === 1 && share.plain >= 3 && share.words >= FOLDED_WORDS && orphan(other[j], side === "a" ? p.a : p.b, Kind.Name)) return j;
      }
    }
    return -1;
  }

  /**
   * Does a figure of the leftover that the other sentence lacks measure the same thing (the same word after it,
   * "minutes") as a figure of the other sentence that no sentence of this version's side of the pair states?
   */
  function sameUnitOrphan(codes: Int32Array, otherCodes: Int32Array, partners: number[]): boolean {
    const here = new Set<number>();
    for (const n of partners) for (const c of mine[n]) if ((c & 3) === Kind.Number) here.add(c >> 2);
    const there = new Set<number>();
    for (const c of otherCodes) there.add(c >> 2);
    const mx = new Set<number>();
    for (let k = 0; k + 1 < codes.length; k++) if ((codes[k] & 3) === Kind.Number && !there.has(codes[k] >> 2) && (codes[k + 1] & 3) === Kind.Word) mx.add(codes[k + 1] >> 2);
    if (!mx.size) return false;
    for (let k = 0; k + 1 < otherCodes.length; k++) {
      if ((otherCodes[k] & 3) === Kind.Number && !here.has(otherCodes[k] >> 2) && mx.has(otherCodes[k + 1] >> 2)) return true;
    }
    return false;
  }

  /**
   * Does the other sentence state a figure (or a name: `kind`) that no sentence of this version's side of the pair
   * states? That is what the leftover's own may have replaced; with none, the leftover adds one of its own.
   */
  function orphan(otherCodes: Int32Array, partners: number[], kind: Kind): boolean {
    const here = new Set<number>();
    for (const n of partners) for (const c of mine[n]) if ((c & 3) === kind) here.add(c >> 2);
    for (const c of otherCodes) if ((c & 3) === kind && !here.has(c >> 2)) return true;
    return false;
  }

  function leftoverHolds(codes: Int32Array, words: number): boolean {
    return otherLeft.some((j) => shares(codes, other[j]).words >= words);
  }
}
