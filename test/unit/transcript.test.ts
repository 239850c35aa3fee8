import { test } from "node:test";
import assert from "node:assert/strict";
import { parseArticle } from "../../src/core/article";
import { compareVersions } from "../../src/core/engine";
import { defaultConfig } from "../../src/core/config";
import { labelOf, turnOf } from "../../src/core/facts/transcript";
import { quotesIn } from "../../src/core/facts/quotes";

const interview =
  "Goalkeeper Ines Varga, 24, spoke to us after Harwick won the county cup on penalties on Saturday. " +
  "Q: How did the shoot-out feel? VARGA: I was calm, strangely, because we practised penalties all week. Q: Who did you dedicate it to? VARGA: My grandmother, who taught me to play.\n\n" +
  "BREAKING: The club confirmed the final will be replayed.";

const prose =
  "Harwick goalkeeper Ines Varga, 24, said after the county cup was won on penalties on Saturday: \u201cI was calm, strangely, because we practised penalties all week.\u201d " +
  "She dedicated the win to \u201cmy grandmother, who taught me to play.\u201d\n\n" +
  "BREAKING: The club confirmed the final will be replayed.";

test("transcript: a capitalised label and a colon open a turn that runs to the next label in the paragraph", () => {
  const a = parseArticle("a.txt", interview);
  const texts = a.sentences.map((s) => s.text);
  const at = (start: string) => texts.findIndex((t) => t.startsWith(start));
  assert.equal(labelOf(a, at("Q: How"))?.voice, "interviewer");
  assert.equal(labelOf(a, at("VARGA: I was"))?.voice, "speaker");
  assert.equal(a.text.slice(labelOf(a, at("VARGA: I was"))!.start, labelOf(a, at("VARGA: I was"))!.nameEnd), "VARGA");
  // a line of copy headed in capitals is no speaker, and a new paragraph ends the turn
  assert.equal(labelOf(a, at("BREAKING")), undefined);
  assert.equal(turnOf(a, at("BREAKING")), undefined);
  assert.equal(turnOf(a, at("Goalkeeper")), undefined);
  // the prose a rewrite keeps: "NEWSREADER:" is the programme's own voice
  const b = parseArticle("b.txt", "NEWSREADER: Floods closed the ring road overnight.");
  assert.equal(labelOf(b, 0)?.voice, "presenter");
  // a race commentator calls what happens; the prose report states it as fact
  const race = parseArticle("c.txt", "COMMENTATOR: And it's Harbour Light by a neck! Harbour Light wins the Marlow Stakes.");
  assert.equal(labelOf(race, 0)?.voice, "presenter");
  assert.deepEqual(quotesIn(race, 0, race.text.length), []);
});

test("transcript: a speaker's answer is speech without marks; questions and the presenter are not quoted", () => {
  const a = parseArticle("a.txt", interview);
  const quoted = quotesIn(a, 0, a.text.length).map((q) => a.text.slice(q.innerStart, q.innerEnd));
  assert.deepEqual(quoted, ["I was calm, strangely, because we practised penalties all week.", "My grandmother, who taught me to play."]);
});

test("versions: an interview printed as Q and A and its prose rewrite agree; a changed answer is a changed quotation", () => {
  const a = parseArticle("a.txt", interview);
  const b = parseArticle("b.txt", prose);
  assert.deepEqual(
    compareVersions(a, b, defaultConfig()).map((f) => `${f.rule}: ${f.message}`),
    [],
  );
  const changed = parseArticle("b.txt", prose.replace("I was calm, strangely, because we practised penalties all week.", "I was nervous, strangely, because we practised penalties all week."));
  const found = compareVersions(a, changed, defaultConfig()).filter((f) => f.docId === "a.txt");
  assert.deepEqual(
    found.map((f) => [f.rule, a.text.slice(f.span.start, f.span.end)]),
    [["changed-quote", "calm"]],
  );
});

test("transcript: a lone label in capitals that is no role and no name the copy uses is a tabloid kicker, not a speaker", () => {
  const kicker = parseArticle("k.txt", "BEACH DISASTER: The coastguard said on Saturday that 3,000 barrels of crude escaped from a burst pipeline.");
  assert.equal(labelOf(kicker, 0), undefined);
  const named = parseArticle("n.txt", "MOREAU: I still can't believe it. Anne Moreau won the title on Sunday.");
  assert.equal(labelOf(named, 0)?.voice, "speaker");
  const host = parseArticle("h.txt", "HOST: What did the trial find?");
  assert.equal(labelOf(host, 0)?.voice, "presenter");
});

test("transcript: a live blog's entry labels ('LATEST:', 'JUST IN:') head entries, they are no speaker, even when two entries open with them", () => {
  const blog = parseArticle("a.txt", "LATEST: Polls have closed in Marovia. LATEST: The opposition leader, Ivo Ranić, says he will wait for the count. JUST IN: Turnout was 61 percent.");
  for (let i = 0; i < blog.sentences.length; i++) assert.equal(turnOf(blog, i), undefined);
});
