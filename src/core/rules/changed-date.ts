// Rule `changed-date`: a date, weekday, month, year, time of day or dateline differs between versions.
// Pure: no vscode import. Compares the two datelines directly (they rarely share a word, so alignment
// may miss them), then the dates of every aligned pair. Never reports a date written differently but
// meaning the same day ("Dec. 14" / "December 14"), nor one present in one version only.

import type { VersionRule, VersionContext } from "./rule";
import type { DateMention } from "../facts/dates";
import { diffDates, diffRelativeTimes, conflictingDates } from "../facts/date-diff";
import { cachedDateline, eachChangedPair, sameChangedBag } from "../facts/sentence-facts";
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
  },
};
