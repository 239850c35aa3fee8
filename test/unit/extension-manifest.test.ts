// package.json's `contributes` must match the code: every rule in the settings with its default severity,
// the commands the extension registers, the defaults the settings reader assumes, the schema it validates with.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { RULES, SEVERITY_LEVELS } from "../../src/core";
import { DEFAULT_PAIR_THRESHOLD } from "../../src/core/config";
import { COMMANDS, DEFAULT_DEBOUNCE_MS, DEFAULT_LANGUAGES, DEFAULT_MAX_DOCUMENT_SIZE, MAX_DEBOUNCE_MS } from "../../src/extension/constants";

const root = join(__dirname, "..", "..", "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const props = pkg.contributes.configuration.properties;

test("copydesk.rules lists every rule, each with the five levels and its default severity", () => {
  const rules = props["copydesk.rules"];
  assert.deepEqual(rules.default, {});
  assert.equal(rules.additionalProperties, false);
  assert.deepEqual(Object.keys(rules.properties), RULES.map((r) => r.id));
  for (const r of RULES) {
    const p = rules.properties[r.id];
    assert.deepEqual(p.enum, [...SEVERITY_LEVELS], r.id);
    assert.ok(p.markdownDescription.startsWith(r.description), `${r.id}: description out of date`);
    assert.ok(p.markdownDescription.includes(`Default: \`${r.defaultSeverity}\``), `${r.id}: default severity out of date`);
  }
});

test("settings defaults match what the extension assumes", () => {
  assert.equal(props["copydesk.enable"].default, true);
  assert.deepEqual(props["copydesk.languages"].default, DEFAULT_LANGUAGES);
  assert.equal(props["copydesk.debounceMs"].default, DEFAULT_DEBOUNCE_MS);
  assert.equal(props["copydesk.debounceMs"].maximum, MAX_DEBOUNCE_MS);
  assert.equal(props["copydesk.maxDocumentSize"].default, DEFAULT_MAX_DOCUMENT_SIZE);
  assert.equal(props["copydesk.compare.enabled"].default, true);
  assert.equal(props["copydesk.compare.threshold"].default, DEFAULT_PAIR_THRESHOLD);
  for (const [key, p] of Object.entries<{ markdownDescription?: string }>(props)) assert.ok(p.markdownDescription, `${key} has no description`);
});

test("every command is contributed under the Copydesk category, and only those", () => {
  const contributed = pkg.contributes.commands.map((c: { command: string; category: string }) => {
    assert.equal(c.category, "Copydesk");
    return c.command;
  });
  assert.deepEqual(contributed.sort(), Object.values(COMMANDS).sort());
});

test("the extension activates for plaintext, Markdown and HTML and validates .copydesk.json", () => {
  for (const lang of DEFAULT_LANGUAGES) assert.ok(pkg.activationEvents.includes(`onLanguage:${lang}`), lang);
  assert.deepEqual(pkg.contributes.jsonValidation, [{ fileMatch: ".copydesk.json", url: "./schemas/copydesk.schema.json" }]);
  assert.deepEqual(pkg.capabilities, { untrustedWorkspaces: { supported: true }, virtualWorkspaces: true });
});
