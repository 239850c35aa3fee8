import { test } from "node:test";
import assert from "node:assert/strict";
import { parseArticle } from "../../src/core/article";
import { checkArticle, compareVersions, displayName, review } from "../../src/core/engine";
import { defaultConfig, parseConfig } from "../../src/core/config";
import type { ArticleRule, VersionRule } from "../../src/core/rules/rule";
import { LineIndex } from "../../src/core/position";

const flagWord = (word: string): ArticleRule => ({
  id: "unattributed-claim",
  family: "article",
  defaultSeverity: "warning",
  description: "test rule",
  check(ctx) {
    for (let i = ctx.article.text.indexOf(word); i >= 0; i = ctx.article.text.indexOf(word, i + 1)) {
      ctx.report({ span: { start: i, end: i + word.length }, message: `found ${word}`, fixes: [{ title: "fix", edits: [{ span: { start: i, end: i + word.length }, text: "X" }] }] });
    }
  },
});

/** A fake changed-number rule: "12" in version a became "14" in version b. */
const twelveToFourteen = (message: string, messageB?: string): VersionRule => ({
  id: "changed-number", family: "versions", defaultSeverity: "warning", description: "test",
  check(ctx) {
    const ia = ctx.a.text.indexOf("12");
    const ib = ctx.b.text.indexOf("14");
    ctx.report({ a: { start: ia, end: ia + 2 }, b: { start: ib, end: ib + 2 }, message, messageB });
  },
});

test("article findings carry rule, default severity and exact source spans", () => {
  const art = parseArticle("a.txt", "Intro line.\n\nThe mayor resigned.", "plaintext");
  const [f, ...rest] = checkArticle(art, defaultConfig(), [flagWord("mayor")]);
  assert.equal(rest.length, 0);
  assert.equal(f.rule, "unattributed-claim");
  assert.equal(f.severity, "warning");
  assert.equal(art.source.slice(f.span.start, f.span.end), "mayor");
  assert.deepEqual(f.fixes?.[0].edits[0].span, f.span);
});

test("a rule set to off does not run; a configured severity wins over the default", () => {
  const art = parseArticle("a.txt", "The mayor resigned.", "plaintext");
  const off = parseConfig({ rules: { "unattributed-claim": "off" } }).config;
  assert.equal(checkArticle(art, off, [flagWord("mayor")]).length, 0);
  const err = parseConfig({ rules: { "unattributed-claim": "error" } }).config;
  assert.equal(checkArticle(art, err, [flagWord("mayor")])[0].severity, "error");
});

test("a rule that throws is isolated: the others still report", () => {
  const art = parseArticle("a.txt", "The mayor resigned.", "plaintext");
  const broken: ArticleRule = { ...flagWord("x"), id: "vague-source", check: () => { throw new Error("boom"); } };
  const original = console.error;
  const logged: string[] = [];
  console.error = (m: string) => logged.push(m);
  try {
    const found = checkArticle(art, defaultConfig(), [broken, flagWord("mayor")]);
    assert.deepEqual(found.map((f) => f.rule), ["unattributed-claim"]);
  } finally {
    console.error = original;
  }
  assert.match(logged[0], /rule vague-source failed on a\.txt: .*boom/);
});

test("a version finding lands on both versions and links each to the other's exact range", () => {
  const a = parseArticle("a.txt", "The council approved 12 buses.", "plaintext");
  const b = parseArticle("b.txt", "Council members approved 14 buses.", "plaintext");
  const rule = twelveToFourteen("on a", "on b");
  const found = compareVersions(a, b, defaultConfig(), [rule]);
  assert.equal(found.length, 2);
  const onA = found.find((f) => f.docId === "a.txt")!;
  const onB = found.find((f) => f.docId === "b.txt")!;
  assert.equal(onA.message, "on a");
  assert.equal(onB.message, "on b");
  assert.deepEqual(onA.related?.[0].span, onB.span);
  assert.deepEqual(onB.related?.[0].span, onA.span);
  assert.equal(onA.related?.[0].docId, "b.txt");
  assert.equal(onA.related?.[0].message, "The other version: “14”");
});

test("text in one version only is reported there, linked to where it would sit", () => {
  const a = parseArticle("a.txt", "One. Two.", "plaintext");
  const b = parseArticle("b.txt", "One.", "plaintext");
  const rule: VersionRule = {
    id: "removed-content", family: "versions", defaultSeverity: "information", description: "test",
    check(ctx) {
      ctx.report({ a: { start: 5, end: 9 }, b: null, anchorB: { start: 0, end: 4 }, message: "dropped" });
    },
  };
  const [f, ...rest] = compareVersions(a, b, defaultConfig(), [rule]);
  assert.equal(rest.length, 0);
  assert.equal(f.docId, "a.txt");
  assert.deepEqual(f.related, [{ docId: "b.txt", span: { start: 0, end: 4 }, message: "Where it would sit in the other version" }]);
});

test("review reports words per file and keeps the order of the input", () => {
  const result = review(
    [
      { id: "one.txt", source: "Three short words.", kind: "plaintext" },
      { id: "two.txt", source: "", kind: "plaintext" },
    ],
    { ...defaultConfig(), compare: false },
  );
  assert.deepEqual(result.files, [{ id: "one.txt", words: 3 }, { id: "two.txt", words: 0 }]);
  assert.deepEqual(result.pairs, []);
});

test("parseConfig keeps good fields and names every bad one", () => {
  const { config, problems } = parseConfig({ rules: { "vague-source": "error", "no-such-rule": "warning", timeline: "loud" }, pairThreshold: 3, trustedSources: ["Reuters"], colour: true });
  assert.equal(config.rules["vague-source"], "error");
  assert.deepEqual(config.trustedSources, ["Reuters"]);
  assert.deepEqual(problems, [
    'unknown rule "no-such-rule" in "rules"',
    '"rules.timeline" must be off, hint, information, warning or error, not "loud"',
    '"pairThreshold" must be a number from 0 to 1',
    'unknown setting "colour"',
  ]);
  assert.deepEqual(parseConfig([]).problems, ["the configuration must be a JSON object"]);
});

test("LineIndex counts \\n, \\r\\n and \\r as VS Code does, in UTF-16 units", () => {
  const text = "a\r\nb\rc\n😀x";
  const idx = new LineIndex(text);
  assert.equal(idx.lineCount, 4);
  assert.deepEqual(idx.positionAt(text.indexOf("b")), { line: 1, character: 0 });
  assert.deepEqual(idx.positionAt(text.indexOf("c")), { line: 2, character: 0 });
  assert.deepEqual(idx.positionAt(text.indexOf("x")), { line: 3, character: 2 });
  assert.equal(idx.offsetAt({ line: 3, character: 2 }), text.indexOf("x"));
  assert.equal(idx.offsetAt({ line: 9, character: 0 }), text.length);
});

test("suppression directives apply to every rule, in one article and between versions", () => {
  const art = parseArticle("a.md", "<!-- copydesk-disable-next unattributed-claim -->\nThe mayor resigned.\n\nThe mayor returned.", "markdown");
  const found = checkArticle(art, defaultConfig(), [flagWord("mayor")]);
  assert.equal(found.length, 1);
  assert.equal(found[0].span.start, art.source.indexOf("mayor returned"));

  const a = parseArticle("a.txt", "[copydesk-disable-file changed-number]\nThe council approved 12 buses.", "plaintext");
  const b = parseArticle("b.txt", "The council approved 14 buses.", "plaintext");
  const rule = twelveToFourteen("changed");
  assert.deepEqual(compareVersions(a, b, defaultConfig(), [rule]).map((f) => f.docId), ["b.txt"]);
});

test("displayName shows a file's base name, also for URIs and untitled documents", () => {
  assert.equal(displayName("/news/drafts/city%20hall.md"), "city hall.md");
  assert.equal(displayName("file:///news/a.txt?x=1"), "a.txt");
  assert.equal(displayName("untitled:Untitled-2"), "Untitled-2");
  assert.equal(displayName("C:\\news\\b.txt"), "b.txt");
  assert.equal(displayName("/news/100%.txt"), "100%.txt");
});
