import { test } from "node:test";
import assert from "node:assert/strict";
import { covered, run } from "../fixtures/article/expect";

const rule = "unattributed-claim";

test("unattributed-claim: the range is the claim sentence and the message names the kind and the words", () => {
  const src = "The council met on Tuesday.\n\nThe decision was a botched attempt to appease rural voters. The vote was 5-2.\n";
  const f = run(src, { rule });
  assert.equal(f.length, 1);
  assert.equal(covered(src, f[0]), "The decision was a botched attempt to appease rural voters.");
  assert.equal(f[0].message, 'Unattributed judgement: "botched attempt" — name who judges it so, or quote them.');
  assert.equal(f[0].severity, "warning");
});

test("unattributed-claim: one message per kind of claim", () => {
  const cases: [string, string][] = [
    ["The war has lasted longer than the general expected.", 'Unattributed claim about what someone thinks or wants: "longer than the general expected" — say who says so, or quote them.'],
    ["The new arena is the largest in the state.", 'Unattributed comparison: "the largest" — name the source of the comparison, or quote it.'],
    ["Rents have risen sharply since the mill closed.", 'Unattributed trend: "risen sharply" — name the source of the figures.'],
    ["The blackout was caused by a faulty transformer.", 'Unattributed cause: "caused" — name who says so, or quote them.'],
    ["Prices will likely keep climbing through the winter.", 'Unattributed prediction: "will likely" — name who predicts it, or quote them.'],
    ["Nearly 40% of residents commute by bus.", 'Unattributed figure: "Nearly 40%" — say where the number comes from.'],
  ];
  for (const [src, message] of cases) {
    const f = run(src, { rule });
    assert.equal(f.length, 1, src);
    assert.equal(f[0].message, message);
    assert.deepEqual(f[0].span, { start: 0, end: src.length });
  }
});

test("unattributed-claim: cues in every position and tense attribute the sentence", () => {
  for (const src of [
    "The budget is the largest in the city's history, the mayor said.",
    "The mayor says the budget is the largest in the city's history.",
    "Said the mayor: the budget is the largest in the city's history.",
    "According to the mayor, the budget is the largest in the city's history.",
    "The mayor has told reporters the budget is the largest in the city's history.",
    "In the mayor's view, the budget is the largest in the city's history.",
    "In a statement, the ministry called the strike reckless.",
    "Mayor Ruiz: “The budget is the largest in the city's history.”",
    "Court records show donations fell by half after the scandal.",
    "Economists expect inflation to ease further next year.",
    "Tourism officials in coastal towns worry that a cap could drive visitors elsewhere.",
    "The company now expects to deliver between 410,000 and 430,000 vehicles, down from 500,000.",
  ]) assert.deepEqual(run(src, { rule }), [], src);
});

test("unattributed-claim: attribution carries forward in its paragraph, never backwards or into the next paragraph", () => {
  const src =
    "Prices rose sharply last year. The agency said costs would climb further.\n\n" +
    "The superintendent said enrollment had dropped. The decline is the steepest in the state.\n\n" +
    "The decline is the steepest in the region.\n";
  const f = run(src, { rule });
  assert.deepEqual(f.map((x) => covered(src, x)), ["Prices rose sharply last year.", "The decline is the steepest in the region."]);
});

test("unattributed-claim: an attributed bullet does not cover its siblings; a lead-in with a cue covers the list", () => {
  const bullets = "Key points:\n\n  • The war has lasted longer than the general expected.\n  • The Times reported that talks had stalled.\n";
  assert.deepEqual(run(bullets, { rule }).map((x) => covered(bullets, x)), ["The war has lasted longer than the general expected."]);
  const lead = "According to the county:\n\n- rents rose faster than wages;\n- the shortage is worst in coastal towns.\n";
  assert.deepEqual(run(lead, { rule }), []);
});

test("unattributed-claim: questions, headlines, datelines, bylines, captions and scene-setting stay quiet", () => {
  const src =
    "Wednesday, November 20, 2024\n\nThe largest strike in a decade\n\nBy Jamie Chen\n\nWill prices rise sharply again?\n\n" +
    "A crane lifts the largest beam of the bridge. Jordan Lee/Getty Images\n\nThe council met on Tuesday, and 40 vendors set up stalls.\n";
  assert.deepEqual(run(src, { rule }), []);
});

test("unattributed-claim: a quotation with its speaker is the speaker's claim, also in the next sentence", () => {
  const src = "“The plan is the worst in a generation,” said Ana Ruiz. “It will fail.”\n";
  assert.deepEqual(run(src, { rule }), []);
});

test("unattributed-claim: a claim inside a relative clause with its own cue does not cover the main clause", () => {
  const src = "The meters have been a constant source of frustration for shop owners, who blame them for falling sales.\n";
  const f = run(src, { rule });
  assert.equal(f.length, 1);
  assert.match(f[0].message, /^Unattributed judgement: "source of frustration/);
});

test("unattributed-claim: extraCues from the configuration attribute a sentence", () => {
  const src = "The plan is the costliest in the state's history, the treasurer relayed.\n";
  assert.equal(run(src, { rule }).length, 1);
  assert.deepEqual(run(src, { rule, config: { extraCues: ["relayed"] } }), []);
});
