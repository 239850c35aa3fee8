import { test } from "node:test";
import assert from "node:assert/strict";
import { covered, run } from "../fixtures/article/expect";

const rule = "timeline";
const DATED = "Wednesday, November 20, 2024\n\n";

test("timeline: a milestone the dateline has passed, with the arithmetic", () => {
  const src = `${DATED}Russia invaded Ukraine in February 2022.\n\nPutin has shown interest in talks as the war approaches its two-year mark.\n`;
  const f = run(src, { rule });
  assert.equal(f.length, 1);
  assert.equal(covered(src, f[0]), "approaches its two-year mark");
  assert.equal(
    f[0].message,
    '"approaches its two-year mark" is stale: the text dates the start to February 2022 and the article is dated 20 November 2024, 2 years 9 months later — the milestone passed in February 2024.',
  );
});

test("timeline: anniversaries against 'next year', relative years glossed wrongly, weekdays, undated past dates", () => {
  const src =
    `${DATED}The museum, founded in 1924, will celebrate its 100th anniversary next year.\n\n` +
    "Voters rejected the plan last year, in 2021.\n\nThe hearing on Tuesday, November 28, will decide the case.\n\n" +
    "On December 4, the committee voted to delay the project, members said.\n";
  const f = run(src, { rule });
  assert.deepEqual(f.map((x) => x.message), [
    '"will celebrate its 100th anniversary next year" does not add up: the text dates the start to 1924, so the milestone falls in 2024, but "next year" points to 2025 (the article is dated 20 November 2024).',
    '"last year" points to 2023 (the article is dated 20 November 2024), but the text says 2021.',
    '"Tuesday, November 28" does not match the calendar: November 28, 2024 is a Thursday.',
    '"On December 4" has no year and falls after the article\'s date (20 November 2024), yet the sentence tells it in the past — add the year (December 4, 2023?).',
  ]);
});

test("timeline: consistent dates, future events and articles without a dateline stay quiet", () => {
  const consistent =
    "Thursday, September 18, 2025\n\nThe festival, first held in 2015, marks its 10th anniversary this weekend.\n\n" +
    "A final vote is scheduled for December 2. The company, founded in March 2024, is approaching its second anniversary.\n";
  assert.deepEqual(run(consistent, { rule }), []);
  assert.deepEqual(run("The war, which began in February 2022, is approaching its first anniversary.\n", { rule }), []);
});

test("timeline: datelines in the common formats", () => {
  for (const line of ["2023-12-24", "date 2023-12-24", "Dec. 24, 2023", "Sunday, December 24, 2023"]) {
    const src = `${line}\n\nThe war began in February 2022.\n\nThe war approaches its first anniversary.\n`;
    const f = run(src, { rule });
    assert.equal(f.length, 1, line);
    assert.match(f[0].message, /article is dated 24 December 2023, 1 year 10 months later/);
  }
});
