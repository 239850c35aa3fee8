// Rule `timeline`: relative time that contradicts the article's own dates — a milestone ("approaches its
// two-year mark", "will celebrate its 100th anniversary next year") that the dateline and a start date the
// text states put elsewhere; "last year" glossed with the wrong year; a weekday that does not match its
// date; a day and month reported in the past tense that, read in the article's year, has not happened yet.
// Pure: no vscode import. Never guesses: without a dateline, or without one clear start date, it stays quiet.

import type { ArticleRule, ArticleContext } from "./rule";
import type { Span } from "../types";
import type { ArticleAnalysis } from "../analysis";
import { findDates, type DateMention } from "../facts/dates";
import { findNumbers } from "../facts/numbers";

const HAS_DIGIT = /\d/;
const MILESTONE_WORD = /anniversar|year|birthday/i;
const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

const MILESTONE =
  /\b(?:(?:will|would|to) )?(?<verb>approach(?:es|ed|ing)?|near(?:s|ed|ing)?|head(?:s|ed|ing)? (?:into|toward|towards)|enter(?:s|ed|ing)?|reach(?:es|ed|ing)?|mark(?:s|ed|ing)?|celebrat(?:e|es|ed|ing)|commemorat(?:e|es|ed|ing)|(?:is|was|are|were) (?:now )?in)\s+(?:its|their|his|her|the)\s+(?<num>\d+(?:st|nd|rd|th)?|[a-z]+(?:-[a-z]+)?)[- ](?<unit>year[- ]mark|year[- ]anniversary|anniversary|birthday|year)\b/gi;
const RELATIVE_AFTER = /^[^.;]{0,24}?\b(?<rel>next year|this year|last year)\b/i;
const START_WORDS = /\b(?:began|begun|begins|started|starts|launched|opened|founded|invaded|invasion|broke out|erupted|established|took office|created|first held|inaugurated|elected|came to power|debuted|was born|born)\b/i;
const REL_YEAR =
  /\b(?<rel>last year|this year|next year|(?<n>\w+) years? ago)\b,?\s+(?:in\s+|of\s+)?(?:(?:early|late|mid-?)\s*)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|fall|autumn|winter)\s+(?:of\s+)?)?(?<year>(?:19|20)\d\d)\b/g;
const FUTURE = /\b(?:will|would|'ll|shall|(?:is|are|was|were) (?:scheduled|set|expected|due|slated|planned|to)|plans? to|planning to|next|upcoming|coming|until|through|by|before)\b/i;
const PAST = /\b(?:said|told|was|were|had|did|voted|met|announced|decided|approved|rejected|held|took|gave|made|came|went|signed|passed|ruled|died|won|lost|[a-z]{3,}ed)\b/;
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, a: 1, an: 1 };

interface YM {
  year: number;
  month?: number;
  day?: number;
}

function fmt(d: YM): string {
  if (d.month && d.day) return `${d.day} ${MONTH_NAMES[d.month - 1]} ${d.year}`;
  if (d.month) return `${MONTH_NAMES[d.month - 1]} ${d.year}`;
  return String(d.year);
}

/** Whole months from a to b (b later), counting a day of month only when both have one. */
function monthsBetween(a: YM, b: YM): number {
  let m = (b.year - a.year) * 12 + ((b.month ?? 1) - (a.month ?? 1));
  if (a.day && b.day && b.day < a.day) m--;
  return m;
}

function span(m: number): string {
  const y = Math.floor(Math.abs(m) / 12);
  const mo = Math.abs(m) % 12;
  const parts = [];
  if (y) parts.push(`${y} year${y === 1 ? "" : "s"}`);
  if (mo || !y) parts.push(`${mo} month${mo === 1 ? "" : "s"}`);
  return parts.join(" ");
}

function numberOf(word: string): number | undefined {
  const w = word.toLowerCase();
  if (/^\d+/.test(w)) return parseInt(w, 10);
  if (w in NUMBER_WORDS) return NUMBER_WORDS[w];
  const n = findNumbers(`its ${w} year`).find((x) => x.kind === "ordinal" || x.kind === "cardinal" || x.kind === "duration");
  return n?.value;
}

/** The start date a milestone counts from: a dated start earlier in the sentence, or the one dated start in the article. */
function startDate(analysis: ArticleAnalysis, sentenceStart: number, at: number, dates: DateMention[]): DateMention | undefined {
  const text = analysis.article.text;
  const before = dates.filter((d) => d.year !== undefined && d.end <= at && d.start >= sentenceStart);
  if (before.length) return before[before.length - 1];
  const starts = new Map<string, DateMention>();
  for (const info of analysis.sentences) {
    if (info.role !== "body" && info.role !== "caption") continue;
    const s = info.sentence;
    if (!START_WORDS.test(s.text)) continue;
    for (const d of findDates(text, s.start, s.end)) {
      if (d.year === undefined || analysis.dateline?.start === d.start) continue;
      const near = text.slice(Math.max(s.start, d.start - 80), Math.min(s.end, d.end + 40));
      if (START_WORDS.test(near)) starts.set(`${d.year}-${d.month ?? 0}`, d);
    }
  }
  return starts.size === 1 ? [...starts.values()][0] : undefined;
}

function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** The year a day and month without a year most likely fall in: the one nearest the article's date. */
function nearestYear(ref: YM, month: number, day: number): number {
  const here = Date.UTC(ref.year, (ref.month ?? 1) - 1, ref.day ?? 1);
  let best = ref.year;
  let bestGap = Infinity;
  for (const y of [ref.year - 1, ref.year, ref.year + 1]) {
    const gap = Math.abs(Date.UTC(y, month - 1, day) - here);
    if (gap < bestGap) {
      bestGap = gap;
      best = y;
    }
  }
  return best;
}

export const timeline: ArticleRule = {
  id: "timeline",
  family: "article",
  defaultSeverity: "warning",
  description: "Relative time (\"last year\", \"approaches its two-year mark\") that contradicts the article's own dates.",
  check(ctx: ArticleContext): void {
    const { analysis } = ctx;
    const text = ctx.article.text;
    const dl = analysis.dateline;
    const report = (sp: Span, message: string) => ctx.report({ span: sp, message });

    // A dateline whose weekday does not match its date.
    if (dl && dl.weekday !== undefined && dl.year && dl.month && dl.day && weekdayOf(dl.year, dl.month, dl.day) !== dl.weekday) {
      report({ start: dl.start, end: dl.end }, `"${dl.text}" does not match the calendar: ${MONTH_NAMES[dl.month - 1]} ${dl.day}, ${dl.year} is a ${WEEKDAY_NAMES[weekdayOf(dl.year, dl.month, dl.day)]}.`);
    }
    if (!dl || dl.year === undefined) return;
    const ref: YM = { year: dl.year, month: dl.month, day: dl.day };

    for (const info of analysis.sentences) {
      if (info.role !== "body" && info.role !== "caption" && info.role !== "question") continue;
      const s = info.sentence;
      // the date checks need a digit (a day or a year) in the sentence, the milestone check a milestone word
      const hasDigit = HAS_DIGIT.test(s.text);
      if (!hasDigit && !MILESTONE_WORD.test(s.text)) continue;
      const dates = hasDigit ? findDates(text, s.start, s.end).filter((d) => d.start !== dl.start) : [];

      // Weekdays that do not match their date.
      for (const d of dates) {
        if (d.weekday === undefined || !d.month || !d.day) continue;
        const year = d.year ?? nearestYear(ref, d.month, d.day);
        const actual = weekdayOf(year, d.month, d.day);
        if (actual !== d.weekday) {
          report({ start: d.start, end: d.end }, `"${d.text}" does not match the calendar: ${MONTH_NAMES[d.month - 1]} ${d.day}, ${year} is a ${WEEKDAY_NAMES[actual]}.`);
        }
      }

      // A day and month, no year, told in the past tense, that falls after the article's date.
      const masked = info.masked;
      if (ref.month && ref.day && PAST.test(masked)) {
        for (const d of dates) {
          if (d.year !== undefined || !d.month || !d.day || d.weekday !== undefined) continue;
          const near = masked.slice(Math.max(0, d.start - s.start - 60), d.end - s.start + 60);
          if (FUTURE.test(near)) continue;
          const after = d.month > ref.month || (d.month === ref.month && d.day > ref.day + 1);
          if (!after) continue;
          const from = /^(?:On|on)\s$/.test(text.slice(d.start - 3, d.start)) ? d.start - 3 : d.start;
          report(
            { start: from, end: d.end },
            `"${text.slice(from, d.end)}" has no year and falls after the article's date (${fmt(ref)}), yet the sentence tells it in the past — add the year (${MONTH_NAMES[d.month - 1]} ${d.day}, ${ref.year - 1}?).`,
          );
        }
      }

      // "last year, in November 2021"
      REL_YEAR.lastIndex = 0;
      let r: RegExpExecArray | null;
      const sentenceText = text.slice(s.start, s.end);
      while ((r = REL_YEAR.exec(sentenceText))) {
        const g = r.groups!;
        const rel = g.rel.toLowerCase();
        const offset = rel === "last year" ? -1 : rel === "this year" ? 0 : rel === "next year" ? 1 : -(numberOf(g.n) ?? NaN);
        if (Number.isNaN(offset)) continue;
        const expected = ref.year + offset;
        const stated = parseInt(g.year, 10);
        if (stated === expected) continue;
        const at = s.start + r.index;
        report(
          { start: at, end: at + r[0].length },
          `"${g.rel}" points to ${expected} (the article is dated ${fmt(ref)}), but the text says ${stated}.`,
        );
      }

      // Milestones: "approaches its two-year mark", "will celebrate its 100th anniversary next year".
      MILESTONE.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = MILESTONE.exec(sentenceText))) {
        const g = m.groups!;
        const n = numberOf(g.num);
        if (!n || n > 500) continue;
        const at = s.start + m.index;
        const start = startDate(analysis, s.start, at, dates.length ? dates : findDates(text, s.start, s.end));
        if (!start || start.year === undefined) continue;
        const from: YM = { year: start.year, month: start.month, day: start.day };
        const ordinalYear = /^year$/i.test(g.unit);
        const target: YM = { year: start.year + (ordinalYear ? n - 1 : n), month: start.month, day: start.day };
        const phrase = m[0];
        const verb = g.verb.toLowerCase();
        const where: Span = { start: at, end: at + phrase.length };
        const since = monthsBetween(from, ref);
        const startText = `the text dates the start to ${fmt(from)}`;
        const rel = RELATIVE_AFTER.exec(sentenceText.slice(m.index + phrase.length));
        if (rel) {
          const r2 = rel.groups!.rel.toLowerCase();
          const expectedYear = ref.year + (r2 === "next year" ? 1 : r2 === "last year" ? -1 : 0);
          if (target.year !== expectedYear) {
            const end = at + phrase.length + rel.index + rel[0].length;
            report(
              { start: at, end },
              `"${text.slice(at, end)}" does not add up: ${startText}, so the milestone falls in ${target.year}, but "${rel.groups!.rel}" points to ${expectedYear} (the article is dated ${fmt(ref)}).`,
            );
          }
          continue;
        }
        if (start.month === undefined || ref.month === undefined) continue;
        const toTarget = monthsBetween(ref, target);
        if (/^(?:approach|near|head)/.test(verb)) {
          if (toTarget < 0) {
            report(where, `"${phrase}" is stale: ${startText} and the article is dated ${fmt(ref)}, ${span(since)} later — the milestone passed in ${fmt({ year: target.year, month: target.month })}.`);
          } else if (toTarget > 12) {
            report(where, `"${phrase}" is early: ${startText} and the article is dated ${fmt(ref)}, only ${span(since)} later — the milestone is ${span(toTarget)} away.`);
          }
        } else if (/^(?:is|was|are|were)/.test(verb) && ordinalYear) {
          const intoYear = monthsBetween(target, ref);
          if (intoYear < 0 || intoYear >= 12) {
            report(where, `"${phrase}" does not add up: ${startText} and the article is dated ${fmt(ref)}, ${span(since)} later.`);
          }
        } else if (/^(?:mark|celebrat|commemorat|reach|enter)/.test(verb) && !/ed$/.test(verb) && Math.abs(toTarget) > 3) {
          report(where, `"${phrase}" does not add up: ${startText} and the article is dated ${fmt(ref)}, ${span(since)} later.`);
        }
      }
    }
  },
};
