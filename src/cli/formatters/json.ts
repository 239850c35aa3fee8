// The CLI's JSON report: the contract other tools rely on (0-based lines, UTF-16 characters, paths as
// given). Must never add, drop or rename a field of that contract.

import type { ReviewDocument, ReviewResult, Severity } from "../../core";
import { Locator, type Range } from "./locate";

export interface JsonReport {
  files: { path: string; words: number }[];
  pairs: { a: string; b: string; similarity: number }[];
  findings: {
    path: string;
    rule: string;
    severity: Severity;
    message: string;
    range: Range;
    related: { path: string; range: Range; message: string }[];
  }[];
}

/** Similarity to 4 decimals: more digits are noise, and stable output diffs cleanly between runs. */
const round = (x: number): number => Math.round(Math.min(Math.max(x, 0), 1) * 1e4) / 1e4;

export function toJsonReport(result: ReviewResult, docs: readonly ReviewDocument[]): JsonReport {
  const loc = new Locator(docs);
  return {
    files: result.files.map((f) => ({ path: f.id, words: f.words })),
    pairs: result.pairs.map((p) => ({ a: p.a, b: p.b, similarity: round(p.similarity) })),
    findings: result.findings.map((f) => ({
      path: f.docId,
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      range: loc.range(f.docId, f.span),
      related: (f.related ?? []).map((r) => ({ path: r.docId, range: loc.range(r.docId, r.span), message: r.message })),
    })),
  };
}

export function formatJson(result: ReviewResult, docs: readonly ReviewDocument[]): string {
  return `${JSON.stringify(toJsonReport(result, docs), null, 2)}\n`;
}
