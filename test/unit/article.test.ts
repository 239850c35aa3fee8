// The document model end to end on the fixtures in test/fixtures/docs: one article written as plaintext,
// Markdown, HTML and with CRLF line ends must give the same sentences, and every sentence must map back
// to the exact source text that produced it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { countWords, parseArticle, type Article } from "../../src/core/article";
import type { ArticleKind } from "../../src/core/types";

const DOCS = join(__dirname, "..", "..", "..", "test", "fixtures", "docs");
const read = (name: string): string => readFileSync(join(DOCS, name), "utf8");

function load(name: string, kind: ArticleKind): { source: string; article: Article } {
  const source = read(name);
  return { source, article: parseArticle(name, source, kind) };
}

const texts = (a: Article): string[] => a.sentences.map((s) => s.text);
const sourceOf = (source: string, a: Article, i: number): string => {
  const span = a.toSource(a.sentences[i]);
  return source.slice(span.start, span.end);
};

/** Every sentence's text is the exact view slice, trimmed, and never empty. */
function assertWellFormed(a: Article): void {
  for (const s of a.sentences) {
    assert.equal(s.text, a.text.slice(s.start, s.end));
    assert.ok(s.text.length > 0);
    assert.equal(s.text, s.text.trim());
    const b = a.blocks[s.block];
    assert.ok(b.firstSentence <= s.index && s.index < b.endSentence, `sentence ${s.index} inside its block`);
  }
  for (let i = 1; i < a.sentences.length; i++) assert.ok(a.sentences[i].start >= a.sentences[i - 1].end);
}

const HARBOR_PLAIN = [
  "Tuesday, March 4, 2025",
  "Harbor city council approves new flood barrier plan",
  "The council voted 7-2 on Monday to fund a flood barrier along the east harbor.",
  "Jane Roe/Harbor Gazette",
  "The barrier will cost an estimated $48 million.",
  "Construction is expected to start in the fall.",
  "Mr. Alvarez said the U.S. Army Corps of Engineers will review the design.",
  'Mayor Lena Ortiz said the vote was "a turning point for the city."',
  "Dr. Samuel K. Brandt, a hydrologist at the state university, called the plan overdue.",
  "The barrier follows similar projects in the U.K. and the Netherlands.",
  "“Will it hold?” asked council member Tom Reyes.",
  "He voted against the plan, citing its cost to Harbor Works Inc. and other contractors.",
  "Officials said the project was designed after storms in the U.S.",
  "The worst of them, in Sept. 2023, flooded 1,200 homes.",
  "See also: Port authority names new director",
  "Related Posts",
];

test("plaintext fixture: dateline, headline, caption and credit, bullets, directive line, debris lines", () => {
  const { source, article } = load("harbor.txt", "plaintext");
  assertWellFormed(article);
  assert.deepEqual(texts(article), HARBOR_PLAIN);
  assert.equal(article.text.length, source.length, "plaintext view keeps source offsets");
  assert.ok(!article.text.includes("copydesk-disable-next"), "directive line is not prose");
  assert.deepEqual(
    article.blocks.map((b) => b.kind),
    ["paragraph", "heading", "paragraph", "paragraph", "list-item", "list-item", "list-item", "paragraph", "paragraph", "paragraph", "paragraph", "paragraph"],
  );
  assert.deepEqual(
    article.sentences.filter((s) => s.role).map((s) => [s.text, s.role]),
    [["Tuesday, March 4, 2025", "dateline"], ["Jane Roe/Harbor Gazette", "credit"]],
  );
  article.sentences.forEach((s, i) => assert.equal(sourceOf(source, article, i), s.text));
});

test("CRLF plaintext fixture gives the same sentences, and spans never include the CR", () => {
  const { source, article } = load("harbor-crlf.txt", "plaintext");
  assert.ok(source.includes("\r\n"));
  assertWellFormed(article);
  assert.deepEqual(texts(article), HARBOR_PLAIN);
  article.sentences.forEach((s, i) => assert.equal(sourceOf(source, article, i), s.text));
});

test("Markdown fixture: front matter, code, comments, link targets, images and reference definitions are not prose", () => {
  const { source, article } = load("harbor.md", "markdown");
  assertWellFormed(article);
  assert.deepEqual(texts(article), [
    "Harbor city council approves new flood barrier plan",
    "Tuesday, March 4, 2025",
    "The council voted 7-2 on Monday to fund a flood barrier along the east harbor.",
    "Jane Roe/Harbor Gazette",
    "The barrier will cost an estimated $48 million.",
    "Construction is expected to start in the fall.",
    "Mr. Alvarez said the U.S. Army Corps of Engineers will review the design.",
    'Mayor Lena Ortiz said the vote was "a turning point for the city."',
    // Inline code is dropped, like code blocks.
    "Dr. Samuel K. Brandt, a hydrologist at the\nstate university, called the plan .",
    "The barrier follows similar projects in the U.K. and the Netherlands.",
    "“Will it hold?” asked council member Tom Reyes.",
    "He voted against the plan, citing its cost to Harbor Works Inc. and other contractors.",
    "Officials said the project was designed after storms in the U.S.",
    "The worst of them, in Sept. 2023, flooded 1,200 homes.",
    "Read the report & the FAQ.",
    "County records, 2023.",
    "Item",
    "Cost",
    "Barrier",
    "$48 million",
  ]);
  for (const hidden of ["title:", "https://", "Aerial", "const barrier", "indented code", "copydesk-disable", "[^1]", "**", "county]"]) {
    assert.ok(!article.text.includes(hidden), `view must not contain ${hidden}`);
  }
  assert.deepEqual(
    article.blocks.map((b) => b.kind + (b.origin ? `/${b.origin}` : "")),
    ["heading", "paragraph", "paragraph", "list-item", "list-item", "list-item", "paragraph", "blockquote", "paragraph", "paragraph",
      "paragraph/table-cell", "paragraph/table-cell", "paragraph/table-cell", "paragraph/table-cell"],
  );
  const src = (i: number): string => sourceOf(source, article, i);
  assert.equal(src(2), 'The council voted 7-2 on Monday to fund a [flood barrier](https://example.org/barrier "Plan") along the east harbor.');
  assert.equal(src(4), "The barrier will cost an estimated **$48 million**.");
  assert.equal(src(8), "Dr. Samuel K. Brandt, a hydrologist at the\nstate university, called the plan `overdue`.");
  assert.equal(src(14), 'Read the [report][county] &amp; the <abbr title="x">FAQ</abbr>.');
  assert.equal(src(1), "Tuesday, March 4, 2025");
  assert.equal(article.sentences[1].role, "dateline");
  assert.equal(article.sentences[3].role, "credit");
});

test("HTML fixture: head, script, style, noscript and comments dropped; entities decoded and mapped to the whole reference", () => {
  const { source, article } = load("harbor.html", "html");
  assertWellFormed(article);
  assert.deepEqual(texts(article), [
    "Tuesday, March 4, 2025",
    "Harbor city council approves new flood barrier plan",
    "The council voted 7–2 on Monday to fund a flood barrier along the east harbor.",
    "Jane Roe/Harbor Gazette",
    "The barrier will cost an estimated $48\u00a0million.",
    "Construction is expected to start in the fall.",
    "Mr.\u00a0Alvarez said the U.S. Army Corps of Engineers will review the design.",
    "Mayor Lena Ortiz said the vote was “a turning point for the city.”",
    "Dr. Samuel K. Brandt, a hydrologist at the state university, called the plan overdue.",
    "“Will it hold?” asked council member Tom Reyes.",
    "Officials said the project was designed after storms in the U.S.",
    "The worst of them flooded 1,200 homes 🌊.",
    "Some officials said the plan was rushed…",
    "Others called it long overdue.",
  ]);
  for (const hidden of ["Gazette |", "color", "Not prose", "Enable JavaScript", "Aerial", "copydesk", "<", "&"]) {
    assert.ok(!article.text.includes(hidden), `view must not contain ${hidden}`);
  }
  assert.deepEqual(
    article.blocks.map((b) => b.kind + (b.origin ? `/${b.origin}` : "")),
    ["paragraph", "heading", "paragraph/caption", "list-item", "list-item", "list-item", "paragraph", "blockquote", "paragraph", "paragraph"],
  );
  const src = (i: number): string => sourceOf(source, article, i);
  assert.equal(src(1), "Harbor city council approves\n   new flood barrier plan");
  assert.equal(src(2), "The council voted 7&ndash;2 on Monday to fund a flood barrier along the east harbor.");
  assert.equal(src(4), "The barrier will cost an estimated $48&nbsp;million.");
  assert.equal(src(7), "Mayor Lena Ortiz said the vote was &ldquo;a turning point for the city.&rdquo;");
  assert.equal(src(8), "Dr. Samuel K. Brandt, a <em>hydrologist</em> at the state university, called the plan overdue.");
  assert.equal(src(9), "&#8220;Will it hold?&#x201D; asked council member Tom Reyes.");
  assert.equal(src(11), "The worst of them flooded 1,200 homes &#x1F30A;.");
  assert.equal(src(13), 'Others called it <a href="/x?a=1&amp;b=2">long overdue</a>.');

  // A single decoded character maps to the whole reference; both halves of an emoji map to its reference.
  const em = article.text.indexOf("–");
  assert.deepEqual(article.toSource({ start: em, end: em + 1 }), { start: source.indexOf("&ndash;"), end: source.indexOf("&ndash;") + 7 });
  const wave = article.text.indexOf("🌊");
  const ref = source.indexOf("&#x1F30A;");
  assert.deepEqual(article.toSource({ start: wave, end: wave + 2 }), { start: ref, end: ref + 9 });
  assert.deepEqual(article.toSource({ start: wave + 1, end: wave + 2 }), { start: ref, end: ref + 9 });
  // A word next to an entity maps to the word only.
  const w = article.text.indexOf("million");
  const sw = article.toSource({ start: w, end: w + 7 });
  assert.equal(source.slice(sw.start, sw.end), "million");
});

test("non-breaking spaces, curly and straight quotes, dashes and non-BMP characters", () => {
  const { source, article } = load("ferry.txt", "plaintext");
  assertWellFormed(article);
  assert.deepEqual(texts(article), [
    "Ferry service resumes after storm",
    "The ferry to Gull Island resumed on Friday, officials said.",
    "Service had stopped for\u00a0three days.",
    '"Why did it take so long?" asked one rider.',
    "The operator’s spokeswoman, Ms.\u00a0Dana Ruiz, said crews had to inspect the docks.",
    "“We won’t cut corners,” she said.",
    "‘Safety comes first,’ she added.",
    "Tickets cost $4\u00a0–\u00a0$6 — the same as before 🚢 and riders were relieved.",
  ]);
  assert.equal(article.blocks[0].kind, "heading");
  article.sentences.forEach((s, i) => assert.equal(sourceOf(source, article, i), s.text));
  const ship = article.text.indexOf("🚢");
  assert.deepEqual(article.toSource({ start: ship, end: ship + 2 }), { start: ship, end: ship + 2 });
});

test("hard-wrapped plaintext: wrapped lines join, a caption and its credit stay apart, a byline stands alone", () => {
  const { article } = load("wrapped.txt", "plaintext");
  assertWellFormed(article);
  assert.deepEqual(texts(article), [
    "Library board delays vote on branch closures",
    "By Priya Natarajan",
    "The county library board postponed a vote on Thursday that would have\nclosed two branches, after more than 80 residents signed up to speak.",
    "Board chair Martin Oyelaran said the delay would give staff time to\nstudy other savings.",
    "The board meets again on Oct. 14 at the main\nbranch.",
    "Residents packed the meeting room at the Westfield branch on Thursday",
    "Photo: Ana Kowalski",
    "Several speakers said the branches serve students who lack internet\naccess at home.",
    '"Where else would they go?" one parent asked.',
    "Others\nurged the board to cut hours instead.",
  ]);
  assert.deepEqual(
    article.blocks.map((b) => [b.kind, b.endSentence - b.firstSentence]),
    [["heading", 1], ["paragraph", 1], ["paragraph", 3], ["paragraph", 1], ["paragraph", 1], ["paragraph", 3]],
  );
  assert.deepEqual(article.sentences.map((s) => s.role ?? "").filter(Boolean), ["byline", "credit"]);
});

test("the Markdown fixture with CRLF line ends maps every sentence back exactly", () => {
  const lf = read("harbor.md");
  const source = lf.replace(/\n/g, "\r\n");
  const a = parseArticle("crlf.md", source, "markdown");
  const b = parseArticle("lf.md", lf, "markdown");
  assertWellFormed(a);
  assert.deepEqual(texts(a).map((t) => t.replace(/\r?\n/g, "\n")), texts(b));
  for (let i = 0; i < a.sentences.length; i++) {
    const s = sourceOf(source, a, i);
    assert.ok(!s.startsWith("\r") && !s.endsWith("\r"), JSON.stringify(s));
    assert.equal(s.replace(/\r\n/g, "\n"), sourceOf(lf, b, i));
  }
});

test("toSource clamps spans outside the view and maps empty spans to a point", () => {
  const source = "<p>One &amp; two.</p>";
  const a = parseArticle("x.html", source, "html");
  assert.equal(a.text, "One & two.");
  assert.deepEqual(a.toSource({ start: 4, end: 5 }), { start: 7, end: 12 });
  assert.deepEqual(a.toSource({ start: 4, end: 4 }), { start: 7, end: 7 });
  assert.deepEqual(a.toSource({ start: 100, end: 120 }), { start: 17, end: 17 });
  assert.deepEqual(a.toSource({ start: -5, end: 3 }), { start: 3, end: 6 });
  assert.deepEqual(a.toSource({ start: 0, end: 100 }), { start: 3, end: 17 });
  const empty = parseArticle("e.html", "<script>x</script>", "html");
  assert.equal(empty.text, "");
  assert.deepEqual(empty.toSource({ start: 0, end: 3 }), { start: 0, end: 0 });
  assert.equal(empty.sentences.length, 0);
});

test("word count follows letters and digits joined by apostrophes, periods and hyphens", () => {
  assert.equal(countWords("The U.S. two-year plan didn't cost $4.5 million — or 20%."), 10);
  assert.equal(countWords("a--b ’tis 🚢 Ünïcödé 𝐀𝐁"), 5);
  assert.equal(countWords(""), 0);
  assert.equal(parseArticle("w", read("harbor.txt")).words, parseArticle("w", read("harbor-crlf.txt")).words);
});
