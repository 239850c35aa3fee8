// Rule `changed-hedge`: certainty or approximation differs between versions: "nearly 20%" vs "roughly
// 20%", "would accept" vs "will accept", "maintains" vs "would retain", "repeatedly" vs "several
// times", "reportedly" added or dropped.
// Pure: no vscode import. Information level: it points at shifts in confidence, never at a changed
// fact (the number, date and name rules do that). Never looks inside quotations (changed-quote does).

import type { VersionRule, VersionContext } from "./rule";
import type { Span } from "../types";
import { diffNumbers } from "../facts/number-diff";
import { BE_FORMS, findHedges, modalClass, qualifierClass, reportedAfterNoun, type Hedge } from "../facts/hedges";
import { NOUN_BEFORE } from "../attribution/lexicon";
import { quotesIn } from "../facts/quotes";
import { eachChangedPair, type Side } from "../facts/sentence-facts";
import { diffWords, type Word } from "../facts/words";
import { dedupe, twoSided } from "../facts/report";
import { sameMeaning } from "../facts/negation";
import { rewordingOf } from "../versions/tokens";
import { mayCount, QUALIFIER_WORDS, quantityWord, type NumberMention } from "../facts/numbers";

const message = (here: string, there: string) =>
  `Hedge changed: this version says ${here}; the other says ${there}. Make the versions agree on how certain or how exact this is.`;
const SKIP_BETWEEN = new Set(["not", "n't", "also", "still", "never", "only", "then", "now", "soon", "quickly", "likely", "probably", "possibly", "be", "have"]);
const PLAIN_BE = new Set(["is", "are", "was", "were"]);
const TENSE_AUX = new Set(["was", "were", "is", "are", "has", "have", "had"]);
const FUNCTION = new Set(["the", "a", "an", "to", "of", "and", "or", "in", "on", "at", "for", "that", "with", "by", "as", "it", "is", "was", "are", "were", "be"]);

function unquoted(s: Side): Word[] {
  const quotes = quotesIn(s.article, s.start, s.end);
  return s.words.filter((w) => !quotes.some((q) => w.start >= q.innerStart && w.end <= q.innerEnd));
}

/**
 * The figure words of each side, each with the qualifier words around it (before it, as "nearly 40" or
 * "estimated to cost €3m", and after it, as "nine or more"): the same on both sides, the same qualifiers on
 * the same figures, and the figure part of this rule has nothing to say.
 */
/**
 * Inside one changed stretch of the two sides, a hedging modal and its verb on one side (x[i], x[i + 1]) and the
 * same verb in a plain present or past form on the other (y[m]), no modal before it: [i, m].
 */
function modalBeforePlain(x: Word[], xFrom: number, xTo: number, y: Word[], yFrom: number, yTo: number, hedging: (ws: Word[], i: number) => boolean): [number, number] | undefined {
  if (xTo - xFrom < 2 || yTo - yFrom < 1) return undefined;
  for (let i = xFrom; i + 1 < xTo; i++) {
    // (a reported "would" is the speaker's "will": "said the money would fund")
    if (!hedging(x, i) || reported(x, i, modalAt(x, i) ?? "") === "will") continue;
    const verb = x[i + 1];
    if (FUNCTION.has(verb.norm) || modalClass(verb.norm)) continue;
    for (let m = yFrom; m < yTo; m++) {
      const w = y[m];
      // (after a modal or a determiner it is no plain verb: "will reduce", "the funds")
      if (w.lemma !== verb.lemma || w.norm === verb.norm || !/^[a-z]+s$|ed$/.test(w.norm) || (m > 0 && (modalClass(y[m - 1].norm) || NOUN_BEFORE.has(y[m - 1].norm)))) continue;
      return [i, m];
    }
  }
  return undefined;
}

function sameQualifiedFigures(a: Side, b: Side): boolean {
  const figures = (s: Side): string[] => {
    const ws = s.words;
    const out: string[] = [];
    for (let i = 0; i < ws.length; i++) {
      if (!quantityWord(ws[i])) continue;
      let key = ws[i].norm;
      for (let k = i - 1; k >= 0 && i - k <= 4 && QUALIFIER_WORDS.has(ws[k].norm); k--) key = `${ws[k].norm} ${key}`;
      for (let k = i + 1; k < ws.length && k - i <= 4; k++) if (QUALIFIER_WORDS.has(ws[k].norm)) key += ` ${ws[k].norm}`;
      out.push(key);
    }
    return out.sort();
  };
  const x = figures(a);
  const y = figures(b);
  return x.length === y.length && x.every((f, k) => f === y[k]);
}

const PASSED = /(?<![\p{L}])(?:passed|passing|surpassed|surpassing|exceeded|exceeding|topped|topping|crossed|crossing|broke|broken|past)\s+(?:the\s+)?$/iu;

/** A figure reached and gone beyond: "passed 50 million", "topped the 1,000 mark". */
function passedBefore(text: string, n: NumberMention): boolean {
  return PASSED.test(text.slice(Math.max(0, n.start - 24), n.start));
}

const ESTIMATED_NOUN = /(?<![\p{L}])estimated\s+(?:[\p{L}-]+\s+){1,4}(?:of|at|was|were|is|are|reached|totalled|totaled|came\s+to)\s+$/iu;

const NEGATION_BEFORE = /(?:^|[^\p{L}])(?:not|n't|cannot|never)(?:\s+[\p{L}'’-]+){0,6}\s+$/iu;

/**
 * "will not be able to dock more than three at the same time" is "no more than three": a floor under a
 * negation is a ceiling.
 */
function negatedFloor(text: string, n: NumberMention, cls: string): string {
  if (cls !== "over") return cls;
  const q = n.qualifierStart ?? n.start;
  const before = text.slice(Math.max(0, q - 60), q);
  const clause = before.slice(Math.max(before.lastIndexOf(","), before.lastIndexOf("."), before.lastIndexOf(";")) + 1);
  return NEGATION_BEFORE.test(clause) ? "under" : cls;
}

/** "8,000-metre peaks", "a 10-year-old": a figure hyphenated to its unit, before a lower-case word. */
function attributive(text: string, n: NumberMention): boolean {
  return /^[\d.,]+-\p{L}+$/u.test(text.slice(n.start, n.end)) && /^\s+\p{Ll}/u.test(text.slice(n.end, n.end + 3));
}

const SPAN_IN = /(?<![\p{L}])(?:in|across|during|throughout|through)\s+(?:the\s+)?$/iu;

/** A figure after "in", "across" or "during" ("in 24 starts"). */
function spanIn(text: string, n: NumberMention): boolean {
  return SPAN_IN.test(text.slice(Math.max(0, n.start - 16), n.start));
}

/** "over 24 starts" with no "in" before "over": the qualifier may read as "across". */
function spanOver(text: string, n: NumberMention): boolean {
  const q = n.qualifierStart ?? n.start;
  return /^over\s+$/i.test(text.slice(q, n.start)) && !SPAN_IN.test(text.slice(Math.max(0, q - 16), q));
}

/** "Some 410 …" opening a sentence, before a figure in digits. */
function openingSome(text: string, n: NumberMention): boolean {
  const q = n.qualifierStart ?? n.start;
  if (!/^some\s+$/i.test(text.slice(q, n.start)) || !/^\p{N}/u.test(text.slice(n.start, n.start + 1)) || text[q] !== "S") return false;
  return /(?:^|[.!?]["”’)]?\s+|\n\s*)$/u.test(text.slice(Math.max(0, q - 4), q));
}

/**
 * A figure an estimate states some other way: an estimated noun ("estimated ticket sales of $48.2m", "the
 * estimated cost was $3m") or a verb of estimating ("is estimated to have been 22 meters long", "estimates
 * the cost at 2.9 billion euros", "estimate the cost of replacing the signs at €3.4m").
 */
function estimatedNoun(text: string, n: NumberMention): boolean {
  const before = text.slice(Math.max(0, n.start - 80), n.start);
  return ESTIMATED_NOUN.test(before) || ESTIMATED_VERB.test(before) || ESTIMATES_SAY.test(text.slice(Math.max(0, n.start - 100), n.start));
}

/**
 * Ways a version states a figure's qualifier in the words before it rather than on the figure, by the class
 * of the qualifier the other version puts on it.
 */
const TOLD_BEFORE: { qualifier: string; told: (text: string, n: NumberMention) => boolean }[] = [
  // "had passed 50 million" / "has more than 50 million": a verb of passing states the floor "more than" states
  { qualifier: "over", told: passedBefore },
  // "an estimated $48.2m" / "estimated ticket sales of $48.2m": the estimate qualifies the figure's noun
  { qualifier: "about", told: estimatedNoun },
  // "fines of up to €20 million" / "penalties can reach 20 million euros": a ceiling told by its verb
  { qualifier: "under", told: ceilingVerb },
  // "sold out within two hours" / "sold out in under two hours"
  { qualifier: "under", told: withinBefore },
];

function toldBefore(qualifier: string, text: string, n: NumberMention): boolean {
  return TOLD_BEFORE.some((t) => t.qualifier === qualifier && t.told(text, n));
}

/** "sold out within two hours": a limit told by "within", the "under" of the other version. */
function withinBefore(text: string, n: NumberMention): boolean {
  return /(?<![\p{L}])within\s+$/iu.test(text.slice(Math.max(0, n.start - 10), n.start));
}

// "According to estimates, the budget will lose 9 billion": the estimate told as the source of the figure
const ESTIMATES_SAY = /(?<![\p{L}])(?:according\s+to\s+(?:[\p{L}'’-]+\s+){0,2}estimates?|by\s+(?:[\p{L}'’-]+\s+){0,2}estimates?)\b/iu;
const ESTIMATED_VERB =
  /(?<![\p{L}])(?:(?:is|are|was|were|been)\s+estimated\s+(?:to\s+(?:have\s+been|be|total|number|reach|cost|measure)|at)\s+(?:[\p{L}-]+\s+){0,2}|(?:estimates?|estimated|puts?)\s+(?:[\p{L}'’-]+\s+){0,8}at\s+(?:between\s+)?)$/iu;

/** "can reach 20 million euros", "could total $5m": a ceiling, the "up to" of the other version. */
const CEILING_VERB = /(?<![\p{L}])(?:can|could|may|might)\s+(?:reach|total|hit|amount\s+to|run\s+to|go\s+as\s+high\s+as|be\s+as\s+much\s+as)\s+$/iu;
function ceilingVerb(text: string, n: NumberMention): boolean {
  return CEILING_VERB.test(text.slice(Math.max(0, n.start - 40), n.start));
}

function hedgedSpan(n: NumberMention): Span {
  return { start: n.qualifierStart ?? n.start, end: n.end };
}

/** Modal + its verb: "would accept", "will not accept"; index of the verb, or -1. */
function verbAfter(ws: Word[], i: number): number {
  for (let k = i + 1; k < Math.min(ws.length, i + 5); k++) {
    // "may have to borrow", "will be able to pay": the verb comes after "to"
    if (ws[k].norm === "to" && (ws[k - 1].norm === "have" || ws[k - 1].norm === "able" || (k === i + 1 && ARRANGED.has(ws[i].norm)))) continue;
    if (ws[k].norm === "able" && ws[k - 1].norm === "be") continue;
    if (!SKIP_BETWEEN.has(ws[k].norm)) return k;
  }
  return -1;
}

// After a past reporting verb, "would", "could" and "might" are the reported forms of "will", "can" and
// "may" ("the company said it would cut jobs" / "the company says it will cut jobs"): not a hedge.
const PAST_REPORTING = new Set([
  "said", "told", "announced", "added", "warned", "predicted", "expected", "promised", "pledged", "vowed", "insisted", "claimed",
  "argued", "stated", "wrote", "confirmed", "believed", "thought", "hoped", "feared", "estimated", "reported", "signaled", "signalled",
]);
// how far back a past reporting verb shifts a modal: "said larger trials were needed before any firm
// conclusions could be drawn" is "… can be drawn, the researchers said"
const REPORTED_REACH = 12;
// … and further after "said … that", which opens the reported clause however long its subject ("said on
// Monday that talks between the government and the movement would resume")
const REPORTED_THAT_REACH = 25;
function reported(ws: Word[], i: number, cls: string): string {
  const n = ws[i].norm;
  if (n !== "would" && n !== "could") return cls;
  for (let k = i - 1; k >= Math.max(0, i - REPORTED_THAT_REACH); k--) {
    if (!PAST_REPORTING.has(ws[k].norm)) continue;
    // ("said 11 wagons had left the track and that repairs … would take": any "that" opens a reported clause)
    if (i - k <= REPORTED_REACH || ws.slice(k + 1, i).some((w) => w.norm === "that")) return n === "would" ? "will" : "can";
  }
  return cls;
}

function modalIndices(ws: Word[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < ws.length; i++) if (modalAt(ws, i) && !purpose(ws, i)) out.push(i);
  return out;
}

// "is set to return", "is due to open", "are scheduled to vote": an arranged event, as sure as "will"
const ARRANGED = new Set(["set", "due", "scheduled", "slated", "poised"]);

/** Where the modal at ws[i] starts: at its "is" for "is set to". */
function modalStart(ws: Word[], i: number): number {
  return modalClass(ws[i].norm) ? i : i - 1;
}

/** The modal class of ws[i]: a modal verb's, or "will" for the "set" of "is set to" and its kind. */
function modalAt(ws: Word[], i: number): string | undefined {
  const c = modalClass(ws[i].norm);
  if (c || !ARRANGED.has(ws[i].norm)) return c;
  // "due to flooding" gives a cause, not a date: only a verb after "to" is an arranged event
  if (i === 0 || !BE_FORMS.has(ws[i - 1].norm) || ws[i + 1]?.norm !== "to" || !ws[i + 2] || ws[i + 2].norm.endsWith("ing") || FUNCTION.has(ws[i + 2].norm)) return undefined;
  return "will";
}

/**
 * "must now wait" / "will now wait": "must" before an action is an obligation, and what someone must do next
 * they will do; no certainty changed. Before "be" or "have" it can judge how sure the writer is ("must have
 * known"), and that stays a hedge, except against the other version's "have to" ("must be validated" / "would have
 * to validate").
 */
function obligedFuture(x: string, y: string, after: Word[], otherAfter: Word[]): boolean {
  if (x !== "must" || y !== "will" || after.some((w) => w.norm === "have")) return false;
  // ("must be validated" / "would have to validate": a passive against the other's "have to" is the same
  // obligation; "must be exhausted" / "will be exhausted" may judge)
  const be = after.findIndex((w) => w.norm === "be");
  return be < 0 || (otherAfter[0]?.norm === "have" && otherAfter[1]?.norm === "to");
}

/** "so that investigators could examine": the modal of a purpose clause says what for, not how sure. */
function purpose(ws: Word[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) if (ws[k].norm === "that" && ws[k - 1]?.norm === "so") return true;
  return false;
}

function span(ws: Word[], from: number, to: number): Span {
  return { start: ws[from].start, end: ws[to - 1].end };
}

export const changedHedge: VersionRule = {
  id: "changed-hedge",
  family: "versions",
  defaultSeverity: "information",
  description: "Certainty or approximation differs between versions: a qualifier, a modal verb, a hedge or a frequency word changed.",
  check(ctx: VersionContext): void {
    const report = dedupe(ctx.report);
    eachChangedPair(ctx.a, ctx.b, ctx.comparison.pairs, "changed-hedge", report, (pv, report) => {
      const { a, b } = pv;
      // the qualifier of a figure both versions state
      const na = mayCount(a.words) && mayCount(b.words) && !sameQualifiedFigures(a, b) ? a.sentences.flatMap((s) => s.numbers) : [];
      const nb = na.length && mayCount(b.words) ? b.sentences.flatMap((s) => s.numbers) : [];
      if (na.length && nb.length) {
        for (const p of diffNumbers(na, nb).same) {
          const qa = negatedFloor(ctx.a.text, p.a, qualifierClass(p.a.qualifier));
          const qb = negatedFloor(ctx.b.text, p.b, qualifierClass(p.b.qualifier));
          // "just 62mm of rain" / "62mm of rain": "only" stresses how small the figure is, it does not bound it
          if (qa === qb || (qa === "only" && !qb) || (qb === "only" && !qa)) continue;
          // "Some 410 appointments were cancelled" / "The hospital cancelled 410": a sentence may not open with
          // digits, and "Some" is how a rewrite avoids it, not an approximation
          if ((qa === "about" && !qb && openingSome(ctx.a.text, p.a)) || (qb === "about" && !qa && openingSome(ctx.b.text, p.b))) continue;
          // "8,000-metre peaks" / "peaks above 8,000 metres": a figure joined to its unit before a noun names a class
          // of thing, which the other version's bound describes; it says nothing of how exact the writer is
          // ("a 10-year-old" / "about 10" is still an approximation added)
          const bound = (q: string) => q === "over" || q === "under";
          if ((bound(qb) && !qa && attributive(ctx.a.text, p.a)) || (bound(qa) && !qb && attributive(ctx.b.text, p.b))) continue;
          // "over 24 starts" / "in 24 starts": "over" a run of events or a stretch of time is across it, which
          // the other version's "in" or "during" says; "in over 24 starts" is still "more than"
          if ((qa === "over" && !qb && spanOver(ctx.a.text, p.a) && spanIn(ctx.b.text, p.b)) || (qb === "over" && !qa && spanOver(ctx.b.text, p.b) && spanIn(ctx.a.text, p.a))) continue;
          // the other version states the same qualifier in the words before its figure
          if ((qa && !qb && toldBefore(qa, ctx.b.text, p.b)) || (qb && !qa && toldBefore(qb, ctx.a.text, p.a))) continue;
          report(twoSided(ctx.a, hedgedSpan(p.a), ctx.b, hedgedSpan(p.b), message));
        }
      }
      const wa = unquoted(a);
      const wb = unquoted(b);
      if (!wa.length || !wb.length) return;
      // a modal on the same verb: "would accept" / "will accept"
      const modalsA = modalIndices(wa);
      const modalsB = modalIndices(wb);
      const seen = new Set<number>();
      for (const i of modalsA) {
        const ma = reported(wa, i, modalAt(wa, i)!);
        const va = verbAfter(wa, i);
        if (va < 0 || FUNCTION.has(wa[va].norm)) continue;
        for (const j of modalsB) {
          const mb = reported(wb, j, modalAt(wb, j)!);
          if (seen.has(j)) continue;
          const vb = verbAfter(wb, j);
          // the same verb, or a listed synonym or rewording of it ("will increase funding" / "funding could grow",
          // "could move its hub" / "will shift its hub")
          if (vb < 0 || !(sameMeaning(wb[vb].lemma, wa[va].lemma) || rewordingOf(wb[vb].norm, wa[va].norm))) continue;
          seen.add(j);
          seen.add(-1 - i);
          // the same modal word, or one version's reported form of the other's: no change
          const sameWord = wa[i].norm === wb[j].norm;
          const afterA = wa.slice(i + 1, va + 1);
          const afterB = wb.slice(j + 1, vb + 1);
          if (obligedFuture(ma, mb, afterA, afterB) || obligedFuture(mb, ma, afterB, afterA)) break;
          if (!sameWord && ma !== mb && ma !== modalClass(wb[j].norm) && mb !== modalClass(wa[i].norm)) report(twoSided(ctx.a, span(wa, modalStart(wa, i), va + 1), ctx.b, span(wb, modalStart(wb, j), vb + 1), message));
          break;
        }
      }
      // a possibility in the perfect where the other version states the event: "may have been caused" /
      // "a faulty heater caused", "might have started" / "started"
      perfectPossibility(wa, wb, modalsA, modalsB, (x, y) => report(twoSided(ctx.a, x, ctx.b, y, message)));
      perfectPossibility(wb, wa, modalsB, modalsA, (y, x) => report(twoSided(ctx.a, x, ctx.b, y, message)));
      // "may be a previously unknown dwarf planet" / "is a previously unknown dwarf planet" however much else the
      // rewrite moved around it
      possibleBe(wa, wb, modalsA, (x, y) => report(twoSided(ctx.a, x, ctx.b, y, message)));
      possibleBe(wb, wa, modalsB, (y, x) => report(twoSided(ctx.a, x, ctx.b, y, message)));
      // an aim where the other version states the future: "plans to cut" / "will cut"
      intendedFuture(wa, wb, modalsB, (x, y) => report(twoSided(ctx.a, x, ctx.b, y, message)));
      intendedFuture(wb, wa, modalsA, (y, x) => report(twoSided(ctx.a, x, ctx.b, y, message)));
      // a modal where the other version states a plain verb: "maintains" / "would retain"
      for (const h of modalsA.length || modalsB.length ? diffWords(wa, wb, (w) => w.norm) : []) {
        const la = h.aEnd - h.aStart;
        const lb = h.bEnd - h.bStart;
        // the future ("will take" / "takes") is as certain as the present: only the other modals hedge
        const hedging = (ws: Word[], i: number) => {
          const c = modalClass(ws[i].norm);
          // neither the future nor ability ("can live" / "survives") says how sure the writer is
          return !!c && c !== "will" && c !== "can" && !purpose(ws, i);
        };
        // the modal and its verb against the plain verb alone ("may reduce" / "reduces"), or inside a longer change
        // where the plain form is the same verb ("a day may reduce" / "daily reduces")
        const modalSide = la === 2 && lb === 1 && hedging(wa, h.aStart) ? "a" : lb === 2 && la === 1 && hedging(wb, h.bStart) ? "b" : null;
        if (modalSide) {
          const plain = modalSide === "a" ? wb[h.bStart] : wa[h.aStart];
          // ("may be a new dwarf planet" / "is a new dwarf planet": "be" against its plain present or past)
          const modalBe = (modalSide === "a" ? wa[h.aStart + 1] : wb[h.bStart + 1])?.norm === "be" && PLAIN_BE.has(plain.norm);
          if (!modalBe && (FUNCTION.has(plain.norm) || modalClass(plain.norm) || !/^[a-z]+s$|ed$/.test(plain.norm))) continue;
          if (modalSide === "a" && seen.has(-1 - h.aStart)) continue;
          if (modalSide === "b" && seen.has(h.bStart)) continue;
          report(twoSided(ctx.a, span(wa, h.aStart, h.aEnd), ctx.b, span(wb, h.bStart, h.bEnd), message));
          continue;
        }
        const inA = modalBeforePlain(wa, h.aStart, h.aEnd, wb, h.bStart, h.bEnd, hedging);
        if (inA && !seen.has(-1 - inA[0])) report(twoSided(ctx.a, span(wa, inA[0], inA[0] + 2), ctx.b, span(wb, inA[1], inA[1] + 1), message));
        const inB = modalBeforePlain(wb, h.bStart, h.bEnd, wa, h.aStart, h.aEnd, hedging);
        if (inB && !seen.has(inB[0])) report(twoSided(ctx.a, span(wa, inB[1], inB[1] + 1), ctx.b, span(wb, inB[0], inB[0] + 2), message));
      }
      // certainty and frequency words
      const ha = findHedges(wa);
      const hb = findHedges(wb);
      const usedB = new Set<Hedge>();
      // "possibly moving in" / "may move in": a possibility told by an adverb on one side, a modal on the other
      // the modals of possibility each side has beyond the other's, counted only when a hedge has no partner
      let spare: [a: number, b: number] | undefined;
      const spares = (): [number, number] => {
        if (!spare) {
          const d = possibleModals(wa, modalsA) - possibleModals(wb, modalsB);
          spare = [d, -d];
        }
        return spare;
      };
      for (const x of ha) {
        const same = hb.find((y) => !usedB.has(y) && y.scale === x.scale && y.level === x.level);
        if (same) {
          usedB.add(same);
          continue;
        }
        const other = hb.find((y) => !usedB.has(y) && y.scale === x.scale);
        if (other) {
          usedB.add(other);
          report(twoSided(ctx.a, span(wa, x.from, x.to), ctx.b, span(wb, other.from, other.to), message));
        } else if (x.standalone) {
          if (x.level === POSSIBILITY_LEVEL && x.scale === "certainty" && spares()[1] > 0) {
            spares()[1]--;
            continue;
          }
          report(twoSided(ctx.a, span(wa, x.from, x.to), ctx.b, statedPlainly(wa, wb, x), alone("a"), false));
        }
      }
      for (const y of hb) {
        if (usedB.has(y) || !y.standalone) continue;
        if (y.level === POSSIBILITY_LEVEL && y.scale === "certainty" && spares()[0] > 0) {
          spares()[0]--;
          continue;
        }
        report(twoSided(ctx.a, statedPlainly(wb, wa, y), ctx.b, span(wb, y.from, y.to), alone("b"), false));
      }
    });
  },
};

// the level of "possibly", "perhaps", "maybe" (facts/hedges): what "may", "might" and "could" say
const POSSIBILITY_LEVEL = 2;

/** How many of the modals are a possibility ("may", "might", "could" not reported after "said"). */
function possibleModals(ws: Word[], modals: number[]): number {
  let n = 0;
  for (const i of modals) if (modalClass(ws[i].norm) === "possible" && reported(ws, i, "possible") === "possible") n++;
  return n;
}

/**
 * "may have been caused", "might have started", "could have triggered": a possibility in the perfect, on a
 * verb the other version states with no modal before it. Calls `found` with the modal phrase and the plain
 * verb (with its auxiliaries).
 */
function perfectPossibility(mine: Word[], other: Word[], modalsMine: number[], modalsOther: number[], found: (here: Span, there: Span) => void): void {
  for (const i of modalsMine) {
    if (modalClass(mine[i].norm) !== "possible" || mine[i + 1]?.norm !== "have") continue;
    let k = i + 2;
    if (mine[k]?.norm === "been") k++;
    const v = mine[k];
    if (!v || FUNCTION.has(v.norm) || !/(?:ed|en|t)$/.test(v.norm)) continue;
    const j = other.findIndex((w) => w.lemma === v.lemma);
    // the other version hedges that verb too ("could have caused" / "may have caused"): the modal check above
    if (j < 0 || modalsOther.some((m) => m < j && j - m <= 4)) continue;
    let from = j;
    while (from > 0 && j - from < 2 && TENSE_AUX.has(other[from - 1].norm)) from--;
    found(span(mine, i, k + 1), span(other, from, j + 1));
  }
}

/**
 * "may be a new dwarf planet" against "is a new dwarf planet": a possibility ("may", "might", "could" not
 * reported after "said") on "be", where the other version has a plain "is", "are", "was" or "were" before the
 * same two words, one of them a content word. Calls `found` with "may be" and "is".
 */
function possibleBe(mine: Word[], other: Word[], modalsMine: number[], found: (here: Span, there: Span) => void): void {
  for (const i of modalsMine) {
    if (mine[i + 1]?.norm !== "be" || i + 3 >= mine.length || mine[i - 1]?.norm === "what") continue;
    if (modalClass(mine[i].norm) !== "possible" || reported(mine, i, "possible") !== "possible") continue;
    const x = mine[i + 2].norm;
    const y = mine[i + 3].norm;
    if (FUNCTION.has(x) && FUNCTION.has(y)) continue;
    for (let j = 1; j + 2 < other.length; j++) {
      if (!PLAIN_BE.has(other[j].norm) || other[j + 1].norm !== x || other[j + 2].norm !== y) continue;
      const before = other[j - 1].norm;
      if (modalClass(before) || before === "not" || before === "n't") continue;
      found(span(mine, i, i + 2), span(other, j, j + 1));
      break;
    }
  }
}

// Verbs of aim or wish before "to": what someone plans, hopes or intends to do is not yet what they will do.
const INTENTION = new Set([
  "plan", "plans", "planned", "planning", "hope", "hopes", "hoped", "hoping", "intend", "intends", "intended", "intending",
  "aim", "aims", "aimed", "aiming", "want", "wants", "wanted", "wanting", "seek", "seeks", "sought", "seeking",
  // a subject's own expectation ("Northwind expects to return to profit"); the passive "is expected to" is a
  // hedge of its own (facts/hedges)
  "expect", "expects", "expected", "expecting",
]);


const POSSESSIVE_OR_ARTICLE = new Set(["a", "an", "the", "its", "their", "his", "her", "our", "my", "your", "this", "that", "these", "those", "new", "approved", "latest"]);

/**
 * "plans to cut 300 jobs" / "will cut 300 jobs", "hopes to sign" / "will sign": an aim on one side, the same
 * verb in the future on the other. Calls `found` with the aim ("plans to cut") and the future ("will cut").
 * The other version's own aim on that verb, or no "will" on it, keeps it quiet.
 */
function intendedFuture(mine: Word[], other: Word[], modalsOther: number[], found: (here: Span, there: Span) => void): void {
  for (let i = 0; i + 2 < mine.length; i++) {
    if (!INTENTION.has(mine[i].norm) || mine[i + 1].norm !== "to") continue;
    // "a plan to plant", "its plans to expand", "the council's aim to": a noun, the plan itself, often one
    // already approved; only the verb says someone merely means to
    const before = mine[i - 1]?.norm;
    if (before && (POSSESSIVE_OR_ARTICLE.has(before) || before.endsWith("'s") || before.endsWith("s'"))) continue;
    if (before && BE_FORMS.has(before)) continue;
    const v = mine[i + 2];
    if (FUNCTION.has(v.norm) || modalClass(v.norm)) continue;
    for (const m of modalsOther) {
      // "will reach", or "would reach" after a past reporting verb ("said the centre would reach")
      if (reported(other, m, modalClass(other[m].norm)!) !== "will") continue;
      const k = verbAfter(other, m);
      // the same verb, or another verb on the same object ("plans to introduce a hosepipe ban" / "will impose a
      // garden hose ban")
      // (active voice only: "the capital will be used to expand" says what happens to it, not what the firm intends)
      if (k < 0 || (other[k].lemma !== v.lemma && !(isVerbLike(v) && isVerbLike(other[k]) && !NOT_MAIN_VERBS.has(other[k - 1].norm) && sameObject(mine, i + 2, other, k)))) continue;
      // the other version names the aim too ("will seek to cut", "plans that will cut"): not stated as fact
      if (other.some((w, j) => INTENTION.has(w.norm) && other[j + 1]?.norm === "to" && !BE_FORMS.has(other[j - 1]?.norm ?? ""))) break;
      if (other.slice(m + 1, k).some((w) => w.norm === "not" || w.norm === "never")) break;
      found(span(mine, i, i + 3), span(other, m, k + 1));
      break;
    }
  }
}

const OBJECT_REACH = 4;
const NOT_MAIN_VERBS = new Set(["be", "been", "being", "have", "has", "had", "get", "got"]);

/** A word that can be the main verb: letters only, no auxiliary ("$", "15.99", "be used" are not). */
function isVerbLike(w: Word): boolean {
  return /^[a-z]+$/.test(w.norm) && !NOT_MAIN_VERBS.has(w.norm) && !FUNCTION.has(w.norm);
}

const OBJECT_ENDS = new Set(["in", "on", "at", "from", "for", "by", "with", "after", "before", "until", "to", "into", "over", "under", "during", "and", "or", "but"]);

/**
 * Do the verbs at ws[i] and other[k] take one object: a common noun of the few words after each, before any
 * preposition ("a hosepipe ban for …")? A date or a place after "in" is no object ("strike in May").
 */
function sameObject(ws: Word[], i: number, other: Word[], k: number): boolean {
  const objects = (list: Word[], from: number): string[] => {
    const out: string[] = [];
    for (let j = from + 1; j < Math.min(list.length, from + 1 + OBJECT_REACH); j++) {
      const w = list[j];
      if (OBJECT_ENDS.has(w.norm)) break;
      if (!FUNCTION.has(w.norm) && w.norm.length >= 3 && /^[a-z]/.test(w.text)) out.push(w.lemma);
    }
    return out;
  };
  const mineObjects = objects(ws, i);
  return objects(other, k).some((l) => mineObjects.includes(l));
}

/** The message for a hedge one version has and the other lacks, told from either side. */
function alone(hedged: "a" | "b"): (here: string, there: string, side: "a" | "b") => string {
  return (here, there, side) =>
    side === hedged
      ? `Hedge dropped in the other version: this version says ${here}; the other says ${there} without it. Make the versions agree on how certain this is.`
      : `Hedge added in the other version: this version says ${here}; the other hedges it with ${there}. Make the versions agree on how certain this is.`;
}

const AUXILIARIES = new Set([...TENSE_AUX, "to", "be", "been", "being"]);

/**
 * Where the other version states plainly what a hedge qualifies: the first content word after the hedge
 * ("is believed to have fled" → "fled", "is thought to be the oldest" → "oldest"), with the auxiliaries
 * before it ("has fled", "will pass"), when the other version has that word; else the matched words around
 * where the hedge would sit.
 */
function statedPlainly(mine: Word[], other: Word[], h: Hedge): Span {
  // "a fee reported to be €22 million": the participle hedges the noun before it, which the other version states plainly
  const noun = h.from > 0 ? mine[h.from - 1] : undefined;
  if (noun && reportedAfterNoun(mine, h.from) && !FUNCTION.has(noun.norm)) {
    const j = other.findIndex((w) => w.lemma === noun.lemma);
    if (j >= 0) return span(other, j, j + 1);
  }
  let k = h.to;
  while (k < mine.length && k - h.to < 5 && (AUXILIARIES.has(mine[k].norm) || FUNCTION.has(mine[k].norm))) k++;
  if (k < mine.length && !AUXILIARIES.has(mine[k].norm) && !FUNCTION.has(mine[k].norm)) {
    const j = other.findIndex((w) => w.lemma === mine[k].lemma);
    if (j >= 0) {
      let from = j;
      const aux = (n: string) => (AUXILIARIES.has(n) && n !== "to") || !!modalClass(n);
      // back over the auxiliaries and any article between them and the word: "had been the better side"
      while (from > 0 && j - from < 3 && (aux(other[from - 1].norm) || (FUNCTION.has(other[from - 1].norm) && from - 1 > 0 && aux(other[from - 2].norm)))) from--;
      return span(other, from, j + 1);
    }
    // the verb reworded ("is expected to reopen" / "will return"): the other version's future stands for it
    const will = other.findIndex((w) => modalClass(w.norm) === "will");
    if (will >= 0 && will + 1 < other.length && !FUNCTION.has(other[will + 1].norm)) return span(other, will, will + 2);
  }
  return counterpart(mine, other, h.from);
}

/** Where a word that exists on one side only would sit on the other: the matched words around it. */
function counterpart(mine: Word[], other: Word[], at: number): Span {
  const hunks = diffWords(mine, other, (w) => w.norm);
  const h = hunks.find((x) => x.aStart <= at && at < x.aEnd);
  const pos = h ? h.bStart : Math.min(at, other.length - 1);
  const from = Math.max(0, pos - 1);
  const to = Math.min(other.length, Math.max(pos + 1, (h?.bEnd ?? pos) + 1));
  return span(other, from, Math.max(to, from + 1));
}
