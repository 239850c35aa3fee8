// Rule `changed-date`: a date, weekday, month, year, time of day or dateline differs between versions.
// Pure: no vscode import. Compares the two datelines directly (they rarely share a word, so alignment
// may miss them), then the dates of every aligned pair. Never reports a date written differently but
// meaning the same day ("Dec. 14" / "December 14"), nor one present in one version only.

import type { VersionRule, VersionContext, VersionReport } from "./rule";
import type { DateMention } from "../facts/dates";
import { diffDates, diffRelativeTimes, conflictingDates } from "../facts/date-diff";
import { cachedDateline, changedPairs, eachChangedPair, perArticlePair, sameChangedBag, sentenceFacts } from "../facts/sentence-facts";
import { lemma } from "../facts/words";
import { calendarWord } from "../facts/dates";
import { diffTimes, timeWord } from "../facts/times";
import { dedupe, twoSided } from "../facts/report";

const agree = "Check which is right and make the versions agree.";

export const changedDate: VersionRule = {
  id: "changed-date",
  family: "versions",
  defaultSeverity: "warning",
  description: "A date, weekday, month, year, time of day or dateline differs between versions.",
  check(ctx: VersionContext): void {
    const report = dedupe(ctx.report);
    const lineA = cachedDateline(ctx.a);
    const lineB = cachedDateline(ctx.b);
    if (lineA && lineB && conflictingDates(lineA, lineB)) {
      report(twoSided(ctx.a, lineA, ctx.b, lineB, (here, there) => `Dateline changed: this version is dated ${here}; the other ${there}. ${agree}`));
    }
    const notDateline = (side: DateMention | undefined) => (d: DateMention) => !side || d.start !== side.start;
    eachChangedPair(ctx.a, ctx.b, ctx.comparison.pairs, "changed-date", report, (pv, report) => {
      const { a, b } = pv;
      // clock times first: the calendar-word gate below does not see them; the same figures and time words on
      // both sides give the same times
      if (!sameChangedBag(pv, timeWord)) {
        const ta = a.sentences.flatMap((s) => s.times);
        const tb = ta.length ? b.sentences.flatMap((s) => s.times) : [];
        for (const c of diffTimes(ta, tb)) {
          report(twoSided(ctx.a, c.a, ctx.b, c.b, (here, there) => `Time changed: this version says ${here}; the other says ${there}. ${agree}`));
        }
      }
      if (sameChangedBag(pv, calendarWord)) return;
      const da = a.sentences.flatMap((s) => s.dates).filter(notDateline(lineA));
      const db = b.sentences.flatMap((s) => s.dates).filter(notDateline(lineB));
      for (const c of diffDates(da, db)) {
        report(twoSided(ctx.a, c.a, ctx.b, c.b, (here, there) => `Date changed: this version says ${here}; the other says ${there}. ${agree}`));
      }
      const ra = a.sentences.flatMap((s) => s.relative);
      const rb = b.sentences.flatMap((s) => s.relative);
      if (!ra.length || !rb.length) return;
      for (const c of diffRelativeTimes(ra, rb)) {
        report(twoSided(ctx.a, c.a, ctx.b, c.b, (here, there) => `Time reference changed: this version says ${here}; the other says ${there}. ${agree}`));
      }
    });
    movedDates(ctx, notDateline(lineA), notDateline(lineB), report);
  },
};

/**
 * A date the rewrite moved into the neighbouring sentence, and changed: "will be sentenced on Friday after a
 * jury …" / "…, who had denied the charge, will be sentenced on Thursday." Pair k states a date on one side
 * only, pair k + 1 states one on the other side only, and both follow the same word ("sentenced"): one date,
 * told two ways. Dates that agree say nothing; dates after different words are different events.
 */
function movedDates(ctx: VersionContext, keepA: (d: DateMention) => boolean, keepB: (d: DateMention) => boolean, report: (r: VersionReport) => void): void {
  for (const r of perArticlePair(ctx.a, ctx.b, "movedDates", () => findMovedDates(ctx, keepA, keepB))) report(r);
}

function findMovedDates(ctx: VersionContext, keepA: (d: DateMention) => boolean, keepB: (d: DateMention) => boolean): VersionReport[] {
  const { pairs } = ctx.comparison;
  const found: VersionReport[] = [];
  const datesOf = (article: typeof ctx.a, indices: number[], keep: (d: DateMention) => boolean) =>
    indices.flatMap((i) => sentenceFacts(article, i).dates.filter(keep));
  // a pair whose two sides read the same states the same dates on both: only changed pairs are read
  // (and of those only the ones whose changed words hold a calendar word: the rest state the same dates too)
  const changed = new Set(changedPairs(ctx.a, ctx.b, pairs).filter((pv) => !sameChangedBag(pv, calendarWord)).map((pv) => pv.pair));
  const lone: { a: DateMention[]; b: DateMention[] }[] = pairs.map((p) => {
    if (!p.a.length || !p.b.length || !changed.has(p)) return { a: [], b: [] };
    const da = datesOf(ctx.a, p.a, keepA);
    const db = datesOf(ctx.b, p.b, keepB);
    return da.length && db.length ? { a: [], b: [] } : { a: da, b: db };
  });
  for (let k = 0; k + 1 < pairs.length; k++) {
    for (const [xs, ys] of [[lone[k].a, lone[k + 1].b], [lone[k + 1].a, lone[k].b]] as const) {
      for (const x of xs) {
        const anchor = anchorBefore(ctx.a.text, x.start);
        const y = ys.find((d) => conflictingDates(x, d) && anchor && anchorBefore(ctx.b.text, d.start) === anchor);
        if (y) found.push(twoSided(ctx.a, x, ctx.b, y, (here, there) => `Date changed: this version says ${here}; the other says ${there}. ${agree}`));
      }
    }
  }
  return found;
}

const ANCHOR_SKIP = new Set(["on", "at", "by", "from", "until", "till", "in", "of", "the", "this", "next", "last", "early", "late", "before", "after"]);

/** The word a date hangs on: the nearest word before it that is not a preposition of time ("sentenced on Friday"). */
function anchorBefore(text: string, at: number): string | undefined {
  const words = text.slice(Math.max(0, at - 60), at).toLowerCase().match(/[\p{L}'’-]+/gu) ?? [];
  for (let k = words.length - 1; k >= 0; k--) if (!ANCHOR_SKIP.has(words[k])) return lemma(words[k]);
  return undefined;
}
