// The facts of each sentence, extracted at most once per parsed article and only for the sentences a
// rule asks about, plus the two sides of an aligned pair as word sequences. Every fact-diff rule reads
// its facts from here, so a re-check of the same article costs a cache lookup.
// Pure: no vscode import. Never mutates the article; never extracts facts for sentences nobody asks about.

import type { Article } from "../article";
import type { AlignedPair } from "../versions/compare";
import type { VersionReport } from "../rules/rule";
import { findDates, findDateline, findRelativeTimes, type DateMention, type RelativeTime } from "./dates";
import { findNumbers, mayCount, type NumberMention } from "./numbers";
import { findTimes, type TimeMention } from "./times";
import { diffWords, words, type Hunk, type Word } from "./words";

export class SentenceFacts {
  private _words?: Word[];
  private _dates?: DateMention[];
  private _relative?: RelativeTime[];
  private _numbers?: NumberMention[];
  private _times?: TimeMention[];

  constructor(
    readonly article: Article,
    readonly index: number,
  ) {}

  get start(): number {
    return this.article.sentences[this.index].start;
  }

  get end(): number {
    return this.article.sentences[this.index].end;
  }

  get words(): Word[] {
    return (this._words ??= words(this.article.text, this.start, this.end));
  }

  get dates(): DateMention[] {
    return (this._dates ??= findDates(this.article.text, this.start, this.end));
  }

  get relative(): RelativeTime[] {
    return (this._relative ??= findRelativeTimes(this.article.text, this.start, this.end));
  }

  get numbers(): NumberMention[] {
    // the cheap test over the words spares most sentences without a figure the full pattern
    return (this._numbers ??= mayCount(this.words) ? findNumbers(this.article.text, this.start, this.end, this.dates.map(yearOfPart)) : []);
  }

  get times(): TimeMention[] {
    return (this._times ??= findTimes(this.article.text, this.start, this.end));
  }
}

/**
 * The part of a date the number finder must leave alone: all of it, except in "the first half of 2026", whose
 * ordinal and "half" are a quantity too ("the first half" / "the first seven months"); only its year is a date.
 */
function yearOfPart(d: DateMention): { start: number; end: number } {
  return d.half === undefined ? d : { start: d.end - 4, end: d.end };
}

interface ArticleFacts {
  sentences: (SentenceFacts | undefined)[];
  dateline?: { value: DateMention | undefined };
  extra: Map<string, unknown>;
}

const cache = new WeakMap<Article, ArticleFacts>();

function articleFacts(article: Article): ArticleFacts {
  let f = cache.get(article);
  if (!f) {
    f = { sentences: new Array(article.sentences.length), extra: new Map() };
    cache.set(article, f);
  }
  return f;
}

export function sentenceFacts(article: Article, index: number): SentenceFacts {
  const f = articleFacts(article);
  return (f.sentences[index] ??= new SentenceFacts(article, index));
}

export function cachedDateline(article: Article): DateMention | undefined {
  const f = articleFacts(article);
  return (f.dateline ??= { value: findDateline(article) }).value;
}

/** A per-article value computed once (quotes, the article's capitalised words). */
export function perArticle<T>(article: Article, key: string, make: (a: Article) => T): T {
  const f = articleFacts(article);
  if (!f.extra.has(key)) f.extra.set(key, make(article));
  return f.extra.get(key) as T;
}

/**
 * A value computed once for a comparison of two parsed articles (a pass over the whole pair of versions) and
 * replayed when the same two parses are compared again. The alignment of two parsed articles is always the
 * same, so the two articles are the key.
 */
export function perArticlePair<T>(a: Article, b: Article, key: string, make: () => T): T {
  const known = perArticle(a, key, () => new WeakMap<Article, T>());
  let value = known.get(b);
  if (value === undefined) known.set(b, (value = make()));
  return value;
}

/** One side of an aligned pair: its sentences' facts, its words in order (computed on first use), and its extent. */
export class Side {
  private _words?: Word[];
  readonly start: number;
  readonly end: number;

  constructor(
    readonly article: Article,
    readonly sentences: SentenceFacts[],
  ) {
    this.start = sentences.length ? sentences[0].start : 0;
    this.end = sentences.length ? sentences[sentences.length - 1].end : 0;
  }

  get words(): Word[] {
    if (!this._words) {
      if (this.sentences.length === 1) this._words = this.sentences[0].words;
      else {
        this._words = [];
        for (const s of this.sentences) for (const w of s.words) this._words.push(w);
      }
    }
    return this._words;
  }
}

export function side(article: Article, indices: number[]): Side {
  return new Side(
    article,
    indices.map((i) => sentenceFacts(article, i)).sort((x, y) => x.start - y.start),
  );
}

/**
 * An aligned pair whose text differs, with its word diff (folded words) computed once for every rule,
 * and each rule's reports on it kept for the next check of the same two parsed articles.
 */
export class PairView {
  private _hunks?: Hunk[];
  readonly reports = new Map<string, readonly VersionReport[]>();

  constructor(
    readonly pair: AlignedPair,
    readonly a: Side,
    readonly b: Side,
  ) {}

  get hunks(): Hunk[] {
    return (this._hunks ??= diffWords(this.a.words, this.b.words, (w) => w.norm));
  }
}

const pairViews = new WeakMap<AlignedPair[], PairView[]>();

/**
 * The aligned pairs whose text differs at all, in order of version a; the same objects for every rule of
 * one comparison, and for the same pair of sentences when the same two parsed articles are compared again.
 */
export function changedPairs(a: Article, b: Article, pairs: AlignedPair[]): PairView[] {
  let out = pairViews.get(pairs);
  if (out && (out.length === 0 || (out[0].a.article === a && out[0].b.article === b))) return out;
  const known = perArticle(a, "pairViews", () => new WeakMap<Article, Map<string, PairView>>());
  let views = known.get(b);
  if (!views) known.set(b, (views = new Map()));
  out = [];
  for (const pair of pairs) {
    if (!pair.a.length || !pair.b.length) continue;
    if (pair.a.length === pair.b.length && pair.a.every((i, k) => a.sentences[i].text === b.sentences[pair.b[k]].text)) continue;
    const key = `${pair.a.join(",")}|${pair.b.join(",")}`;
    let pv = views.get(key);
    if (!pv) views.set(key, (pv = new PairView(pair, side(a, pair.a), side(b, pair.b))));
    out.push(pv);
  }
  pairViews.set(pairs, out);
  return out;
}

const MAX_SIDE_WORDS = 600;
const NOTHING: readonly VersionReport[] = Object.freeze([]);

/**
 * Runs `body` on every changed pair for one rule, or replays what it reported on that pair before: the
 * rules read nothing but the pair's two sides, so a re-check of unchanged articles costs a lookup.
 */
export function eachChangedPair(
  a: Article,
  b: Article,
  pairs: AlignedPair[],
  rule: string,
  report: (r: VersionReport) => void,
  body: (pv: PairView, report: (r: VersionReport) => void) => void,
): void {
  for (const pv of changedPairs(a, b, pairs)) {
    // a "sentence" of thousands of words is a table or a paste without punctuation, not prose: the
    // fact comparison would be slow there and say nothing useful
    if (pv.a.words.length > MAX_SIDE_WORDS || pv.b.words.length > MAX_SIDE_WORDS) continue;
    let list = pv.reports.get(rule);
    if (!list) {
      let collected: VersionReport[] | undefined;
      body(pv, (r) => (collected ??= []).push(r));
      // most pairs give a rule nothing to say: they share one empty list
      pv.reports.set(rule, (list = collected ?? NOTHING));
    }
    for (const r of list) report(r);
  }
}

/**
 * Do both sides hold the same multiset of the words `pick` selects (compared by `key`, the folded form
 * unless told)? When they do, the facts those words carry are the same in both versions, only reworded
 * around: a rule may skip the pair.
 */
export function sameBag(a: Side, b: Side, pick: (w: Word) => boolean, key: (w: Word) => string = (w) => w.norm): boolean {
  // scratch lists reused by every call: this runs for several rules on every changed pair
  bagA.length = 0;
  bagB.length = 0;
  for (const w of a.words) if (pick(w)) bagA.push(key(w));
  for (const w of b.words) if (pick(w)) bagB.push(key(w));
  return sameStrings(bagA, bagB);
}

/**
 * sameBag over the words the pair's diff changed only. The words the diff matched are equal in folded
 * form on both sides, so for a `pick` and `key` that read nothing but the folded form the two answers agree;
 * the changed words are about a third of a rewritten sentence.
 */
export function sameChangedBag(pv: PairView, pick: (w: Word) => boolean, key: (w: Word) => string = (w) => w.norm): boolean {
  const wa = pv.a.words;
  const wb = pv.b.words;
  bagA.length = 0;
  bagB.length = 0;
  for (const h of pv.hunks) {
    for (let i = h.aStart; i < h.aEnd; i++) if (pick(wa[i])) bagA.push(key(wa[i]));
    for (let i = h.bStart; i < h.bEnd; i++) if (pick(wb[i])) bagB.push(key(wb[i]));
  }
  return sameStrings(bagA, bagB);
}

/** Do two lists hold the same strings, counted, in any order? Sorts them when long. */
function sameStrings(x: string[], y: string[]): boolean {
  // different sizes settle it; a few words are matched pairwise, more are sorted and compared in order
  if (x.length !== y.length) return false;
  if (x.length <= 30) {
    let used = 0;
    outer: for (let k = 0; k < x.length; k++) {
      for (let m = 0; m < y.length; m++) {
        if (!(used & (1 << m)) && x[k] === y[m]) {
          used |= 1 << m;
          continue outer;
        }
      }
      return false;
    }
    return true;
  }
  x.sort();
  y.sort();
  for (let k = 0; k < x.length; k++) if (x[k] !== y[k]) return false;
  return true;
}

const bagA: string[] = [];
const bagB: string[] = [];
