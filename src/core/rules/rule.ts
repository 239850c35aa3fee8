// What a rule is: metadata plus one check function that reports through its context.
// Pure: no vscode import. Rules see view offsets; the engine maps them to source offsets.

import type { Article } from "../article";
import type { ArticleAnalysis } from "../analysis";
import type { Comparison } from "../versions/compare";
import type { ArticleRuleId, Config, Fix, SeverityLevel, Span, VersionRuleId } from "../types";

interface RuleMeta<Id extends string> {
  id: Id;
  /** One line for settings, `--help`, SARIF and the docs index. */
  description: string;
  defaultSeverity: SeverityLevel;
}

/** A finding in one article, in view offsets. Fix edits are in view offsets too. */
export interface ArticleReport {
  span: Span;
  message: string;
  fixes?: Fix[];
}

export interface ArticleContext {
  article: Article;
  analysis: ArticleAnalysis;
  config: Config;
  report(r: ArticleReport): void;
}

export interface ArticleRule extends RuleMeta<ArticleRuleId> {
  family: "article";
  check(ctx: ArticleContext): void;
}

/**
 * A difference between two versions, in view offsets of each. `a` or `b` is null when the text
 * exists in one version only; `anchorA`/`anchorB` then say where it would sit in the other version.
 */
export interface VersionReport {
  a: Span | null;
  b: Span | null;
  anchorA?: Span;
  anchorB?: Span;
  /** The message on version a; `messageB` on version b when it must read differently there. */
  message: string;
  messageB?: string;
  /** Fixes for the finding shown on version a (edits in a's view offsets), and on b. */
  fixesA?: Fix[];
  fixesB?: Fix[];
}

export interface VersionContext {
  a: Article;
  b: Article;
  comparison: Comparison;
  config: Config;
  report(r: VersionReport): void;
}

export interface VersionRule extends RuleMeta<VersionRuleId> {
  family: "versions";
  check(ctx: VersionContext): void;
}

export type Rule = ArticleRule | VersionRule;
