import { test } from "node:test";
import assert from "node:assert/strict";
import { checkArticle, defaultConfig, parseArticle, type ArticleKind, type Finding } from "../../src/core/index";
import { applySuppressions, suppressionFix } from "../../src/core/suppress";
import { findDirectives } from "../../src/core/directives";
import { applyEdits } from "../fixtures/article/expect";

/**
 * `all`: the findings with every directive blanked out (same offsets); `kept`: what applySuppressions leaves
 * of them. The engine applies the same suppression, so its own result must equal `kept`.
 */
function findings(src: string, kind: ArticleKind = "plaintext"): { kept: Finding[]; all: Finding[] } {
  let blank = src;
  for (const d of findDirectives(src, kind)) blank = blank.slice(0, d.span.start) + " ".repeat(d.span.end - d.span.start) + blank.slice(d.span.end);
  const config = { ...defaultConfig(), compare: false };
  const all = checkArticle(parseArticle("a", blank, kind), config);
  const article = parseArticle("a", src, kind);
  const kept = applySuppressions(article, all);
  assert.deepEqual(checkArticle(article, config).map((f) => [f.rule, f.span]), kept.map((f) => [f.rule, f.span]));
  return { all, kept };
}

const CLAIM = "The plan is the costliest in the state's history.";
const VAGUE = "Experts say the plan is rushed.";

test("suppress: disable-next covers the next sentence only, for the rules it names", () => {
  const src = `[copydesk-disable-next unattributed-claim]\n${CLAIM} ${CLAIM}\n`;
  const { all, kept } = findings(src);
  assert.equal(all.filter((f) => f.rule === "unattributed-claim").length, 2);
  assert.equal(kept.filter((f) => f.rule === "unattributed-claim").length, 1);
  const other = findings(`[copydesk-disable-next vague-source]\n${CLAIM}\n`);
  assert.equal(other.kept.length, other.all.length);
});

test("suppress: disable … enable in Markdown covers the text between; disable-file covers the document", () => {
  const md = `${CLAIM}\n\n<!-- copydesk-disable -->\n\n${CLAIM}\n\n${VAGUE}\n\n<!-- copydesk-enable -->\n\n${CLAIM}\n`;
  const { all, kept } = findings(md, "markdown");
  assert.equal(all.length, 4);
  assert.deepEqual(kept.map((f) => md.slice(f.span.start, f.span.end)), [CLAIM, CLAIM]);
  assert.ok(kept[1].span.start > md.indexOf("copydesk-enable"));
  const file = `<!-- copydesk-disable-file vague-source -->\n\n${VAGUE}\n\n${CLAIM}\n`;
  assert.deepEqual(findings(file, "markdown").kept.map((f) => f.rule), ["unattributed-claim"]);
});

test("suppress: enabling one rule inside a disable-all block", () => {
  const md = `<!-- copydesk-disable -->\n<!-- copydesk-enable vague-source -->\n\n${VAGUE} ${CLAIM}\n`;
  assert.deepEqual(findings(md, "markdown").kept.map((f) => f.rule), ["vague-source"]);
});

test("suppressionFix: the inserted directive suppresses exactly that finding, in each document kind", () => {
  for (const [kind, src] of [
    ["plaintext", `Intro line here.\n\n${CLAIM}\n`],
    ["plaintext", `The vote was on Monday. ${CLAIM} It passed.\n`],
    ["plaintext", `  • ${CLAIM}\n  • ${CLAIM}\n`],
    ["markdown", `---\ntitle: x\n---\n\nThe vote was on Monday. ${CLAIM}\n`],
    ["html", `<p>The vote was on Monday. ${CLAIM}</p>\n`],
  ] as [ArticleKind, string][]) {
    const before = findings(src, kind).kept.filter((f) => f.rule === "unattributed-claim");
    assert.ok(before.length >= 1, src);
    const target = before[0];
    const article = parseArticle("a", src, kind);
    const fix = suppressionFix(article, target.span, "unattributed-claim", "sentence");
    assert.equal(fix.title, "Suppress unattributed-claim for this sentence");
    const after = findings(applyEdits(src, fix.edits), kind).kept.filter((f) => f.rule === "unattributed-claim");
    assert.equal(after.length, before.length - 1, `${kind}: ${applyEdits(src, fix.edits)}`);
  }
});

test("suppressionFix: article scope goes at the top, after Markdown front matter", () => {
  const md = `---\ntitle: x\n---\n\n${CLAIM}\n`;
  const fix = suppressionFix(parseArticle("a", md, "markdown"), { start: 20, end: 30 }, "unattributed-claim", "article");
  assert.equal(applyEdits(md, fix.edits), `---\ntitle: x\n---\n<!-- copydesk-disable-file unattributed-claim -->\n\n${CLAIM}\n`);
  assert.deepEqual(findings(applyEdits(md, fix.edits), "markdown").kept, []);
  const txt = `${CLAIM}\r\n`;
  const t = suppressionFix(parseArticle("a", txt, "plaintext"), { start: 0, end: 5 }, "unattributed-claim", "article");
  assert.equal(applyEdits(txt, t.edits), `[copydesk-disable-file unattributed-claim]\r\n${CLAIM}\r\n`);
});
