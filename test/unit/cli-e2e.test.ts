// End to end: the bundled dist/cli.js, spawned as a user would run it, on the fixtures in test/fixtures/cli.
// Needs `node scripts/build.mjs` first. Checks wiring, exit codes, stderr and the JSON contract's shape;
// what the rules find is the rules' tests' business, so findings are checked for structure, not count.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LineIndex, RULES } from "../../src/core";

const ROOT = join(__dirname, "..", "..", "..");
const CLI = join(ROOT, "dist", "cli.js");
const FIXTURES = join(ROOT, "test", "fixtures", "cli");
const SEVERITIES = ["error", "warning", "information", "hint"];

function cli(args: string[], opts: { cwd?: string; input?: string } = {}) {
  assert.ok(existsSync(CLI), "dist/cli.js is missing: run node scripts/build.mjs first");
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: opts.cwd ?? FIXTURES, input: opts.input ?? "", encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

type Pos = { line: number; character: number };
type Range = { start: Pos; end: Pos };

/** The JSON contract, key by key: no field missing, none extra, types and bounds right. */
function assertContract(report: any, sources: Record<string, string>): void {
  assert.deepEqual(Object.keys(report), ["files", "pairs", "findings"]);
  for (const f of report.files) {
    assert.deepEqual(Object.keys(f), ["path", "words"]);
    assert.ok(f.path in sources, `unknown file ${f.path}`);
    assert.ok(Number.isInteger(f.words) && f.words >= 0);
  }
  for (const p of report.pairs) {
    assert.deepEqual(Object.keys(p), ["a", "b", "similarity"]);
    assert.ok(p.a in sources && p.b in sources && p.a !== p.b);
    assert.ok(typeof p.similarity === "number" && p.similarity >= 0 && p.similarity <= 1);
  }
  const inBounds = (path: string, r: Range) => {
    assert.deepEqual(Object.keys(r), ["start", "end"]);
    const ix = new LineIndex(sources[path]);
    for (const p of [r.start, r.end]) {
      assert.deepEqual(Object.keys(p), ["line", "character"]);
      assert.ok(Number.isInteger(p.line) && p.line >= 0 && p.line < ix.lineCount, `line ${p.line} in ${path}`);
      // A position maps back to itself only if it lies within its line.
      assert.deepEqual(ix.positionAt(ix.offsetAt(p)), p, `position ${JSON.stringify(p)} lies outside its line in ${path}`);
    }
    assert.ok(ix.offsetAt(r.start) <= ix.offsetAt(r.end));
  };
  const ids = new Set(RULES.map((r) => r.id));
  for (const f of report.findings) {
    assert.deepEqual(Object.keys(f), ["path", "rule", "severity", "message", "range", "related"]);
    assert.ok(f.path in sources);
    assert.ok(ids.has(f.rule), f.rule);
    assert.ok(SEVERITIES.includes(f.severity));
    assert.ok(typeof f.message === "string" && f.message.length > 0);
    inBounds(f.path, f.range);
    assert.ok(Array.isArray(f.related));
    for (const r of f.related) {
      assert.deepEqual(Object.keys(r), ["path", "range", "message"]);
      assert.ok(r.path in sources);
      inBounds(r.path, r.range);
      assert.equal(typeof r.message, "string");
    }
  }
}

const read = (...names: string[]) => Object.fromEntries(names.map((n) => [n, readFileSync(join(FIXTURES, n), "utf8").replace(/^\uFEFF/, "")]));

test("json on two versions, a CRLF file, a BOM file, Markdown and an empty file: the contract holds", () => {
  const names = ["harbour-v1.txt", "harbour-v2.txt", "crlf.txt", "bom.txt", "notes.md", "empty.txt"];
  const r = cli(["--format", "json", "--fail-on", "none", ...names]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr, "");
  const report = JSON.parse(r.stdout);
  assertContract(report, read(...names));
  assert.deepEqual(report.files.map((f: { path: string }) => f.path), names);
  assert.equal(report.files.find((f: { path: string }) => f.path === "empty.txt").words, 0);
  assert.ok(report.files.find((f: { path: string }) => f.path === "harbour-v1.txt").words > 50);
});

test("exit code follows --fail-on: 1 exactly when some finding is at or above it, and the JSON is printed either way", () => {
  const names = ["harbour-v1.txt", "harbour-v2.txt"];
  const all = cli(["-f", "json", "--fail-on", "hint", ...names]);
  const report = JSON.parse(all.stdout);
  assertContract(report, read(...names));
  assert.equal(all.code, report.findings.length ? 1 : 0);
  const errors = report.findings.filter((f: { severity: string }) => f.severity === "error").length;
  const dflt = cli(["-f", "json", ...names]);
  assert.equal(dflt.code, errors ? 1 : 0);
  assert.deepEqual(JSON.parse(dflt.stdout), report);
  // Every rule at error: anything found now fails the run.
  const strict = cli(["-f", "json", ...RULES.flatMap((x) => ["--rule", `${x.id}=error`]), ...names]);
  const strictReport = JSON.parse(strict.stdout);
  assert.equal(strict.code, strictReport.findings.length ? 1 : 0);
  assert.ok(strictReport.findings.every((f: { severity: string }) => f.severity === "error"));
  // Every rule off: nothing is found, whatever the rules can do.
  const off = cli(["-f", "json", ...RULES.flatMap((x) => ["--rule", `${x.id}=off`]), "--fail-on", "hint", ...names]);
  assert.equal(off.code, 0);
  assert.deepEqual(JSON.parse(off.stdout).findings, []);
});

test("--no-compare reports no pairs; --pair forces one with a similarity", () => {
  const names = ["harbour-v1.txt", "harbour-v2.txt", "notes.md"];
  const alone = JSON.parse(cli(["-f", "json", "--no-compare", "--fail-on", "none", ...names]).stdout);
  assert.deepEqual(alone.pairs, []);
  const forced = JSON.parse(cli(["-f", "json", "--fail-on", "none", "--pair", "harbour-v1.txt:notes.md", ...names]).stdout);
  assertContract(forced, read(...names));
  assert.equal(forced.pairs.length, 1);
  assert.equal(forced.pairs[0].a, "harbour-v1.txt");
  assert.equal(forced.pairs[0].b, "notes.md");
});

test("text format: findings as path:line:col lines that agree with the JSON positions", () => {
  const names = ["harbour-v1.txt", "harbour-v2.txt", "crlf.txt"];
  const json = JSON.parse(cli(["-f", "json", "--fail-on", "none", ...names]).stdout);
  const text = cli(["--fail-on", "none", ...names]);
  assert.equal(text.code, 0);
  const expected = json.findings.flatMap((f: any) => [
    `${f.path}:${f.range.start.line + 1}:${f.range.start.character + 1}: ${f.severity} ${f.rule} ${f.message.replace(/\s*[\r\n]+\s*/g, " ").trim()}`,
    ...f.related.map((r: any) => `    related: ${r.path}:${r.range.start.line + 1}:${r.range.start.character + 1}: ${r.message.replace(/\s*[\r\n]+\s*/g, " ").trim()}`),
  ]);
  assert.deepEqual(text.stdout.split("\n").filter(Boolean), expected);
  assert.match(text.stderr, /^\d+ findings? (\([^)]*\) )?in 3 files; \d+ version pairs?\n$/);
});

test("sarif format: a 2.1.0 log with every rule and one result per JSON finding", () => {
  const names = ["harbour-v1.txt", "harbour-v2.txt"];
  const json = JSON.parse(cli(["-f", "json", "--fail-on", "none", ...names]).stdout);
  const r = cli(["-f", "sarif", "--fail-on", "none", ...names]);
  assert.equal(r.code, 0);
  const log = JSON.parse(r.stdout);
  assert.equal(log.version, "2.1.0");
  assert.equal(log.runs[0].tool.driver.version, JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version);
  assert.equal(log.runs[0].tool.driver.rules.length, RULES.length);
  assert.equal(log.runs[0].results.length, json.findings.length);
  for (const [i, res] of log.runs[0].results.entries()) {
    const f = json.findings[i];
    assert.equal(res.ruleId, f.rule);
    assert.equal(res.locations[0].physicalLocation.artifactLocation.uri, f.path);
    assert.equal(res.locations[0].physicalLocation.region.startLine, f.range.start.line + 1);
    assert.equal(res.locations[0].physicalLocation.region.startColumn, f.range.start.character + 1);
  }
});

test("bad input: exit 2 with one line naming the file and the reason; nothing on stdout", (t) => {
  const dir = mkdtempSync(join(tmpdir(), "copydesk-e2e-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  // A binary made at test time: a PNG-like header with NUL bytes.
  writeFileSync(join(dir, "photo.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(join(dir, "big.txt"), "word ".repeat(300));
  writeFileSync(join(dir, "ok.txt"), "A short line.");
  const cases: [string[], string][] = [
    [["photo.txt"], "copydesk: photo.txt: binary file (contains NUL bytes)\n"],
    [["missing.txt"], "copydesk: missing.txt: no such file\n"],
    [["--max-size", "1k", "big.txt"], "copydesk: big.txt: too large: 1500 bytes, the limit is 1024 (raise it with --max-size)\n"],
    [[dir], `copydesk: ${dir}: is a directory, not a file\n`],
  ];
  for (const [args, stderr] of cases) {
    const r = cli(["-f", "json", "ok.txt", ...args], { cwd: dir });
    assert.equal(r.code, 2, args.join(" "));
    assert.equal(r.stdout, "");
    assert.equal(r.stderr, stderr);
  }
});

test("bad usage and bad config: exit 2 with the reason on stderr", (t) => {
  const dir = mkdtempSync(join(tmpdir(), "copydesk-e2e-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, "a.txt"), "Text.");
  writeFileSync(join(dir, "bad.json"), '{"rules": {"no-such-rule": "error"}}');
  const none = cli([], { cwd: dir });
  assert.equal(none.code, 2);
  assert.match(none.stderr, /^copydesk: no files given\nusage: copydesk /);
  const unknown = cli(["--explode", "a.txt"], { cwd: dir });
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /^copydesk: unknown option --explode\n/);
  const conf = cli(["--config", "bad.json", "a.txt"], { cwd: dir });
  assert.equal(conf.code, 2);
  assert.equal(conf.stderr, 'copydesk: bad.json: unknown rule "no-such-rule" in "rules"\n');
  writeFileSync(join(dir, ".copydesk.json"), "{ not json");
  const implicit = cli(["a.txt"], { cwd: dir });
  assert.equal(implicit.code, 2);
  assert.match(implicit.stderr, /^copydesk: \.copydesk\.json: not valid JSON \(.*\)\n$/);
});

test("stdin as '-', --help, --version", () => {
  const r = cli(["-f", "json", "--fail-on", "none", "-"], { input: "Text arriving through a pipe.\n" });
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout).files, [{ path: "-", words: 5 }]);
  const help = cli(["--help"]);
  assert.equal(help.code, 0);
  for (const rule of RULES) assert.ok(help.stdout.includes(`  ${rule.id} `), rule.id);
  const v = cli(["--version"]);
  assert.equal(v.code, 0);
  assert.equal(v.stdout.trim(), JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version);
});

test("the input files are left byte for byte as they were", () => {
  const names = ["harbour-v1.txt", "harbour-v2.txt", "crlf.txt", "bom.txt"];
  const before = names.map((n) => readFileSync(join(FIXTURES, n)));
  cli(["-f", "sarif", ...names]);
  assert.deepEqual(names.map((n) => readFileSync(join(FIXTURES, n))), before);
});
