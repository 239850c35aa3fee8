// Rule `added-content`: a sentence or paragraph present in this version only (the newer version, b).
// Pure: no vscode import. It never reports a sentence that moved or was reworded: those exist in both
// versions, and other rules judge what changed in them.

import { oneSidePassages, quoteStart } from "../versions/one-side";
import type { VersionRule, VersionContext } from "./rule";

export const addedContent: VersionRule = {
  id: "added-content",
  family: "versions",
  defaultSeverity: "information",
  description: "A sentence or paragraph present in this version only.",
  check(ctx: VersionContext): void {
    for (const p of oneSidePassages(ctx.comparison, "b")) {
      const quoted = `“${quoteStart(ctx.b.text.slice(p.span.start, p.span.end))}”`;
      const count = p.sentences.length > 1 ? ` (${p.sentences.length} sentences)` : "";
      let message: string;
      if (p.unrelated === "cue") {
        message = `${quoted}${count} is present only in this version and reads like an injected link or promo, not part of the story; remove it.`;
      } else if (p.unrelated === "vocabulary") {
        message = `${quoted}${count} is present only in this version and shares almost no words with the rest of the story; check that it belongs here.`;
      } else {
        message = `${quoted}${count} is present only in this version; check that the new text is sourced and intended.`;
      }
      ctx.report({ a: null, b: p.span, anchorA: p.anchor, message });
    }
  },
};
