import { test } from "node:test";
import assert from "node:assert/strict";
import type { Finding, ReviewDocument, ReviewResult } from "../../src/core";
import { formatSummary, formatText } from "../../src/cli/formatters/text";

const A = "The mayor said 12 boats sank.\nOfficials believe it.\n";
const B = "The mayor said 15 boats sank.\n";
const docs: ReviewDocument[] = [
  { id: "a.txt", source: A, kind: "plaintext" },
  { id: "dir/b.txt", source: B, kind: "plaintext" },
];
const at = (s: string, word: string) => ({ start: s.indexOf(word), end: s.indexOf(word) + word.length });
const findings: Finding[] = [
  { docId: "a.txt", rule: "changed-number", severity: "warning", message: "“12” became “15” in b.txt.", span: at(A, "12"), related: [{ docId: "dir/b.txt", span: at(B, "15"), message: "b.txt: “15”" }] },
  { docId: "a.txt", rule: "vague-source", severity: "information", message: "“Officials” is vague:\nname them.", span: at(A, "Officials") },
  { docId: "dir/b.txt", rule: "changed-number", severity: "warning", message: "“15” was “12” in a.txt.", span: at(B, "15"), related: [{ docId: "a.txt", span: at(A, "12"), message: "a.txt: “12”" }] },
];
const result = (f: Finding[], pairs = 1): ReviewResult => ({
  files: [{ id: "a.txt", words: 9 }, { id: "dir/b.txt", words: 6 }],
  pairs: pairs ? [{ a: "a.txt", b: "dir/b.txt", similarity: 0.8 }] : [],
  findings: f,
  timings: { parse: 0, article: 0, pairing: 0, compare: 0 },
});

test("one line a finding, 1-based positions, related indented under it, messages kept on one line", () => {
  assert.equal(
    formatText(result(findings), docs),
    [
      "a.txt:1:16: warning changed-number “12” became “15” in b.txt.",
      "    related: dir/b.txt:1:16: b.txt: “15”",
      "a.txt:2:1: information vague-source “Officials” is vague: name them.",
      "dir/b.txt:1:16: warning changed-number “15” was “12” in a.txt.",
      "    related: a.txt:1:16: a.txt: “12”",
      "",
    ].join("\n"),
  );
});

test("nothing found prints nothing on stdout", () => {
  assert.equal(formatText(result([]), docs), "");
});

test("colour wraps the location, severity and rule in ANSI codes only when asked", () => {
  const out = formatText(result([findings[1]]), docs, { color: true });
  assert.equal(out, "\u001b[1ma.txt:2:1:\u001b[0m \u001b[36minformation\u001b[0m \u001b[2mvague-source\u001b[0m “Officials” is vague: name them.\n");
});

test("summary counts findings by severity, files and pairs, with plurals right", () => {
  assert.equal(formatSummary(result(findings)), "3 findings (2 warnings, 1 information) in 2 files; 1 version pair");
  assert.equal(formatSummary(result([], 0)), "0 findings in 2 files; 0 version pairs");
  const one: Finding = { ...findings[1], severity: "error" };
  const hint: Finding = { ...findings[1], severity: "hint" };
  assert.equal(formatSummary(result([one, hint, hint])), "3 findings (1 error, 2 hints) in 2 files; 1 version pair");
  assert.equal(formatSummary({ ...result([one]), files: [{ id: "a.txt", words: 1 }] }), "1 finding (1 error) in 1 file; 1 version pair");
});
