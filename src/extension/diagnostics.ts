// The one place a core Finding becomes a VS Code diagnostic: range, severity, source, code with its docs link,
// and related information pointing at the exact range in the other version.
// The mapping itself is pure (plain objects in, plain objects out) so it is unit-tested under Node; only
// `toDiagnostic` touches VS Code's classes, and it receives them as arguments. Must never import vscode at
// run time, and never map positions with anything but the text the findings were computed from.

import type * as vscode from "vscode";
import type { Finding, LineIndex, RuleId, Severity, Span } from "../core";
import { SOURCE } from "./constants";

export interface PlainPosition {
  line: number;
  character: number;
}

export interface PlainRange {
  start: PlainPosition;
  end: PlainPosition;
}

export interface PlainRelated {
  uri: string;
  range: PlainRange;
  message: string;
}

/** vscode.DiagnosticSeverity's numbering: Error 0, Warning 1, Information 2, Hint 3. */
export type SeverityNumber = 0 | 1 | 2 | 3;

export interface PlainDiagnostic {
  range: PlainRange;
  severity: SeverityNumber;
  message: string;
  source: string;
  code: { value: RuleId; target: string };
  related: PlainRelated[];
}

export const SEVERITY_NUMBER: Readonly<Record<Severity, SeverityNumber>> = { error: 0, warning: 1, information: 2, hint: 3 };

export interface MapContext {
  /** Line index of the text the finding's spans are offsets into. */
  lines: LineIndex;
  /** Line index of another document, by core id, at the version the findings were computed for; undefined if it is gone. */
  linesOf(docId: string): LineIndex | undefined;
  /** The URI string VS Code knows a document by, from the core's document id. */
  uriOf(docId: string): string;
  /** The link the diagnostic's code opens: the rule's documentation page. */
  docsTarget(rule: RuleId): string;
}

export function spanToRange(lines: LineIndex, span: Span): PlainRange {
  return { start: lines.positionAt(span.start), end: lines.positionAt(span.end) };
}

export function toPlainDiagnostic(finding: Finding, ctx: MapContext): PlainDiagnostic {
  const related: PlainRelated[] = [];
  for (const r of finding.related ?? []) {
    const lines = ctx.linesOf(r.docId);
    if (lines) related.push({ uri: ctx.uriOf(r.docId), range: spanToRange(lines, r.span), message: r.message });
  }
  return {
    range: spanToRange(ctx.lines, finding.span),
    severity: SEVERITY_NUMBER[finding.severity],
    message: finding.message,
    source: SOURCE,
    code: { value: finding.rule, target: ctx.docsTarget(finding.rule) },
    related,
  };
}

/** The VS Code classes `toDiagnostic` builds with, passed in so this module never loads vscode itself. */
export interface DiagnosticApi {
  Diagnostic: typeof vscode.Diagnostic;
  Range: typeof vscode.Range;
  Location: typeof vscode.Location;
  DiagnosticRelatedInformation: typeof vscode.DiagnosticRelatedInformation;
  Uri: { parse(value: string): vscode.Uri };
}

export function toRange(api: DiagnosticApi, r: PlainRange): vscode.Range {
  return new api.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

export function toDiagnostic(api: DiagnosticApi, p: PlainDiagnostic): vscode.Diagnostic {
  const d = new api.Diagnostic(toRange(api, p.range), p.message, p.severity as number as vscode.DiagnosticSeverity);
  d.source = p.source;
  d.code = { value: p.code.value, target: api.Uri.parse(p.code.target) };
  if (p.related.length) {
    d.relatedInformation = p.related.map(
      (r) => new api.DiagnosticRelatedInformation(new api.Location(api.Uri.parse(r.uri), toRange(api, r.range)), r.message),
    );
  }
  return d;
}
