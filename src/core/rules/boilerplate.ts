// Rule `boilerplate`: page debris and injected content that is not part of the story — "See also" and
// "Related Posts" link text, "Read more", share-button text, icon alt text, lone photo credits, and a
// stray lower-case fragment left after a sentence's full stop.
// Pure: no vscode import. Patterns are anchored to whole sentences or sentence edges: never flags real prose.

import type { ArticleRule, ArticleContext } from "./rule";
import type { Span } from "../types";
import type { Debris } from "../analysis";
import { excerpt } from "../attribution/quote-text";

const MESSAGES: Record<Debris["kind"], (w: string) => string> = {
  link: (w) => `Page debris "${w}" (link text) is not part of the story — delete it.`,
  share: (w) => `Share-button text "${w}" is page debris — delete it.`,
  icon: (w) => `Icon alt text "${w}" is page debris — delete it.`,
  credit: (w) => `Lone photo credit "${w}" in the text — delete it, or move it into the picture's caption.`,
  fragment: (w) => `Stray fragment "${w}" after the end of the sentence — delete it, or finish the sentence.`,
  label: () => "",
};

export const boilerplate: ArticleRule = {
  id: "boilerplate",
  family: "article",
  defaultSeverity: "information",
  description: "Page debris that is not part of the story: \"See also\" and \"Related Posts\" links, icon alt text, share buttons, lone photo credits.",
  check(ctx: ArticleContext): void {
    const text = ctx.article.text;
    const report = (kind: Debris["kind"], span: Span) => {
      const words = excerpt(text.slice(span.start, span.end), 60);
      let delStart = span.start;
      while (delStart > 0 && (text[delStart - 1] === " " || text[delStart - 1] === "\t")) delStart--;
      ctx.report({ span, message: MESSAGES[kind](words), fixes: [{ title: "Delete the page debris", edits: [{ span: { start: delStart, end: span.end }, text: "" }] }] });
    };
    for (const info of ctx.analysis.sentences) {
      for (const d of info.debris) if (d.kind !== "label") report(d.kind, d.span);
      if (info.role === "credit") report("credit", { start: info.body.start, end: info.sentence.end });
    }
  },
};
