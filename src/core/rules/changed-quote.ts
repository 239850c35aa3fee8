// Rule `changed-quote`: the words inside a direct quotation differ between versions, or a quotation
// lost or gained its quotation marks.
// Pure: no vscode import. Compares quotations word by word (case, accents, apostrophe style and
// punctuation aside); never reports a quotation that exists in one version only with no counterpart (a
// quotation reworded without marks, in a sentence that quotes nothing, is its counterpart).

import type { VersionRule, VersionContext } from "./rule";
import type { Article } from "../article";
import type { Span } from "../types";
import { quotesIn, type Quote } from "../facts/quotes";
import { eachChangedPair, type Side } from "../facts/sentence-facts";
import { diffWords, words, type Word } from "../facts/words";
import { STOPWORDS } from "../versions/tokens";
import { dedupe, quote as quoted, twoSided } from "../facts/report";

interface QuoteWords {
  q: Quote;
  words: Word[];
}

const norm = (w: Word) => w.norm;

function quoteWords(s: Side): QuoteWords[] {
  return quotesIn(s.article, s.start, s.end)
    .map((q) => ({ q, words: s.words.filter((w) => w.start >= q.innerStart && w.end <= q.innerEnd) }))
    .filter((x) => x.words.length > 0);
}

function dice(x: Word[], y: Word[]): number {
  const counts = new Map<string, number>();
  for (const w of x) counts.set(w.norm, (counts.get(w.norm) ?? 0) + 1);
  let common = 0;
  for (const w of y) {
    const c = counts.get(w.norm) ?? 0;
    if (c > 0) {
      common++;
      counts.set(w.norm, c - 1);
    }
  }
  return (2 * common) / (x.length + y.length);
}

/** A quotation that opens its sentence, its first word capitalised: presented whole, not as a fragment. */
function opensSentence(article: Article, q: Quote): boolean {
  const before = article.text.slice(Math.max(0, q.start - 3), q.start);
  return /(?:^|[.!?]["”’]?\s+|\n\s*)$/u.test(before) && /^\p{Lu}/u.test(article.text.slice(q.innerStart, q.innerStart + 1)) && (q.start === 0 || before.length > 0);
}

const CONJUNCTIONS = new Set(["but", "and", "yet", "or"]);
const DEGREE = new Set(["not", "never", "no", "very", "so", "too", "quite", "rather", "really", "most", "more", "less", "least", "almost", "nearly", "barely", "hardly", "just", "only", "even", "still"]);

/** A word that says how far, or whether, the next word holds: "fully", "completely", "not", "very". */
function degreeWord(w: Word): boolean {
  return DEGREE.has(w.norm) || (w.norm.length > 4 && w.norm.endsWith("ly") && !/^(?:only|early|daily|weekly|monthly|yearly|family|italy|july|reply|supply|rally|ally)$/.test(w.norm));
}

/** A quotation set as a whole sentence: opening its sentence, or after a colon, with a capital. */
function presentedWhole(article: Article, q: Quote): boolean {
  return opensSentence(article, q) || (/:\s*$/.test(article.text.slice(Math.max(0, q.start - 3), q.start)) && /^\p{Lu}/u.test(article.text.slice(q.innerStart, q.innerStart + 1)));
}

function spanOf(ws: Word[], from: number, to: number): Span {
  return { start: ws[from].start, end: ws[to - 1].end };
}

function owner(groups: QuoteWords[], w: Word): QuoteWords {
  return groups.find((g) => w.start >= g.q.innerStart && w.end <= g.q.innerEnd) ?? groups[0];
}

/** Reports the changed stretches between the quoted words of matched quotations. */
function compareQuoted(ctx: VersionContext, report: (r: ReturnType<typeof twoSided>) => void, ga: QuoteWords[], gb: QuoteWords[]): void {
  const wa = ga.flatMap((g) => g.words);
  const wb = gb.flatMap((g) => g.words);
  // each group covers its hunks from the first changed position to the last, so "back down" / "step back"
  // reads as one change; a pure deletion on one side marks a position there, not a word
  const groups = new Map<string, { as: number; ae: number; bs: number; be: number }>();
  const hunks = diffWords(wa, wb, norm);
  for (const h of hunks) {
    // a quotation shortened at either end ("a dark day" for "This is a dark day") quotes fewer words, not other ones
    const trimmed = (h.aEnd === h.aStart || h.bEnd === h.bStart) && ((h.aStart === 0 && h.bStart === 0) || (h.aEnd === wa.length && h.bEnd === wb.length));
    // … unless the shorter one opens its sentence as a whole quotation would: "I'll be fit …," Reid said.' for
    // "I'm hopeful I'll be fit …," has lost its first words, it is not quoted in part
    const shorter = h.aEnd === h.aStart ? { groups: ga, article: ctx.a } : { groups: gb, article: ctx.b };
    // … or what it lost at its start is how strongly, or whether, the speaker said the rest: "fully committed to
    // Scotland" / "committed to Scotland", "completely outplayed" / "outplayed", "not a crisis" / "a crisis"
    // (the only change to the quotation: beside another change, the trim is the lesser one and would blur it)
    const lost = h.aEnd === h.aStart ? wb.slice(h.bStart, h.bEnd) : wa.slice(h.aStart, h.aEnd);
    const atStart = h.aStart === 0 && h.bStart === 0;
    // … or a whole conjunct: "painful but necessary" / "necessary", "necessary but painful" / "necessary"
    const lostConjunct = lost.length > 1 && (atStart ? CONJUNCTIONS.has(lost[lost.length - 1].norm) : CONJUNCTIONS.has(lost[0].norm));
    const lostMeaning = hunks.length === 1 && ((atStart && lost.every(degreeWord)) || lostConjunct);
    // … and a quotation each version presents as a whole sentence that gained or lost its last words ('"We will
    // rebuild this town," the mayor said' / 'said: "We will rebuild this town together."') changed too
    const endOfWhole = !atStart && ga.length === 1 && gb.length === 1 && presentedWhole(ctx.a, ga[0].q) && presentedWhole(ctx.b, gb[0].q);
    if (trimmed && !lostMeaning && !endOfWhole && !(atStart && opensSentence(shorter.article, shorter.groups[0].q))) continue;
    const ownerA = ga.indexOf(owner(ga, wa[Math.min(h.aStart, wa.length - 1)]));
    const ownerB = gb.indexOf(owner(gb, wb[Math.min(h.bStart, wb.length - 1)]));
    const key = `${ownerA}:${ownerB}`;
    const g = groups.get(key);
    if (g) {
      g.as = Math.min(g.as, h.aStart);
      g.ae = Math.max(g.ae, h.aEnd);
      g.bs = Math.min(g.bs, h.bStart);
      g.be = Math.max(g.be, h.bEnd);
    } else groups.set(key, { as: h.aStart, ae: h.aEnd, bs: h.bStart, be: h.bEnd });
  }
  // a pure insertion shows with the words around it on both sides: "they claim" / "they may claim"
  const around = (ws: Word[], s: number, e: number): Span => spanOf(ws, Math.max(0, s - 1), Math.min(ws.length, Math.max(e, s) + 1));
  for (const g of groups.values()) {
    report(
      twoSided(ctx.a, g.ae > g.as && g.be > g.bs ? spanOf(wa, g.as, g.ae) : around(wa, g.as, g.ae), ctx.b, g.ae > g.as && g.be > g.bs ? spanOf(wb, g.bs, g.be) : around(wb, g.bs, g.be), (here, there) =>
        `Quotation changed: this version quotes ${here}; the other quotes ${there}. A direct quotation must match what was said: check the source and make the versions agree.`,
      ),
    );
  }
}

/**
 * A quotation on one side whose words stand unquoted on the other. `reworded`: the other side quotes nothing
 * and the quotation is quoted nowhere else in the other version, so a rewording that keeps fewer of its words
 * ("was \"no cause for panic but every cause for vigilance\"" / "was no reason for alarm but did warrant
 * vigilance") is the same speech with its marks gone.
 */
function lostMarks(qw: QuoteWords, own: Article, other: Side, reworded = false): Span | null {
  // a title in quotation marks ('Ashen Crown', "The Long Night") is a name, set in marks by one house style only
  if (isTitle(qw.words)) return null;
  const quotes = quotesIn(other.article, other.start, other.end);
  const unquoted = other.words.filter((w) => !quotes.some((q) => w.start >= q.innerStart && w.end <= q.innerEnd));
  if (!unquoted.length) return null;
  const hunks = diffWords(qw.words, unquoted, norm);
  let matched = qw.words.length;
  for (const h of hunks) matched -= h.aEnd - h.aStart;
  if (reworded) {
    // three words or more, two in five of the quotation, one of them a word of substance
    const kept = qw.words.filter((w, k) => !hunks.some((h) => h.aStart <= k && k < h.aEnd));
    if (qw.words.length < 4 || matched < 3 || matched < qw.words.length * 0.4 || !kept.some((w) => !STOPWORDS.has(w.norm))) return null;
  } else if ((matched < 2 && !spokenWord(qw, own.text, other)) || matched < qw.words.length * 0.5) return null;
  // the counterpart runs from the first to the last unquoted word that matched a quoted one
  const used = new Array(unquoted.length).fill(true);
  for (const h of hunks) for (let j = h.bStart; j < h.bEnd; j++) used[j] = false;
  const first = used.indexOf(true);
  const last = used.lastIndexOf(true);
  if (first < 0) return null;
  // a long stretch of other words in between is not this quotation
  if (last - first + 1 > qw.words.length * 2 + 2) return null;
  return spanOf(unquoted, first, last + 1);
}

const SAID_BEFORE = /(?:^|[^\p{L}])(?:said|says|told|tells|called|calls|described|describes|insisted|claimed|complained|admitted|added)(?:[^\p{L}][^.!?]{0,80})?$/iu;

/**
 * One word of substance in quotation marks, a speaker's verb before it in its sentence ('said her side had been
 * "robbed"'): the speaker's own word, and the other version states it plainly; a lone word in marks with no
 * speaker is the writer's scare quote, which house styles set or drop freely.
 */
function spokenWord(qw: QuoteWords, text: string, other: Side): boolean {
  if (qw.words.length !== 1 || STOPWORDS.has(qw.words[0].norm)) return false;
  const before = text.slice(Math.max(0, qw.q.start - 120), qw.q.start);
  const sentence = before.slice(Math.max(before.lastIndexOf(". "), before.lastIndexOf("? "), before.lastIndexOf("! ")) + 1);
  return SAID_BEFORE.test(sentence) && other.words.some((w) => w.norm === qw.words[0].norm);
}

const TITLE_SMALL_WORDS = new Set(["a", "an", "the", "of", "and", "in", "on", "for", "to", "at", "with", "from", "or", "&"]);

/** A short run of words each capitalised but its small words ("The Fall of Rome"): a title, not speech. */
function isTitle(ws: Word[]): boolean {
  if (ws.length < 2 || ws.length > 6) return false;
  return ws.every((w, k) => /^\p{Lu}/u.test(w.text) || (k > 0 && TITLE_SMALL_WORDS.has(w.norm))) && /^\p{Lu}/u.test(ws[ws.length - 1].text);
}

/** Does the other version quote these words anywhere (half of them or more), in another sentence perhaps? */
function quotedIn(qw: QuoteWords, article: Article): boolean {
  return quotesIn(article, 0, article.text.length).some((q) => dice(qw.words, words(article.text, q.innerStart, q.innerEnd)) >= 0.5);
}

function marksMessage(quotedSide: Article, q: Quote, plainSide: Article, plain: Span, thisQuotes: boolean): string {
  const a = quoted(quotedSide, { start: q.innerStart, end: q.innerEnd });
  const b = quoted(plainSide, plain);
  return thisQuotes
    ? `Quotation marks changed: this version quotes ${a} as a direct quotation; the other has ${b} without quotation marks. Check whether these are the speaker's exact words.`
    : `Quotation marks changed: this version has ${b} without quotation marks; the other quotes ${a} as a direct quotation. Check whether these are the speaker's exact words.`;
}

export const changedQuote: VersionRule = {
  id: "changed-quote",
  family: "versions",
  defaultSeverity: "error",
  description: "The words of a direct quotation differ between versions, or a quotation gained or lost its quotation marks.",
  check(ctx: VersionContext): void {
    const report = dedupe(ctx.report);
    eachChangedPair(ctx.a, ctx.b, ctx.comparison.pairs, "changed-quote", report, (pv, report) => {
      const { a, b } = pv;
      const qa = quoteWords(a);
      const qb = quoteWords(b);
      if (!qa.length && !qb.length) return;
      // one-to-one matches by shared words; a leftover quotation joins its neighbour when the partner is longer
      const partner = new Map<QuoteWords, QuoteWords>();
      const cands: { x: QuoteWords; y: QuoteWords; s: number }[] = [];
      for (const x of qa) for (const y of qb) cands.push({ x, y, s: dice(x.words, y.words) });
      cands.sort((p, q) => q.s - p.s);
      const usedB = new Set<QuoteWords>();
      for (const c of cands) {
        if (partner.has(c.x) || usedB.has(c.y)) continue;
        if (c.s < 0.2 && !(qa.length === 1 && qb.length === 1)) continue;
        partner.set(c.x, c.y);
        usedB.add(c.y);
      }
      const groupsA = new Map<QuoteWords, QuoteWords[]>();
      const groupsB = new Map<QuoteWords, QuoteWords[]>();
      for (const [x, y] of partner) {
        groupsA.set(y, [x]);
        groupsB.set(y, [y]);
      }
      const join = (leftover: QuoteWords[], mine: QuoteWords[], groups: Map<QuoteWords, QuoteWords[]>, mineIsA: boolean) => {
        for (const u of leftover) {
          const k = mine.indexOf(u);
          for (const n of [mine[k - 1], mine[k + 1]]) {
            if (!n) continue;
            const y = mineIsA ? partner.get(n) : n;
            const key = mineIsA ? y : [...partner.entries()].find(([, v]) => v === n)?.[1];
            if (!y || !key) continue;
            const g = groups.get(key)!;
            const mineLen = g.reduce((t, q) => t + q.words.length, 0);
            const otherLen = (mineIsA ? groupsB : groupsA).get(key)!.reduce((t, q) => t + q.words.length, 0);
            if (otherLen > mineLen + 2) {
              g.push(u);
              g.sort((p, q) => p.q.start - q.q.start);
              return true;
            }
          }
          return false;
        }
        return false;
      };
      const leftA = qa.filter((x) => !partner.has(x));
      const leftB = qb.filter((y) => !usedB.has(y));
      const stillA = leftA.filter((u) => !join([u], qa, groupsA, true));
      const stillB = leftB.filter((u) => !join([u], qb, groupsB, false));
      for (const [key, ga] of groupsA) compareQuoted(ctx, report, ga, groupsB.get(key)!);
      // a transcript's answer put into reported speech loses no marks: it never had any
      for (const u of stillA) {
        if (u.q.turn) continue;
        const plain = lostMarks(u, ctx.a, b) ?? (!qb.length && !quotedIn(u, ctx.b) ? lostMarks(u, ctx.a, b, true) : null);
        if (!plain) continue;
        report({ a: { start: u.q.start, end: u.q.end }, b: plain, message: marksMessage(ctx.a, u.q, ctx.b, plain, true), messageB: marksMessage(ctx.a, u.q, ctx.b, plain, false) });
      }
      for (const u of stillB) {
        if (u.q.turn) continue;
        const plain = lostMarks(u, ctx.b, a) ?? (!qa.length && !quotedIn(u, ctx.a) ? lostMarks(u, ctx.b, a, true) : null);
        if (!plain) continue;
        report({ a: plain, b: { start: u.q.start, end: u.q.end }, message: marksMessage(ctx.b, u.q, ctx.a, plain, false), messageB: marksMessage(ctx.b, u.q, ctx.a, plain, true) });
      }
    });
  },
};
