import { test } from "node:test";
import assert from "node:assert/strict";
import { applyEdits, covered, run } from "../fixtures/article/expect";

const rule = "boilerplate";

test("boilerplate: icon alt text inside a line, with a fix that deletes it", () => {
  const src = " date 2023-12-24 Corner icon down Angle-shaped icon pointing down. The mayor resigned on Friday.\n";
  const f = run(src, { rule });
  assert.equal(f.length, 1);
  assert.equal(covered(src, f[0]), "Corner icon down Angle-shaped icon pointing down.");
  assert.equal(f[0].message, 'Icon alt text "Corner icon down Angle-shaped icon pointing down." is page debris — delete it.');
  assert.equal(applyEdits(src, f[0].fixes![0].edits), " date 2023-12-24 The mayor resigned on Friday.\n");
});

test("boilerplate: link lists, share buttons, lone photo credits and stray fragments", () => {
  const src =
    "See also  'GMA3' hosts leave ABC after reported romance\n\nThe vote is on Monday, the clerk said.\n\n" +
    "Share on Facebook Share on X Copy link\n\nThe terms were set last year. fall\n\nA crane lifts a beam. Contributor/Getty Images\n\nRelated Posts\n";
  const f = run(src, { rule });
  assert.deepEqual(f.map((x) => x.message), [
    'Page debris "See also \'GMA3\' hosts leave ABC after reported romance" (link text) is not part of the story — delete it.',
    'Share-button text "Share on Facebook Share on X Copy link" is page debris — delete it.',
    'Stray fragment "fall" after the end of the sentence — delete it, or finish the sentence.',
    'Lone photo credit "Contributor/Getty Images" in the text — delete it, or move it into the picture\'s caption.',
    'Page debris "Related Posts" (link text) is not part of the story — delete it.',
  ]);
});

test("boilerplate: never real prose", () => {
  for (const src of [
    "The singer, a pop icon of the 1980s, returned to the stage.",
    "Related research has found similar effects in mice, the authors said.",
    "Read more about the plan on the council's website, the clerk said.",
    "Fans were asked to share photos of the concert.",
    "The results are due at 8 a.m. local time.",
    "He was born in the U.S. and moved to Canada in 1990.",
  ]) assert.deepEqual(run(src, { rule }), [], src);
});
