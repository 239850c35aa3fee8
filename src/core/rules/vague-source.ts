// Rule `vague-source`: Attribution to an unnamed or vague source: officials, experts, critics, "it is believed".
// Pure: no vscode import.

import type { ArticleRule, ArticleContext } from "./rule";

export const vagueSource: ArticleRule = {
  id: "vague-source",
  family: "article",
  defaultSeverity: "information",
  description: "Attribution to an unnamed or vague source: officials, experts, critics, \"it is believed\".",
  check(ctx: ArticleContext): void {
    void ctx;
  },
};
