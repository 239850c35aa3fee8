import { test } from "node:test";
import assert from "node:assert/strict";
import { changedWording } from "../../src/core/rules/changed-wording";
import { runRule } from "../fixtures/facts/pair";

test("a loaded word swapped for another wording", () => {
  const r = runRule(changedWording, "Talks ended after the group's brutal attacks on villages.", "Talks ended after the group's atrocities on villages.");
  assert.deepEqual(r.spans, [["brutal attacks", "atrocities"]]);
  assert.equal(
    r.reports[0].message,
    'Wording changed: this version says "brutal attacks"; the other says "atrocities". The word carries a judgement: check which the desk wants and make the versions agree.',
  );
  assert.deepEqual(runRule(changedWording, "It was seen as a botched rescue.", "It was seen as an unsuccessful rescue.").spans, [["a botched", "an unsuccessful"]]);
  assert.deepEqual(runRule(changedWording, "The government denied it.", "The regime denied it.").spans, [["government", "regime"]]);
});

test("neutral rewording, and quotations, stay quiet", () => {
  for (const [x, y] of [
    ["It contrasts markedly with the message.", "It is markedly at odds with the message."],
    ["“It was a brutal week,” he said.", "“It was a hard week,” he said."],
    ["The brutal attacks went on.", "The brutal attacks continued."],
  ]) assert.deepEqual(runRule(changedWording, x, y).spans, [], `${x} / ${y}`);
});
