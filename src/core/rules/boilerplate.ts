// Rule `boilerplate`: Page debris that is not part of the story: "See also" and "Related Posts" links, icon alt text, share buttons, lone photo credits.
// Pure: no vscode import.

import type { ArticleRule, ArticleContext } from "./rule";

export const boilerplate: ArticleRule = {
  id: "boilerplate",
  family: "article",
  defaultSeverity: "information",
  description: "Page debris that is not part of the story: \"See also\" and \"Related Posts\" links, icon alt text, share buttons, lone photo credits.",
  check(ctx: ArticleContext): void {
    void ctx;
  },
};
