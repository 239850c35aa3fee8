import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArticle, type Article } from "../../src/core/article";
import { defaultConfig } from "../../src/core/config";
import { compareVersions } from "../../src/core/engine";
import { addedContent } from "../../src/core/rules/added-content";
import { removedContent } from "../../src/core/rules/removed-content";
import type { Finding } from "../../src/core/types";

const dir = join(__dirname, "..", "..", "..", "test/fixtures/versions");
const rules = [addedContent, removedContent];
const run = (a: Article, b: Article): Finding[] => compareVersions(a, b, defaultConfig(), rules);

interface Expected {
  a: string;
  b: string;
  findings: { doc: string; rule: string; text: string; related: string; message: string }[];
}

test("library fixture: exactly the expected passages, spans, anchors and messages", () => {
  const exp = JSON.parse(readFileSync(join(dir, "library.expected.json"), "utf8")) as Expected;
  const arts = new Map([exp.a, exp.b].map((f) => [f, parseArticle(f, readFileSync(join(dir, f), "utf8"))]));
  const found = run(arts.get(exp.a)!, arts.get(exp.b)!).sort((x, y) => x.docId.localeCompare(y.docId) || x.span.start - y.span.start);
  const text = (doc: string, s: { start: number; end: number }): string => arts.get(doc)!.source.slice(s.start, s.end);
  assert.deepEqual(
    found.map((f) => ({
      doc: f.docId,
      rule: f.rule,
      text: text(f.docId, f.span),
      related: f.related?.length === 1 ? text(f.related[0].docId, f.related[0].span) : "",
      message: f.message,
    })),
    exp.findings,
  );
  for (const f of found) {
    assert.equal(f.severity, "information");
    assert.equal(f.related![0].docId, f.docId === exp.a ? exp.b : exp.a);
    assert.equal(f.related![0].message, "Where it would sit in the other version");
  }
});

const A = [
  "Council approves new library hours",
  "",
  "The city council voted 6-1 on Monday to keep the main library open until 9 p.m. on weekdays. The change starts in March.",
  "",
  "Librarian Ada Kerr said evening visits had doubled since 2022. “Students need a quiet place after school,” she said.",
  "",
  "The extra hours will cost about $90,000 a year, paid from the parking fund.",
].join("\n");

test("consecutive added sentences of one paragraph form one finding; the anchor is the shared sentence before them", () => {
  const b = A.replace(
    "The change starts in March.",
    "The change starts in March. Weekend hours stay the same. Council member Omar Lutz cast the only vote against.",
  );
  const a = parseArticle("a.txt", A);
  const bb = parseArticle("b.txt", b);
  const [f, ...rest] = run(a, bb);
  assert.equal(rest.length, 0);
  assert.equal(f.rule, "added-content");
  assert.equal(f.docId, "b.txt");
  assert.equal(b.slice(f.span.start, f.span.end), "Weekend hours stay the same. Council member Omar Lutz cast the only vote against.");
  assert.equal(A.slice(f.related![0].span.start, f.related![0].span.end), "The change starts in March.");
  assert.equal(f.message, "“Weekend hours stay the same. Council member Omar Lutz cast…” (2 sentences) is present only in this version; check that the new text is sourced and intended.");
});

test("a dropped paragraph at the very start is anchored at the first shared sentence after it", () => {
  const a = parseArticle("a.txt", A);
  const b = parseArticle("b.txt", A.slice(A.indexOf("The city council")));
  const [f, ...rest] = run(a, b);
  assert.equal(rest.length, 0);
  assert.equal(f.rule, "removed-content");
  assert.equal(f.docId, "a.txt");
  assert.equal(A.slice(f.span.start, f.span.end), "Council approves new library hours");
  assert.equal(b.source.slice(f.related![0].span.start, f.related![0].span.end), "The city council voted 6-1 on Monday to keep the main library open until 9 p.m. on weekdays.");
});

test("added sentences in two paragraphs are two findings", () => {
  const b = A.replace("she said.", "she said.\n\nThe library also plans a homework club.").replace("parking fund.", "parking fund. Kerr will hire two part-time aides.");
  const found = run(parseArticle("a.txt", A), parseArticle("b.txt", b));
  assert.deepEqual(
    found.map((f) => b.slice(f.span.start, f.span.end)),
    ["The library also plans a homework club.", "Kerr will hire two part-time aides."],
  );
});

test("reworded, split and moved sentences are not added or removed content", () => {
  const b = [
    "Council approves new library hours",
    "",
    "The extra hours will cost about $90,000 a year, paid from the parking fund.",
    "",
    "On Monday the city council voted 6-1 to keep the main library open on weekdays until 9 p.m., starting in March.",
    "",
    "Evening visits had doubled since 2022, librarian Ada Kerr said. She added: “Students need a quiet place after school.”",
  ].join("\n");
  assert.deepEqual(run(parseArticle("a.txt", A), parseArticle("b.txt", b)), []);
});

test("injected lines: a URL or a promo opener is called out; so is a passage about other people sharing no words", () => {
  const withUrl = A.replace("parking fund.", "parking fund.\n\nMore at https://example.com/library-hours");
  const [u] = run(parseArticle("a.txt", A), parseArticle("b.txt", withUrl));
  assert.match(u.message, /reads like an injected link or promo/);
  const foreign = A.replace("parking fund.", "parking fund.\n\nPop star Lina Voss and DJ Marco Pell split after a whirlwind summer romance.");
  const [v] = run(parseArticle("a.txt", A), parseArticle("b.txt", foreign));
  assert.match(v.message, /shares almost no words with the rest of the story/);
  const dropped = run(parseArticle("a.txt", foreign), parseArticle("b.txt", A));
  assert.equal(dropped[0].rule, "removed-content");
  assert.match(dropped[0].message, /^“Pop star Lina Voss and DJ Marco Pell split after a…” was dropped from the other version; it shares almost no words/);
});

test("identical versions, or versions that differ by a separator line only: nothing to report", () => {
  assert.deepEqual(run(parseArticle("a.txt", A), parseArticle("b.txt", A)), []);
  assert.deepEqual(run(parseArticle("a.txt", A), parseArticle("b.txt", A.replace("\n\nThe extra hours", "\n\n* * *\n\nThe extra hours"))), []);
});

test("a tabloid kicker in capitals heading a paragraph and a podcast host's question are layout, not added or removed content", () => {
  const a = parseArticle("a.txt", "About 900 farmers drove tractors into Valby on Tuesday, police said. The ministry plans to cut the rebate by 40%.");
  const b = parseArticle("b.txt", "TRACTOR FURY! About 900 farmers drove tractors into Valby on Tuesday, police said. The ministry plans to cut the rebate by 40%.");
  assert.deepEqual(run(a, b), []);
  const t = parseArticle("t.txt", "HOST: So what did the trial find? GUEST: The drug slowed decline by 27 percent over 18 months in 1,100 patients.");
  const p = parseArticle("p.txt", "The drug slowed decline by 27% over 18 months in 1,100 patients, the scientist told a podcast.");
  assert.deepEqual(run(t, p).map((f) => f.rule), []);
  // a sentence in capitals that says something new, inside a paragraph, is still new content
  const c = parseArticle("c.txt", "About 900 farmers drove tractors into Valby on Tuesday, police said. RIOT POLICE WERE CALLED. The ministry plans to cut the rebate by 40%.");
  assert.deepEqual(run(a, c).map((f) => f.rule), ["added-content"]);
});

test("a live page's signposts ('This is a developing story.', 'Here is what to know.') state nothing and are not reported; a real new sentence still is", () => {
  const a = parseArticle("a", "The Harlow bridge was closed on Monday after cracks were found. Engineers will inspect it on Tuesday.");
  const b = parseArticle(
    "b",
    "Here is what to know. The Harlow bridge was closed on Monday after cracks were found. Engineers will inspect it on Tuesday. This is a developing story.",
  );
  assert.deepEqual(run(a, b).map((f) => f.rule), []);
  const c = parseArticle("c", "The Harlow bridge was closed on Monday after cracks were found. Engineers will inspect it on Tuesday. Traffic is being diverted through Ashby.");
  assert.deepEqual(run(a, c).map((f) => f.rule), ["added-content"]);
});

test("an aggregator's label before a signpost ('Harlow bridge closure: what we know.') states nothing; a label before a statement does", () => {
  const a = parseArticle("a", "The Harlow bridge was closed on Monday after cracks were found. Engineers will inspect it on Tuesday.");
  const b = parseArticle("b", "Harlow bridge closure: what we know. The Harlow bridge was closed on Monday after cracks were found. Engineers will inspect it on Tuesday.");
  assert.deepEqual(run(a, b).map((f) => f.rule), []);
  const c = parseArticle("c", "Harlow bridge closure: repairs will cost £4m. The Harlow bridge was closed on Monday after cracks were found. Engineers will inspect it on Tuesday.");
  assert.deepEqual(run(a, c).map((f) => f.rule), ["added-content"]);
});

test("a bulletin's greeting or sign-off ('Good evening.', 'Thanks for watching.') states nothing; a sentence that opens with the words and goes on does", () => {
  const a = parseArticle("a", "The Harlow bridge was closed on Monday after cracks were found. Engineers will inspect it on Tuesday.");
  const b = parseArticle("b", "Good evening. The Harlow bridge was closed on Monday after cracks were found. Engineers will inspect it on Tuesday. Thanks for watching.");
  assert.deepEqual(run(a, b).map((f) => f.rule), []);
  const c = parseArticle("c", "The Harlow bridge was closed on Monday after cracks were found. Engineers will inspect it on Tuesday. Good evening traffic is expected to be heavy.");
  assert.deepEqual(run(a, c).map((f) => f.rule), ["added-content"]);
});

test("an explainer's own questions ('When does it open?', 'Why?') state nothing and are not reported removed; a quoted question and a long one still count", () => {
  const a = parseArticle("a", "When does it open? The Harlow pool reopens on 4 May. Why? Its roof was repaired after a storm.");
  const b = parseArticle("b", "The Harlow pool reopens on 4 May. Its roof was repaired after a storm.");
  assert.deepEqual(run(a, b).map((f) => f.rule), []);
  const c = parseArticle("c", "The Harlow pool reopens on 4 May. Its roof was repaired after a storm. Will the council also repair the leaking roof of the library on Mill Street before the winter storms arrive?");
  assert.deepEqual(run(b, c).map((f) => f.rule), ["added-content"]);
});
