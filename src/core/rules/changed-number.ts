// Rule `changed-number`: a number, percentage, amount, count, duration or ordinal differs between versions.
// Pure: no vscode import. Reads the aligned pairs and the per-sentence number facts; never reports a
// quantity that is only spelled differently ("20%" / "20 percent", "two" / "2"), nor one that exists in
// one version only.

import type { VersionRule, VersionContext, VersionReport } from "./rule";
import type { Article } from "../article";
import type { Span } from "../types";
import type { NumberMention } from "../facts/numbers";
import { diffNumbers, kindLabel, sameQuantity } from "../facts/number-diff";
import { mayCount, quantityWord } from "../facts/numbers";
import { agesByName } from "../facts/ages";
import { changedPairs, eachChangedPair, perArticlePair, sameChangedBag, sentenceFacts, type Side } from "../facts/sentence-facts";
import { dedupe, twoSided } from "../facts/report";

const HYPHEN_UNIT = /-(?:second|minute|hour|day|week|month|year|decade|century)$/;
const NOUN_AFTER = /^[ \u00a0]+([a-z]+)/;
const NOT_A_NOUN = new Set(["and", "or", "of", "to", "in", "on", "at", "for", "the", "a", "an", "that", "which", "with", "by", "as", "than", "but"]);

/** "two-year mark": a hyphenated duration reads with the noun it qualifies. */
function displaySpan(article: Article, n: NumberMention): Span {
  if (!HYPHEN_UNIT.test(n.text)) return { start: n.start, end: n.end };
  const m = NOUN_AFTER.exec(article.text.slice(n.end, n.end + 30));
  if (!m || NOT_A_NOUN.has(m[1])) return { start: n.start, end: n.end };
  return { start: n.start, end: n.end + m[0].length };
}

/**
 * Does a sentence next to the side (just before or after it) state the quantity n, with nothing to match it
 * in that sentence's own counterpart? Then n is the figure the other version moved out of its sentence.
 */
function strayNextTo(ctx: VersionContext, s: Side, n: NumberMention): boolean {
  if (!s.sentences.length) return false;
  const isA = s.article === ctx.a;
  const pairOf = isA ? ctx.comparison.pairOfA : ctx.comparison.pairOfB;
  const other = isA ? ctx.b : ctx.a;
  const first = s.sentences[0].index;
  const last = s.sentences[s.sentences.length - 1].index;
  for (const i of [first - 1, last + 1]) {
    if (i < 0 || i >= s.article.sentences.length) continue;
    for (const m of sentenceFacts(s.article, i).numbers) {
      if (!sameQuantity(m, n)) continue;
      const k = pairOf[i];
      if (k < 0) return true;
      const p = ctx.comparison.pairs[k];
      const there = (isA ? p.b : p.a).flatMap((j) => sentenceFacts(other, j).numbers);
      if (!there.some((t) => sameQuantity(t, m))) return true;
    }
  }
  return false;
}

export const changedNumber: VersionRule = {
  id: "changed-number",
  family: "versions",
  defaultSeverity: "warning",
  description: "A number, percentage, amount, count, duration or ordinal differs between versions.",
  check(ctx: VersionContext): void {
    const report = dedupe(ctx.report);
    const moved = movedCounts(ctx);
    eachChangedPair(ctx.a, ctx.b, ctx.comparison.pairs, "changed-number", report, (pv, report) => {
      const { a, b } = pv;
      // the same number words and units on both sides, only reworded around: the same quantities
      if (!mayCount(a.words) || !mayCount(b.words) || sameChangedBag(pv, quantityWord)) return;
      const na = a.sentences.flatMap((s) => s.numbers);
      const nb = b.sentences.flatMap((s) => s.numbers);
      if (!na.length || !nb.length) return;
      for (const c of diffNumbers(na, nb).changed) {
        // "the first half of 2026" / "the second half of 2026": a part of a year, which the date rule reports
        if (inPartOfYear(a, c.a) && inPartOfYear(b, c.b)) continue;
        // each figure stated in the other version's next sentence: the rewrite moved figures between
        // sentences ("trailed by 11 at half-time" went into the sentence before), it did not change them
        // (one of them is enough when the two count different things: "12-0 down at the break" moved into the
        // sentence where "two tries" became "crossing twice")
        const strayA = strayNextTo(ctx, b, c.a);
        const strayB = strayNextTo(ctx, a, c.b);
        if ((strayA && strayB) || ((strayA || strayB) && c.a.noun !== c.b.noun)) continue;
        // a figure that moved into the neighbouring pair and changed there is reported with its counterpart there
        if (moved.usedA.has(c.a.start) || moved.usedB.has(c.b.start)) continue;
        const kinds = c.a.kind !== c.b.kind;
        report(
          twoSided(ctx.a, displaySpan(ctx.a, c.a), ctx.b, displaySpan(ctx.b, c.b), (here, there, side) => {
            const [x, y] = side === "a" ? [c.a, c.b] : [c.b, c.a];
            const hereKind = kinds ? ` (${kindLabel(x)})` : "";
            const thereKind = kinds ? ` (${kindLabel(y)})` : "";
            return `Number changed: this version says ${here}${hereKind}; the other says ${there}${thereKind}. ${CHECK}`;
          }),
        );
      }
    });
    changedAges(ctx, report);
    for (const r of moved.reports) report(r);
  },
};

interface MovedCounts {
  reports: VersionReport[];
  /** Where each reported figure starts, in version a and in version b. */
  usedA: Set<number>;
  usedB: Set<number>;
}

/**
 * A count the rewrite moved into the neighbouring sentence and changed: "…, which will have 64 turbines" /
 * "The 1.2GW scheme will have 46 turbines …", a sentence later. Pair k states a figure on one side that
 * neither side of its pair nor of the next holds on the other, pair k + 1 states one on the other side the
 * same way, and both count the same noun ("turbines"): one count, told two ways. Kept per pair of parsed
 * articles, as a re-check replays it.
 */
function movedCounts(ctx: VersionContext): MovedCounts {
  return perArticlePair(ctx.a, ctx.b, "movedCounts", () => {
    const found: MovedCounts = { reports: [], usedA: new Set(), usedB: new Set() };
    const { pairs } = ctx.comparison;
    // only pairs whose changed words hold a figure can hold a stray one
    const changed = new Set(changedPairs(ctx.a, ctx.b, pairs).filter((pv) => (mayCount(pv.a.words) || mayCount(pv.b.words)) && !sameChangedBag(pv, quantityWord)).map((pv) => pv.pair));
    const numbersOf = (article: Article, indices: number[]) => indices.flatMap((i) => sentenceFacts(article, i).numbers);
    const counted = (n: NumberMention): boolean => !!n.noun && (n.kind === "cardinal" || n.kind === "money" || n.kind === "percent") && !n.vague;
    for (let k = 0; k + 1 < pairs.length; k++) {
      const [p, q] = [pairs[k], pairs[k + 1]];
      // (a pair whose figures read the same on both sides has none alone: both pairs must have changed figures)
      if (!p.a.length || !p.b.length || !q.a.length || !q.b.length || !changed.has(p) || !changed.has(q)) continue;
      const [pa, pb, qa, qb] = [numbersOf(ctx.a, p.a), numbersOf(ctx.b, p.b), numbersOf(ctx.a, q.a), numbersOf(ctx.b, q.b)];
      // a figure neither version's side of the two pairs states again
      const lone = (n: NumberMention, others: readonly NumberMention[]) => counted(n) && !others.some((o) => sameQuantity(o, n));
      for (const [xs, ys, xOthers, yOthers] of [
        [pa, qb, [...pb, ...qb], [...qa, ...pa]],
        [qa, pb, [...qb, ...pb], [...pa, ...qa]],
      ] as const) {
        for (const x of xs) {
          if (!lone(x, xOthers)) continue;
          const y = ys.find((m) => lone(m, yOthers) && m.noun === x.noun && m.kind === x.kind && (m.unit ?? "") === (x.unit ?? "") && m.value !== x.value);
          if (!y) continue;
          found.reports.push(twoSided(ctx.a, displaySpan(ctx.a, x), ctx.b, displaySpan(ctx.b, y), (here, there) => `Number changed: this version says ${here}; the other says ${there}. ${CHECK}`));
          found.usedA.add(x.start);
          found.usedB.add(y.start);
        }
      }
    }
    return found;
  });
}

/** Does the figure lie inside a half or a quarter of a year the side states ("the first half of 2026")? */
function inPartOfYear(s: Side, n: NumberMention): boolean {
  return s.sentences.some((f) => f.dates.some((d) => d.half !== undefined && d.start <= n.start && n.end <= d.end));
}

const CHECK = "Check which is right and make the versions agree.";

/**
 * A person's age that moved with the name into a sentence no pair lines up with the first ("Martin Selwyn,
 * 58, had pleaded guilty" / "Martin Selwyn, aged 56, was sentenced"): compared name by name over the whole
 * articles. Ages inside one aligned pair are the pair's own comparison.
 */
function changedAges(ctx: VersionContext, report: (r: VersionReport) => void): void {
  const inB = agesByName(ctx.b);
  if (!inB.size) return;
  for (const [name, x] of agesByName(ctx.a)) {
    const y = inB.get(name);
    if (!y || y.value === x.value) continue;
    const k = ctx.comparison.pairOfA[x.sentence];
    if (k >= 0 && k === ctx.comparison.pairOfB[y.sentence]) continue;
    report(twoSided(ctx.a, x, ctx.b, y, (here, there) => `Age changed: this version says ${here}; the other gives the same person's age as ${there}. ${CHECK}`));
  }
}
