import { test } from "node:test";
import assert from "node:assert/strict";
import { changedQuote } from "../../src/core/rules/changed-quote";
import { runRule } from "../fixtures/facts/pair";

test("a reworded quotation is reported on the changed words of each side", () => {
  const r = runRule(changedQuote, "“We will not give up an inch,” the mayor said.", "“We will not give back an inch,” the mayor said.");
  assert.deepEqual(r.spans, [["up", "back"]]);
  assert.equal(
    r.reports[0].message,
    'Quotation changed: this version quotes "up"; the other quotes "back". A direct quotation must match what was said: check the source and make the versions agree.',
  );
  assert.equal(r.reports[0].fixesA?.[0].edits[0].text, "back");
});

test("a swap of neighbouring words reads as one change", () => {
  const r = runRule(changedQuote, "“They won't step aside,” she said.", "“They won't back down,” she said.");
  assert.deepEqual(r.spans, [["step aside", "back down"]]);
});

test("a quotation split in one version is compared piece by piece", () => {
  const r = runRule(
    changedQuote,
    "“We never broke a promise,” the minister said, “whatever they claim.”",
    "The minister said: “We never broke any promise, whatever they may claim.”",
  );
  assert.deepEqual(r.spans, [["a", "any"], ["they claim", "they may claim"]]);
});

test("a quotation that lost its marks", () => {
  const r = runRule(changedQuote, "He ended: “The fight goes on.”", "He ended: The fight goes on.");
  assert.deepEqual(r.spans, [["“The fight goes on.”", "The fight goes on"]]);
  assert.match(r.reports[0].message, /^Quotation marks changed: this version quotes "The fight goes on\." as a direct quotation; the other has "The fight goes on" without/);
});

test("same words, other punctuation, case or apostrophes: quiet", () => {
  for (const [x, y] of [
    ["“We’re ready,” he said.", '"We\'re ready," he said.'],
    ["“We are ready.” He left.", "“We are ready,” he said as he left."],
    ["“it is over,” she said.", "“It is over,” she told us."],
  ]) assert.deepEqual(runRule(changedQuote, x, y).spans, [], `${x} / ${y}`);
});

test("apostrophes are never quotation marks", () => {
  assert.deepEqual(runRule(changedQuote, "The officials' plan and Russia's plan.", "The officials’ plan and Russia’s new plan.").spans, []);
});

test("a quotation shortened at either end is a partial quotation, not a changed one", () => {
  assert.deepEqual(runRule(changedQuote, "“This is a dark day for our town,” the mayor said.", "The mayor called it “a dark day for our town.”").spans, []);
  assert.deepEqual(runRule(changedQuote, "“This is a dark day for our town,” the mayor said.", "The mayor called it “a sad day for our town.”").spans, [["dark", "sad"]]);
});

test("a quotation reworded and unquoted is a quotation that lost its marks; one quoted elsewhere in the other version is not", () => {
  const r = runRule(changedQuote, 'Dr Ana Vell said the outbreak was "no reason to panic but every reason for care".', "Dr Ana Vell said the outbreak was no cause for alarm but did call for care.");
  assert.deepEqual(r.spans, [['"no reason to panic but every reason for care"', "no cause for alarm but did call for care"]]);
  assert.match(r.reports[0].message, /^Quotation marks changed: this version quotes/);
  // the quotation moved to the next sentence of the other version, still quoted: no finding on this pair
  assert.deepEqual(
    runRule(
      changedQuote,
      'Dr Ana Vell said the outbreak was "no reason to panic but every reason for care". Clinics stay open.',
      'Dr Ana Vell spoke about the outbreak and urged care. "No reason to panic but every reason for care," she said.',
      [[[0], [0]], [[1], [1]]],
    ).spans,
    [],
  );
});

test("a title in quotation marks is a name, not speech: one house style quotes it, another does not", () => {
  assert.deepEqual(runRule(changedQuote, "Its game 'Ashen Crown' has sold 5 million copies.", "Ashen Crown, its game, has sold 5 million copies.").spans, []);
  assert.deepEqual(runRule(changedQuote, "The novel “The Fall of Rome” sold well.", "The novel The Fall of Rome sold well.").spans, []);
  // a sentence of speech is still speech
  assert.equal(runRule(changedQuote, "He said: “We will win this.”", "He said: We will win this.").spans.length, 1);
});

test("a quotation that opens its sentence is presented whole: dropping its first words changes it ('\"I'm hopeful I'll be fit\"' / '\"I'll be fit\"'); a fragment quoted inside a sentence may be shorter", () => {
  assert.equal(
    runRule(changedQuote, "\"I'm hopeful I'll be fit for the final, but I can't promise anything,\" Reid said.", "\"I'll be fit for the final, but I can't promise anything,\" the Briton said.").spans.length,
    1,
  );
  assert.deepEqual(
    runRule(changedQuote, "\"I'm hopeful I'll be fit for the final, but I can't promise anything,\" Reid said.", "Reid said he would \"be fit for the final, but I can't promise anything\".").spans,
    [],
  );
});

test("a quotation that lost a word of degree or a negation at its start changed ('totally unacceptable' / 'unacceptable'); one shortened by other words at either end did not ('a dark day for the town' / 'a dark day')", () => {
  assert.equal(runRule(changedQuote, "The mayor called the delay \"totally unacceptable\" on Monday.", "On Monday the mayor called the delay \"unacceptable\".").spans.length, 1);
  assert.equal(runRule(changedQuote, "She said the firm was \"not ready to expand\".", "She said the firm was \"ready to expand\".").spans.length, 1);
  assert.deepEqual(runRule(changedQuote, "He called it \"a dark day for the town\".", "He called it \"a dark day\".").spans, []);
  assert.deepEqual(runRule(changedQuote, "He said it was \"really a dark day for the town\".", "He said it was a \"dark day for the town\".").spans, []);
});

test("a speaker's one word in quotation marks that the other version states plainly lost its marks ('said they had been \"cheated\"' / 'said they had been cheated'); a writer's scare quote with no speaker did not", () => {
  assert.equal(runRule(changedQuote, "The coach said his side had been \"cheated\" by the referee.", "The coach said his side had been cheated by the referee.").spans.length, 1);
  assert.deepEqual(runRule(changedQuote, "The \"smart\" meters were installed in 2021.", "The smart meters were installed in 2021.").spans, []);
});

test("a quotation that lost a whole conjunct changed ('costly but unavoidable' / 'unavoidable', 'unavoidable but costly' / 'unavoidable'); one that lost other words at an end did not", () => {
  assert.equal(runRule(changedQuote, "The mayor called the cuts \"costly but unavoidable\".", "The cuts were \"unavoidable\", the mayor said.").spans.length, 1);
  assert.equal(runRule(changedQuote, "The mayor called the cuts \"unavoidable but costly\".", "The cuts were \"unavoidable\", the mayor said.").spans.length, 1);
  assert.deepEqual(runRule(changedQuote, "The mayor called the cuts \"unavoidable this year\".", "The cuts were \"unavoidable\", the mayor said.").spans, []);
});

test("a quotation each version sets as a whole sentence that gained or lost its last words changed ('\"We will reopen the mill,\" she said' / 'she said: \"We will reopen the mill soon.\"'); a fragment shortened at its end did not", () => {
  assert.equal(runRule(changedQuote, "\"We will reopen the mill,\" the owner told workers on Monday.", "The owner told workers on Monday: \"We will reopen the mill soon.\"").spans.length, 1);
  assert.deepEqual(runRule(changedQuote, "The owner said the mill would \"reopen within weeks\".", "The owner said the mill would \"reopen\" within weeks.").spans, []);
});
