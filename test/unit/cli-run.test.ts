import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Config, Finding, Pair, ReviewDocument, ReviewResult, RuleId, Severity } from "../../src/core";
import { failsOn, helpText, run, type CliDeps } from "../../src/cli/run";
import { RULES } from "../../src/core";

const FIXTURES = join(__dirname, "..", "..", "..", "test", "fixtures", "cli");

interface Call {
  docs: ReviewDocument[];
  config: Config;
  pairs?: Pair[];
}

/** An engine stand-in: flags every occurrence of `word` with `rule` at `severity`, and records its input. */
function fakeEngine(word: string, rule: RuleId = "vague-source", severity: Severity = "error") {
  const calls: Call[] = [];
  const deps: CliDeps = {
    version: "9.9.9",
    review(docs, config, pairs): ReviewResult {
      calls.push({ docs, config, pairs });
      const findings: Finding[] = [];
      for (const d of docs) {
        for (let i = d.source.indexOf(word); word && i >= 0; i = d.source.indexOf(word, i + 1)) {
          findings.push({ docId: d.id, rule, severity, message: `found “${word}”`, span: { start: i, end: i + word.length } });
        }
      }
      return { files: docs.map((d) => ({ id: d.id, words: 1 })), pairs: pairs ?? [], findings, timings: { parse: 0, article: 0, pairing: 0, compare: 0 } };
    },
  };
  return { deps, calls };
}

function cli(argv: string[], deps: CliDeps, opts: { cwd?: string; stdin?: string; env?: Record<string, string> } = {}) {
  let stdout = "";
  let stderr = "";
  const code = run(argv, {
    cwd: opts.cwd ?? FIXTURES,
    env: opts.env ?? {},
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    stdoutIsTTY: false,
    readStdin: () => new TextEncoder().encode(opts.stdin ?? ""),
  }, deps);
  return { code, stdout, stderr };
}

test("exit 1 when a finding reaches --fail-on, and the JSON is still printed", () => {
  const { deps } = fakeEngine("surge", "vague-source", "error");
  const r = cli(["--format", "json", "crlf.txt"], deps);
  assert.equal(r.code, 1);
  assert.equal(r.stderr, "");
  const report = JSON.parse(r.stdout);
  assert.equal(report.findings.length, 1);
});

test("positions on a CRLF file with an emoji before the finding: 0-based lines, UTF-16 characters", () => {
  const { deps } = fakeEngine("surge");
  const report = JSON.parse(cli(["-f", "json", "crlf.txt"], deps).stdout);
  // "The 🌊 surge": the emoji is two UTF-16 code units, so "surge" starts at character 7 of line 1.
  assert.deepEqual(report.findings[0].range, { start: { line: 1, character: 7 }, end: { line: 1, character: 12 } });
  const text = cli(["crlf.txt"], deps);
  assert.equal(text.stdout, "crlf.txt:2:8: error vague-source found “surge”\n");
});

test("a UTF-8 BOM is dropped before offsets are counted, as VS Code does", () => {
  const { deps, calls } = fakeEngine("A BOM");
  const report = JSON.parse(cli(["-f", "json", "bom.txt"], deps).stdout);
  assert.equal(calls[0].docs[0].source.charCodeAt(0), "A".charCodeAt(0));
  assert.deepEqual(report.findings[0].range.start, { line: 0, character: 0 });
});

test("--fail-on: each level, and none", () => {
  const cases: [Severity, string, number][] = [
    ["warning", "error", 0],
    ["warning", "warning", 1],
    ["hint", "information", 0],
    ["hint", "hint", 1],
    ["error", "none", 0],
  ];
  for (const [severity, failOn, code] of cases) {
    const { deps } = fakeEngine("surge", "vague-source", severity);
    assert.equal(cli(["--fail-on", failOn, "crlf.txt"], deps).code, code, `${severity} with --fail-on ${failOn}`);
  }
  assert.equal(failsOn([], "hint"), false);
  assert.equal(failsOn(["information", "error"], "error"), true);
});

test("text output: findings on stdout, the summary on stderr", () => {
  const { deps } = fakeEngine("officials", "vague-source", "information");
  const r = cli(["crlf.txt", "empty.txt"], deps);
  assert.equal(r.code, 0);
  assert.equal(r.stdout, "crlf.txt:2:32: information vague-source found “officials”\n");
  assert.equal(r.stderr, "1 finding (1 information) in 2 files; 0 version pairs\n");
});

test("paths are reported as given; files are read relative to cwd; inputs are never modified", () => {
  const { deps, calls } = fakeEngine("");
  const before = readFileSync(join(FIXTURES, "harbour-v1.txt"));
  const r = cli(["-f", "json", "harbour-v1.txt", "./harbour-v2.txt", "notes.md"], deps);
  assert.equal(r.code, 0);
  assert.deepEqual(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path), ["harbour-v1.txt", "./harbour-v2.txt", "notes.md"]);
  assert.deepEqual(calls[0].docs.map((d) => d.kind), ["plaintext", "plaintext", "markdown"]);
  assert.deepEqual(readFileSync(join(FIXTURES, "harbour-v1.txt")), before);
});

test("config: .copydesk.json in cwd, --config FILE, then --rule and --no-compare on top", (t) => {
  const dir = mkdtempSync(join(tmpdir(), "copydesk-run-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, "a.txt"), "Officials said.");
  writeFileSync(join(dir, ".copydesk.json"), JSON.stringify({ rules: { timeline: "off", "vague-source": "hint" }, trustedSources: ["Reuters"] }));
  writeFileSync(join(dir, "strict.json"), JSON.stringify({ rules: { boilerplate: "error" } }));
  const { deps, calls } = fakeEngine("");
  assert.equal(cli(["a.txt"], deps, { cwd: dir }).code, 0);
  assert.deepEqual(calls[0].config.rules, { timeline: "off", "vague-source": "hint" });
  assert.deepEqual(calls[0].config.trustedSources, ["Reuters"]);
  assert.equal(calls[0].config.compare, true);
  cli(["--config", "strict.json", "--rule", "boilerplate=warning", "--rule", "timeline=hint", "--no-compare", "a.txt"], deps, { cwd: dir });
  assert.deepEqual(calls[1].config.rules, { boilerplate: "warning", timeline: "hint" });
  assert.equal(calls[1].config.compare, false);
});

test("a bad config file: exit 2 naming the file and the problem, before any file is read", (t) => {
  const dir = mkdtempSync(join(tmpdir(), "copydesk-run-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, ".copydesk.json"), JSON.stringify({ rules: { "made-up": "off" } }));
  const { deps, calls } = fakeEngine("");
  const r = cli(["missing.txt"], deps, { cwd: dir });
  assert.equal(r.code, 2);
  assert.equal(r.stdout, "");
  assert.equal(r.stderr, 'copydesk: .copydesk.json: unknown rule "made-up" in "rules"\n');
  assert.equal(calls.length, 0);
  assert.equal(cli(["--config", "nope.json", "a.txt"], deps, { cwd: dir }).stderr, "copydesk: nope.json: no such file\n");
});

test("--pair overrides automatic pairing, adds files not listed, and carries a similarity", () => {
  const { deps, calls } = fakeEngine("");
  const r = cli(["-f", "json", "--pair", "harbour-v1.txt:harbour-v2.txt", "notes.md"], deps);
  assert.equal(r.code, 0, r.stderr);
  const pairs = calls[0].pairs!;
  assert.equal(pairs.length, 1);
  assert.equal(pairs[0].a, "harbour-v1.txt");
  assert.equal(pairs[0].b, "harbour-v2.txt");
  assert.ok(pairs[0].similarity >= 0 && pairs[0].similarity <= 1);
  assert.deepEqual(calls[0].docs.map((d) => d.id), ["notes.md", "harbour-v1.txt", "harbour-v2.txt"]);
  // Without --pair the engine pairs on its own: no pairs are passed.
  cli(["harbour-v1.txt", "harbour-v2.txt"], deps);
  assert.equal(calls[1].pairs, undefined);
});

test("unreadable inputs: exit 2, one line per file naming it and the reason, no output", (t) => {
  const dir = mkdtempSync(join(tmpdir(), "copydesk-run-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, "image.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d]));
  writeFileSync(join(dir, "big.txt"), "x".repeat(50));
  writeFileSync(join(dir, "ok.txt"), "fine");
  const { deps, calls } = fakeEngine("");
  const r = cli(["-f", "json", "--max-size", "20", "ok.txt", "image.txt", "gone.txt", "big.txt", "."], deps, { cwd: dir });
  assert.equal(r.code, 2);
  assert.equal(r.stdout, "");
  assert.equal(
    r.stderr,
    [
      "copydesk: image.txt: binary file (contains NUL bytes)",
      "copydesk: gone.txt: no such file",
      "copydesk: big.txt: too large: 50 bytes, the limit is 20 (raise it with --max-size)",
      "copydesk: .: is a directory, not a file",
      "",
    ].join("\n"),
  );
  assert.equal(calls.length, 0);
});

test("bad usage: message and usage on stderr, exit 2", () => {
  const { deps } = fakeEngine("");
  const r = cli(["--frobnicate", "a.txt"], deps);
  assert.equal(r.code, 2);
  assert.equal(r.stdout, "");
  assert.match(r.stderr, /^copydesk: unknown option --frobnicate\nusage: copydesk /);
  assert.equal(cli([], deps).code, 2);
});

test("stdin: '-' is read once and named '-'", () => {
  const { deps } = fakeEngine("pipe");
  const r = cli(["-f", "json", "-"], deps, { stdin: "Text from a pipe." });
  assert.equal(r.code, 1);
  const report = JSON.parse(r.stdout);
  assert.deepEqual(report.files, [{ path: "-", words: 1 }]);
  assert.deepEqual(report.findings[0].range, { start: { line: 0, character: 12 }, end: { line: 0, character: 16 } });
});

test("an engine that throws: one line on stderr, exit 2", () => {
  const deps: CliDeps = { version: "0", review: () => { throw new Error("kaput\n  at somewhere"); } };
  const r = cli(["crlf.txt"], deps);
  assert.equal(r.code, 2);
  assert.equal(r.stderr, "copydesk: internal error: kaput at somewhere\n");
});

test("--help lists every rule with its default severity and description; --version prints the version", () => {
  const { deps } = fakeEngine("");
  const h = cli(["--help"], deps);
  assert.equal(h.code, 0);
  assert.equal(h.stdout, helpText());
  for (const r of RULES) {
    const line = h.stdout.split("\n").find((l) => l.trimStart().startsWith(`${r.id} `));
    assert.ok(line, `help lists ${r.id}`);
    assert.match(line!, new RegExp(`^  ${r.id} +${r.defaultSeverity} +`));
    assert.ok(line!.endsWith(r.description));
  }
  for (const opt of ["--format", "--no-compare", "--config", "--fail-on", "--rule", "--pair", "--max-size", "--help", "--version"]) assert.ok(h.stdout.includes(opt), opt);
  assert.deepEqual(cli(["-v"], deps), { code: 0, stdout: "9.9.9\n", stderr: "" });
});

test("colour only on a terminal without NO_COLOR, unless forced either way", () => {
  const { deps } = fakeEngine("surge");
  const tty = (env: Record<string, string>, extra: string[] = []) => {
    let out = "";
    run([...extra, "crlf.txt"], { cwd: FIXTURES, env, stdout: (s) => (out += s), stderr: () => {}, stdoutIsTTY: true, readStdin: () => new Uint8Array() }, deps);
    return out.includes("\u001b[");
  };
  assert.equal(tty({}), true);
  assert.equal(tty({ NO_COLOR: "1" }), false);
  assert.equal(tty({}, ["--no-color"]), false);
  assert.equal(cli(["--color", "crlf.txt"], deps).stdout.includes("\u001b["), true);
});
