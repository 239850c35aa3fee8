// The editor's settings reader and its merge with the project file, under Node with a stand-in configuration.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseConfig } from "../../src/core";
import { mergeConfig, readSettings, type ConfigurationLike } from "../../src/extension/settings";

/** A configuration with manifest defaults and, separately, what the user set. */
function config(user: Record<string, unknown>): ConfigurationLike {
  const defaults: Record<string, unknown> = {
    enable: true, languages: ["plaintext", "markdown", "html"], rules: {}, debounceMs: 300,
    maxDocumentSize: 1_000_000, "compare.enabled": true, "compare.threshold": 0.12,
  };
  return {
    get: (k) => (k in user ? user[k] : defaults[k]),
    inspect: (k) => ({ key: k, defaultValue: defaults[k], globalValue: user[k] }),
  };
}

test("defaults read cleanly, and pairing options stay unset so the project file can decide", () => {
  const { settings, problems } = readSettings(config({}));
  assert.deepEqual(problems, []);
  assert.deepEqual(settings, { enable: true, languages: ["plaintext", "markdown", "html"], rules: {}, debounceMs: 300, maxDocumentSize: 1_000_000 });
});

test("bad values are reported and replaced, never thrown", () => {
  const { settings, problems } = readSettings(
    config({ enable: "yes", rules: { "vague-source": "loud", "no-such-rule": "error", "changed-date": "error" }, debounceMs: -5, "compare.threshold": 3 }),
  );
  assert.equal(settings.enable, true);
  assert.deepEqual(settings.rules, { "changed-date": "error" });
  assert.equal(settings.debounceMs, 0);
  assert.equal(settings.pairThreshold, undefined);
  assert.deepEqual(problems, [
    "copydesk.enable must be true or false",
    'copydesk.rules.vague-source must be off, hint, information, warning or error, not "loud"',
    'copydesk.rules: unknown rule "no-such-rule"',
    "copydesk.debounceMs must be between 0 and 10000; using 0",
    "copydesk.compare.threshold must be a number from 0 to 1; using 0.12",
  ]);
});

test("settings the user set win over the project file; the rest of the file stands", () => {
  const project = parseConfig({
    rules: { "vague-source": "off", "changed-date": "error" },
    compare: false,
    pairThreshold: 0.4,
    trustedSources: ["Harbor Gazette"],
    extraCues: ["briefed"],
  }).config;
  const { settings } = readSettings(config({ rules: { "vague-source": "warning" }, "compare.enabled": true }));
  assert.deepEqual(mergeConfig(project, settings), {
    rules: { "vague-source": "warning", "changed-date": "error" },
    compare: true,
    pairThreshold: 0.4,
    trustedSources: ["Harbor Gazette"],
    extraCues: ["briefed"],
  });
  assert.deepEqual(mergeConfig(undefined, readSettings(config({})).settings), {
    rules: {}, compare: true, pairThreshold: 0.12, trustedSources: [], extraCues: [],
  });
});
