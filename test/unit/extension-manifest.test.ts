// package.json's `contributes` must match the code: every rule in the settings with its default severity,
// the commands the extension registers, the defaults the settings reader assumes, the schema it validates with.
// When rules' descriptions or defaults change, regenerate the rule list (and only that key) with
//   COPYDESK_UPDATE_MANIFEST=1 node --test out/test/unit/extension-manifest.test.js
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { docsUrl, RULES, SEVERITY_LEVELS } from "../../src/core";
import { DEFAULT_PAIR_THRESHOLD } from "../../src/core/config";
import { COMMANDS, DEFAULT_DEBOUNCE_MS, DEFAULT_LANGUAGES, DEFAULT_MAX_DOCUMENT_SIZE, MAX_DEBOUNCE_MS } from "../../src/extension/constants";

const root = join(__dirname, "..", "..", "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const props = pkg.contributes.configuration.properties;

const LEVEL_DESCRIPTIONS = [
  "Not reported.",
  "Faint dots under the words only; not listed in the Problems panel.",
  "Blue squiggle; listed in the Problems panel as information.",
  "Yellow squiggle; listed as a warning.",
  "Red squiggle; listed as an error.",
];

/** The `copydesk.rules` properties as the rules define them today. */
function ruleProperties(): Record<string, unknown> {
  return Object.fromEntries(
    RULES.map((r) => [
      r.id,
      {
        type: "string",
        enum: [...SEVERITY_LEVELS],
        enumDescriptions: LEVEL_DESCRIPTIONS,
        markdownDescription: `${r.description} Default: \`${r.defaultSeverity}\`. [Documentation](${docsUrl(r.id)})`,
      },
    ]),
  );
}

if (process.env.COPYDESK_UPDATE_MANIFEST) {
  const path = join(root, "package.json");
  const fresh = JSON.parse(readFileSync(path, "utf8"));
  fresh.contributes.configuration.properties["copydesk.rules"].properties = ruleProperties();
  writeFileSync(path, `${JSON.stringify(fresh, null, 2)}\n`);
  props["copydesk.rules"].properties = ruleProperties();
}

test("copydesk.rules lists every rule, each with the five levels and its default severity", () => {
  const rules = props["copydesk.rules"];
  assert.deepEqual(rules.default, {});
  assert.equal(rules.additionalProperties, false);
  assert.deepEqual(rules.properties, ruleProperties(), "copydesk.rules is out of date: run COPYDESK_UPDATE_MANIFEST=1 node --test out/test/unit/extension-manifest.test.js");
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
