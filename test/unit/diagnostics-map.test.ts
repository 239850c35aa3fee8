// The extension's one mapping from core findings to VS Code diagnostics, tested under Node without VS Code:
// the pure helper's plain objects, then the constructor-injected step with stand-in classes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { LineIndex, type Finding } from "../../src/core";
import { SEVERITY_NUMBER, spanToRange, toDiagnostic, toPlainDiagnostic, type DiagnosticApi, type MapContext } from "../../src/extension/diagnostics";
import { diffWords, markChanged } from "../../src/extension/wordDiff";
import { isArticleDocument, kindOf, shortName } from "../../src/extension/workspace";

const A = "untitled:Untitled-1";
const B = "file:///desk/draft-2.md";
const textA = "Buses\r\n\r\nThe council approved 12 new buses.\n";
const textB = "Buses\n\nThe council approved 14 new buses.\n";

function ctx(own: string, others: Record<string, string>): MapContext {
  return {
    lines: new LineIndex(own),
    linesOf: (id) => (id in others ? new LineIndex(others[id]) : undefined),
    uriOf: (id) => id,
    docsTarget: (rule) => `file:///ext/docs/rules/${rule}.md`,
  };
}

const spanOf = (text: string, word: string): { start: number; end: number } => {
  const start = text.indexOf(word);
  assert.ok(start >= 0, `${word} not in text`);
  return { start, end: start + word.length };
};

test("a cross-version finding maps to an exact range, severity, source, code link and related range in the other document", () => {
  const finding: Finding = {
    docId: A,
    rule: "changed-number",
    severity: "warning",
    message: "The number changed: “12” here, “14” in draft-2.md.",
    span: spanOf(textA, "12"),
    related: [{ docId: B, span: spanOf(textB, "14"), message: "draft-2.md: “The council approved 14 new buses.”" }],
  };
  const d = toPlainDiagnostic(finding, ctx(textA, { [B]: textB }));
  assert.deepEqual(d, {
    range: { start: { line: 2, character: 21 }, end: { line: 2, character: 23 } },
    severity: 1,
    message: "The number changed: “12” here, “14” in draft-2.md.",
    source: "copydesk",
    code: { value: "changed-number", target: "file:///ext/docs/rules/changed-number.md" },
    related: [
      {
        uri: B,
        range: { start: { line: 2, character: 21 }, end: { line: 2, character: 23 } },
        message: "draft-2.md: “The council approved 14 new buses.”",
      },
    ],
  });
});

test("related information into a document that is no longer open is dropped, not mapped against the wrong text", () => {
  const finding: Finding = {
    docId: A, rule: "removed-content", severity: "information", message: "m", span: { start: 0, end: 5 },
    related: [{ docId: "file:///gone.txt", span: { start: 0, end: 1 }, message: "x" }],
  };
  assert.deepEqual(toPlainDiagnostic(finding, ctx(textA, {})).related, []);
});

test("severities follow vscode.DiagnosticSeverity's numbering", () => {
  assert.deepEqual(SEVERITY_NUMBER, { error: 0, warning: 1, information: 2, hint: 3 });
  for (const severity of ["error", "warning", "information", "hint"] as const) {
    const f: Finding = { docId: A, rule: "vague-source", severity, message: "m", span: { start: 0, end: 1 } };
    assert.equal(toPlainDiagnostic(f, ctx(textA, {})).severity, SEVERITY_NUMBER[severity]);
  }
});

test("ranges count UTF-16 code units and every line ending as VS Code does", () => {
  const text = "a\rb\r\nc\n😀 Ok";
  const lines = new LineIndex(text);
  assert.deepEqual(spanToRange(lines, spanOf(text, "Ok")), { start: { line: 3, character: 3 }, end: { line: 3, character: 5 } });
  assert.deepEqual(spanToRange(lines, spanOf(text, "c")), { start: { line: 2, character: 0 }, end: { line: 2, character: 1 } });
  assert.deepEqual(spanToRange(lines, { start: text.length, end: text.length + 10 }), { start: { line: 3, character: 5 }, end: { line: 3, character: 5 } });
});

test("toDiagnostic builds with the classes it is given: code target and related locations are URIs", () => {
  class Range {
    constructor(public sl: number, public sc: number, public el: number, public ec: number) {}
  }
  class Diagnostic {
    source?: string;
    code?: unknown;
    relatedInformation?: unknown[];
    constructor(public range: Range, public message: string, public severity: number) {}
  }
  class Location {
    constructor(public uri: unknown, public range: Range) {}
  }
  class DiagnosticRelatedInformation {
    constructor(public location: Location, public message: string) {}
  }
  const api = { Range, Diagnostic, Location, DiagnosticRelatedInformation, Uri: { parse: (s: string) => ({ parsed: s }) } } as unknown as DiagnosticApi;
  const finding: Finding = {
    docId: A, rule: "changed-number", severity: "error", message: "m", span: spanOf(textA, "12"),
    related: [{ docId: B, span: spanOf(textB, "14"), message: "r" }],
  };
  const d = toDiagnostic(api, toPlainDiagnostic(finding, ctx(textA, { [B]: textB }))) as unknown as Diagnostic;
  assert.ok(d instanceof Diagnostic);
  assert.deepEqual(d.range, new Range(2, 21, 2, 23));
  assert.equal(d.severity, 0);
  assert.equal(d.source, "copydesk");
  assert.deepEqual(d.code, { value: "changed-number", target: { parsed: "file:///ext/docs/rules/changed-number.md" } });
  assert.deepEqual(d.relatedInformation, [new DiagnosticRelatedInformation(new Location({ parsed: B }, new Range(2, 21, 2, 23)), "r")]);

  const lone: Finding = { docId: A, rule: "boilerplate", severity: "hint", message: "m", span: { start: 0, end: 5 } };
  assert.equal((toDiagnostic(api, toPlainDiagnostic(lone, ctx(textA, {}))) as unknown as Diagnostic).relatedInformation, undefined);
});

test("the hover's word diff marks only the words the versions do not share", () => {
  const d = diffWords("The council approved 12 new buses.", "The council approved 14 new buses.");
  assert.equal(markChanged(d.a), "The council approved **12** new buses\\.");
  assert.equal(markChanged(d.b), "The council approved **14** new buses\\.");
  const e = diffWords("He said it was over.", "He said it was not quite over.");
  assert.equal(markChanged(e.a), "He said it was over\\.");
  assert.equal(markChanged(e.b), "He said it was **not quite** over\\.");
  assert.equal(d.a.map((p) => p.text).join(""), "The council approved 12 new buses.");
});

test("articles are documents in a configured language outside virtual schemes; names are short", () => {
  const doc = (languageId: string, scheme: string, path = "/x/a.md") => ({ languageId, uri: { scheme, path, toString: () => `${scheme}:${path}` } });
  const langs = ["plaintext", "markdown", "html"];
  assert.equal(isArticleDocument(doc("markdown", "file"), langs), true);
  assert.equal(isArticleDocument(doc("plaintext", "untitled", "Untitled-1"), langs), true);
  assert.equal(isArticleDocument(doc("plaintext", "vscode-vfs"), langs), true);
  assert.equal(isArticleDocument(doc("plaintext", "output"), langs), false);
  assert.equal(isArticleDocument(doc("markdown", "git"), langs), false);
  assert.equal(isArticleDocument(doc("typescript", "file"), langs), false);
  assert.equal(kindOf(doc("html", "file", "/x/a.html")), "html");
  assert.equal(kindOf(doc("plaintext", "file", "/x/a.txt")), "plaintext");
  assert.equal(shortName("untitled:Untitled-3"), "Untitled-3");
  assert.equal(shortName("file:///desk/draft%202.md"), "draft 2.md");
});
