// Blocks and sentences of news text: abbreviations, initials, quotes, datelines, credits, wrapped lines.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseArticle } from "../../src/core/article";
import { segmentBlocks } from "../../src/core/segment";

const sentences = (text: string): string[] => parseArticle("t", text).sentences.map((s) => s.text);
const blocks = (text: string): [string, string][] => {
  const a = parseArticle("t", text);
  return a.blocks.map((b) => [b.kind, a.text.slice(b.start, b.end)]);
};

test("titles before names never end a sentence", () => {
  assert.deepEqual(sentences("Mr. Smith met Mrs. Jones and Dr. Lee. They talked."), ["Mr. Smith met Mrs. Jones and Dr. Lee.", "They talked."]);
  assert.deepEqual(
    sentences("Gov. Kathy Hochul and Sen. Chuck Schumer spoke. Rep. Ana Diaz, Gen. Mark Milley, Lt. Col. Ann Roe, Sgt. Bo Li, Capt. Jo Ng and Prof. Ida Bell listened."),
    ["Gov. Kathy Hochul and Sen. Chuck Schumer spoke.", "Rep. Ana Diaz, Gen. Mark Milley, Lt. Col. Ann Roe, Sgt. Bo Li, Capt. Jo Ng and Prof. Ida Bell listened."],
  );
  assert.deepEqual(sentences("Ms. Ortiz agreed. Col. Reyes did not."), ["Ms. Ortiz agreed.", "Col. Reyes did not."]);
});

test("company suffixes, Jr., Sr. and St. end a sentence only before a sentence opener", () => {
  assert.deepEqual(sentences("She works at Acme Corp. Headquarters in Ohio. Beta Co. Ltd. and Gamma Inc. merged."), [
    "She works at Acme Corp. Headquarters in Ohio.",
    "Beta Co. Ltd. and Gamma Inc. merged.",
  ]);
  assert.deepEqual(sentences("The deal was signed by Beta Inc. The company declined to comment."), [
    "The deal was signed by Beta Inc.",
    "The company declined to comment.",
  ]);
  assert.deepEqual(sentences("Martin Luther King Jr. Day is a holiday. The speech was given by John Smith Jr. He was 40."), [
    "Martin Luther King Jr. Day is a holiday.",
    "The speech was given by John Smith Jr.",
    "He was 40.",
  ]);
  assert.deepEqual(sentences("They flew to St. Louis on Monday. The shop is on Elm St. It opened in May."), [
    "They flew to St. Louis on Monday.",
    "The shop is on Elm St.",
    "It opened in May.",
  ]);
});

test("etc. can end a sentence; e.g., i.e. and vs. never do", () => {
  assert.deepEqual(sentences("They sold fruit, bread, etc. The market closed early."), ["They sold fruit, bread, etc.", "The market closed early."]);
  assert.deepEqual(sentences("They sold fruit, bread, etc. and closed early."), ["They sold fruit, bread, etc. and closed early."]);
  assert.deepEqual(sentences("Some states, e.g. Texas and Ohio, objected. Others, i.e. Maine, did not."), [
    "Some states, e.g. Texas and Ohio, objected.",
    "Others, i.e. Maine, did not.",
  ]);
  assert.deepEqual(sentences("It was Smith vs. Jones. The No. 1 seed won."), ["It was Smith vs. Jones.", "The No. 1 seed won."]);
});

test("a sentence may open with a figure, except after an abbreviation that takes a number", () => {
  assert.deepEqual(sentences("The rate rose 2.5 percent. 15 people were hurt. It ranked No. 3 in Aug. 2024 and U.S. 2020 data agreed."), [
    "The rate rose 2.5 percent.",
    "15 people were hurt.",
    "It ranked No. 3 in Aug. 2024 and U.S. 2020 data agreed.",
  ]);
  assert.deepEqual(sentences("Turnout was “high.” 40 percent voted."), ["Turnout was “high.”", "40 percent voted."]);
});

test("abbreviated months before a day or year, weekdays before a date", () => {
  assert.deepEqual(sentences("The vote is set for Jan. 15 and the count for Feb. 2. Results follow in Aug. 2026 or Sept. 2026."), [
    "The vote is set for Jan. 15 and the count for Feb. 2.",
    "Results follow in Aug. 2026 or Sept. 2026.",
  ]);
  assert.deepEqual(sentences("It happened on Wed. Nov. 20 in Oct. 2024 and Dec. 3. Then it stopped."), [
    "It happened on Wed. Nov. 20 in Oct. 2024 and Dec. 3.",
    "Then it stopped.",
  ]);
  assert.deepEqual(sentences("The plan was due in Jan. The council missed it."), ["The plan was due in Jan.", "The council missed it."]);
});

test("initials: J.P. Morgan, George W. Bush, J. R. R. Tolkien", () => {
  assert.deepEqual(sentences("J.P. Morgan and George W. Bush met. They spoke."), ["J.P. Morgan and George W. Bush met.", "They spoke."]);
  assert.deepEqual(sentences("The book by J. R. R. Tolkien sold well."), ["The book by J. R. R. Tolkien sold well."]);
  assert.deepEqual(sentences("The team got a grade of A. The coach was pleased."), ["The team got a grade of A.", "The coach was pleased."]);
});

test("U.S., U.K., U.N., E.U. inside a sentence, and a real break after them", () => {
  assert.deepEqual(sentences("U.S. officials met U.K. and E.U. envoys. The U.S. Army and U.N. staff joined."), [
    "U.S. officials met U.K. and E.U. envoys.",
    "The U.S. Army and U.N. staff joined.",
  ]);
  assert.deepEqual(sentences("The company expanded in the U.S. The next step is Europe."), ["The company expanded in the U.S.", "The next step is Europe."]);
  assert.deepEqual(sentences("Inflation fell in the U.S. It rose in Japan. Talks at the U.N. But no deal."), [
    "Inflation fell in the U.S.",
    "It rose in Japan.",
    "Talks at the U.N.",
    "But no deal.",
  ]);
  assert.deepEqual(sentences("U.S. President Joe Biden spoke to U.K. Prime Minister Rishi Sunak."), ["U.S. President Joe Biden spoke to U.K. Prime Minister Rishi Sunak."]);
  assert.deepEqual(sentences("He moved to Washington, D.C. Then he left."), ["He moved to Washington, D.C.", "Then he left."]);
  assert.deepEqual(sentences("The meeting starts at 9 a.m. Friday and ends at 5 p.m. The vote follows."), [
    "The meeting starts at 9 a.m. Friday and ends at 5 p.m.",
    "The vote follows.",
  ]);
});

test("a quote closing after ? or ! followed by a lower-case speech tag is one sentence", () => {
  assert.deepEqual(sentences("“Why?” she asked. “Because!” he said."), ["“Why?” she asked.", "“Because!” he said."]);
  assert.deepEqual(sentences('"Why not?" he asked. Nobody answered.'), ['"Why not?" he asked.', "Nobody answered."]);
  assert.deepEqual(sentences("He shouted “Stop!” and ran."), ["He shouted “Stop!” and ran."]);
  assert.deepEqual(sentences("“We won,” she said. “Now we rest.” The crowd left."), ["“We won,” she said.", "“Now we rest.”", "The crowd left."]);
  assert.deepEqual(sentences("‘Is it safe?’ Officials would not say."), ["‘Is it safe?’", "Officials would not say."]);
});

test("ellipses: a break before a capital, none before a lower-case word", () => {
  assert.deepEqual(sentences("He paused… Then he spoke. She waited... Then she left. It was… odd. And... fine."), [
    "He paused…",
    "Then he spoke.",
    "She waited...",
    "Then she left.",
    "It was… odd.",
    "And... fine.",
  ]);
});

test("a line ending a sentence ends it even inside a block; a lower-case next line continues it", () => {
  const a = parseArticle("t.md", "The vote passed.\nCouncil members left early\nand quietly.\nNobody spoke", "markdown");
  assert.deepEqual(a.sentences.map((s) => s.text), ["The vote passed.", "Council members left early\nand quietly.", "Nobody spoke"]);
  assert.equal(a.blocks.length, 1);
  const b = parseArticle("t.md", "Talks resumed with the U.S.\nArmy officials on Friday.", "markdown");
  assert.deepEqual(b.sentences.map((s) => s.text), ["Talks resumed with the U.S.\nArmy officials on Friday."]);
});

test("a credit or dateline line inside a Markdown paragraph is a sentence of its own", () => {
  const a = parseArticle("t.md", "Crowds gather near the court on Tuesday\nMaria Lopez/Reuters\n\nPublished: 2024-11-20 The court ruled.", "markdown");
  assert.deepEqual(
    a.sentences.map((s) => [s.text, s.role ?? ""]),
    [["Crowds gather near the court on Tuesday", ""], ["Maria Lopez/Reuters", "credit"], ["Published: 2024-11-20", "dateline"], ["The court ruled.", ""]],
  );
});

test("a dateline fused to the start of a line is split off; credits fused at the end are their own sentence", () => {
  assert.deepEqual(sentences(" date 2021-05-06 Share icon An arrow. Crews repaired the bridge on Friday. Jane Doe/AFP via Getty Images"), [
    "date 2021-05-06",
    "Share icon An arrow.",
    "Crews repaired the bridge on Friday.",
    "Jane Doe/AFP via Getty Images",
  ]);
  const roles = parseArticle("t", "Updated: March 3, 2024 at 4:15 p.m.\n\nMonday, June 3, 2024\n\n(AP Photo/Jon Moe)\n\nPhoto by Ana Ruiz\n\nBy Jane Doe and Tom Li\n\nBy Friday the bridge was open.")
    .sentences.map((s) => s.role ?? "-");
  assert.deepEqual(roles, ["dateline", "dateline", "credit", "credit", "byline", "-"]);
  assert.deepEqual(
    parseArticle("t", "Wednesday, November 20, 2024 10:30 AM EST\n\nPosted 9:05 a.m. ET, Tue Nov. 19, 2024 Officials said so.").sentences.map((x) => [x.text, x.role ?? "-"]),
    [["Wednesday, November 20, 2024 10:30 AM EST", "dateline"], ["Posted 9:05 a.m. ET, Tue Nov. 19, 2024", "dateline"], ["Officials said so.", "-"]],
  );
  // A date that opens a sentence in lower case is not a dateline.
  assert.deepEqual(sentences("December 14, 2023 was the day the talks ended."), ["December 14, 2023 was the day the talks ended."]);
});

test("credit lines are recognised by form, not by one story's words", () => {
  const role = (t: string): string => parseArticle("t", t).sentences[0].role ?? "-";
  assert.equal(role("Contributor/Getty Images"), "credit");
  assert.equal(role("Mikhail Klimentyev/Sputnik/AFP via Getty Images"), "credit");
  assert.equal(role("Photo: Harbor Gazette"), "credit");
  assert.equal(role("Image credit: City of Westfield"), "credit");
  assert.equal(role("Officials said the plan would cost $48 million."), "-");
  assert.equal(role("Either/or questions are hard to answer in one word"), "-");
  assert.equal(role("The photo showed the damage."), "-");
});

test("plaintext blocks: blank lines, bullets of every kind, short standalone lines", () => {
  assert.deepEqual(blocks("• One\n● Two\n▪ Three\n* Four\n- Five\n+ Six\n– Seven\n1. Eight\n2) Nine"), [
    ["list-item", "One"], ["list-item", "Two"], ["list-item", "Three"], ["list-item", "Four"], ["list-item", "Five"],
    ["list-item", "Six"], ["list-item", "Seven"], ["list-item", "Eight"], ["list-item", "Nine"],
  ]);
  assert.deepEqual(blocks("First paragraph here.\n\n\nSecond one.\n* * *\nThird."), [
    ["paragraph", "First paragraph here."], ["paragraph", "Second one."], ["paragraph", "Third."],
  ]);
  // A wrapped bullet continues on an indented line.
  assert.deepEqual(blocks("  • The barrier will cost an estimated $48 million over three years, the\n    city said.\n  • Work starts soon."), [
    ["list-item", "The barrier will cost an estimated $48 million over three years, the\n    city said."],
    ["list-item", "Work starts soon."],
  ]);
});

test("plaintext headings: a top headline or a title-case line; never a sentence, a debris line or the last line", () => {
  assert.deepEqual(blocks("Council backs new harbor wall\n\nThe council voted on Monday.\n\nWhat Comes Next for the Harbor\n\nWork starts in May.\n\nRelated Posts"), [
    ["heading", "Council backs new harbor wall"],
    ["paragraph", "The council voted on Monday."],
    ["heading", "What Comes Next for the Harbor"],
    ["paragraph", "Work starts in May."],
    ["paragraph", "Related Posts"],
  ]);
  assert.deepEqual(blocks("The council voted on Monday.\n\nsee the full story at our site today\n\nOfficials said the vote was close and the wall would be built\n\nMore text."), [
    ["paragraph", "The council voted on Monday."],
    ["paragraph", "see the full story at our site today"],
    ["paragraph", "Officials said the vote was close and the wall would be built"],
    ["paragraph", "More text."],
  ]);
});

test("one-paragraph-per-line text: each line is a block; a line cut after a function word continues", () => {
  assert.deepEqual(blocks("The mayor spoke first.\nThe council voted next.\nOfficials told the\nTimes the plan was final."), [
    ["paragraph", "The mayor spoke first."],
    ["paragraph", "The council voted next."],
    ["paragraph", "Officials told the\nTimes the plan was final."],
  ]);
});

test("CRLF and CR line ends, non-breaking spaces", () => {
  assert.deepEqual(sentences("First line ends here.\r\nSecond line.\r\n\r\nNew para."), ["First line ends here.", "Second line.", "New para."]);
  assert.deepEqual(sentences("Old Mac text.\rSecond line.\r\rThird."), ["Old Mac text.", "Second line.", "Third."]);
  assert.deepEqual(sentences("Mr.\u00a0Smith said so.\u00a0The vote passed.\u00a0"), ["Mr.\u00a0Smith said so.", "The vote passed."]);
});

test("never an empty sentence; blank and punctuation-only input", () => {
  assert.deepEqual(sentences(""), []);
  assert.deepEqual(sentences("   \n\n \t \r\n"), []);
  assert.deepEqual(sentences(". . .\n\n!!"), [". . .", "!!"]);
  for (const t of ["\u00a0\u2028\u2029", "\uFEFFHello.", "…", "“”"]) {
    for (const s of parseArticle("t", t).sentences) assert.ok(s.text.trim().length > 0);
  }
});

test("segmentBlocks honours block boundaries stated by markup", () => {
  const text = "Heading here\nFirst item. Second sentence.";
  const r = segmentBlocks({ text, blocks: [{ start: 0, end: 12, kind: "heading" }, { start: 13, end: text.length, kind: "list-item" }] });
  assert.deepEqual(r.blocks.map((b) => [b.kind, b.firstSentence, b.endSentence]), [["heading", 0, 1], ["list-item", 1, 3]]);
  assert.deepEqual(r.sentences.map((s) => [s.text, s.block]), [["Heading here", 0], ["First item.", 1], ["Second sentence.", 1]]);
});

test("long blocks are segmented in chunks with the same result as short ones", () => {
  const sentence = "The minister said the plan, approved by Gov. Ana Li and the U.S. Army, would cost $20 million. ";
  const text = sentence.repeat(400).trim();
  const got = sentences(text);
  assert.equal(got.length, 400);
  assert.ok(got.every((s) => s === sentence.trim()));
  const noPunct = "word ".repeat(30000).trim();
  assert.deepEqual(sentences(noPunct), [noPunct]);
});
