// Rule `removed-content`: a sentence or paragraph of this version (the older version, a) that the other
// version dropped. Pure: no vscode import. It never reports a sentence that moved or was reworded: those
// exist in both versions, and other rules judge what changed in them.

import { oneSidePassages, quoteStart } from "../versions/one-side";
import type { VersionRule, VersionContext } from "./rule";

export const removedContent: VersionRule = {
  id: "removed-content",
  family: "versions",
  defaultSeverity: "information",
  description: "A sentence or paragraph of this version that the other version dropped.",
  check(ctx: VersionContext): void {
    for (const p of oneSidePassages(ctx.comparison, "a")) {
      const quoted = `“${quoteStart(ctx.a.text.slice(p.span.start, p.span.end))}”`;
      const count = p.sentences.length > 1 ? ` (${p.sentences.length} sentences)` : "";
      let message: string;
      if (p.unrelated === "cue") {
        message = `${quoted}${count} was dropped from the other version; it reads like an injected link or promo, not part of the story, so the cut looks right.`;
      } else if (p.unrelated === "vocabulary") {
        message = `${quoted}${count} was dropped from the other version; it shares almost no words with the rest of the story, so check whether it belonged here at all.`;
      } else {
        message = `${quoted}${count} was dropped from the other version; restore it there unless the cut was deliberate.`;
      }
      ctx.report({ a: p.span, b: null, anchorB: p.anchor, message });
    }
  },
};
