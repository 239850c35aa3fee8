import { test } from "node:test";
import assert from "node:assert/strict";
import { covered, run } from "../fixtures/article/expect";

const rule = "vague-source";

test("vague-source: the range is the vague phrase and the message names it", () => {
  const src = "But some Western officials told the Times they were skeptical.\n";
  const f = run(src, { rule });
  assert.equal(f.length, 1);
  assert.equal(covered(src, f[0]), "some Western officials");
  assert.equal(f[0].message, 'Vague source "some Western officials" — name them, or say why they cannot be named.');
  assert.equal(f[0].severity, "information");
});

test("vague-source: every vague form in source position", () => {
  const cases: [string, string][] = [
    ["“He is willing to stop,” a former Russian official told the Times.", "a former Russian official"],
    ["The deal is close, according to people familiar with the talks.", "people familiar with the talks"],
    ["Critics say the plan is rushed.", "Critics"],
    ["Many say the plan is rushed.", "Many"],
    ["Two former senior officials close to the Kremlin, along with diplomats, told The Times that talks continued.", "Two former senior officials close to the Kremlin"],
    ["Analysts expect the bank to cut rates.", "Analysts"],
    ["But US and Western officials remain skeptical.", "US and Western officials"],
  ];
  for (const [src, words] of cases) {
    const f = run(src, { rule });
    assert.deepEqual(f.map((x) => covered(src, x)), [words], src);
  }
});

test("vague-source: agentless passives and 'reportedly' name the vague part", () => {
  const src = "The invasion was quickly seen as a botched campaign. It is believed that the general resigned. The singer is reportedly ill.\n";
  const f = run(src, { rule });
  assert.deepEqual(f.map((x) => covered(src, x)), ["was quickly seen as", "It is believed", "reportedly"]);
  assert.equal(f[0].message, 'Vague source: "was quickly seen as" does not say who holds this view — name who does, or quote them.');
  assert.equal(f[2].message, 'Vague source "reportedly" — name who reported it.');
  assert.deepEqual(run("The plan was seen as a concession by rural members.\n", { rule }), []);
});

test("vague-source: named, titled, definite and institutional sources are not vague", () => {
  for (const src of [
    "Latvian President Edgars Rinkevics told the Times that they never honored agreements.",
    "Putin said Russia's goals remained the same.",
    "The New York Times reported that talks had stalled.",
    "The official added that the review would take weeks.",
    "A spokeswoman for the governor said the bill would be signed.",
    "Researchers at the University of Oslo said the data were incomplete.",
    "County officials said the road would reopen on Friday.",
    "Officials at the Pentagon said the exercise would go ahead.",
    "Most economists surveyed by Reuters expect a cut.",
    "Punctuality has worsened since the pandemic, official figures show.",
    "A YouGov poll published last month found that 64% of voters support the plan.",
    "“We're disappointed,” an Airbnb spokesperson said in an email.",
  ]) assert.deepEqual(run(src, { rule }), [], src);
});

test("vague-source: anonymity with a reason is accepted; without one the message asks for it", () => {
  assert.deepEqual(run("Two officials, who spoke on condition of anonymity because they were not authorized to discuss the talks, said a deal was near.\n", { rule }), []);
  assert.deepEqual(run("A senior official said a deal was near. The official spoke on condition of anonymity to discuss private deliberations.\n", { rule }), []);
  const src = "A senior official, speaking on condition of anonymity, said a deal was near.\n";
  const f = run(src, { rule });
  assert.equal(f.length, 1);
  assert.equal(f[0].message, 'Vague source "A senior official" is granted anonymity without a reason — name them, or say why they cannot be named.');
});

test("vague-source: trustedSources are never vague", () => {
  const src = "People familiar with the matter said the merger would be announced on Monday.\n";
  assert.equal(run(src, { rule }).length, 1);
  assert.deepEqual(run(src, { rule, config: { trustedSources: ["people familiar with the matter"] } }), []);
  assert.deepEqual(run("Pentagon officials said the drill was routine.\n", { rule, config: { trustedSources: ["pentagon officials"] } }), []);
});
