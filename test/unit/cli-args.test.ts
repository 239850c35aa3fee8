import { test } from "node:test";
import assert from "node:assert/strict";
import { DEFAULT_MAX_SIZE, parseArgs, parseSize, resolvePair, type CliOptions } from "../../src/cli/args";

function ok(argv: string[]): CliOptions {
  const r = parseArgs(argv);
  if (!r.ok) assert.fail(`expected ${JSON.stringify(argv)} to parse, got: ${r.error}`);
  return r.options;
}

function bad(argv: string[]): string {
  const r = parseArgs(argv);
  if (r.ok) assert.fail(`expected ${JSON.stringify(argv)} to be refused`);
  return r.error;
}

test("defaults: text format, compare on, fail on error, 2 MiB limit", () => {
  const o = ok(["a.txt"]);
  assert.deepEqual(o, { format: "text", compare: true, failOn: "error", rules: {}, pairs: [], maxSize: DEFAULT_MAX_SIZE, help: false, version: false, files: ["a.txt"] });
  assert.equal(DEFAULT_MAX_SIZE, 2097152);
});

test("every option, in long, short and --name=value spellings", () => {
  const o = ok(["-f", "json", "--no-compare", "--config", "c.json", "--fail-on", "warning", "--rule", "vague-source=off", "--rule=changed-wording=error", "--max-size", "10k", "a.txt", "b.md"]);
  assert.equal(o.format, "json");
  assert.equal(o.compare, false);
  assert.equal(o.configPath, "c.json");
  assert.equal(o.failOn, "warning");
  assert.deepEqual(o.rules, { "vague-source": "off", "changed-wording": "error" });
  assert.equal(o.maxSize, 10240);
  assert.deepEqual(o.files, ["a.txt", "b.md"]);
  assert.equal(ok(["--format=sarif", "x"]).format, "sarif");
  assert.equal(ok(["-fjson", "x"]).format, "json");
  assert.equal(ok(["-c", "k.json", "x"]).configPath, "k.json");
  assert.deepEqual(ok(["--pair", "a.txt:b.txt", "--pair=c:d"]).pairs, ["a.txt:b.txt", "c:d"]);
  assert.equal(ok(["--color", "x"]).color, true);
  assert.equal(ok(["--no-color", "x"]).color, false);
});

test("a later --rule for the same id wins", () => {
  assert.deepEqual(ok(["--rule", "timeline=off", "--rule", "timeline=hint", "a"]).rules, { timeline: "hint" });
});

test("--help and --version need no files", () => {
  assert.equal(ok(["--help"]).help, true);
  assert.equal(ok(["-h"]).help, true);
  assert.equal(ok(["--version"]).version, true);
  assert.equal(ok(["-v"]).version, true);
});

test("files: '-' is stdin, '--' ends options, duplicates collapse", () => {
  assert.deepEqual(ok(["-", "a"]).files, ["-", "a"]);
  assert.deepEqual(ok(["--", "--format", "-x"]).files, ["--format", "-x"]);
  assert.deepEqual(ok(["a", "b", "a"]).files, ["a", "b"]);
  assert.deepEqual(ok(["-", "--", "-"]).files, ["-"]);
});

test("bad usage is refused with a message that names the problem", () => {
  assert.equal(bad([]), "no files given");
  assert.equal(bad(["--bogus", "a"]), "unknown option --bogus");
  assert.equal(bad(["-x", "a"]), "unknown option -x");
  assert.equal(bad(["a", "--format"]), "option --format needs a value");
  assert.equal(bad(["--format", "xml", "a"]), '--format must be text, json or sarif, not "xml"');
  assert.equal(bad(["--fail-on", "fatal", "a"]), '--fail-on must be error, warning, information, hint or none, not "fatal"');
  assert.equal(bad(["--rule", "nosuch=off", "a"]), '--rule: unknown rule "nosuch" (copydesk --help lists them)');
  assert.equal(bad(["--rule", "timeline=loud", "a"]), '--rule timeline: level must be off, hint, information, warning or error, not "loud"');
  assert.equal(bad(["--rule", "timeline", "a"]), '--rule needs ID=LEVEL, e.g. --rule vague-source=off; got "timeline"');
  assert.equal(bad(["--max-size", "huge", "a"]), '--max-size must be a positive number of bytes (e.g. 2000000 or 2M), not "huge"');
  assert.equal(bad(["--max-size", "0", "a"]), '--max-size must be a positive number of bytes (e.g. 2000000 or 2M), not "0"');
  assert.equal(bad(["--pair", "ab", "a"]), '--pair needs A:B, two files to compare as versions; got "ab"');
  assert.equal(bad(["--no-compare=yes", "a"]), "option --no-compare takes no value");
  assert.equal(bad(["--no-compare", "--pair", "a:b"]), "--pair and --no-compare contradict each other: drop one");
});

test("sizes: bytes, k and M suffixes in binary multiples", () => {
  assert.equal(parseSize("1500"), 1500);
  assert.equal(parseSize("2M"), 2 * 1024 * 1024);
  assert.equal(parseSize("1.5kb"), 1536);
  assert.equal(parseSize("-1"), null);
  assert.equal(parseSize("12 parsecs"), null);
});

test("--pair splits at the colon that names two given files, even when paths hold colons", () => {
  const none = () => false;
  assert.deepEqual(resolvePair("a.txt:b.txt", ["a.txt", "b.txt"], none), { a: "a.txt", b: "b.txt" });
  assert.deepEqual(resolvePair("C:\\x\\a.txt:C:\\x\\b.txt", ["C:\\x\\a.txt", "C:\\x\\b.txt"], none), { a: "C:\\x\\a.txt", b: "C:\\x\\b.txt" });
  assert.deepEqual(resolvePair("odd:name.txt:b.txt", [], (p) => p === "odd:name.txt" || p === "b.txt"), { a: "odd:name.txt", b: "b.txt" });
  assert.deepEqual(resolvePair("new1.txt:new2.txt", [], none), { a: "new1.txt", b: "new2.txt" });
  assert.deepEqual(resolvePair("x:y:z", [], none), { error: '--pair "x:y:z": cannot tell the two files apart; give both files as arguments too' });
  assert.deepEqual(resolvePair("a.txt:a.txt", ["a.txt"], none), { error: '--pair "a.txt:a.txt": a file cannot be paired with itself' });
});
