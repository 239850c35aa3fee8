// Pairs the calendar references of two wordings of one sentence and says which pairs disagree. Two
// mentions agree when every field both state (year, month, day, weekday, season, decade, half, quarter) is equal, so
// "September" and "September 2022" agree, "Dec. 14" and "December 14" agree, "2022" and "2023" do not.
// Pure: no vscode import. Never reports a date present in one version only, nor two mentions that
// share no field ("in September" vs "in 2022" say different things, not contradicting ones).

import type { DateMention, RelativeTime } from "./dates";
import { unmatched } from "./match";

const FIELDS = ["year", "month", "day", "weekday", "season", "decade", "half", "quarter"] as const;

/** Fields both state: how many, and how many disagree. */
function compareFields(x: DateMention, y: DateMention): { shared: number; differ: number } {
  let shared = 0;
  let differ = 0;
  for (const f of FIELDS) {
    if (x[f] === undefined || y[f] === undefined) continue;
    shared++;
    if (x[f] !== y[f]) differ++;
  }
  return { shared, differ };
}

/**
 * The ways a date can be read: "1/7/2025" is January 7 in American style and 1 July elsewhere, so it
 * agrees with either, and conflicts only with a date that neither reading meets.
 */
function readings(d: DateMention): DateMention[] {
  return d.ambiguous ? [d, { ...d, day: d.month, month: d.day, ambiguous: false }] : [d];
}

export function sameDate(x: DateMention, y: DateMention): boolean {
  return readings(x).some((rx) =>
    readings(y).some((ry) => {
      const c = compareFields(rx, ry);
      return c.shared > 0 && c.differ === 0;
    }),
  );
}

export function conflictingDates(x: DateMention, y: DateMention): boolean {
  return readings(x).every((rx) => readings(y).every((ry) => compareFields(rx, ry).differ > 0));
}

function fieldSet(d: DateMention): number {
  let bits = 0;
  FIELDS.forEach((f, k) => {
    if (d[f] !== undefined) bits |= 1 << k;
  });
  return bits;
}

export function diffDates(as: DateMention[], bs: DateMention[]): { a: DateMention; b: DateMention }[] {
  const { leftA, usedB } = unmatched(as, bs, sameDate);
  const leftB = bs.filter((_, k) => !usedB.has(k));
  const out: { a: DateMention; b: DateMention }[] = [];
  const takenB = new Set<DateMention>();
  for (const x of leftA) {
    // the partner written at the same precision ("March 3" for "March 4") before any other conflicting one,
    // and among those the one agreeing in more fields ("14 November" meets "November 4", not "October 29")
    let best: DateMention | undefined;
    let bestScore = -1;
    for (const y of leftB) {
      if (takenB.has(y) || !conflictingDates(x, y)) continue;
      const c = compareFields(x, y);
      const score = (fieldSet(y) === fieldSet(x) ? 100 : 0) + (c.shared - c.differ);
      if (score > bestScore) {
        best = y;
        bestScore = score;
      }
    }
    if (best) {
      takenB.add(best);
      out.push({ a: x, b: best });
    }
  }
  return out;
}

/** "last year" vs "this year", "yesterday" vs "today": relative times of one unit that point elsewhere. */
// units of the calendar a "next", "last" or "this" steps by; seasons ("this season" / "this year" in sport)
// and weekdays are left to their own comparison
const STEP_UNITS = new Set(["day", "week", "month", "year", "decade"]);

export function diffRelativeTimes(as: RelativeTime[], bs: RelativeTime[]): { a: RelativeTime; b: RelativeTime }[] {
  const comparable = (r: RelativeTime) => r.kind !== "ago" && r.kind !== "anniversary";
  const key = (r: RelativeTime) => `${r.unit}:${r.offset}:${r.weekday ?? ""}:${r.season ?? ""}:${r.kind}`;
  const la = as.filter(comparable);
  const lb = bs.filter(comparable);
  const { leftA, usedB } = unmatched(la, lb, (x, y) => key(x) === key(y));
  const out: { a: RelativeTime; b: RelativeTime }[] = [];
  for (const x of leftA) {
    const j = lb.findIndex((y, k) => !usedB.has(k) && y.unit === x.unit && (y.offset !== x.offset || y.weekday !== x.weekday || y.season !== x.season));
    if (j >= 0) {
      usedB.add(j);
      out.push({ a: x, b: lb[j] });
      continue;
    }
    // "next month" / "next year", "last week" / "last month": the same step in another unit of the calendar
    const k = lb.findIndex((y, n) => !usedB.has(n) && y.kind === x.kind && y.offset === x.offset && y.unit !== x.unit && STEP_UNITS.has(x.unit) && STEP_UNITS.has(y.unit));
    if (k >= 0) {
      usedB.add(k);
      out.push({ a: x, b: lb[k] });
    }
  }
  return out;
}
