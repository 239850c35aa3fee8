import { test } from "node:test";
import assert from "node:assert/strict";
import { applyEdits, covered, run } from "../fixtures/article/expect";

const rule = "detached-attribution";

test("detached-attribution: a lone source-and-cue sentence, with a fix that attaches it", () => {
  const src = "Putin has signaled readiness for talks since the early weeks of the invasion. The New York Times reported. But officials were skeptical.\n";
  const f = run(src, { rule });
  assert.equal(f.length, 1);
  assert.equal(covered(src, f[0]), "The New York Times reported.");
  assert.equal(f[0].message, 'Detached attribution "The New York Times reported." stands alone — attach it to the claim it sources.');
  assert.equal(f[0].fixes?.length, 1);
  assert.equal(
    applyEdits(src, f[0].fixes![0].edits),
    "Putin has signaled readiness for talks since the early weeks of the invasion, The New York Times reported. But officials were skeptical.\n",
  );
});

test("detached-attribution: the fix lower-cases a common first word and keeps a quotation's comma inside", () => {
  const a = "The plant will close in June. Officials said.\n";
  assert.equal(applyEdits(a, run(a, { rule })[0].fixes![0].edits), "The plant will close in June, officials said.\n");
  const b = "“We will win.” He said.\n";
  assert.equal(applyEdits(b, run(b, { rule })[0].fixes![0].edits), "“We will win,” he said.\n");
});

test("detached-attribution: no fix where attaching is not mechanical", () => {
  const src = "Will the plant close? The company said.\n";
  const f = run(src, { rule });
  assert.equal(f.length, 1);
  assert.equal(f[0].fixes, undefined);
});

test("detached-attribution: a wire credit fused into prose, with a fix that deletes it", () => {
  const src = "“There will be peace when we achieve our goals,” Putin said Associated Press. Victory is ours.\n";
  const f = run(src, { rule });
  assert.equal(f.length, 1);
  assert.equal(covered(src, f[0]), "Associated Press");
  assert.equal(f[0].message, 'Wire credit "Associated Press" is fused into the sentence — delete it, or make it an attribution ("…, Associated Press reported").');
  assert.equal(applyEdits(src, f[0].fixes![0].edits), "“There will be peace when we achieve our goals,” Putin said. Victory is ours.\n");
});

test("detached-attribution: a lone wire credit inside the text, but not a sign-off at the end", () => {
  const src = "“Peace will come,” Putin said. Associated Press. “Victory will be ours.”\n\nThe talks resume on Monday.\n\n— Associated Press\n";
  const f = run(src, { rule });
  assert.deepEqual(f.map((x) => covered(src, x)), ["Associated Press."]);
  assert.match(f[0].message, /^Stray wire credit "Associated Press\." inside the text/);
});

test("detached-attribution: attributions attached to their claims stay quiet", () => {
  for (const src of [
    "The factory will close in June, the company said.",
    "Reuters said the talks had collapsed.",
    "The deal was first reported by the Associated Press.",
    "The company hired 200 workers, Bloomberg reported.",
    "“We are ready,” said Reuters, quoting the minister.",
  ]) assert.deepEqual(run(src, { rule }), [], src);
});
