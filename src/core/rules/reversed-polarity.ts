// Rule `reversed-polarity`: one version says the opposite of the other: a negation added or removed
// ("should be seen" / "we have yet to see"), or an antonym swapped in ("rose" / "fell").
// Pure: no vscode import. Works cue by cue: a negation reverses the statement only when the word it
// negates stands un-negated in the corresponding clause of the other version. So two negative
// wordings ("no politician was seen" / "they do not see any politician") stay quiet, and so does a
// negation about something the other version does not say.

import type { VersionRule, VersionContext } from "./rule";
import type { Span } from "../types";
import { antonymPairs, governed, holdsPrefixedForm, mayReverse, negatedAt, opposite, STANCE_VERBS, sameExchange, sameMeaning, splitClauses, stanceAt, type Clause } from "../facts/negation";
import { eachChangedPair, side, type Side } from "../facts/sentence-facts";
import { lemma, type Hunk, type Word } from "../facts/words";
import { dedupe, twoSided } from "../facts/report";

const STOP = new Set(
  (
    "a an the and or but of to in on at by for from with as than that this these those which who whom whose what it its they them their " +
    "he him his she her we us our you your i be have do will would shall should can could may might must not no never any some there here " +
    "so if then also just only very more most such all each both either neither nor yet"
  ).split(" "),
);
const AUX = new Set(
  "be have do will would shall should can could may might must to has had did does is are was were been being am 's 're 've 'd not yet".split(" "),
);

interface ClauseView {
  side: Side;
  clause: Clause;
  content: Set<string>;
  gap: (i: number) => string;
}

function clausesOf(s: Side): ClauseView[] {
  const ws = s.words;
  const text = s.article.text;
  const gap = (i: number) => (i > 0 ? text.slice(ws[i - 1].end, ws[i].start) : "");
  const clauses = splitClauses(ws, gap);
  const views = clauses.map((clause) => {
    // the negation's own words ("failed to", "refused") are what may differ, not what the clause is about
    const cueWords = new Set<number>();
    clause.cues.forEach((c, k) => {
      for (let j = 0; j < clause.cueLengths[k]; j++) cueWords.add(c + j);
    });
    const content = new Set<string>();
    for (let i = clause.from; i < clause.to; i++) if (!cueWords.has(i) && !STOP.has(ws[i].norm) && !/^\d/.test(ws[i].norm)) content.add(ws[i].lemma);
    return { side: s, clause, content, gap };
  });
  // a predicate resumed after an aside ("the death of Dorothy Keane, who choked …, could have been prevented")
  // is about its subject's words too: it is matched as the whole statement
  for (const v of views) {
    if (v.clause.resumes === undefined) continue;
    v.content = new Set([...views[v.clause.resumes].content, ...v.content]);
  }
  return views;
}

/** Does one of the clauses state the sense `lemma` with that negation: the word (or a listed synonym) so negated, or its opposite negated the other way ("not guilty" states "acquit")? */
function states(clauses: ClauseView[], l: string, negated: boolean): boolean {
  for (const c of clauses) {
    const ws = c.side.words;
    for (let k = c.clause.from; k < c.clause.to; k++) {
      const same = sameMeaning(ws[k].lemma, l);
      if ((same || opposite(ws[k].lemma, l)) && negatedAt(c.clause, k, c.gap) === (same ? negated : !negated)) return true;
    }
  }
  return false;
}

function overlap(x: ClauseView, y: ClauseView): { shared: number; dice: number } {
  let shared = 0;
  for (const l of x.content) if (y.content.has(l)) shared++;
  return { shared, dice: x.content.size + y.content.size ? (2 * shared) / (x.content.size + y.content.size) : 0 };
}

const AUX_LEMMAS = new Set(["be", "have", "do"]);

/** Does y hold at least four in five of x's content words other than auxiliaries (and two or more)? */
function covered(x: ClauseView, y: ClauseView): boolean {
  let size = 0;
  let shared = 0;
  for (const l of x.content) {
    if (AUX_LEMMAS.has(l)) continue;
    size++;
    // (a word whose opposite the other clause holds is held too: "was granted bail by a judge" is all in "… after a
    // judge refused bail" but for the verb the rewrite reversed)
    if (y.content.has(l) || oppositeIn(l, y.content)) shared++;
  }
  return shared >= 2 && shared >= 0.8 * size;
}

/**
 * A clause whose content words the other side's clauses hold between them (three or more, and all of them): the
 * clause among those that holds most of it, when it holds the word's opposite (a reversal to compare), goes to
 * `then`.
 */
function compareSpread(x: ClauseView, others: ClauseView[], then: (y: ClauseView) => void): void {
  const words = [...x.content].filter((l) => !AUX_LEMMAS.has(l));
  if (words.length < 3) return;
  let best: ClauseView | undefined;
  let bestShared = 0;
  for (const l of words) if (!others.some((y) => y.content.has(l) || oppositeIn(l, y.content))) return;
  for (const y of others) {
    let shared = 0;
    let opposed = false;
    for (const l of words) {
      if (y.content.has(l)) shared++;
      else if (oppositeIn(l, y.content)) opposed = true;
    }
    if (opposed && shared + 1 > bestShared) {
      best = y;
      bestShared = shared + 1;
    }
  }
  if (best) then(best);
}

function oppositeIn(l: string, content: Set<string>): boolean {
  for (const m of content) if (opposite(l, m)) return true;
  return false;
}

/** Back from word i over auxiliaries ("should be seen", "have yet to see"). */
function auxStart(ws: Word[], i: number, floor: number): number {
  let k = i;
  // ("in May could not": the month, capitalised, is no modal)
  while (k - 1 >= floor && AUX.has(ws[k - 1].norm) && ws[k - 1].text !== "May" && i - k < 3) k--;
  return k;
}

// "last June", "last week": a time, not a record
const TIME_AFTER_LAST = new Set(
  "year week month night season weekend summer winter spring autumn fall january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday".split(" "),
);

const ORDER_PARTS = new Set(["half", "quarter", "round", "leg", "stage", "set", "innings", "period", "lap", "day", "phase", "minute", "minutes", "hour", "hours", "floor", "instance", "name", "names"]);

/** "first", "last" or a superlative ("lowest", "biggest"): a record, which implies "not … since". */
function hasRecordWord(ws: Word[], c: Clause): boolean {
  for (let i = c.from; i < c.to; i++) {
    const n = ws[i].norm;
    if (n === "last" && i + 1 < c.to && TIME_AFTER_LAST.has(ws[i + 1].norm)) continue;
    // "since the last inspection" is the previous one, not a record; "the last time" still is
    if (n === "last" && ws[i + 1]?.norm !== "time" && ws[i - 1]?.norm === "the") continue;
    // "in the first half", "the first round", "first-time buyers": a part of something in order, not a record
    if ((n === "first" || n === "last") && ORDER_PARTS.has(ws[i + 1]?.norm ?? "")) continue;
    if (n === "first" || n === "last" || (n.length > 5 && n.endsWith("est") && !/(?:interest|request|protest|suggest|invest|arrest|contest|forest|honest|modest|manifest|harvest|digest|test)$/.test(n))) return true;
  }
  return false;
}

// "lost power" and "cut power to" say "without power"; "rejected a planning application" says "refused planning permission"
const PRIVATIVE = new Set(["lose", "lack", "reject", "deny", "veto", "block", "dismiss", "scrap", "overturn", "cut", "disconnect", "strip"].map(lemma));

/** "homes lost power", "schools lacking heating": a verb of losing or lacking says "without" in its own way. */
function deprivedOf(ws: Word[], j: number, from: number): boolean {
  // (a verb, not a noun after an article: "pushed for a cut won support" is no deprivation)
  for (let k = j - 1; k >= Math.max(from, j - 3); k--) if (PRIVATIVE.has(ws[k].lemma) && !ARTICLES.has(ws[k - 1]?.norm ?? "")) return true;
  // "will stop delivering babies" says "will no longer deliver"
  if (j - 1 >= from && ws[j].norm.endsWith("ing") && STOPPING.has(ws[j - 1].lemma)) return true;
  // "prevented the rocket from reaching orbit", "kept them from leaving": the verb after "from" did not happen
  if (j - 1 >= from && ws[j - 1].norm === "from") {
    for (let k = j - 2; k >= Math.max(from, j - 7); k--) if (PREVENTING.has(ws[k].lemma)) return true;
  }
  return false;
}

const STOPPING = new Set(["stop", "stopped", "cease", "ceased", "quit", "halt", "halted", "discontinue", "discontinued"].map(lemma));
const ARTICLES = new Set(["a", "an", "the", "its", "their", "his", "her"]);
const PREVENTING = new Set(["prevent", "prevented", "stop", "stopped", "bar", "barred", "block", "blocked", "keep", "kept", "ban", "banned", "deter", "deterred", "discourage", "discouraged"].map(lemma));

interface Reversal {
  /** Spans on the side of the clause holding the negation, and on the other side. */
  negative: Span;
  positive: Span;
}

/**
 * Negations of x whose negated word stands un-negated in y. The negative span runs from the cue (with
 * its auxiliaries) to the negated word; the positive one is that word with its auxiliaries, or, when
 * the cue replaced words of y ("denied" / "confirmed"), those words up to it.
 */
function reversals(x: ClauseView, y: ClauseView, hunks: Hunk[], xIsA: boolean): Reversal[] {
  const out: Reversal[] = [];
  const wx = x.side.words;
  const wy = y.side.words;
  // a record implies a negation: "the first time since 2008 that the bank cut rates" says "the bank had
  // not cut rates since 2008"; "the first Black mayor" says "no Black person had been mayor before"
  // "It was not her first win" / "It was her first win": the record on both sides is what the negation denies
  if (hasRecordWord(wy, y.clause) && !hasRecordWord(wx, x.clause)) return out;
  for (let k = 0; k < x.clause.cues.length; k++) {
    const p = governed(wx, x.clause, k, x.gap);
    if (p < 0) continue;
    // "will not reopen until May" is "will reopen in May": what is denied is only the time before
    if (untilAfter(wx, p, x.clause.to) && !untilAfter(wy, y.clause.from, y.clause.to)) continue;
    // "found no evidence that the minister broke the rules": what is denied is the finding, which the other
    // version may state with no noun ("found that the minister broke the rules")
    const c = x.clause.cues[k];
    const finding = EVIDENCE.has(wx[p].lemma) && (wx[p + 1]?.norm === "that" || wx[p + 1]?.norm === "of") && c > x.clause.from && !AUX.has(wx[c - 1].norm) && !STOP.has(wx[c - 1].norm);
    const find = (lemma: string) => {
      let j = -1;
      for (let i = y.clause.from; i < y.clause.to; i++) if (sameMeaning(wy[i].lemma, lemma)) j = j < 0 ? i : j;
      return j;
    };
    let j = find(wx[p].lemma);
    if (j < 0 && finding) j = find(wx[c - 1].lemma);
    if (j < 0 || negatedAt(y.clause, j, y.gap) || deprivedOf(wy, j, y.clause.from)) continue;
    // "will pay no tuition" / "will offer free tuition": what costs nothing is "free"
    if (wy[j - 1]?.norm === "free" || /-free$/.test(wy[j + 1]?.norm ?? "")) continue;
    // "bees that had not been exposed" / "unexposed bees": the other version states the negated sense by a prefix
    // (past an adverb: "not previously known" / "previously unknown")
    if (holdsPrefixedForm(wy, wx[p].norm) || (wx[p].norm.endsWith("ly") && p + 1 < x.clause.to && holdsPrefixedForm(wy, wx[p + 1].norm))) continue;
    const cue = x.clause.cues[k];
    // an adverb takes the word it qualifies along ("not seasonally adjusted"), on the other side too when it
    // qualifies the same word there
    const adverb = wx[p].norm.endsWith("ly") && p + 1 < x.clause.to;
    const withHead = (ws: Word[], i: number) => (adverb && ws[i + 1]?.lemma === wx[p + 1].lemma ? i + 1 : i);
    const negative = { start: wx[auxStart(wx, cue, x.clause.from)].start, end: wx[withHead(wx, p)].end };
    const h = hunks.find((u) => (xIsA ? u.aStart <= cue && cue < u.aEnd : u.bStart <= cue && cue < u.bEnd));
    const [ys, ye] = h ? (xIsA ? [h.bStart, h.bEnd] : [h.aStart, h.aEnd]) : [0, 0];
    const from = ye > ys && ye - ys <= 3 && ys <= j ? ys : wy[j - 1]?.norm === "to" && wy[j - 2]?.norm === "according" ? j : auxStart(wy, j, y.clause.from);
    out.push({ negative, positive: { start: wy[from].start, end: wy[withHead(wy, j)].end } });
  }
  return out;
}

const UNTIL = new Set(["until", "till", "til"]);

/** Is there an "until" among words from..to-1? */
function untilAfter(ws: Word[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (UNTIL.has(ws[i].norm)) return true;
  return false;
}

const EVIDENCE = new Set(["evidence", "sign", "signs", "indication", "proof", "trace"].map(lemma));

const PLAIN_NOT = (w: Word): boolean => w.norm === "not" || w.norm === "never" || w.norm.endsWith("n't");

/**
 * "did not rule out" against "ruled out", "never failed to" against "failed to": a plain negation of a verb
 * that is itself negative says the opposite of that verb alone. (Counting negations cannot see this: each
 * side has one.)
 */
function doubleNegations(x: ClauseView, y: ClauseView): Reversal[] {
  const out: Reversal[] = [];
  const wx = x.side.words;
  const wy = y.side.words;
  const cx = x.clause.cues;
  for (let k = 0; k + 1 < cx.length; k++) {
    if (!PLAIN_NOT(wx[cx[k]]) || cx[k + 1] - cx[k] > 3 || PLAIN_NOT(wx[cx[k + 1]])) continue;
    const verb = wx[cx[k + 1]];
    const endX = cx[k + 1] + x.clause.cueLengths[k + 1] - 1;
    const cy = y.clause.cues;
    for (let m = 0; m < cy.length; m++) {
      const c = cy[m];
      if (PLAIN_NOT(wy[c]) || !sameMeaning(wy[c].lemma, verb.lemma)) continue;
      // the other side negates it too ("has not ruled out"): the same sense
      if (cy.some((o) => o < c && c - o <= 3 && PLAIN_NOT(wy[o]))) continue;
      out.push({ negative: { start: wx[cx[k]].start, end: wx[endX].end }, positive: { start: wy[c].start, end: wy[c + y.clause.cueLengths[m] - 1].end } });
      break;
    }
  }
  return out;
}

export const reversedPolarity: VersionRule = {
  id: "reversed-polarity",
  family: "versions",
  defaultSeverity: "error",
  description: "One version says the opposite of the other: a negation added or removed, or an antonym swapped in.",
  check(ctx: VersionContext): void {
    const report = dedupe(ctx.report);
    const say = (here: string, there: string) =>
      `Polarity reversed: this version says ${here}; the other says ${there}. One of them says the opposite: check which is right and make the versions agree.`;
    eachChangedPair(ctx.a, ctx.b, ctx.comparison.pairs, "reversed-polarity", report, (pv, report) => {
      const { a, b } = pv;
      // most changed pairs hold no negation and no antonym at all
      if (!mayReverse(pv)) return;
      const ca = clausesOf(a);
      const cb = clausesOf(b);
      // best-matching clauses first, each clause used once
      const cands: { x: ClauseView; y: ClauseView; dice: number }[] = [];
      for (const x of ca) {
        for (const y of cb) {
          const o = overlap(x, y);
          if (o.shared >= 2 && o.dice >= 0.3) cands.push({ x, y, dice: o.dice });
        }
      }
      cands.sort((p, q) => q.dice - p.dice);
      const usedA = new Set<ClauseView>();
      const usedB = new Set<ClauseView>();
      const compare = (x: ClauseView, y: ClauseView) => {
        const hunks = pv.hunks;
        // as many negations on each side ("did not give details" / "gave no details", "no new date has been
        // set" / "a new date has yet to be set"): the negation moved within the clause, the sense did not
        const moved = x.clause.cues.length > 0 && x.clause.cues.length === y.clause.cues.length;
        for (const r of moved ? [] : reversals(x, y, hunks, true)) report(twoSided(ctx.a, r.negative, ctx.b, r.positive, say, false));
        for (const r of moved ? [] : reversals(y, x, hunks, false)) report(twoSided(ctx.a, r.positive, ctx.b, r.negative, say, false));
        for (const r of doubleNegations(x, y)) report(twoSided(ctx.a, r.negative, ctx.b, r.positive, say, false));
        for (const r of doubleNegations(y, x)) report(twoSided(ctx.a, r.positive, ctx.b, r.negative, say, false));
        const xw = a.words.slice(x.clause.from, x.clause.to);
        const yw = b.words.slice(y.clause.from, y.clause.to);
        for (const [i, j] of antonymPairs(xw, yw)) {
          // "did not rise" / "fell" agree
          if (negatedAt(x.clause, x.clause.from + i, x.gap) !== negatedAt(y.clause, y.clause.from + j, y.gap) || sameExchange(xw, i, yw, j)) continue;
          // "will remain closed until May" / "will reopen in May": a state that lasts until a time, then ends
          if (untilAfter(xw, i, xw.length) !== untilAfter(yw, j, yw.length)) continue;
          // each version states both senses somewhere in the pair ("acquitted him of manslaughter but convicted him of
          // dangerous driving" / "not guilty of manslaughter but guilty of dangerous driving"): the clauses were
          // paired across, nothing was reversed
          const nx = negatedAt(x.clause, x.clause.from + i, x.gap);
          const ny = negatedAt(y.clause, y.clause.from + j, y.gap);
          if (states(ca, yw[j].lemma, ny) && states(cb, xw[i].lemma, nx)) continue;
          // "voted for" / "voted against": the stance with its verb
          // ("in favour of" whole)
          const at = (ws: Word[], k: number) =>
            stanceAt(ws, k) && (ws[k].norm === "favour" || ws[k].norm === "favor")
              ? { start: ws[k - 1].start, end: ws[k + 1].end }
              : { start: stanceAt(ws, k) && k > 0 && STANCE_VERBS.has(ws[k - 1].norm) ? ws[k - 1].start : ws[k].start, end: ws[k].end };
          report(twoSided(ctx.a, at(xw, i), ctx.b, at(yw, j), say, false));
        }
      };
      for (const { x, y } of cands) {
        if (usedA.has(x) || usedB.has(y)) continue;
        usedA.add(x);
        usedB.add(y);
        compare(x, y);
      }
      // a merge folds a short clause into a longer one of the other version ("Inspectors did not dispute that
      // account." / "…, an account that inspectors disputed."): a clause left over whose content words the
      // other's clause holds almost all of is compared with it too
      // (a long merged clause shares too small a part of itself with the short one for the first pass to pair them)
      for (const x of ca) {
        for (const y of cb) {
          if (!usedA.has(x) && covered(x, y)) {
            usedA.add(x);
            compare(x, y);
          } else if (!usedB.has(y) && covered(y, x)) {
            usedB.add(y);
            compare(x, y);
          }
        }
      }
      // … or whose words the other side's clauses hold between them, the subject in one and the predicate in another
      // ("Liam Hartnell, of Ferry Road, denies arson." and "… after a judge refused bail." / "Liam Hartnell, …, was
      // granted bail by a judge."): compared with the clause holding most of it
      for (const y of cb) if (!usedB.has(y) && !y.clause.cues.length) compareSpread(y, ca, (x) => compare(x, y));
      for (const x of ca) if (!usedA.has(x) && !x.clause.cues.length) compareSpread(x, cb, (y) => compare(x, y));
      // a negated clause the rewrite moved into the next or the previous sentence's pair ("Officials have ruled
      // out …, which has infected nine." / "…, the department said, and officials have not ruled out …"): a
      // clause left over with a negation, whose words a clause of a neighbouring pair's other side holds
      const leftA = ca.filter((x) => !usedA.has(x) && x.clause.cues.length);
      const leftB = cb.filter((y) => !usedB.has(y) && y.clause.cues.length);
      if (!leftA.length && !leftB.length) return;
      // (the pair's index, from the first sentence of its a side)
      const k = ctx.comparison.pairOfA[pv.pair.a[0]];
      // the other version's clauses in the pairs before and after this one, not negated plainly themselves
      const near = (mine: "a" | "b"): ClauseView[] =>
        [k - 1, k + 1]
          .flatMap((n) => {
            const p = ctx.comparison.pairs[n];
            const indices = p ? (mine === "a" ? p.b : p.a) : [];
            return indices.length ? clausesOf(side(mine === "a" ? ctx.b : ctx.a, indices)) : [];
          })
          .filter((o) => !o.clause.cues.some((c) => PLAIN_NOT(o.side.words[c])));
      const nearB = leftA.length ? near("a") : [];
      for (const x of leftA) {
        const y = nearB.find((o) => covered(x, o));
        if (!y) continue;
        for (const r of [...reversals(x, y, [], true), ...doubleNegations(x, y)]) report(twoSided(ctx.a, r.negative, ctx.b, r.positive, say, false));
      }
      const nearA = leftB.length ? near("b") : [];
      for (const y of leftB) {
        const x = nearA.find((o) => covered(y, o));
        if (!x) continue;
        for (const r of [...reversals(y, x, [], false), ...doubleNegations(y, x)]) report(twoSided(ctx.a, r.positive, ctx.b, r.negative, say, false));
      }
    });
  },
};
