import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { decode, readInput } from "../../src/cli/files";
import { loadConfig } from "../../src/cli/config";

const noStdin = (): Uint8Array => assert.fail("stdin must not be read");
const bytes = (...b: number[]) => Uint8Array.from(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

function tempDir(t: { after(fn: () => void): void }): string {
  const dir = mkdtempSync(join(tmpdir(), "copydesk-files-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

test("UTF-8 decodes as is; a UTF-8 BOM is dropped so offsets match the editor", () => {
  assert.deepEqual(decode(utf8("Héllo 🌊")), { ok: true, text: "Héllo 🌊" });
  assert.deepEqual(decode(bytes(0xef, 0xbb, 0xbf, 0x41, 0x42)), { ok: true, text: "AB" });
});

test("UTF-16 with a byte order mark, little and big endian", () => {
  assert.deepEqual(decode(bytes(0xff, 0xfe, 0x41, 0x00, 0x0a, 0x00)), { ok: true, text: "A\n" });
  assert.deepEqual(decode(bytes(0xfe, 0xff, 0x00, 0x41, 0x00, 0x42)), { ok: true, text: "AB" });
});

test("NUL bytes, or mostly invalid UTF-8, mean binary", () => {
  assert.deepEqual(decode(bytes(0x41, 0x00, 0x42)), { ok: false, reason: "binary file (contains NUL bytes)" });
  assert.deepEqual(decode(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0x80)), { ok: false, reason: "binary file (not UTF-8 text)" });
});

test("a few bad bytes in long text: kept as U+FFFD, with a warning", () => {
  const text = "Caf\u00e9 ".repeat(1) + "x".repeat(100);
  const raw = Uint8Array.from([...utf8("Caf"), 0xe9, ...utf8(text.slice(4))]);
  const d = decode(raw);
  assert.ok(d.ok);
  assert.equal(d.text, "Caf\uFFFD" + text.slice(4));
  assert.equal(d.warning, "1 byte sequence is not UTF-8; read as \uFFFD, as the editor shows them");
  // A replacement character written in the file itself is text, not a decoding error.
  assert.deepEqual(decode(utf8("a\uFFFDb")), { ok: true, text: "a\uFFFDb" });
});

test("readInput: kind from the extension, missing file, directory, size limit", (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, "a.md"), "# Title\n");
  writeFileSync(join(dir, "b.HTM"), "<p>x</p>");
  writeFileSync(join(dir, "c.text"), "plain");
  mkdirSync(join(dir, "sub"));
  const md = readInput(join(dir, "a.md"), 100, noStdin);
  assert.ok(md.ok);
  assert.equal(md.doc.kind, "markdown");
  assert.equal(md.doc.source, "# Title\n");
  const html = readInput(join(dir, "b.HTM"), 100, noStdin);
  assert.ok(html.ok && html.doc.kind === "html");
  const txt = readInput(join(dir, "c.text"), 100, noStdin);
  assert.ok(txt.ok && txt.doc.kind === "plaintext");
  assert.deepEqual(readInput(join(dir, "nope.txt"), 100, noStdin), { ok: false, reason: "no such file" });
  assert.deepEqual(readInput(join(dir, "sub"), 100, noStdin), { ok: false, reason: "is a directory, not a file" });
  assert.deepEqual(readInput(join(dir, "a.md"), 4, noStdin), { ok: false, reason: "too large: 8 bytes, the limit is 4 (raise it with --max-size)" });
});

test("readInput: '-' reads standard input as plain text, under the same size limit", () => {
  const r = readInput("-", 100, () => utf8("From a pipe."));
  assert.ok(r.ok);
  assert.deepEqual(r.doc, { id: "-", source: "From a pipe.", kind: "plaintext" });
  assert.deepEqual(readInput("-", 3, () => utf8("From a pipe.")), { ok: false, reason: "too large: 12 bytes, the limit is 3 (raise it with --max-size)" });
});

test("config: none is fine; .copydesk.json is found in cwd; --config wins; problems name the setting", (t) => {
  const dir = tempDir(t);
  const none = loadConfig(undefined, dir);
  assert.ok(none.ok);
  assert.equal(none.path, undefined);
  assert.equal(none.config.compare, true);

  writeFileSync(join(dir, ".copydesk.json"), '\uFEFF{"rules":{"vague-source":"off"},"compare":false}');
  const found = loadConfig(undefined, dir);
  assert.ok(found.ok);
  assert.equal(found.path, ".copydesk.json");
  assert.deepEqual(found.config.rules, { "vague-source": "off" });
  assert.equal(found.config.compare, false);

  writeFileSync(join(dir, "other.json"), '{"rules":{"timeline":"error"}}');
  const explicit = loadConfig("other.json", dir);
  assert.ok(explicit.ok);
  assert.deepEqual(explicit.config.rules, { timeline: "error" });

  writeFileSync(join(dir, "bad.json"), '{"rules":{"no-such-rule":"off"},"colour":true}');
  assert.deepEqual(loadConfig("bad.json", dir), { ok: false, path: "bad.json", reason: 'unknown rule "no-such-rule" in "rules"; unknown setting "colour"' });
  writeFileSync(join(dir, "broken.json"), "{rules:");
  const broken = loadConfig("broken.json", dir);
  assert.ok(!broken.ok);
  assert.match(broken.reason, /^not valid JSON \(/);
  assert.deepEqual(loadConfig("missing.json", dir), { ok: false, path: "missing.json", reason: "no such file" });
});
