// Rule `unattributed-claim`: A claim in the author's voice (figure, trend, cause, judgement, prediction, someone's thoughts) that names no source.
// Pure: no vscode import.

import type { ArticleRule, ArticleContext } from "./rule";

export const unattributedClaim: ArticleRule = {
  id: "unattributed-claim",
  family: "article",
  defaultSeverity: "warning",
  description: "A claim in the author's voice (figure, trend, cause, judgement, prediction, someone's thoughts) that names no source.",
  check(ctx: ArticleContext): void {
    void ctx;
  },
};
