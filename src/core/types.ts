// The shared vocabulary of the engine: spans, findings, rules, configuration.
// Pure: no vscode import, no Node-only API; this module runs in Node, the CLI and a web worker.

export type Severity = "error" | "warning" | "information" | "hint";
export type SeverityLevel = Severity | "off";
export const SEVERITY_LEVELS: readonly SeverityLevel[] = ["off", "hint", "information", "warning", "error"];

export type ArticleKind = "plaintext" | "markdown" | "html";

/** Half-open range [start, end) in UTF-16 code units, as JavaScript strings and VS Code count. */
export interface Span {
  start: number;
  end: number;
}

export interface Edit {
  span: Span;
  text: string;
}

/** A safe, mechanical correction a rule offers; applied by a code action or a future `--fix`. */
export interface Fix {
  title: string;
  edits: Edit[];
}

/** A place in another document (the other version of the article). */
export interface RelatedLocation {
  docId: string;
  span: Span;
  message: string;
}

/**
 * One problem found in one document. Spans are offsets into that document's source text
 * (what the editor holds), never into the stripped prose view.
 */
export interface Finding {
  docId: string;
  rule: RuleId;
  severity: Severity;
  message: string;
  span: Span;
  related?: RelatedLocation[];
  fixes?: Fix[];
}

export const ARTICLE_RULE_IDS = [
  "unattributed-claim",
  "vague-source",
  "detached-attribution",
  "unquoted-speech",
  "timeline",
  "boilerplate",
] as const;

export const VERSION_RULE_IDS = [
  "changed-date",
  "changed-number",
  "changed-name",
  "changed-quote",
  "reversed-polarity",
  "changed-attribution",
  "changed-hedge",
  "changed-wording",
  "added-content",
  "removed-content",
] as const;

export type ArticleRuleId = (typeof ARTICLE_RULE_IDS)[number];
export type VersionRuleId = (typeof VERSION_RULE_IDS)[number];
export type RuleId = ArticleRuleId | VersionRuleId;

/** Settings the engine honours; every field has a default in `config.ts`. */
export interface Config {
  /** Per-rule severity; a rule missing here runs at its default severity. */
  rules: Partial<Record<RuleId, SeverityLevel>>;
  /** Compare documents that look like versions of one article. */
  compare: boolean;
  /** Minimum similarity (0..1) for two documents to be paired as versions. */
  pairThreshold: number;
  /** Source names the desk trusts: never reported as vague. */
  trustedSources: string[];
  /** Extra attribution verbs ("briefed", "cautioned") on top of the built-in list. */
  extraCues: string[];
}
