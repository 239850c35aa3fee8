// Rule `changed-wording`: a loaded word was swapped between versions ("brutal actions" vs
// "atrocities", "botched" vs "failed"): the tone of the account changed though the facts may not.
// Pure: no vscode import. A hint by default so it never buries the factual findings; only short
// replaced stretches with a loaded word on at least one side count, never quotations (changed-quote).

import type { VersionRule, VersionContext } from "./rule";
import { isLoaded } from "../facts/loaded-words";
import { quotesIn } from "../facts/quotes";
import { eachChangedPair } from "../facts/sentence-facts";
import type { Word } from "../facts/words";
import { dedupe, twoSided } from "../facts/report";

const MAX_HUNK = 4;

function loaded(ws: Word[], from: number, to: number): string {
  const out: string[] = [];
  for (let i = from; i < to; i++) if (isLoaded(ws[i].lemma)) out.push(ws[i].lemma);
  return out.sort().join(" ");
}

export const changedWording: VersionRule = {
  id: "changed-wording",
  family: "versions",
  defaultSeverity: "hint",
  description: "A loaded word was swapped between versions: the tone changed even if the facts did not.",
  check(ctx: VersionContext): void {
    const report = dedupe(ctx.report);
    eachChangedPair(ctx.a, ctx.b, ctx.comparison.pairs, "changed-wording", report, (pv, report) => {
      const { a, b } = pv;
      if (!a.words.some((w) => isLoaded(w.lemma)) && !b.words.some((w) => isLoaded(w.lemma))) return;
      const qa = quotesIn(ctx.a, a.start, a.end);
      const qb = quotesIn(ctx.b, b.start, b.end);
      const inQuote = (w: Word, qs: typeof qa) => qs.some((q) => w.start >= q.innerStart && w.end <= q.innerEnd);
      for (const h of pv.hunks) {
        const la = h.aEnd - h.aStart;
        const lb = h.bEnd - h.bStart;
        if (!la || !lb || la > MAX_HUNK || lb > MAX_HUNK) continue;
        const xa = loaded(a.words, h.aStart, h.aEnd);
        const xb = loaded(b.words, h.bStart, h.bEnd);
        if (xa === xb) continue;
        if (inQuote(a.words[h.aStart], qa) || inQuote(b.words[h.bStart], qb)) continue;
        const sa = { start: a.words[h.aStart].start, end: a.words[h.aEnd - 1].end };
        const sb = { start: b.words[h.bStart].start, end: b.words[h.bEnd - 1].end };
        report(
          twoSided(ctx.a, sa, ctx.b, sb, (here, there) =>
            `Wording changed: this version says ${here}; the other says ${there}. The word carries a judgement: check which the desk wants and make the versions agree.`,
          ),
        );
      }
    });
  },
};
