// Every fixture folder under test/fixtures/article/<rule>: each marked place is reported by that rule,
// and nothing else in the file is (unmarked text is the negative form).

import { test } from "node:test";
import assert from "node:assert/strict";
import { ARTICLE_RULE_IDS, languageToKind } from "../../src/core/index";
import { covered, fixtureFiles, run } from "../fixtures/article/expect";

for (const rule of ARTICLE_RULE_IDS) {
  for (const p of fixtureFiles(rule)) {
    test(`${rule}: fixture ${p.file}`, () => {
      const findings = run(p.source, { rule, kind: languageToKind(undefined, p.file) });
      const expected = p.expectations.filter((e) => e.rules.includes(rule));
      for (const e of expected) {
        assert.ok(
          findings.some((f) => f.span.start < e.span.end && e.span.start < f.span.end),
          `missing ${rule} at ${JSON.stringify(e.text)}; got ${JSON.stringify(findings.map((f) => covered(p.source, f)))}`,
        );
      }
      for (const f of findings) {
        assert.ok(
          expected.some((e) => f.span.start < e.span.end && e.span.start < f.span.end),
          `unexpected ${rule} at ${JSON.stringify(covered(p.source, f))}: ${f.message}`,
        );
      }
    });
  }
}
