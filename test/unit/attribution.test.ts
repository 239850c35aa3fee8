// The attribution analysis shared by the one-article rules: quotations, cues and their sources, roles, carry-over.

import { test } from "node:test";
import assert from "node:assert/strict";
import { defaultConfig, parseArticle } from "../../src/core/index";
import { analyzeArticle, type ArticleAnalysis } from "../../src/core/analysis";

function analyze(src: string): ArticleAnalysis {
  return analyzeArticle(parseArticle("a.txt", src, "plaintext"), defaultConfig());
}

function cues(src: string): { kind: string; cue: string; source?: string; position: string }[] {
  const a = analyze(src);
  return a.sentences.flatMap((s) => s.cues.map((c) => ({
    kind: c.kind,
    cue: src.slice(c.span.start, c.span.end),
    source: c.source && src.slice(c.source.start, c.source.end),
    position: c.position,
  })));
}

test("cues: speech verbs in every position and tense, with their source", () => {
  assert.deepEqual(cues("The plan will fail, the mayor said."), [{ kind: "speech", cue: "said", source: "the mayor", position: "before" }]);
  assert.deepEqual(cues("“It will fail,” said Ana Ruiz, the council's leader."), [{ kind: "speech", cue: "said", source: "Ana Ruiz", position: "after" }]);
  assert.deepEqual(cues("Top officials have repeatedly told reporters that it will fail."), [{ kind: "speech", cue: "told", source: "Top officials", position: "before" }]);
  assert.deepEqual(cues("The deal is dead, according to two diplomats."), [{ kind: "according", cue: "according to", source: "two diplomats", position: "after" }]);
  assert.deepEqual(cues("Ana Ruiz: “It will fail.”"), [{ kind: "colon", cue: ":", source: "Ana Ruiz", position: "before" }]);
  assert.deepEqual(cues("In Ortega's view, the plan will fail."), [{ kind: "noun", cue: "In Ortega's view", source: undefined, position: "none" }]);
  assert.deepEqual(cues("Court records show donations fell."), [{ kind: "data", cue: "show", source: "Court records", position: "before" }]);
});

test("cues: ordinary uses of speech words are not cues", () => {
  for (const src of [
    "The company added 200 jobs in March.",
    "Smith claimed the title in 2019.",
    "Russia maintains control over the region.",
    "The war lasted longer than Putin expected.",
    "Shares rose as expected.",
    "The hosts left after reported romance.",
    "Residents were told to leave their homes.",
    "She called off the wedding.",
    "Key points:",
  ]) assert.deepEqual(cues(src), [], src);
});

test("cues: a comparative expectation is recorded as a claim about a mind", () => {
  const a = analyze("The war has lasted longer than President Vladimir Putin expected.");
  assert.equal(a.sentences[0].expectations.length, 1);
  assert.equal(a.sentences[0].attributed, false);
});

test("cues: a cognition verb attributes for a group of sources, not for a single named mind", () => {
  const group = analyze("Economists expect the bank to cut rates.");
  assert.equal(group.sentences[0].attributed, true);
  const mind = analyze("The Kremlin expects Western support for Kyiv to fade.");
  assert.equal(mind.sentences[0].attributed, false);
  assert.equal(mind.sentences[0].cues[0].mindClaim, true);
});

test("quotes: curly and straight quotes pair within a paragraph; apostrophes never open or close one", () => {
  const src = "“He's not willing,” the official said. \"We're done,\" she said. Ukraine’s army held.\n";
  const a = analyze(src);
  assert.deepEqual(a.quotes.map((q) => src.slice(q.start, q.end)), ["“He's not willing,”", '"We\'re done,"']);
});

test("quotes: a quotation left open at a paragraph's end runs on, and the next paragraph keeps its speaker", () => {
  const src = "“This is not the end,” said Aaron Vance. “We will be back.\n\n“The neighbors deserve better.”\n";
  const a = analyze(src);
  assert.equal(a.quotes[1].closed, false);
  assert.equal(a.quotes[2].continued, true);
  assert.equal(a.sentences[2].quoteWithSpeaker, true);
});

test("roles: dateline, headline, byline, question, credits, captions and page debris", () => {
  const src =
    "Wednesday, November 20, 2024\n\nPutin says he is ready for talks: Report\n\nBy Jamie Chen\n\nWhat happens next?\n\n" +
    "A crane lifts a beam. Contributor/Getty Images\n\nPeace will come, he said. Associated Press. It is near.\n\nRelated Posts\n";
  const a = analyze(src);
  assert.deepEqual(a.sentences.map((s) => s.role), [
    "dateline", "headline", "byline", "question", "caption", "credit", "body", "wire-credit", "body", "boilerplate",
  ]);
  assert.equal(a.dateline?.text, "Wednesday, November 20, 2024");
});

test("carry-over: forward within a paragraph, from a list's lead-in, and from a detached attribution to the sentence before it", () => {
  const a = analyze(
    "The agency said costs rose. They will rise again.\n\nAccording to the county:\n\n- roads were closed;\n- power failed.\n\n" +
      "Talks stalled in May. The Times reported.\n",
  );
  const s = a.sentences;
  assert.equal(s[1].carriedFrom, 0);
  assert.equal(s[3].carriedFrom, 2);
  assert.equal(s[4].carriedFrom, 2);
  assert.equal(s[6].detached, true);
  assert.equal(s[5].carriedFrom, 6);
});

test("robustness: odd input never makes a one-article rule fail", async () => {
  const { checkArticle } = await import("../../src/core/index");
  const errors: unknown[] = [];
  const original = console.error;
  console.error = (...a: unknown[]) => errors.push(a);
  try {
    for (const src of [
      "", " ", "\n\n\n", "“", "”", "\"", "‘quoted’", "“Unclosed quote at the end", "said.", "According to", ":", "— Associated Press",
      "Officials said: “", "icon icon icon", "2024-02-30", "Wednesday, February 31, 2024\n\nOn March 40, it rained.",
      "😀 Emoji sentence said 😀.", "مرحبا بالعالم. قال المسؤول.", "A\r\nB said.\rC", "x".repeat(20000), "The. The. The. said said said",
      "constructor said toString. __proto__ reported hasOwnProperty.",
    ]) {
      for (const kind of ["plaintext", "markdown", "html"] as const) checkArticle(parseArticle("r", src, kind), { ...defaultConfig(), compare: false });
    }
  } finally {
    console.error = original;
  }
  assert.deepEqual(errors, []);
});

test("cues: verbs that double their last consonant ('admitted', 'quipped'); the speaker of ', told reporters'", () => {
  assert.deepEqual(cues("The chief executive admitted the company had missed its target.").map((c) => [c.cue, c.source]), [["admitted", "The chief executive"]]);
  assert.deepEqual(cues("The border will reopen, the minister, Jan Novak, told reporters.").map((c) => [c.cue, c.source]), [["told", "the minister, Jan Novak"]]);
});

test("cues: the source is never a time adjunct; a phrase set off by commas before the verb speaks", () => {
  const pairs = (s: string) => cues(s).map((c) => [c.cue, c.source]);
  assert.deepEqual(pairs("Accidents fell by a quarter, the city's mayor, Clara Brisk, said on Monday."), [["said", "the city's mayor, Clara Brisk"]]);
  assert.deepEqual(pairs("Amira Haddad, the foreign minister of Kessaria, said progress had been made."), [["said", "Amira Haddad, the foreign minister of Kessaria"]]);
  assert.deepEqual(pairs("About 40,000 people had fled, the agency said on Friday."), [["said", "the agency"]]);
  assert.deepEqual(pairs("The cause was most likely the planting, said Dr. Ruth Cole."), [["said", "Dr. Ruth Cole"]]);
  assert.deepEqual(pairs("Political scientist Ingrid Falk of Rostad University said the target was hard to meet."), [["said", "Political scientist Ingrid Falk of Rostad University"]]);
  assert.deepEqual(pairs("By 11:15 the company said about 40 percent of payments were failing."), [["said", "the company"]]);
  // a participle after a comma goes on with the speaker before it
  assert.deepEqual(pairs("It was the highest number in years, housing director Neil Ashworth said, adding that flats were being bought."), [
    ["said", "housing director Neil Ashworth"],
    ["adding", "housing director Neil Ashworth"],
  ]);
});

test("cues: 'admit' reports only before a clause: 'admitted the company had missed' speaks, 'admitted key evidence' does not", () => {
  assert.deepEqual(cues("The chief executive admitted the company had missed its target.").map((c) => c.cue), ["admitted"]);
  assert.deepEqual(cues("The trial judge had wrongly admitted key evidence."), []);
  assert.deepEqual(cues("The club admits new members each spring."), []);
});

test("cues: a past form after 'the' and a noun is the verb, never a noun ('The agency added that …'); 'a conference call that' stays a noun", () => {
  assert.deepEqual(cues("The agency added that clinics were running low on salts."), [{ kind: "speech", cue: "added", source: "The agency", position: "before" }]);
  assert.deepEqual(cues("The minister noted that costs rose."), [{ kind: "speech", cue: "noted", source: "The minister", position: "before" }]);
  assert.deepEqual(cues("The company held a conference call that lasted an hour."), []);
});

test("cues: a clause joined by 'and' before the source is not part of it; coordinated sources stay whole", () => {
  const pairs = (s: string) => cues(s).filter((c) => c.cue === "said").map((c) => c.source);
  assert.deepEqual(pairs("Sales fell and the company said it would cut jobs."), ["the company"]);
  assert.deepEqual(pairs("Prices rose sharply in March and analysts said the trend would continue."), ["analysts"]);
  assert.deepEqual(pairs("Shares climbed in early trading and analysts said the rally would last."), ["analysts"]);
  assert.deepEqual(pairs("Smith and Jones said the rally would last."), ["Smith and Jones"]);
  assert.deepEqual(pairs("The elected officials and staff said the rally would last."), ["The elected officials and staff"]);
  assert.deepEqual(pairs("Lawyers for Smith and Jones said the rally would last."), ["Smith and Jones"]);
});

test("cues: a participle of publishing describes the source; a poll that puts a party ahead is a data source", () => {
  const src = (s: string, cue: string) => cues(s).find((c) => c.cue === cue)?.source;
  assert.equal(src("Rents rose, according to a report published on Monday by the charity.", "according to"), "a report");
  assert.equal(src("Beds were full, a report published on Wednesday found.", "found"), "a report");
  assert.equal(src("Rents rose, according to documents seen by the Tribune.", "according to"), "documents seen by the Tribune");
  assert.equal(src("A Marlow poll released Sunday puts the Alliance four points ahead.", "puts"), "A Marlow poll released Sunday");
});

test("cues: a word in -s after a plural quantifier is a noun ('account for most claims'); attending to incidents is no speech ('responded to 48 collisions')", () => {
  assert.deepEqual(cues("Damaged roofs and fallen trees account for most claims."), []);
  assert.deepEqual(cues("Crews also responded to 48 road traffic collisions."), []);
  assert.deepEqual(cues("The minister responded to the criticism by saying it was unfair.").map((c) => [c.cue, c.source]), [["responded", "The minister"]]);
});

test("cues: a reporting word used as a noun, and a participle's object, are no source", () => {
  // "its full-year production forecast for …" is a noun phrase, not "the company cut its … production" forecasting
  assert.deepEqual(cues("Shares fell after the miner cut its full-year production forecast for the second time."), []);
  assert.deepEqual(cues("The miner forecast a loss for the year."), [{ kind: "speech", cue: "forecast", source: "The miner", position: "before" }]);
  // a reporting word a preposition governs is a noun: "acted on expert estimates last year" cites nobody
  assert.deepEqual(cues("The council acted on expert estimates last year."), []);
  assert.deepEqual(cues("The engineers estimate that the repairs will take a year.").map((c) => c.cue), ["estimate"]);
  // "Explaining its decision, the jury …": "its decision" is what is explained, never who speaks
  assert.deepEqual(cues("Explaining its decision, the jury praised the film.").map((c) => [c.cue, c.source]), [["Explaining", undefined], ["praised", "the jury"]]);
});

test("cues: a translation's 'has communicated that' reports speech", () => {
  assert.deepEqual(cues("The shelter has communicated that it handed out 900 meals.").map((c) => [c.cue, c.source]), [["communicated", "The shelter"]]);
  assert.deepEqual(cues("The shelter communicated with families by text."), []);
});

test("cues: what a passive reporting verb declares is its subject, not a source", () => {
  assert.deepEqual(cues("The vote was declared invalid and the mayor stays."), []);
  assert.deepEqual(cues("The climber was reported missing on Monday."), []);
  // "by" still names the source, and "it was announced that" is still a vague attribution
  assert.equal(cues("It was announced that the plant would close.").length, 1);
});

test("cues: a passive reporting verb followed by a time or a place only cites no one; an agent or a statement after it still does", () => {
  assert.deepEqual(cues("The prize was announced at a ceremony in Marlow Hall on Friday evening."), []);
  assert.deepEqual(cues("The closure was announced on Tuesday."), []);
  assert.equal(cues("The closure was announced on Tuesday by the harbour board.").length, 1);
  assert.equal(cues("It was announced at a briefing that the harbour would close.").length, 1);
});

test("cues: a noun ending in -ly is the source, not an adverb before the verb ('Her family said', 'an ally said'); 'the principal post' is a noun", () => {
  assert.deepEqual(cues("Her family said the climber had been found.").map((c) => c.source), ["Her family"]);
  assert.deepEqual(cues("A close ally said the senator would run.").map((c) => c.source), ["A close ally"]);
  assert.deepEqual(cues("The mayor repeatedly said the bridge was safe.").map((c) => c.source), ["The mayor"]);
  assert.deepEqual(cues("She was the first woman to hold the orchestra's principal post, and retired in 2001."), []);
});

test("cues: a labelling verb whose label is a quotation reports speech, whoever the subject ('the producer described quality as “exceptional”')", () => {
  assert.deepEqual(cues("Despite the smaller harvest, the producer described quality as “exceptional”.").map((c) => [c.cue, c.source]), [["described", "the producer"]]);
  assert.deepEqual(cues("The union called the offer “an insult”.").map((c) => [c.cue, c.source]), [["called", "The union"]]);
  // a label in the author's words is no quotation: no cue
  assert.deepEqual(cues("The inspection described the bridge as unsafe."), []);
});

test("cues: putting a figure on something is an estimate someone gives ('The company put the cost of repairs at 45 million naira')", () => {
  assert.deepEqual(cues("The company put the cost of repairs at 45 million naira.").map((c) => [c.cue, c.source]), [["put", "The company"]]);
  assert.deepEqual(cues("The crew put the boat at the quay."), []);
});

test("cues: a reporting verb joined to the clause's first verb shares its subject ('Berg top-scored with 17 points and said: …')", () => {
  const said = cues("Ola Berg, the captain, top-scored with 17 points and said: “We played well.”").find((c) => c.cue === "said");
  assert.equal(said?.source, "Ola Berg");
  assert.deepEqual(cues("The mayor opened the bridge and said it would ease traffic.").map((c) => [c.cue, c.source]), [["said", "The mayor"]]);
});

test("cues: a clause opened by ', while' has its own subject ('…, while residents, who signed a petition, said')", () => {
  assert.deepEqual(
    cues("The mayor said the scheme would go ahead, while residents, who signed a petition, said they were angry.").map((c) => c.source),
    ["The mayor", "residents"],
  );
  assert.deepEqual(
    cues("The mayor said the scheme would go ahead, although residents, who signed a petition, said they were angry.").map((c) => c.source),
    ["The mayor", "residents"],
  );
});

test("cues: 'although' or 'whereas' before a source is no part of it ('…, although the firm said'); 'Smith and Jones said' keeps both", () => {
  assert.deepEqual(cues("Names were exposed, although the firm said bank details were safe.").map((c) => c.source), ["the firm"]);
  assert.deepEqual(cues("Smith and Jones said the plan would fail.").map((c) => c.source), ["Smith and Jones"]);
});

test("cues: a day after 'on' before the verb is when, not who ('A panel of three judges on Thursday dismissed')", () => {
  const [cue] = cues("A panel of three appeal judges on Thursday dismissed his claim that the evidence was wrongly excluded.");
  assert.match(cue.source ?? "", /judges$/);
});

test("cues: 'with X saying' names the speaker X ('…, with the local supplier, Northway Water, saying …', 'with officials saying')", () => {
  assert.deepEqual(
    cues("The notice has ended, with the local supplier, Northway Water, saying on Friday that the water was safe.").map((c) => c.source),
    ["the local supplier, Northway Water"],
  );
  assert.deepEqual(cues("Prices rose, with officials saying the rise was temporary.").map((c) => c.source), ["officials"]);
  // a participle after its own subject's clause still goes on with the speaker before it
  assert.deepEqual(cues("The mayor resigned on Monday, saying she was tired.").map((c) => c.source), [undefined]);
});

test("cues: a figure's thousands separator is no clause break inside a source ('An audit of 4,380 referrals … found')", () => {
  assert.deepEqual(cues("An audit of 4,380 referrals made in 2024, published on Wednesday by the authority, found that waits had grown.").map((c) => c.source), ["An audit of 4,380 referrals made in 2024", "An audit of 4,380 referrals made in 2024"]);
});

test("cues: a day after the sentence's opening preposition is no part of the source ('On Monday the companies announced')", () => {
  assert.deepEqual(cues("On Monday the companies announced a £2.6bn deal.").map((c) => c.source), ["the companies"]);
});

test("cues: a capitalised 'Which' or 'That' inside a source phrase is a name's word ('Consumer group Which Way said')", () => {
  assert.deepEqual(cues("Passengers are owed £4m, consumer group Which Way said.").map((c) => c.source), ["consumer group Which Way"]);
  // a relative "which" still ends the phrase
  assert.deepEqual(cues("The plan, which the council backed, will fail, the mayor said.").map((c) => c.source), ["the mayor"]);
});
