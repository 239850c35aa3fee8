// Runs the rules: one article at a time, and each pair of versions. The only place that maps
// view offsets to source offsets, applies severities and honours suppression directives, so rules never need to.
// Pure: no vscode import.

import { parseArticle, type Article } from "./article";
import { analyzeArticle } from "./analysis";
import { ARTICLE_RULES, VERSION_RULES } from "./rules";
import type { ArticleRule, Rule, VersionReport, VersionRule } from "./rules/rule";
import { compareArticles } from "./versions/compare";
import { applySuppressions } from "./suppress";
import { pairArticles, type Pair } from "./versions/pairing";
import type { ArticleKind, Config, Finding, Fix, Severity, Span } from "./types";

export type { Pair };

export interface ReviewDocument {
  id: string;
  source: string;
  kind: ArticleKind;
}

export interface ReviewResult {
  files: { id: string; words: number }[];
  pairs: Pair[];
  findings: Finding[];
  /** Milliseconds spent parsing, checking articles, pairing and comparing. */
  timings: { parse: number; article: number; pairing: number; compare: number };
}

export function severityOf(rule: Rule, config: Config): Severity | null {
  const level = config.rules[rule.id] ?? rule.defaultSeverity;
  return level === "off" ? null : level;
}

function mapFixes(article: Article, fixes: Fix[] | undefined): Fix[] | undefined {
  if (!fixes?.length) return undefined;
  return fixes.map((f) => ({ title: f.title, edits: f.edits.map((e) => ({ span: article.toSource(e.span), text: e.text })) }));
}

/** Runs every enabled one-article rule on one article. A rule that throws is reported, never fatal. */
export function checkArticle(article: Article, config: Config, rules: readonly ArticleRule[] = ARTICLE_RULES): Finding[] {
  const findings: Finding[] = [];
  const analysis = analyzeArticle(article, config);
  for (const rule of rules) {
    const severity = severityOf(rule, config);
    if (!severity) continue;
    try {
      rule.check({
        article,
        analysis,
        config,
        report: (r) =>
          findings.push({ docId: article.id, rule: rule.id, severity, message: r.message, span: article.toSource(r.span), fixes: mapFixes(article, r.fixes) }),
      });
    } catch (e) {
      reportRuleFailure(rule, article.id, e);
    }
  }
  return sortFindings(applySuppressions(article, findings));
}

/** Runs every enabled cross-version rule on one pair; findings land on both versions and link to each other. */
export function compareVersions(a: Article, b: Article, config: Config, rules: readonly VersionRule[] = VERSION_RULES): Finding[] {
  const findings: Finding[] = [];
  const comparison = compareArticles(a, b, config);
  for (const rule of rules) {
    const severity = severityOf(rule, config);
    if (!severity) continue;
    try {
      rule.check({ a, b, comparison, config, report: (r) => findings.push(...versionFindings(rule, severity, a, b, r)) });
    } catch (e) {
      reportRuleFailure(rule, `${a.id} / ${b.id}`, e);
    }
  }
  return sortFindings(applySuppressions(b, applySuppressions(a, findings)));
}

function versionFindings(rule: Rule, severity: Severity, a: Article, b: Article, r: VersionReport): Finding[] {
  const out: Finding[] = [];
  const spanA = r.a ? a.toSource(r.a) : null;
  const spanB = r.b ? b.toSource(r.b) : null;
  const otherA = spanA ?? (r.anchorA ? a.toSource(r.anchorA) : null);
  const otherB = spanB ?? (r.anchorB ? b.toSource(r.anchorB) : null);
  if (spanA) {
    out.push({
      docId: a.id, rule: rule.id, severity, message: r.message, span: spanA,
      related: otherB ? [{ docId: b.id, span: otherB, message: relatedMessage(b, otherB, !!spanB) }] : undefined,
      fixes: mapFixes(a, r.fixesA),
    });
  }
  if (spanB) {
    out.push({
      docId: b.id, rule: rule.id, severity, message: r.messageB ?? r.message, span: spanB,
      related: otherA ? [{ docId: a.id, span: otherA, message: relatedMessage(a, otherA, !!spanA) }] : undefined,
      fixes: mapFixes(b, r.fixesB),
    });
  }
  return out;
}

const MAX_QUOTED = 160;

function relatedMessage(other: Article, span: Span, counterpart: boolean): string {
  // Editors and the CLI print the other file's name and position beside this message; it need not repeat them.
  if (!counterpart) return "Where it would sit in the other version";
  let text = other.source.slice(span.start, span.end).replace(/\s+/g, " ").trim();
  if (text.length > MAX_QUOTED) text = `${text.slice(0, MAX_QUOTED - 1)}…`;
  return `The other version: “${text}”`;
}

export function displayName(id: string): string {
  const clean = id.replace(/[?#].*$/, "").replace(/^untitled:/, "");
  const i = Math.max(clean.lastIndexOf("/"), clean.lastIndexOf("\\"));
  const base = i >= 0 ? clean.slice(i + 1) : clean;
  try {
    return decodeURIComponent(base) || id;
  } catch {
    return base || id; // a literal "%" in a file name is not an escape
  }
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end || x.rule.localeCompare(y.rule));
}

/** Rule failures go to stderr/console; the other rules still run. */
function reportRuleFailure(rule: Rule, where: string, e: unknown): void {
  const msg = e instanceof Error ? e.stack ?? e.message : String(e);
  console.error(`copydesk: rule ${rule.id} failed on ${where}: ${msg}`);
}

const now = (): number => (typeof performance !== "undefined" ? performance.now() : Date.now());

/**
 * Reviews a set of documents the way the editor does: each one alone, and each pair of versions.
 * `pairs` overrides automatic pairing (the "Compare With…" command, or a CLI run that names pairs).
 */
export function review(docs: ReviewDocument[], config: Config, pairs?: Pair[]): ReviewResult {
  let t = now();
  const articles = docs.map((d) => parseArticle(d.id, d.source, d.kind));
  const timings = { parse: now() - t, article: 0, pairing: 0, compare: 0 };
  t = now();
  const findings: Finding[] = [];
  for (const a of articles) findings.push(...checkArticle(a, config));
  timings.article = now() - t;
  t = now();
  const chosen = pairs ?? (config.compare ? pairArticles(articles, config.pairThreshold) : []);
  timings.pairing = now() - t;
  t = now();
  const byId = new Map(articles.map((a) => [a.id, a]));
  for (const p of chosen) {
    const a = byId.get(p.a);
    const b = byId.get(p.b);
    if (a && b) findings.push(...compareVersions(a, b, config));
  }
  timings.compare = now() - t;
  const order = new Map(docs.map((d, i) => [d.id, i]));
  findings.sort((x, y) => (order.get(x.docId) ?? 0) - (order.get(y.docId) ?? 0) || x.span.start - y.span.start || x.span.end - y.span.end || x.rule.localeCompare(y.rule));
  return { files: articles.map((a) => ({ id: a.id, words: a.words })), pairs: chosen, findings, timings };
}
