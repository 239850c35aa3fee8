// Rule `unquoted-speech`: Direct or first-person speech in the author's voice that has lost its quotation marks.
// Pure: no vscode import.

import type { ArticleRule, ArticleContext } from "./rule";

export const unquotedSpeech: ArticleRule = {
  id: "unquoted-speech",
  family: "article",
  defaultSeverity: "warning",
  description: "Direct or first-person speech in the author's voice that has lost its quotation marks.",
  check(ctx: ArticleContext): void {
    void ctx;
  },
};
