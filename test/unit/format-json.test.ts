import { test } from "node:test";
import assert from "node:assert/strict";
import type { Finding, ReviewDocument, ReviewResult } from "../../src/core";
import { formatJson } from "../../src/cli/formatters/json";

// CRLF line ends, an emoji (two UTF-16 code units) and a lone CR before the findings: positions must be
// what VS Code shows, 0-based lines and UTF-16 characters.
const A = "Title\r\n\r\nThe 🌊 surge hit 3 metres.\rOfficials said so.\n";
const B = "Title\n\nThe surge hit 4 metres.\n";
const docs: ReviewDocument[] = [
  { id: "a.txt", source: A, kind: "plaintext" },
  { id: "b.txt", source: B, kind: "plaintext" },
];
const at = (s: string, word: string) => ({ start: s.indexOf(word), end: s.indexOf(word) + word.length });
const findings: Finding[] = [
  { docId: "a.txt", rule: "changed-number", severity: "warning", message: "3 became 4.", span: at(A, "3"), related: [{ docId: "b.txt", span: at(B, "4"), message: "b.txt: “4”" }] },
  { docId: "a.txt", rule: "vague-source", severity: "information", message: "Vague.", span: at(A, "Officials"), fixes: [{ title: "x", edits: [] }] },
];
const result: ReviewResult = {
  files: [{ id: "a.txt", words: 9 }, { id: "b.txt", words: 6 }],
  pairs: [{ a: "a.txt", b: "b.txt", similarity: 0.123456789 }],
  findings,
  timings: { parse: 1, article: 2, pairing: 3, compare: 4 },
};

test("exactly the contract: fields, order, 0-based UTF-16 positions across CRLF, CR and an emoji", () => {
  const expected = {
    files: [{ path: "a.txt", words: 9 }, { path: "b.txt", words: 6 }],
    pairs: [{ a: "a.txt", b: "b.txt", similarity: 0.1235 }],
    findings: [
      {
        path: "a.txt", rule: "changed-number", severity: "warning", message: "3 became 4.",
        range: { start: { line: 2, character: 17 }, end: { line: 2, character: 18 } },
        related: [{ path: "b.txt", range: { start: { line: 2, character: 14 }, end: { line: 2, character: 15 } }, message: "b.txt: “4”" }],
      },
      {
        path: "a.txt", rule: "vague-source", severity: "information", message: "Vague.",
        range: { start: { line: 3, character: 0 }, end: { line: 3, character: 9 } },
        related: [],
      },
    ],
  };
  // The exact text, so field order and the absence of extra fields (fixes, timings) are checked too.
  assert.equal(formatJson(result, docs), `${JSON.stringify(expected, null, 2)}\n`);
});

test("an empty review is still a complete document", () => {
  const empty: ReviewResult = { files: [{ id: "e.txt", words: 0 }], pairs: [], findings: [], timings: result.timings };
  assert.deepEqual(JSON.parse(formatJson(empty, [{ id: "e.txt", source: "", kind: "plaintext" }])), { files: [{ path: "e.txt", words: 0 }], pairs: [], findings: [] });
});

test("a finding on a document that was not reviewed is a bug, not a silent position", () => {
  const stray: ReviewResult = { ...result, findings: [{ ...findings[1], docId: "ghost.txt" }] };
  assert.throws(() => formatJson(stray, docs), /not reviewed: ghost\.txt/);
});
