// Finds clock times in prose: "11:40 p.m.", "6pm", "06:12", "18.30 GMT" after "at", "noon", "midnight",
// "7 o'clock". A time of day is a fact like a date: a rewrite that moves "10:40 p.m." to "11:40 p.m."
// changed it. Pure: no vscode import. Never reads a score ("2:1"), a ratio or a plain count as a time.

import { unmatched } from "./match";

export interface TimeMention {
  start: number;
  end: number;
  text: string;
  /** Minutes after midnight, 0..1439. */
  minutes: number;
  /** No a.m./p.m. and an hour of 12 or less ("at 6:30", "7 o'clock"): the same time twelve hours later reads alike. */
  ambiguous: boolean;
}

// "11:40 p.m.", "11.40pm", "6 p.m.", "06:12", "18:30", "7 o'clock", "noon", "midday", "midnight".
// A full stop between hour and minutes is a time only with a.m./p.m. or after "at"/"from"/"until"/"by".
const TIME_RE = new RegExp(
  "(?<![\\p{L}\\p{N}.:,])(?:" +
    "(?<h1>[01]?\\d|2[0-3])(?<sep>[:.])(?<m1>[0-5]\\d)(?!\\d|[.:,]\\d)(?:\\s*(?<ap1>[ap]\\.?\\s?m\\.?(?![\\p{L}])))?" +
    "|(?<h2>1[0-2]|0?[1-9])\\s*(?<ap2>[ap]\\.?\\s?m\\.?(?![\\p{L}]))" +
    "|(?<h3>1[0-2]|0?[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+o['’]clock" +
    "|(?<word>noon|midday|midnight)(?![\\p{L}])" +
    ")",
  "giu",
);
const MAY_HOLD_TIME = /\d[:.]\d\d|\d\s*[ap]\.?\s?m\b|o['’]clock|noon|midday|midnight/i;
const AFTER_TIME_WORD = /(?:\b(?:at|from|until|till|by|to|around|about|after|before|between|and|since|approximately|roughly|some)\s+|[–-]\s*)$/i;
const WORD_HOURS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

// As the word scanner writes them: "p.m." is "p.m", "o’clock" is "o'clock".
const TIME_WORDS = new Set(["noon", "midday", "midnight", "o'clock", "am", "pm", "a.m", "p.m"]);

/** A word a clock time is made of: one with a digit, or "noon", "p.m." and the like (a gate for the rules). */
export function timeWord(w: { norm: string }): boolean {
  return TIME_WORDS.has(w.norm) || /\d/.test(w.norm);
}

export function findTimes(text: string, start: number, end: number): TimeMention[] {
  const slice = text.slice(start, end);
  if (!MAY_HOLD_TIME.test(slice)) return [];
  const out: TimeMention[] = [];
  TIME_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TIME_RE.exec(slice))) {
    const g = m.groups!;
    let hour: number;
    let minute = 0;
    let meridiem: string | undefined;
    if (g.word) {
      const w = g.word.toLowerCase();
      out.push({ start: start + m.index, end: start + m.index + m[0].length, text: m[0], minutes: w === "midnight" ? 0 : 720, ambiguous: false });
      continue;
    }
    if (g.h1 !== undefined) {
      hour = Number(g.h1);
      minute = Number(g.m1);
      meridiem = g.ap1;
      // "2.50" is a price or a figure unless a.m./p.m. or a word like "at" says it is a time
      if (g.sep === "." && !meridiem && !AFTER_TIME_WORD.test(slice.slice(Math.max(0, m.index - 16), m.index))) continue;
      // "2:1" never gets here (minutes have two digits); "3:30" with no a.m./p.m. after "at" is a time,
      // elsewhere (a race time "2:05", a ratio) only with a leading zero or an hour past 12
      if (g.sep === ":" && !meridiem && hour <= 12 && g.h1.length === 1 && !AFTER_TIME_WORD.test(slice.slice(Math.max(0, m.index - 16), m.index))) continue;
    } else if (g.h2 !== undefined) {
      hour = Number(g.h2);
      meridiem = g.ap2;
    } else {
      const h = g.h3.toLowerCase();
      hour = WORD_HOURS[h] ?? Number(h);
    }
    let ambiguous: boolean;
    if (meridiem) {
      const pm = meridiem[0].toLowerCase() === "p";
      if (hour > 12) continue; // "14:00 p.m." is not a time anyone writes
      hour = (hour % 12) + (pm ? 12 : 0);
      ambiguous = false;
    } else ambiguous = !(g.h1 !== undefined && (hour > 12 || hour === 0 || g.h1.startsWith("0"))); // 24-hour clock: "18:30", "06:12"
    out.push({ start: start + m.index, end: start + m.index + m[0].length, text: m[0], minutes: hour * 60 + minute, ambiguous });
  }
  return out;
}

/** Do two mentions name the same time of day? A time without a.m./p.m. meets both readings. */
export function sameTime(x: TimeMention, y: TimeMention): boolean {
  if (x.minutes === y.minutes) return true;
  return (x.ambiguous || y.ambiguous) && x.minutes % 720 === y.minutes % 720;
}

/**
 * Times of one side with no equal time on the other, paired in order with the other side's unmatched
 * times: each pair is a changed time. A time present on one side only is not a change.
 */
export function diffTimes(a: TimeMention[], b: TimeMention[]): { a: TimeMention; b: TimeMention }[] {
  const { leftA, usedB } = unmatched(a, b, sameTime);
  const leftB = b.filter((_, j) => !usedB.has(j));
  const out: { a: TimeMention; b: TimeMention }[] = [];
  for (let k = 0; k < Math.min(leftA.length, leftB.length); k++) out.push({ a: leftA[k], b: leftB[k] });
  return out;
}
