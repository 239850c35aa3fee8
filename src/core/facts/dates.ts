// Finds calendar references in prose: full dates in the common English and numeric formats, months,
// years in a date context, weekdays and seasons, plus relative times ("last year", "two weeks ago")
// kept apart because they are not absolute dates. Also finds an article's own dateline.
// Pure: no vscode import. Must never read a bare count ("2,000 troops", "$2022") as a year, and never
// build regular expressions per call: every pattern is compiled once at module load.

import type { Article } from "../article";
import { calendarKey, table } from "./lookup";

export type Season = "spring" | "summer" | "fall" | "winter";

export interface DateMention {
  start: number;
  end: number;
  text: string;
  year?: number;
  month?: number /* 1-12 */;
  day?: number;
  weekday?: number /* 0 = Sunday */;
  season?: Season;
  /** The first year of a decade named as one ("the 1980s", "the '90s"). */
  decade?: number;
  /** The half of the year ("the second half of 2026", "H2 2026"), 1 or 2; set from a quarter too. */
  half?: number;
  /** The quarter of the year ("the third quarter of 2025", "Q3 2025"), 1 to 4. */
  quarter?: number;
  /** A numeric date whose day and month could be read either way ("03/04/2024"): read as US order. */
  ambiguous?: boolean;
}

export type RelativeUnit = "year" | "month" | "week" | "day" | "weekend" | "season" | "weekday" | "decade" | "hour";

export interface RelativeTime {
  start: number;
  end: number;
  text: string;
  unit: RelativeUnit;
  /** Units from the time of writing: -1 last, 0 this, 1 next; -n for "n … ago". */
  offset: number;
  kind: "last" | "next" | "this" | "ago" | "later" | "earlier" | "today" | "anniversary";
  /** For a weekday or season named relatively ("last Monday", "next spring"). */
  weekday?: number;
  season?: Season;
}

const MONTHS: Record<string, number> = table({
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
});
const WEEKDAYS: Record<string, number> = table({
  sunday: 0, sun: 0, monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3,
  thursday: 4, thu: 4, thur: 4, thurs: 4, friday: 5, fri: 5, saturday: 6, sat: 6,
});
const SEASONS: Record<string, Season> = table({ spring: "spring", summer: "summer", fall: "fall", autumn: "fall", winter: "winter" });

// Month names are matched capitalised (or in capitals) only: "may", "march" and "fall" are ordinary words.
const MONTH =
  "(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?\\.?|July?\\.?|Aug(?:ust|\\.)?|Sep(?:tember|t\\.?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?" +
  "|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)";
const WEEKDAY =
  "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon\\.|Tue\\.|Tues\\.|Wed\\.|Thu\\.|Thur\\.|Thurs\\.|Fri\\.|Sat\\.|Sun\\." +
  "|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)";
const DAY = "(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?";
const YEAR = "(?:1[89]\\d\\d|20\\d\\d|2100)";
const DAY_WORDS: Record<string, number> = table({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
  thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
  "twenty-first": 21, "twenty-second": 22, "twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25, "twenty-sixth": 26,
  "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29, thirtieth: 30, "thirty-first": 31,
});
// the part of a year an ordinal names ("final" and "last" are the last one: 0)
const PART_ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, final: 0, last: 0 };
// a year read aloud: "twenty twenty-eight", "nineteen oh five", "two thousand and nine"
const Y_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const Y_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const Y_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const Y_UNIT = `(?:${Y_UNITS.join("|")})`;
const Y_TWO = `(?:${Y_TEENS.join("|")}|(?:${Y_TENS.join("|")})(?:[-\\s]${Y_UNIT})?|oh[-\\s]${Y_UNIT})`;
const SPELLED_YEAR = `(?:[Nn]ineteen|[Tt]wenty)[-\\s]${Y_TWO}|[Tt]wo[-\\s]thousand(?:(?:\\s+and)?[-\\s](?:${Y_TWO}|${Y_UNIT}))?`;
// (a Map, not an object: "constructor" is no number word)
const Y_VALUE = new Map<string, number>([
  ...Y_UNITS.map((w, k): [string, number] => [w, k + 1]),
  ...Y_TEENS.map((w, k): [string, number] => [w, k + 10]),
  ...Y_TENS.map((w, k): [string, number] => [w, (k + 2) * 10]),
  ["oh", 0],
]);

/** The year a spelled-out year reads as ("twenty twenty-eight" is 2028, "two thousand and nine" 2009). */
function spelledYear(text: string): number {
  const ws = text.toLowerCase().split(/[-\s]+/).filter((w) => w !== "and");
  const rest = (from: number) => ws.slice(from).reduce((sum, w) => sum + (Y_VALUE.get(w) ?? 0), 0);
  return ws[1] === "thousand" ? 2000 + rest(2) : (Y_VALUE.get(ws[0]) ?? 0) * 100 + rest(1);
}

// longest first, so "twenty-first" is not read as "first"
const DAY_WORD = `(?:${Object.keys(DAY_WORDS).sort((x, y) => y.length - x.length).join("|")})`;
const SEASON_W = "(?:[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter)";
const NOT_WORD = "(?![\\p{L}\\p{N}])";
const GLUED_BEFORE = /[\p{L}\p{N}]/u;
const WEEKDAY_FULL = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)";
const WD_PREFIX = `(?:(?<wd>${WEEKDAY}),?\\s+)?`;

// One pattern, tried left to right; longer forms come first inside each alternative.
// The patterns carry no leading look-behind (it would be tried at every character): a match glued to a
// preceding letter or digit is rejected in code and the scan resumes one character later.
const DATE_RE = new RegExp(
    "(?:" +
    // 2025-03-04, 2025/03/04, optionally with a time
    `(?<iy>${YEAR})(?<isep>[-/])(?<im>0?[1-9]|1[0-2])\\k<isep>(?<id>3[01]|[12]\\d|0?[1-9])(?:T\\d\\d:\\d\\d(?::\\d\\d)?(?:Z|[+-]\\d\\d:?\\d\\d)?)?(?![\\d/-])` +
    // 12/24/2023, 24.12.2023, 12/24/23
    `|(?<n1>\\d{1,2})(?<nsep>[/.])(?<n2>\\d{1,2})\\k<nsep>(?<ny>${YEAR}|\\d\\d)(?![\\d/.]\\d)` +
    // [Wednesday,] November 20[, 2024]
    `|${WD_PREFIX}(?<m1>${MONTH})\\s+(?<d1>${DAY})${NOT_WORD}(?:,?\\s+(?<y1>${YEAR})${NOT_WORD})?` +
    // [Wednesday,] [the] 20[th] [of] November[,] [2024]
    `|(?:(?<wd2>${WEEKDAY}),?\\s+)?(?<d2>${DAY})(?:\\s+of)?\\s+(?<m2>${MONTH})${NOT_WORD}(?:,?\\s+(?<y2>${YEAR})${NOT_WORD})?` +
    // [the] nineteenth of July[, 2024]: a day spelled out, as a script read aloud writes it
    `|(?<d9>${DAY_WORD})\\s+of\\s+(?<m9>${MONTH})${NOT_WORD}(?:,?\\s+(?<y9>${YEAR})${NOT_WORD})?` +
    // February 2022, May of 2022
    `|(?<m3>${MONTH})(?:,?\\s+|\\s+of\\s+)(?<y3>${YEAR})${NOT_WORD}` +
    // the first half of 2026, the third quarter of 2025, H2 2026, Q3 2025
    `|(?<po>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]inal|[Ll]ast)[-\\s]+(?<pu>half|quarter)(?:\\s+of)?\\s+(?<py>${YEAR})${NOT_WORD}` +
    `|(?<pq>[QH])(?<pn>[1-4])[-\\s]+(?<pqy>${YEAR})${NOT_WORD}` +
    // the fall of 2022, spring 2023
    `|(?:(?:early|late|mid)[-\\s])?(?<s4>${SEASON_W})(?:\\s+of)?\\s+(?<y4>${YEAR})${NOT_WORD}` +
    // a weekday on its own
    `|(?<wd5>${WEEKDAY_FULL})(?![\\p{L}])` +
    // a month on its own, or a year on its own: accepted only in a date context (checked below)
    `|(?<m6>${MONTH})(?![\\p{L}\\p{N}])` +
    // a decade: "the 1980s", "1990's", "the '80s"
    `|(?<dc>(?:1[89]|20)\\d0)['’]?s${NOT_WORD}|['’](?<dc2>\\d0)s${NOT_WORD}` +
    // a year read aloud, in a date context (checked below)
    `|(?<sy>${SPELLED_YEAR})${NOT_WORD}` +
    `|(?<y7>${YEAR})(?![\\p{L}\\p{N}]|[.,]\\d|%)` +
    // a season without a year, after a preposition: "in the fall"
    `|(?<=\\b(?:[Ii]n|[Dd]uring|[Bb]y|[Uu]ntil|[Ss]ince|[Tt]hrough|[Tt]hroughout)\\s+the\\s+(?:(?:early|late)\\s+)?)(?<s8>${SEASON_W})${NOT_WORD}` +
    ")",
  "gu",
);

// Cheap tests that let most sentences skip the full patterns: every date has a digit or a capitalised
// month, weekday or season; every relative time one of these words.
const MAY_HOLD_DATE = /\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|MON|TUE|WED|THU|FRI|SAT|SUN)|[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter|[Tt]wenty|[Nn]ineteen|[Tt]housand/;
const MAY_HOLD_RELATIVE = /[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|\bago\b|earlier|before|[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming|[Pp]revious|[Ff]ollowing|anniversary/;

// Words that make a bare month or year read as a date ("in September", "since 2014", "the 2022 election").
const DATE_CONTEXT_BEFORE =
  /(?:^|[^\p{L}])(?:in|since|by|until|till|from|of|during|before|after|through|throughout|to|and|or|between|early|late|mid|end|beginning|start|starting|ending|around|circa|as of|least|last|next|this|that|every|each|the|year|fiscal)[\s-]*$/iu;
const YEAR_BEFORE = /(?:1[89]|20)\d\d\s*(?:and|or|to|through|[-–])\s*$/;
const YEAR_CONTEXT_BEFORE =
  /(?:^|[^\p{L}])(?:in|since|by|until|till|from|of|for|during|before|after|through|throughout|between|early|late|mid|end|beginning|start|starting|ending|around|circa|as of|least|the|year|fiscal|(?:back|forward|postponed|delayed|deferred|moved|extended|adjourned|rescheduled)\s+to|[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter|[Jj]anuary|[Ff]ebruary|[Mm]arch|[Aa]pril|[Mm]ay|[Jj]une|[Jj]uly|[Aa]ugust|[Ss]eptember|[Oo]ctober|[Nn]ovember|[Dd]ecember)[\s-]*$/iu;
const MONEY_OR_NUMBER_BEFORE = /(?:[$€£¥₹₽₴]|\d[.,]?|\bNo\.\s*|#)\s*$/u;
// "in 2000 cases"; not "in 2019 has gone", "in 2019 was", "in 2019 remains": a verb or a pronoun ending in "s"
const PLURAL_NOUN_AFTER = /^[\s-]*(?!years?\b|months?\b|(?:has|was|is|as|his|its|this|thus|plus|us|does|says|seems|remains|becomes)\b)[a-z]+s\b(?!['’])/u;
const NAME_AFTER = /^\s+[A-Z][a-z]/u;
const UNAMBIGUOUS_MONTHS = new Set([1, 2, 7, 9, 10, 11, 12]);

function lookupMonth(s: string): number {
  return MONTHS[s.toLowerCase().replace(/\.$/, "")] ?? 0;
}

function lookupWeekday(s: string | undefined): number | undefined {
  return s ? WEEKDAYS[s.toLowerCase().replace(/\.$/, "")] : undefined;
}

function dayOf(s: string): number {
  return parseInt(s, 10);
}

function fullYear(s: string): number {
  const n = parseInt(s, 10);
  return s.length === 2 ? 2000 + n : n;
}

/** Is the bare month or year at `start` in a date context? */
function inDateContext(text: string, start: number, end: number, isYear: boolean, month: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 24);
  if (isYear) {
    if (MONEY_OR_NUMBER_BEFORE.test(before)) return false;
    // "in 2000 cases" is a count; "in 2022 alone", "in 2022's election" are years
    if (PLURAL_NOUN_AFTER.test(after)) return false;
    if (/^\s*(?:[-–]|to|and)\s*\d/.test(after) && /\b(?:from|between)\s*$/i.test(before)) return true;
    if (/^['’]s\b/.test(after) || YEAR_BEFORE.test(before)) return true;
    return YEAR_CONTEXT_BEFORE.test(before) || (/^\)/.test(after) && /\($/.test(before));
  }
  if (DATE_CONTEXT_BEFORE.test(before)) return true;
  if (NAME_AFTER.test(after)) return false;
  return UNAMBIGUOUS_MONTHS.has(month);
}

/** Calendar references in `text.slice(from, to)`, with offsets into `text`, in order, never overlapping. */
export function findDates(text: string, from = 0, to = text.length): DateMention[] {
  const out: DateMention[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  if (!MAY_HOLD_DATE.test(slice)) return out;
  DATE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DATE_RE.exec(slice))) {
    const g = m.groups!;
    const start = m.index;
    const end = start + m[0].length;
    if (start > 0 && GLUED_BEFORE.test(slice[start - 1])) {
      DATE_RE.lastIndex = start + 1;
      continue;
    }
    const d: DateMention = { start: start + from, end: end + from, text: m[0] };
    if (g.iy) {
      d.year = +g.iy;
      d.month = +g.im;
      d.day = +g.id;
    } else if (g.n1) {
      const a = +g.n1;
      const b = +g.n2;
      d.year = fullYear(g.ny);
      if (g.nsep === ".") {
        if (a > 31 || b > 12 || a < 1 || b < 1) continue;
        d.day = a;
        d.month = b;
      } else if (a <= 12 && b <= 31 && a >= 1 && b >= 1) {
        d.month = a;
        d.day = b;
        if (b <= 12 && a !== b) d.ambiguous = true;
      } else if (b <= 12 && a <= 31 && b >= 1) {
        d.month = b;
        d.day = a;
      } else continue;
    } else if (g.m1) {
      d.month = lookupMonth(g.m1);
      d.day = dayOf(g.d1);
      if (g.y1) d.year = +g.y1;
      d.weekday = lookupWeekday(g.wd);
    } else if (g.m2) {
      d.month = lookupMonth(g.m2);
      d.day = dayOf(g.d2);
      if (g.y2) d.year = +g.y2;
      d.weekday = lookupWeekday(g.wd2);
    } else if (g.m9) {
      d.month = lookupMonth(g.m9);
      d.day = DAY_WORDS[g.d9.toLowerCase()];
      if (g.y9) d.year = +g.y9;
    } else if (g.m3) {
      d.month = lookupMonth(g.m3);
      d.year = +g.y3;
    } else if (g.pu || g.pq) {
      const unit = g.pu ? g.pu : g.pq === "Q" ? "quarter" : "half";
      const n = g.pu ? PART_ORDINALS[g.po.toLowerCase()] : +g.pn;
      const last = unit === "half" ? 2 : 4;
      const k = n === 0 ? last : n;
      if (k > last) continue;
      d.year = +(g.py ?? g.pqy);
      if (unit === "quarter") d.quarter = k;
      d.half = unit === "half" ? k : k <= 2 ? 1 : 2;
    } else if (g.s4) {
      d.season = SEASONS[g.s4.toLowerCase()];
      d.year = +g.y4;
    } else if (g.wd5) {
      d.weekday = lookupWeekday(g.wd5);
    } else if (g.m6) {
      const month = lookupMonth(g.m6);
      // abbreviations alone ("Jan", "Dec.") are names or sentence ends too often
      if (/^[A-Z][a-z]{2}\.?$/.test(g.m6) && g.m6 !== "May") continue;
      if (!inDateContext(slice, start, end, false, month)) continue;
      d.month = month;
    } else if (g.dc || g.dc2) {
      // a two-digit decade is of the last century from the '30s on ("the '80s"), of this one before
      d.decade = g.dc ? +g.dc : +g.dc2 >= 30 ? 1900 + +g.dc2 : 2000 + +g.dc2;
    } else if (g.sy) {
      if (!inDateContext(slice, start, end, true, 0)) continue;
      d.year = spelledYear(g.sy);
    } else if (g.y7) {
      if (!inDateContext(slice, start, end, true, 0)) continue;
      d.year = +g.y7;
    } else if (g.s8) {
      d.season = SEASONS[g.s8.toLowerCase()];
    }
    if (d.weekday === undefined) delete d.weekday;
    // a range of days in one month: "12 and 13 May", "May 12-13, 2025": the other day is a date of that month too
    if (g.m2) {
      const r = DAY_BEFORE.exec(slice.slice(Math.max(0, start - 12), start));
      const at = start - (r ? r[0].length : 0);
      if (r && (at === 0 || !GLUED_BEFORE.test(slice[at - 1])) && (!out.length || out[out.length - 1].end <= at + from)) {
        out.push(otherDay(d, r[1], at + from, at + from + r[1].length, slice.slice(at, at + r[1].length)));
      }
    }
    out.push(d);
    if (g.m1 && !g.y1) {
      const r = DAY_AFTER.exec(slice.slice(end, end + 24));
      if (r) {
        const day = r.groups!.day ?? r.groups!.day2;
        const dayStart = end + r[0].indexOf(day);
        const last = otherDay(d, day, dayStart + from, end + r[0].length + from, slice.slice(dayStart, end + r[0].length));
        if (r.groups!.year) d.year = last.year = +r.groups!.year;
        out.push(last);
        DATE_RE.lastIndex = end + r[0].length;
      }
    }
  }
  if (/\d(?:st|nd|rd|th)\b/.test(slice)) bareDays(slice, from, out);
  return out;
}

// "from the night of the 3rd", "on the 14th, police said": a day of the month with the month left to the
// story; only after a preposition of time and where no noun follows ("the 3rd floor", "the 4th round")
const BARE_DAY = /(?<![\p{L}\p{N}])(?:on|of|from|until|till|by|since|before|after|between|and)\s+the\s+(?<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)(?=\s*(?:[,.;:!?)]|$)|\s+(?:at|in|and|or|when|until|till|to|after|before|but|as|with)\b)/gu;

function bareDays(slice: string, from: number, out: DateMention[]): void {
  BARE_DAY.lastIndex = 0;
  let m: RegExpExecArray | null;
  let added = false;
  while ((m = BARE_DAY.exec(slice))) {
    const text = m[0].slice(m[0].lastIndexOf("the"));
    const start = m.index + m[0].length - text.length + from;
    const end = m.index + m[0].length + from;
    if (out.some((d) => d.start < end && start < d.end)) continue;
    out.push({ start, end, text, day: +m.groups!.day });
    added = true;
  }
  if (added) out.sort((x, y) => x.start - y.start);
}

// the first day of a range before a day-month date ("12 and 13 May", "12-13 May", "from 12 until 16
// August"), and the last one after a month-day date ("May 12-13", "May 12 and 13, 2025")
const DAY_BEFORE = new RegExp(`(${DAY})\\s*(?:-|–|and|to|until|till|through|&)\\s*$`, "u");
// ("May 12 and 13 people" is a date and a count: a day after "and" or "to" must end the phrase, or be followed
// by a word that starts another phrase: "from September 12 to 17 with 58 shows")
const DAY_AFTER = new RegExp(
  `^(?:\\s*[-–]\\s*(?<day>${DAY})${NOT_WORD}|\\s+(?:and|to|&)\\s+(?<day2>${DAY})(?=\\s*(?:[,.;:)]|$)|\\s+(?:with|in|at|for|as|when|after|before|while|but|on|across|this|next|last|and|or)\\b))(?:,?\\s+(?<year>${YEAR})${NOT_WORD})?`,
  "u",
);

function otherDay(d: DateMention, day: string, start: number, end: number, text: string): DateMention {
  const out: DateMention = { start, end, text, month: d.month, day: dayOf(day) };
  if (d.year !== undefined) out.year = d.year;
  return out;
}

// Relative times: "yesterday", "last year", "next week", "two years ago", "earlier this month".
const NUM_WORDS: Record<string, number> = table({
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, fifty: 50, hundred: 100, several: 3, few: 3, couple: 2,
});
const REL_UNIT = "(?:year|month|week|weekend|day|decade|hour)";
const RELATIVE_RE = new RegExp(
    "(?:" +
    "(?<today>[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight)" +
    `|(?<ago>(?<agoN>\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|a hundred|several|a few|a couple of)\\s+(?<agoU>${REL_UNIT})s?\\s+(?:ago|earlier|before)` +
    ")" +
    `|(?<rel>(?:[Ee]arlier|[Ll]ater)\\s+)?(?<relW>[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming|[Pp]revious|[Ff]ollowing)\\s+(?<relU>${REL_UNIT}|${SEASON_W}|${WEEKDAY})` +
    `|(?<anniv>(?:\\d+|one|two|three|four|five|ten|twenty|fifty|hundred)(?:th|st|nd|rd)?[-\\s]year\\s+anniversary|anniversary)` +
    ")" +
    NOT_WORD,
  "gu",
);

/** Relative time expressions in `text.slice(from, to)`: not absolute dates, but what a timeline check needs. */
export function findRelativeTimes(text: string, from = 0, to = text.length): RelativeTime[] {
  const out: RelativeTime[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  if (!MAY_HOLD_RELATIVE.test(slice)) return out;
  RELATIVE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RELATIVE_RE.exec(slice))) {
    if (m.index > 0 && GLUED_BEFORE.test(slice[m.index - 1])) {
      RELATIVE_RE.lastIndex = m.index + 1;
      continue;
    }
    const g = m.groups!;
    const base = { start: m.index + from, end: m.index + m[0].length + from, text: m[0] };
    if (g.today) {
      const w = g.today.toLowerCase();
      out.push({ ...base, unit: "day", offset: w === "yesterday" ? -1 : w === "tomorrow" ? 1 : 0, kind: "today" });
    } else if (g.ago) {
      const n = /^\d+$/.test(g.agoN) ? +g.agoN : (NUM_WORDS[g.agoN.toLowerCase().replace(/^a (?:few|couple of)$/, "few").replace(/^a hundred$/, "hundred")] ?? 1);
      out.push({ ...base, unit: g.agoU.toLowerCase() as RelativeUnit, offset: -n, kind: "ago" });
    } else if (g.relW) {
      const w = g.relW.toLowerCase();
      const u = g.relU;
      const offset = w === "last" || w === "past" || w === "previous" ? -1 : w === "this" ? 0 : 1;
      const kind: RelativeTime["kind"] = g.rel ? (g.rel.trim().toLowerCase() === "earlier" ? "earlier" : "later") : offset < 0 ? "last" : offset > 0 ? "next" : "this";
      const weekday = lookupWeekday(u);
      const season = SEASONS[u.toLowerCase()];
      const r: RelativeTime = { ...base, unit: weekday !== undefined ? "weekday" : season ? "season" : (u.toLowerCase() as RelativeUnit), offset, kind };
      if (weekday !== undefined) r.weekday = weekday;
      if (season) r.season = season;
      out.push(r);
    } else if (g.anniv) {
      out.push({ ...base, unit: "year", offset: 0, kind: "anniversary" });
    }
  }
  return out;
}

const DATELINE_LABEL = /(?:^|[\s|·•—–-])(?:date|dated|published|updated|posted|last updated|first published|modified|released)\s*(?:on|at)?\s*:?\s*$/i;
const LABEL_FIRST = /^\W*(?:date|dated|published|updated|posted|last updated|first published|modified|released)\b/i;
const DATELINE_WORDS = 60;
const DATELINE_BLOCKS = 4;

/**
 * The article's own date near the top: a dateline block ("Tuesday, March 4, 2025"), a labelled
 * date ("date 2025-03-04", "Updated Mar. 4, 2025 5:03 p.m. ET", "Published …"), within the first
 * few blocks and the first ~60 words. A date inside a sentence ("On Nov. 20, 2024, the …") is not one.
 */
export function findDateline(article: Article): DateMention | undefined {
  const text = article.text;
  let limit = text.length;
  const words = /[\p{L}\p{N}]+/gu;
  let n = 0;
  while (words.exec(text)) {
    if (++n >= DATELINE_WORDS) {
      limit = words.lastIndex;
      break;
    }
  }
  const blocks = article.blocks.slice(0, DATELINE_BLOCKS);
  for (const block of blocks) {
    if (block.start >= limit) break;
    for (const d of findDates(text, block.start, Math.min(block.end, limit))) {
      if (d.year === undefined || d.month === undefined) continue;
      const lead = text.slice(block.start, d.start);
      if (!lead.trim() || DATELINE_LABEL.test(lead) || /^[\s\p{P}|]*$/u.test(lead)) return d;
      // "Published 10:32 AM EST, Wed March 5, 2025", "By Jane Doe | March 5, 2025": a short labelled or bylined lead
      if (lead.length <= 50 && (LABEL_FIRST.test(lead) || /[|·•]\s*$/.test(lead))) return d;
      const sentence = article.sentences.find((s) => s.start <= d.start && d.start < s.end);
      if (sentence && DATELINE_LABEL.test(text.slice(sentence.start, d.start))) return d;
    }
  }
  return undefined;
}

const CALENDAR_WORDS = new Set([
  ...Object.keys(MONTHS), ...Object.keys(WEEKDAYS), ...Object.keys(SEASONS), "yesterday", "today", "tomorrow", "tonight", "ago", "last",
  "next", "this", "past", "coming", "previous", "following", "earlier", "later", "anniversary", "year", "month", "week", "day", "decade",
  // the part of a year ("the second half of 2026", "the third quarter")
  "first", "second", "third", "fourth", "final", "half", "quarter", "h1", "h2", "q1", "q2", "q3", "q4",
]);

/** A word that can be part of a date or relative time: the bag of these is what a date comparison reads. */
export function calendarWord(w: { norm: string }): boolean {
  const c = w.norm.charCodeAt(0);
  return (c >= 48 && c <= 57) || CALENDAR_WORDS.has(calendarKey(w.norm)) || spelledYearWord(w.norm);
}

/** A word of a year read aloud: "twenty", "twenty-eight", "thousand", "oh". */
function spelledYearWord(norm: string): boolean {
  // (asked of every changed word of a pair: no split, no array)
  if (norm === "thousand" || Y_VALUE.has(norm)) return true;
  const dash = norm.indexOf("-");
  return dash > 0 && Y_VALUE.has(norm.slice(0, dash)) && Y_VALUE.has(norm.slice(dash + 1));
}
