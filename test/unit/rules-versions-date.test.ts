import { test } from "node:test";
import assert from "node:assert/strict";
import { changedDate } from "../../src/core/rules/changed-date";
import { runRule } from "../fixtures/facts/pair";

test("datelines in different formats are compared directly, even when alignment pairs nothing", () => {
  const r = runRule(changedDate, "Tuesday, March 4, 2025\n\nThe council met.", "date 2024-11-02 Menu\n\nThe council met.", []);
  assert.deepEqual(r.spans, [["Tuesday, March 4, 2025", "2024-11-02"]]);
  assert.equal(r.reports[0].message, 'Dateline changed: this version is dated "Tuesday, March 4, 2025"; the other "2024-11-02". Check which is right and make the versions agree.');
});

test("the same dateline in another format stays quiet, and is not compared twice", () => {
  const r = runRule(changedDate, "Tuesday, March 4, 2025\n\nThe council met.", "2025-03-04\n\nThe council met.");
  assert.deepEqual(r.spans, []);
});

test("a changed date inside an aligned sentence", () => {
  const r = runRule(changedDate, "The law took effect on Dec. 14, 2021.", "The law took effect on December 15, 2021.");
  assert.deepEqual(r.spans, [["Dec. 14, 2021", "December 15, 2021"]]);
  assert.deepEqual(runRule(changedDate, "It was signed in 2019.", "It was signed in 2018.").spans, [["2019", "2018"]]);
  assert.deepEqual(runRule(changedDate, "They met on Monday.", "They met on Tuesday.").spans, [["Monday", "Tuesday"]]);
  assert.deepEqual(runRule(changedDate, "Prices rose last year.", "Prices rose this year.").spans, [["last year", "this year"]]);
  assert.deepEqual(runRule(changedDate, "She led the work in the 1980s.", "During the 1990s she led the work.").spans, [["1980s", "1990s"]]);
});

test("the same date written differently, or stated more or less precisely, stays quiet", () => {
  for (const [x, y] of [
    ["On December 14, he spoke.", "On Dec. 14 he spoke."],
    ["It began in February 2022.", "It began in Feb. 2022."],
    ["They left in September.", "They left in September 2022."],
    ["in the fall of 2022 they met", "in autumn 2022 they met"],
    ["since the early weeks of the war", "since the first weeks of the war"],
    // a decade and a year within it, or the decade written another way, say no different things
    ["It was built in the 1980s.", "It was built in 1985."],
    ["a hit of the 1980s", "a hit of the ’80s"],
  ]) assert.deepEqual(runRule(changedDate, x, y).spans, [], `${x} / ${y}`);
});

test("a changed time of day is a changed date; the same time written another way is not", () => {
  assert.deepEqual(
    runRule(changedDate, "The robbery happened at about 11:40 p.m. on Saturday.", "At about 10:40 p.m. on Saturday the robbery happened.").spans,
    [["11:40 p.m.", "10:40 p.m."]],
  );
  assert.deepEqual(runRule(changedDate, "The rocket lifted off at 06:12.", "The rocket lifted off at 06:21.").spans, [["06:12", "06:21"]]);
  for (const [x, y] of [
    ["The warning runs from 6 p.m. Friday until noon Saturday.", "The warning runs from 18:00 on Friday until midday on Saturday."],
    ["Polls close at 8pm.", "Polls close at 8 p.m."],
    ["The meeting starts at 7:30.", "The meeting starts at 7.30 p.m."],
    ["Tickets cost 2.50 euros; the score was 2:1.", "The score was 2:1 and tickets cost 2.50 euros."],
  ]) assert.deepEqual(runRule(changedDate, x, y).spans, [], `${x} / ${y}`);
});

test("a range of days in one month is two dates however it is written: '12 and 13 May' / 'May 12-13'", () => {
  assert.deepEqual(runRule(changedDate, "She will visit Lamburg on 12 and 13 May.", "She will visit Lamburg on May 12-13.").spans, []);
  assert.deepEqual(runRule(changedDate, "She will visit Lamburg on 12 and 13 May.", "She will visit Lamburg on May 12-14.").spans, [["13 May", "14"]]);
});

test("a weekday with a possessive is a date: 'Tuesday's performance' / 'Wednesday's performance'", () => {
  assert.deepEqual(runRule(changedDate, "The theatre cancelled Tuesday's performance.", "Wednesday's performance was called off by the theatre.").spans, [["Tuesday", "Wednesday"]]);
  assert.deepEqual(runRule(changedDate, "The hoard found in 2019 has gone on display.", "The hoard, found in 2017, is now on display.").spans, [["2019", "2017"]]);
});

test("the same step in another unit of the calendar is a change: 'next month' / 'next year'; a season is left alone", () => {
  assert.deepEqual(runRule(changedDate, "The clinic will open next month, the board said.", "The board said the clinic would open next year.").spans, [["next month", "next year"]]);
  assert.deepEqual(runRule(changedDate, "The club hopes to win the title this season.", "The club hopes to win the title this year.").spans, []);
});

test("'from 12 until 16 August' is two dates, so the range's end is compared with the other range's end", () => {
  assert.deepEqual(
    runRule(changedDate, "The site will be closed from 12 until 16 August, the ministry said.", "The site will be closed from August 12 to August 18, the ministry said.").spans,
    [["16 August", "August 18"]],
  );
});

test("a changed date is paired with the other version's date that agrees in more fields ('14 November' with 'November 4', not 'October 29')", () => {
  const r = runRule(
    changedDate,
    "The launch was moved to 14 November after a valve failed.",
    "The launch was pushed back from October 29 to November 4 after a valve failed.",
  );
  assert.deepEqual(r.spans, [["14 November", "November 4"]]);
});

test("a numeric date with day and month both 12 or under agrees with either reading, and conflicts with neither", () => {
  assert.deepEqual(runRule(changedDate, "The rise applies from 1/7/2025.", "The rise applies from July 1, 2025.").spans, []);
  assert.deepEqual(runRule(changedDate, "The rise applies from 1/7/2025.", "The rise applies from January 7, 2025.").spans, []);
  assert.deepEqual(runRule(changedDate, "The rise applies from 1/7/2025.", "The rise applies from July 2, 2025.").spans, [["1/7/2025", "July 2, 2025"]]);
});

test("the last day of a range followed by another phrase is a date ('from September 12 to 17 with 58 shows'); a count after 'and' is not", () => {
  assert.deepEqual(runRule(changedDate, "The week runs from 12 to 16 September with 58 shows.", "The week runs from September 12 to 17 with 58 shows.").spans, [["16 September", "17"]]);
  assert.deepEqual(runRule(changedDate, "The week runs from 12 to 16 September with 58 shows.", "The week runs from September 12 to 16 with 58 shows.").spans, []);
  assert.deepEqual(runRule(changedDate, "On May 12, 13 people died.", "On May 12 and 13 people died.").spans, []);
});

test("a date the rewrite moved into the next sentence and changed, on the same word ('sentenced on Friday' / 'will be sentenced on Thursday')", () => {
  const a = "Lorna Greaves will be sentenced on Friday after a jury found her guilty of theft. She had denied the charge.";
  assert.deepEqual(runRule(changedDate, a, "A jury has convicted Lorna Greaves of theft. Greaves, who had denied the charge, will be sentenced on Thursday.").spans, [["Friday", "Thursday"]]);
  assert.deepEqual(runRule(changedDate, a, "A jury has convicted Lorna Greaves of theft. Greaves, who had denied the charge, will be sentenced on Friday.").spans, []);
  // another event on another day is not the same date
  assert.deepEqual(runRule(changedDate, a, "A jury has convicted Lorna Greaves of theft. Greaves, who had denied the charge, was arrested on Thursday.").spans, []);
});

test("the half or quarter of a year: 'first half of 2027' / 'second half of 2027' changed; 'first half' / 'Q2' of one year agree", () => {
  assert.deepEqual(
    runRule(changedDate, "The plant will open in the first half of 2027, the company said.", "The company said the plant would open in the second half of 2027.").spans,
    [["first half of 2027", "second half of 2027"]],
  );
  assert.deepEqual(runRule(changedDate, "The plant will open in the first half of 2027.", "The plant will open in Q2 2027.").spans, []);
  assert.equal(runRule(changedDate, "The plant will open in the first half of 2027.", "The plant will open in Q3 2027.").spans.length, 1);
});

test("a year read aloud is compared as a year: 'in 2027' / 'in twenty twenty-seven' agree, 'in twenty twenty-eight' and 'twenty twenty-six' / 'twenty twenty-seven' differ", () => {
  assert.deepEqual(runRule(changedDate, "The bridge is due to open in 2027.", "The bridge is due to open in twenty twenty-seven.").spans, []);
  assert.deepEqual(runRule(changedDate, "The bridge is due to open in 2027.", "The bridge is due to open in twenty twenty-eight.").spans, [["2027", "twenty twenty-eight"]]);
  assert.equal(runRule(changedDate, "The bridge is due to open in twenty twenty-six.", "The bridge is due to open in twenty twenty-seven.").spans.length, 1);
});
