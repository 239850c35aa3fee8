// Rule `vague-source`: attribution to an unnamed or vague source ("officials", "a former Russian official",
// "experts", "people familiar with"), agentless passives that hide the judge ("was quickly seen as",
// "is said to"), and "reportedly".
// Pure: no vscode import. Never reports a named person, a titled person, a named organisation, a definite
// reference back ("the official"), a source the project lists in `trustedSources`, or an anonymous source
// whose anonymity the text explains (AP practice: the reason is what the reader is owed).

import type { ArticleRule, ArticleContext } from "./rule";
import type { Span } from "../types";
import { anonymity, isTrusted, vagueInPhrase, vagueMindHolders } from "../attribution/sources";
import { excerpt } from "../attribution/quote-text";

export const vagueSource: ArticleRule = {
  id: "vague-source",
  family: "article",
  defaultSeverity: "information",
  description: "Attribution to an unnamed or vague source: officials, experts, critics, \"it is believed\".",
  check(ctx: ArticleContext): void {
    const { article, analysis, config } = ctx;
    const text = article.text;
    const seen: Span[] = [];
    const report = (span: Span, message: string) => {
      if (seen.some((s) => s.start < span.end && span.start < s.end)) return;
      seen.push(span);
      ctx.report({ span, message });
    };
    for (const info of analysis.sentences) {
      if (info.role !== "body" && info.role !== "question") continue;
      const block = article.blocks[info.sentence.block];
      const next = info.index + 1 < block.endSentence ? analysis.sentences[info.index + 1].sentence.text : "";
      for (const cue of info.cues) {
        if (cue.kind === "passive") {
          const words = excerpt(text.slice(cue.span.start, cue.span.end));
          report(cue.span, `Vague source: "${words}" does not say who holds this view — name who does, or quote them.`);
          continue;
        }
        if (cue.kind === "reportedly") {
          report(cue.span, `Vague source "reportedly" — name who reported it.`);
          continue;
        }
        if (!cue.sourceTokens || cue.mindClaim) continue;
        const v = vagueInPhrase(info.tokens, cue.sourceTokens[0], cue.sourceTokens[1]);
        if (!v) continue;
        const phrase = text.slice(v.span.start, v.span.end);
        const whole = text.slice(info.tokens[cue.sourceTokens[0]].start, info.tokens[cue.sourceTokens[1]].end);
        if (isTrusted(phrase, config.trustedSources) || isTrusted(whole, config.trustedSources)) continue;
        const anon = anonymity(info.sentence.text) === "none" ? anonymity(next) : anonymity(info.sentence.text);
        if (anon === "explained") continue;
        const words = excerpt(phrase);
        report(
          v.span,
          anon === "unexplained"
            ? `Vague source "${words}" is granted anonymity without a reason — name them, or say why they cannot be named.`
            : `Vague source "${words}" — name them, or say why they cannot be named.`,
        );
      }
      for (const { holder } of vagueMindHolders(info.tokens)) {
        const phrase = text.slice(holder.span.start, holder.span.end);
        if (isTrusted(phrase, config.trustedSources)) continue;
        report(holder.span, `Vague source "${excerpt(phrase)}" — say which of them hold this view, or quote them.`);
      }
    }
  },
};
