// Human-readable output: one line a finding, `path:line:col: severity rule-id message` (1-based, the way
// editors and terminals link them), related locations indented under it, and a summary line.
// Findings lines must stay one line each so grep and editors' problem matchers can read them.

import type { ReviewDocument, ReviewResult, Severity } from "../../core";
import { Locator } from "./locate";

export interface TextOptions {
  color: boolean;
}

const COLORS: Record<Severity, string> = { error: "31", warning: "33", information: "36", hint: "2" };
const paint = (on: boolean, code: string, s: string): string => (on ? `\u001b[${code}m${s}\u001b[0m` : s);
const oneLine = (s: string): string => s.replace(/\s*[\r\n]+\s*/g, " ").trim();

export function formatText(result: ReviewResult, docs: readonly ReviewDocument[], opts: TextOptions = { color: false }): string {
  const loc = new Locator(docs);
  let out = "";
  for (const f of result.findings) {
    const r = loc.range(f.docId, f.span);
    const where = paint(opts.color, "1", `${f.docId}:${r.start.line + 1}:${r.start.character + 1}:`);
    out += `${where} ${paint(opts.color, COLORS[f.severity], f.severity)} ${paint(opts.color, "2", f.rule)} ${oneLine(f.message)}\n`;
    for (const rel of f.related ?? []) {
      const rr = loc.range(rel.docId, rel.span);
      out += `    related: ${rel.docId}:${rr.start.line + 1}:${rr.start.character + 1}: ${oneLine(rel.message)}\n`;
    }
  }
  return out;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** E.g. "3 findings (1 error, 2 warnings) in 2 files; 1 version pair". */
export function formatSummary(result: ReviewResult): string {
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const f of result.findings) counts[f.severity]++;
  const parts = [
    counts.error && plural(counts.error, "error", "errors"),
    counts.warning && plural(counts.warning, "warning", "warnings"),
    counts.information && `${counts.information} information`,
    counts.hint && plural(counts.hint, "hint", "hints"),
  ].filter(Boolean);
  const breakdown = parts.length ? ` (${parts.join(", ")})` : "";
  return `${plural(result.findings.length, "finding", "findings")}${breakdown} in ${plural(result.files.length, "file", "files")}; ${plural(result.pairs.length, "version pair", "version pairs")}`;
}
