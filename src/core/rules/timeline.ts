// Rule `timeline`: Relative time ("last year", "approaches its two-year mark") that contradicts the article's own dates.
// Pure: no vscode import.

import type { ArticleRule, ArticleContext } from "./rule";

export const timeline: ArticleRule = {
  id: "timeline",
  family: "article",
  defaultSeverity: "warning",
  description: "Relative time (\"last year\", \"approaches its two-year mark\") that contradicts the article's own dates.",
  check(ctx: ArticleContext): void {
    void ctx;
  },
};
