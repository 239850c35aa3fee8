import { test } from "node:test";
import assert from "node:assert/strict";
import { RULES, docsUrl, type Finding, type ReviewDocument, type ReviewResult } from "../../src/core";
import { FINGERPRINT_KEY, artifactLocation, formatSarif, pascalCase, sarifLevel, toSarif } from "../../src/cli/formatters/sarif";

const CWD = "/repo";
const A = "Intro.\r\nThe 🌊 surge hit 3 metres.\nOfficials said so.\n";
const B = "Intro.\nThe surge hit 4 metres.\n";
const docs: ReviewDocument[] = [
  { id: "news/a file.txt", source: A, kind: "plaintext" },
  { id: "news/b.txt", source: B, kind: "plaintext" },
];
const at = (s: string, word: string) => ({ start: s.indexOf(word), end: s.indexOf(word) + word.length });
const findings: Finding[] = [
  { docId: "news/a file.txt", rule: "changed-number", severity: "warning", message: "3 became 4.", span: at(A, "3"), related: [{ docId: "news/b.txt", span: at(B, "4"), message: "b.txt: “4”" }] },
  { docId: "news/a file.txt", rule: "vague-source", severity: "information", message: "Vague.", span: at(A, "Officials") },
  { docId: "news/b.txt", rule: "changed-wording", severity: "hint", message: "Wording.", span: at(B, "surge") },
  { docId: "news/b.txt", rule: "changed-quote", severity: "error", message: "Quote.", span: { start: 7, end: 7 } },
];
const review = (f: Finding[], d = docs): ReviewResult => ({
  files: d.map((x) => ({ id: x.id, words: 5 })),
  pairs: [],
  findings: f,
  timings: { parse: 0, article: 0, pairing: 0, compare: 0 },
});
const opts = { version: "1.2.3", cwd: CWD };

type Json = Record<string, any>;
const isPosInt = (n: unknown) => Number.isInteger(n) && (n as number) >= 1;

/** The properties SARIF 2.1.0 requires and GitHub code scanning reads, checked one by one. */
function assertValidSarif(log: Json): void {
  assert.equal(log.$schema, "https://json.schemastore.org/sarif-2.1.0.json");
  assert.equal(log.version, "2.1.0");
  assert.equal(log.runs.length, 1);
  const run = log.runs[0];
  assert.equal(run.columnKind, "utf16CodeUnits");
  assert.match(run.originalUriBaseIds["%SRCROOT%"].uri, /^file:\/\/.*\/$/);
  const driver = run.tool.driver;
  assert.equal(driver.name, "Copydesk");
  assert.match(driver.informationUri, /^https:\/\//);
  for (const r of driver.rules) {
    assert.match(r.id, /^[a-z]+(-[a-z]+)*$/);
    assert.match(r.name, /^[A-Z][A-Za-z]*$/);
    assert.ok(r.shortDescription.text.length > 0 && r.shortDescription.text.length <= 1024);
    assert.ok(r.fullDescription.text.length > 0);
    assert.match(r.helpUri, /^https:\/\/.*\.md$/);
    assert.ok(["error", "warning", "note", "none"].includes(r.defaultConfiguration.level));
  }
  for (const res of run.results) {
    assert.equal(typeof res.ruleId, "string");
    assert.equal(driver.rules[res.ruleIndex].id, res.ruleId);
    assert.ok(["error", "warning", "note", "none"].includes(res.level));
    assert.ok(res.message.text.length > 0);
    assert.ok(res.locations.length >= 1 && res.locations.length <= 10);
    const locs = [...res.locations, ...(res.relatedLocations ?? [])];
    for (const l of locs) {
      const { artifactLocation: art, region } = l.physicalLocation;
      assert.ok(art.uri.length > 0 && !art.uri.includes("\\") && !art.uri.includes(" "));
      for (const k of ["startLine", "startColumn", "endLine", "endColumn"]) assert.ok(isPosInt(region[k]), `${k} must be a 1-based integer`);
      assert.ok(region.endLine > region.startLine || (region.endLine === region.startLine && region.endColumn >= region.startColumn));
    }
    for (const rl of res.relatedLocations ?? []) {
      assert.ok(Number.isInteger(rl.id) && rl.id >= 0);
      assert.ok(rl.message.text.length > 0);
    }
    assert.equal(typeof res.partialFingerprints[FINGERPRINT_KEY], "string");
  }
}

test("the log is valid SARIF 2.1.0 as GitHub reads it, with every rule described", () => {
  const log = JSON.parse(formatSarif(review(findings), docs, opts));
  assertValidSarif(log);
  const driver = log.runs[0].tool.driver;
  assert.equal(driver.version, "1.2.3");
  assert.equal(driver.semanticVersion, "1.2.3");
  assert.deepEqual(driver.rules.map((r: Json) => r.id), RULES.map((r) => r.id));
  const unquoted = driver.rules.find((r: Json) => r.id === "unquoted-speech");
  assert.equal(unquoted.name, "UnquotedSpeech");
  assert.equal(unquoted.helpUri, docsUrl("unquoted-speech"));
  assert.equal(unquoted.shortDescription.text, RULES.find((r) => r.id === "unquoted-speech")!.description);
  assert.equal(driver.rules.find((r: Json) => r.id === "changed-quote").defaultConfiguration.level, "error");
  assert.equal(driver.rules.find((r: Json) => r.id === "changed-wording").defaultConfiguration.level, "note");
});

test("results: levels mapped, regions 1-based in UTF-16 code units, related location with id and message", () => {
  const [num, vague, wording, quote] = toSarif(review(findings), docs, opts).runs[0].results as Json[];
  assert.deepEqual(num.locations, [
    { physicalLocation: { artifactLocation: { uri: "news/a%20file.txt", uriBaseId: "%SRCROOT%" }, region: { startLine: 2, startColumn: 18, endLine: 2, endColumn: 19 } } },
  ]);
  assert.deepEqual(num.relatedLocations, [
    { id: 1, physicalLocation: { artifactLocation: { uri: "news/b.txt", uriBaseId: "%SRCROOT%" }, region: { startLine: 2, startColumn: 15, endLine: 2, endColumn: 16 } }, message: { text: "b.txt: “4”" } },
  ]);
  assert.equal(num.level, "warning");
  assert.equal(num.ruleIndex, RULES.findIndex((r) => r.id === "changed-number"));
  assert.deepEqual(num.message, { text: "3 became 4." });
  assert.equal(vague.level, "note");
  assert.deepEqual(vague.locations[0].physicalLocation.region, { startLine: 3, startColumn: 1, endLine: 3, endColumn: 10 });
  assert.equal(vague.relatedLocations, undefined);
  assert.equal(wording.level, "note");
  assert.equal(quote.level, "error");
  assert.deepEqual(quote.locations[0].physicalLocation.region, { startLine: 2, startColumn: 1, endLine: 2, endColumn: 1 });
});

test("fingerprints: stable when the text moves, distinct per finding and per repeat", () => {
  const base = toSarif(review(findings), docs, opts).runs[0].results as Json[];
  const fp = (r: Json) => r.partialFingerprints[FINGERPRINT_KEY];
  assert.equal(new Set(base.map(fp)).size, base.length);
  assert.match(fp(base[0]), /^[0-9a-f]{32}:1$/);
  // Two lines added above: same rule, file and text, so GitHub keeps the same alert.
  const moved = "New line.\nAnother.\n" + A;
  const movedDocs: ReviewDocument[] = [{ ...docs[0], source: moved }, docs[1]];
  const shifted = findings.map((f) => (f.docId === docs[0].id ? { ...f, span: { start: f.span.start + 19, end: f.span.end + 19 } } : f));
  const again = toSarif(review(shifted, movedDocs), movedDocs, opts).runs[0].results as Json[];
  assert.deepEqual(again.map(fp), base.map(fp));
  assert.equal(again[0].locations[0].physicalLocation.region.startLine, 4);
  // The same words flagged twice by one rule in one file get :1 and :2.
  const twice = "Officials said. Officials said.";
  const d2: ReviewDocument[] = [{ id: "t.txt", source: twice, kind: "plaintext" }];
  const f2: Finding[] = [0, 16].map((s) => ({ docId: "t.txt", rule: "vague-source", severity: "information", message: "Vague.", span: { start: s, end: s + 9 } }));
  const [x, y] = (toSarif(review(f2, d2), d2, opts).runs[0].results as Json[]).map(fp);
  assert.equal(x.split(":")[0], y.split(":")[0]);
  assert.deepEqual([x.split(":")[1], y.split(":")[1]], ["1", "2"]);
});

test("artifact URIs: relative with forward slashes and encoding inside cwd, absolute file: URIs outside", () => {
  assert.deepEqual(artifactLocation("docs/a b#1.md", CWD), { uri: "docs/a%20b%231.md", uriBaseId: "%SRCROOT%" });
  assert.deepEqual(artifactLocation("./x/../y.txt", CWD), { uri: "y.txt", uriBaseId: "%SRCROOT%" });
  assert.deepEqual(artifactLocation("/repo/sub/z.txt", CWD), { uri: "sub/z.txt", uriBaseId: "%SRCROOT%" });
  assert.deepEqual(artifactLocation("../shared/s.txt", CWD), { uri: "file:///shared/s.txt" });
  assert.deepEqual(artifactLocation("-", CWD), { uri: "stdin" });
});

test("levels and names", () => {
  assert.deepEqual(["error", "warning", "information", "hint", "off"].map((l) => sarifLevel(l as never)), ["error", "warning", "note", "note", "none"]);
  assert.equal(pascalCase("reversed-polarity"), "ReversedPolarity");
});

test("no findings: still one run with the rules and an empty results array", () => {
  const log = JSON.parse(formatSarif(review([]), docs, opts));
  assertValidSarif(log);
  assert.deepEqual(log.runs[0].results, []);
});
