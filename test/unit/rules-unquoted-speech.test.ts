import { test } from "node:test";
import assert from "node:assert/strict";
import { applyEdits, covered, run } from "../fixtures/article/expect";

const rule = "unquoted-speech";

test("unquoted-speech: first-person words next to a speaker, with a fix in the article's quotation style", () => {
  const src = "“There will be peace when we achieve our goals,” Putin said Associated Press. Victory is ours.\n";
  const f = run(src, { rule });
  assert.equal(f.length, 1);
  assert.equal(covered(src, f[0]), "Victory is ours.");
  assert.equal(f[0].message, 'Direct speech without quotation marks: "Victory is ours." reads as the author\'s own words — restore the quotation marks.');
  assert.equal(applyEdits(src, f[0].fixes![0].edits), "“There will be peace when we achieve our goals,” Putin said Associated Press. “Victory is ours.”\n");
  const straight = "\"We lost,\" the coach said. I take the blame.\n";
  assert.equal(applyEdits(straight, run(straight, { rule })[0].fixes![0].edits), "\"We lost,\" the coach said. \"I take the blame.\"\n");
});

test("unquoted-speech: first-person words after a speech cue and a colon", () => {
  const src = "The coach was blunt. Kell said: we start over on Monday.\n";
  const f = run(src, { rule });
  assert.deepEqual(f.map((x) => covered(src, x)), ["we start over on Monday."]);
  assert.equal(applyEdits(src, f[0].fixes![0].edits), "The coach was blunt. Kell said: “we start over on Monday.”\n");
  assert.deepEqual(run("Kell said: the team will start over on Monday.\n", { rule }), []);
});

test("unquoted-speech: a speaker addressing an audience in the sentence before", () => {
  const src = "Union leader Pat Ruiz addressed the strikers on Friday. We will not go back until we get a fair offer.\n";
  assert.equal(run(src, { rule }).length, 1);
});

test("unquoted-speech: the publication's own 'we', quoted speech, reported speech and the US stay quiet", () => {
  for (const src of [
    "We asked the county for the figures; a spokesperson said they would be released next week.",
    "“We are proud of our players,” the coach said. “They never gave up.”",
    "As we reported last week, the plant has been idle since March. The company said it would reopen.",
    "The US Army said the exercise would continue. The drills involve US and allied troops.",
    "We have yet to see progress on the front line.",
    "I have lived here for 30 years. We keep blaming the pandemic. But the truth is that we stopped showing up. “I can't compete,” the owner told me. I buy my books online too.",
  ]) assert.deepEqual(run(src, { rule }), [], src);
});
