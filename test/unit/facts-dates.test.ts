import { test } from "node:test";
import assert from "node:assert/strict";
import { findDateline, findDates, findRelativeTimes, type DateMention } from "../../src/core/facts/dates";
import { parseArticle } from "../../src/core/article";

const fields = (d: DateMention) => ({ text: d.text, year: d.year, month: d.month, day: d.day, weekday: d.weekday, season: d.season });
const one = (s: string) => {
  const found = findDates(s);
  assert.equal(found.length, 1, `${s}: ${JSON.stringify(found)}`);
  return found[0];
};

test("full dates in the common English formats", () => {
  assert.deepEqual(fields(one("Tuesday, March 4, 2025")), { text: "Tuesday, March 4, 2025", year: 2025, month: 3, day: 4, weekday: 2, season: undefined });
  assert.deepEqual(fields(one("filed on Aug. 9, 2021 by")), { text: "Aug. 9, 2021", year: 2021, month: 8, day: 9, weekday: undefined, season: undefined });
  assert.deepEqual(fields(one("on 3 October 2019 the")), { text: "3 October 2019", year: 2019, month: 10, day: 3, weekday: undefined, season: undefined });
  assert.deepEqual(fields(one("Sept. 11, 2001")), { text: "Sept. 11, 2001", year: 2001, month: 9, day: 11, weekday: undefined, season: undefined });
  assert.deepEqual(fields(one("on the 5th of July")), { text: "5th of July", year: undefined, month: 7, day: 5, weekday: undefined, season: undefined });
});

test("numeric dates: ISO, US order with an ambiguity flag, European dots", () => {
  const iso = one("dated 2021-06-30 and");
  assert.deepEqual([iso.text, iso.year, iso.month, iso.day], ["2021-06-30", 2021, 6, 30]);
  const us = one("12/31/2020");
  assert.deepEqual([us.year, us.month, us.day, us.ambiguous], [2020, 12, 31, undefined]);
  const amb = one("05/06/2020");
  assert.deepEqual([amb.month, amb.day, amb.ambiguous], [5, 6, true]);
  const eu = one("am 24.12.2023");
  assert.deepEqual([eu.month, eu.day], [12, 24]);
});

test("month and day, month and year, season and year", () => {
  assert.deepEqual(fields(one("On March 8, in his")), { text: "March 8", year: undefined, month: 3, day: 8, weekday: undefined, season: undefined });
  assert.equal(one("On Jan. 8 the").text, "Jan. 8");
  assert.deepEqual([one("in June 2020, when").month, one("in June 2020, when").year], [6, 2020]);
  const fall = one("in the fall of 2019, after");
  assert.deepEqual([fall.text, fall.season, fall.year], ["fall of 2019", "fall", 2019]);
  assert.equal(one("in autumn 2018").season, "fall");
});

test("a bare month or year counts only in a date context", () => {
  assert.equal(one("The mill closed in October, workers said.").month, 10);
  assert.equal(one("since at least October").month, 10);
  assert.equal(one("He arrived in May.").month, 5);
  assert.deepEqual(findDates("Theresa May said so."), []);
  assert.deepEqual(findDates("May I ask a question?"), []);
  assert.deepEqual(findDates("April Ryan asked."), []);
  assert.equal(one("in 2019 alone").year, 2019);
  assert.equal(one("the 2016 election").year, 2016);
  assert.deepEqual(findDates("between 2015 and 2017").map((d) => d.year), [2015, 2017]);
  assert.equal(one("by mid-2030").year, 2030);
});

test("counts and money are never years", () => {
  assert.deepEqual(findDates("2,000 troops"), []);
  assert.deepEqual(findDates("it cost $2019 in total"), []);
  assert.deepEqual(findDates("in 2000 cases the court agreed"), []);
  // a decade is not the year it starts with
  assert.equal(one("the 1990s").year, undefined);
});

test("decades: four digits, an apostrophe, or a shortened form; a bare \"90s\" may be an age and is left alone", () => {
  assert.equal(one("in the 1980s, she").decade, 1980);
  assert.equal(one("during the 1990's").decade, 1990);
  assert.equal(one("since the mid-1970s").decade, 1970);
  assert.equal(one("music of the ’80s").decade, 1980);
  assert.equal(one("in the '10s").decade, 2010);
  assert.equal(one("the 2000s boom").decade, 2000);
  assert.deepEqual(findDates("both in their 90s"), []);
  assert.deepEqual(findDates("model 1980sx"), []);
});

test("weekdays alone; abbreviated weekdays only with a date", () => {
  assert.equal(one("on Friday, the").weekday, 5);
  assert.deepEqual(findDates("the Sun. reported"), []);
});

test("offsets point into the whole text when a range is given", () => {
  const text = "Filler words. It happened on June 3, 2022 here.";
  const from = text.indexOf("It");
  const [d] = findDates(text, from, text.length);
  assert.equal(text.slice(d.start, d.end), "June 3, 2022");
  assert.deepEqual(findDates(text, 0, from), []);
});

test("relative times are kept apart from dates", () => {
  assert.deepEqual(findDates("last year and yesterday"), []);
  const rel = findRelativeTimes("It rose last year, fell yesterday and peaked three weeks ago; a vote is due next Monday.");
  assert.deepEqual(
    rel.map((r) => [r.text, r.unit, r.offset, r.kind]),
    [["last year", "year", -1, "last"], ["yesterday", "day", -1, "today"], ["three weeks ago", "week", -3, "ago"], ["next Monday", "weekday", 1, "next"]],
  );
  assert.equal(findRelativeTimes("earlier this month")[0].kind, "earlier");
});

test("the dateline: a date block, a labelled date, never a date inside a sentence", () => {
  const a = parseArticle("a", "Tuesday, March 4, 2025\n\nHeadline here\n\nThe council met.");
  assert.deepEqual([findDateline(a)?.text, findDateline(a)?.year], ["Tuesday, March 4, 2025", 2025]);
  const b = parseArticle("b", " date 2021-06-30 Menu icon. The council met on Monday and agreed.");
  assert.equal(findDateline(b)?.text, "2021-06-30");
  const c = parseArticle("c", "Headline\n\nUpdated Aug. 9, 2021 5:03 p.m. ET\n\nThe council met.");
  assert.equal(findDateline(c)?.text, "Aug. 9, 2021");
  const d = parseArticle("d", "Headline\n\nOn Aug. 9, 2021, the council met.");
  assert.equal(findDateline(d), undefined);
  const far = parseArticle("e", `${"Word ".repeat(80)}\n\nAug. 9, 2021`);
  assert.equal(findDateline(far), undefined);
});

test("datelines after a label with a time, or after a byline separator", () => {
  assert.equal(findDateline(parseArticle("f", "Published 10:32 AM EST, Wed March 5, 2025\n\nThe council met."))?.text, "March 5, 2025");
  assert.equal(findDateline(parseArticle("g", "By Jane Doe | March 5, 2025\n\nThe council met."))?.text, "March 5, 2025");
  assert.equal(findDateline(parseArticle("h", "The council, which first met on March 5, 2025, agreed.")), undefined);
});

test("day ranges: the other day of '12 and 13 May', 'May 12-13, 2025' is a date of the same month; a count after 'and' is not", () => {
  const days = (s: string) => findDates(s).map((d) => [d.text, d.day, d.month, d.year ?? null]);
  assert.deepEqual(days("on 12 and 13 May, the office said"), [["12", 12, 5, null], ["13 May", 13, 5, null]]);
  assert.deepEqual(days("on May 12-13, 2025."), [["May 12", 12, 5, 2025], ["13, 2025", 13, 5, 2025]]);
  assert.deepEqual(days("on May 12 and 13 people died"), [["May 12", 12, 5, null]]);
});

test("a year a thing was put off or moved to is a date: 'pushed back to 2027', 'postponed to 2026'; 'rose to 2027 people' is not", () => {
  assert.deepEqual(findDates("The trial has been pushed back to 2027.").map((d) => d.year), [2027]);
  assert.deepEqual(findDates("The vote was postponed to 2026 by the court.").map((d) => d.year), [2026]);
  assert.deepEqual(findDates("Membership rose to 2027 people.").map((d) => d.year), []);
});

test("a year before a verb ending in 's' is a year: 'in 2019 has gone', 'in 2019 was'; 'in 2000 cases' is a count", () => {
  assert.deepEqual(findDates("The hoard found near Ashby in 2019 has gone on display.").map((d) => d.year), [2019]);
  assert.deepEqual(findDates("The law passed in 2019 was repealed.").map((d) => d.year), [2019]);
  assert.deepEqual(findDates("It happened in 2000 cases."), []);
});

test("a day of the month alone after a preposition of time is a date ('from the night of the 3rd'); 'the 3rd floor' is not", () => {
  const days = (t: string) => findDates(t).map((d) => [d.text, d.day, d.month]);
  assert.deepEqual(days("trapped from the night of the 3rd, the railway said"), [["the 3rd", 3, undefined]]);
  assert.deepEqual(days("The sale ends on the 14th at noon."), [["the 14th", 14, undefined]]);
  assert.deepEqual(days("a fire on the 3rd floor"), []);
  assert.deepEqual(days("She finished 3rd in the final."), []);
  assert.deepEqual(days("on the 4th of March"), [["4th of March", 4, 3]]);
});

test("a day spelled out before 'of' and a month is a date, as a script read aloud writes it ('the nineteenth of July'); 'the first of many' is not", () => {
  const got = (s: string) => findDates(s).map((d) => [d.day, d.month, d.year]);
  assert.deepEqual(got("Schools break up on the nineteenth of July."), [[19, 7, undefined]]);
  assert.deepEqual(got("It opens on the twenty-first of March 2027."), [[21, 3, 2027]]);
  assert.deepEqual(got("It was the first of many."), []);
});

test("findDates: a half or a quarter of a year, in words or as H1 / Q3; the half of a quarter follows from it", () => {
  const got = (s: string) => findDates(s).map((d) => [d.text, d.year, d.half, d.quarter]);
  assert.deepEqual(got("Output should start in the second half of 2027."), [["second half of 2027", 2027, 2, undefined]]);
  assert.deepEqual(got("Sales fell in the third quarter of 2025 and rose in Q4 2025."), [["third quarter of 2025", 2025, 2, 3], ["Q4 2025", 2025, 2, 4]]);
  assert.deepEqual(got("First-half 2026 results and H1 2026 guidance."), [["First-half 2026", 2026, 1, undefined], ["H1 2026", 2026, 1, undefined]]);
  assert.deepEqual(got("He finished second, half a lap behind, in 2024."), [["2024", 2024, undefined, undefined]]);
});

test("findDates: a year read aloud, in a date context ('in twenty twenty-eight', 'since nineteen ninety-nine', 'in two thousand and nine'); a count is no year", () => {
  const got = (s: string) => findDates(s).map((d) => [d.text, d.year]);
  assert.deepEqual(got("The line should open in twenty twenty-eight."), [["twenty twenty-eight", 2028]]);
  assert.deepEqual(got("Prices have doubled since nineteen ninety-nine."), [["nineteen ninety-nine", 1999]]);
  assert.deepEqual(got("The mill closed in two thousand and nine."), [["two thousand and nine", 2009]]);
  assert.deepEqual(got("Twenty-one people and twenty twenty-five visitors came."), []);
});
