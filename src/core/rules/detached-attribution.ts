// Rule `detached-attribution`: An attribution torn off its claim: "The New York Times reported." standing alone, or a stray credit fused into prose.
// Pure: no vscode import.

import type { ArticleRule, ArticleContext } from "./rule";

export const detachedAttribution: ArticleRule = {
  id: "detached-attribution",
  family: "article",
  defaultSeverity: "warning",
  description: "An attribution torn off its claim: \"The New York Times reported.\" standing alone, or a stray credit fused into prose.",
  check(ctx: ArticleContext): void {
    void ctx;
  },
};
