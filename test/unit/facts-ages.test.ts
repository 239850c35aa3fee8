import { test } from "node:test";
import assert from "node:assert/strict";
import { parseArticle } from "../../src/core/article";
import { findAges } from "../../src/core/facts/ages";
import { changedNumber } from "../../src/core/rules/changed-number";
import { runRule } from "../fixtures/facts/pair";

const ages = (text: string) => findAges(parseArticle("a.txt", text)).map((m) => [m.name, m.value, text.slice(m.start, m.end), m.sentence]);

test("an age beside a name, after it or before it, is tied to the surname", () => {
  assert.deepEqual(ages("Martin Selwyn, 58, had pleaded guilty. Ana Ruiz (34) was hurt."), [
    ["selwyn", 58, "58", 0],
    ["ruiz", 34, "34", 1],
  ]);
  assert.deepEqual(ages("Martin Selwyn, aged 56, was sentenced on Friday."), [["selwyn", 56, "56", 0]]);
  assert.deepEqual(ages("The 58-year-old former mayor Martin Selwyn was sentenced."), [["selwyn", 58, "58", 0]]);
});

test("figures that are no age stay out: thousands, scores, calendar words, a count after a place", () => {
  assert.deepEqual(ages("Revenue at Selwyn, 58,000 units, rose. Kestrel won 2-1. On Tuesday, 40 people came."), []);
  assert.deepEqual(ages("In Paris, 40 people were hurt. The club is in Division 3, the lowest."), []);
});

test("an age moved with its name to another sentence and changed there is found across the articles", () => {
  const r = runRule(
    changedNumber,
    "A man was sentenced on Friday to 11 years. Martin Selwyn, 58, had pleaded guilty in June.",
    "Martin Selwyn, aged 56, was sentenced on Friday to 11 years. He had pleaded guilty in June.",
  );
  assert.deepEqual(r.spans, [["58", "56"]]);
  assert.match(r.reports[0].message, /^Age changed: this version says "58"; the other gives the same person's age as "56"\./);
  // the same age, moved: quiet; two ages for one surname in a version (a father and a son): not tied to one person
  assert.deepEqual(runRule(changedNumber, "A man was sentenced. Martin Selwyn, 58, had pleaded guilty.", "Martin Selwyn, 58, was sentenced. He had pleaded guilty.").spans, []);
  assert.deepEqual(
    runRule(changedNumber, "Tom Hale, 58, and his son Ben Hale, 31, were held. They had fled.", "Both men were held. Tom Hale, 56, had fled.").spans,
    [],
  );
});
