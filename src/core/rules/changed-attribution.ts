// Rule `changed-attribution`: the source of a statement, or the way the source knows or speaks,
// differs between versions: "the mayor said" vs "officials said"; "diplomats who have been briefed on"
// vs "diplomats who saw a draft of"; "said" vs "claimed"; an attribution dropped.
// Pure: no vscode import. Never reports the same source named two ways ("the Times" / "The New York
// Times", "top officials" / "senior officials"), nor a pronoun standing for a source.

import type { VersionRule, VersionContext } from "./rule";
import type { Span } from "../types";
import { bases, citations, differentSources, mayCite, onlyNameDiffers, sourceKind, stillCites, type Citation } from "../facts/sources";
import { eachChangedPair, perArticle, perArticlePair, side, type PairView, type Side } from "../facts/sentence-facts";
import { sentenceIndexAt, type Article } from "../article";
import { findQuotes, quotedWords, type Quote } from "../facts/quotes";
import type { VersionReport } from "./rule";
import { dedupe, quote, twoSided } from "../facts/report";
import { lemma } from "../facts/words";
import { table } from "../facts/lookup";

const agree = "check which is right and make the versions agree.";

function citedSpan(c: Citation): Span {
  if (!c.source) return c.cue;
  return { start: Math.min(c.source.start, c.cue.start), end: Math.max(c.source.end, c.cue.end) };
}

/**
 * One way of citing: the same reporting verb, two of one class ("according to the police" / "police said",
 * "claimed" / "alleged"), or two words for one act ("warned" / "cautioned").
 */
function alike(x: Citation, y: Citation): boolean {
  if (x.verb === y.verb || (x.verbClass === y.verbClass && x.verbClass !== "other")) return true;
  const sx = SAME_ACT[x.verb];
  return sx !== undefined && sx === SAME_ACT[y.verb];
}

const SAME_ACT: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  [lemma("warned")]: "warn", [lemma("cautioned")]: "warn",
  [lemma("urged")]: "urge", [lemma("appealed")]: "urge", [lemma("called")]: "urge",
  [lemma("predicted")]: "forecast", [lemma("forecast")]: "forecast", [lemma("projected")]: "forecast",
  [lemma("denied")]: "deny", [lemma("rejected")]: "deny", [lemma("disputed")]: "deny",
});

/**
 * The sentence before the side, in the same paragraph, cites the same source, so the side reads as its
 * continuation ("The agency said in a statement … . Routes will run …" / "Routes will run …, according to
 * a statement from the agency"): the attribution moved, the paragraph is still attributed. A citation in the
 * next sentence does not reach back to the one before it, unless it is the same citation moved there whole:
 * the same source with the same verb, or another neutral one ("Mr Edevane had denied the charge, which …" /
 * "Mark Edevane, 41, who denied causing …, was cleared", a sentence earlier; "police said" / "according to
 * the police"), in the sentence before or after.
 */
const PUBLISHED = new Set(["published", "released", "issued", "compiled", "unveiled"].map(lemma));
// the act of a reporting verb told as a noun: "Bishop Fennelly announced" / "The announcement was made by Bishop Fennelly"
const ACT_OF = new Map([["announce", "announcement"], ["state", "statement"], ["declare", "declaration"], ["confirm", "confirmation"], ["reveal", "revelation"]].map(([v, n]) => [lemma(v), lemma(n)]));

const GROUP_OF = new Set(["two", "three", "four", "both", "pair"].map(lemma));

/** How many sentences away in its paragraph a moved citation is still looked for. */
const PARAGRAPH_REACH = 4;

function citedNearby(s: Side, cited: Citation, ctx: VersionContext): boolean {
  if (!cited.head || !s.sentences.length) return false;
  const all = s.article.sentences;
  const first = s.sentences[0].index;
  const last = s.sentences[s.sentences.length - 1].index;
  // … or one body described two ways ("the company said" / "The studio said")
  const kind = sourceKind(cited);
  // … or the two of them with the same verb ("the companies announced" / "the two announced")
  const theTwo = (c: Citation) => !c.head && c.definite && c.verb === cited.verb && c.lemmas.length <= 2 && c.lemmas.some((l) => GROUP_OF.has(l));
  const sameSource = (c: Citation) =>
    theTwo(c) ||
    (!!c.head && (c.head === cited.head || cited.lemmas.includes(c.head) || c.lemmas.includes(cited.head!) || (c.definite && cited.definite && !!kind && sourceKind(c) === kind)));
  const before = first - 1;
  const plainIsA = s.article === ctx.a;
  const { pairs } = ctx.comparison;
  const pairOf = plainIsA ? ctx.comparison.pairOfA : ctx.comparison.pairOfB;
  // (unless the sentence before is cited in the other version too: "The agency said … . The agency said the
  // fungus could cut yields." / "…, the agency said. The fungus could cut yields." cites once where the other
  // version cites twice, and the second claim lost its source)
  const counterpartCites = (i: number) => {
    const k = pairOf[i];
    const there = k >= 0 ? (plainIsA ? pairs[k].b : pairs[k].a) : [];
    return there.length > 0 && citations(side(plainIsA ? ctx.b : ctx.a, there)).some(sameSource);
  };
  // (a claim said, that is: a source's own act, "the union is demanding a cap", or an interview's next turn,
  // "VARGA: …", reads on from the sentence before)
  if (before >= 0 && all[before].block === all[first].block && citations(side(s.article, [before])).some(sameSource) && !(cited.verbClass === "neutral" && cited.verb !== ":" && counterpartCites(before))) return true;
  // the neighbour, and the rest of its pair when the rewrite split or merged it ("… has died aged 91, her
  // family said. She led …" where the other version said it after the next sentence)
  const near: number[] = [];
  for (const i of [before, last + 1]) {
    if (i < 0 || i >= all.length) continue;
    const k = pairOf[i];
    for (const j of k >= 0 ? (plainIsA ? pairs[k].a : pairs[k].b) : [i]) if (j < first || j > last) if (!near.includes(j)) near.push(j);
  }
  // … or further off in the same paragraph, where a merge took the clause that carries it ("…, but officials
  // warned the fire was out of control." / "The service said …, and officials cautioned that it was …")
  const block = all[first].block;
  for (let d = 2; d <= PARAGRAPH_REACH; d++) {
    for (const i of [first - d, last + d]) if (i >= 0 && i < all.length && all[i].block === block && !near.includes(i)) near.push(i);
  }
  for (const i of near) {
    const near = side(s.article, [i]);
    // the source may be named differently there ("Mr Edevane" / "Mark Edevane, 41, who"): its head word in the sentence will do
    const named = near.words.some((w) => w.lemma === cited.head);
    const k = pairOf[i];
    const counterpart = k >= 0 ? (plainIsA ? pairs[k].b : pairs[k].a) : [];
    // the source's publication or its act told there ("according to figures published on Thursday by …" /
    // "The figures were released on Thursday by …", "The announcement was made by …"), where the neighbour's
    // counterpart does not name it
    const act = ACT_OF.get(cited.verb);
    if (named && near.words.some((w) => PUBLISHED.has(w.lemma) || w.lemma === act) && !(counterpart.length && side(plainIsA ? ctx.b : ctx.a, counterpart).words.some((w) => w.lemma === cited.head))) return true;
    const moved = citations(near).find((c) => alike(c, cited) && (sameSource(c) || named));
    if (!moved) continue;
    // … and only when that citation is new there: the neighbour's own counterpart does not cite it (a source
    // quoted in every paragraph cites it in both versions of the neighbour, and then this one was dropped)
    const citedThere = counterpart.length ? citations(side(plainIsA ? ctx.b : ctx.a, counterpart)) : [];
    if (!citedThere.some((c) => alike(c, moved) && (sameSource(c) || c.head === moved.head))) return true;
  }
  return false;
}

// Verbs of committing oneself: "pledged to lower tariffs", "vowed to appeal" state what the subject will do,
// an act of its own (a "joint pledge to cut tariffs" in the other version), not a claim it reports
const COMMIT = new Set(["pledge", "promise", "vow", "undertake", "commit", "agree", "threaten", "resolve", "swear"].map(lemma));

function commitment(article: Article, c: Citation): boolean {
  return COMMIT.has(c.verb) && /^\s+to\s+\p{L}/u.test(article.text.slice(c.cue.end, c.cue.end + 20));
}

// what a company reports of itself: "the lender reported a quarterly loss" is "the lender posted a loss"
const RESULTS = new Set(["loss", "losses", "profit", "profits", "revenue", "revenues", "sales", "earnings", "income", "deficit", "surplus", "turnover", "results"]);
const REPORTS_RESULTS = new Set(["report", "announce", "post"].map(lemma));

/**
 * "the lender reported a quarterly loss of 310 million euros" / "Ostmark Bank posted a loss of €310m": the
 * reporting verb takes the result itself as its object, so the other version saying the company posted or
 * made that result drops no source. The result's noun must be on the plain side too.
 */
function ownResults(article: Article, cited: Citation, plain: Side): boolean {
  if (!REPORTS_RESULTS.has(cited.verb)) return false;
  const after = article.text.slice(cited.cue.end, cited.cue.end + 60).toLowerCase().match(/[a-z]+/g) ?? [];
  const noun = after.slice(0, 4).find((w) => RESULTS.has(w));
  if (noun) return plain.words.some((w) => w.norm === noun || (RESULTS.has(w.norm) && w.lemma === noun.replace(/s$/, "")));
  // "announced a £150 million share buyback" / "unveiled a share buyback worth £150m": an act of the source's own
  // announced, with a noun for its object rather than a clause, that the other version states as done
  if (!OWN_OBJECT.test(article.text.slice(cited.cue.end, cited.cue.end + 8))) return false;
  const object = new Set(after.slice(1, 6).filter((w) => w.length > 3).map(lemma));
  return plain.words.some((w) => object.has(w.lemma));
}
const OWN_OBJECT = /^\s+(?:a|an|its|their|his|her)\s/i;

export const changedAttribution: VersionRule = {
  id: "changed-attribution",
  family: "versions",
  defaultSeverity: "warning",
  description: "The source of a statement, how the source knows, or the reporting verb differs between versions, or the attribution was dropped.",
  check(ctx: VersionContext): void {
    const report = dedupe(ctx.report);
    eachChangedPair(ctx.a, ctx.b, ctx.comparison.pairs, "changed-attribution", report, (pv, report) => {
      const { a, b } = pv;
      const ba = bases(a);
      const bb = bases(b);
      for (let k = 0; k < Math.min(ba.length, bb.length); k++) {
        if (ba[k].key === bb[k].key) continue;
        report(
          twoSided(ctx.a, ba[k].span, ctx.b, bb[k].span, (here, there) =>
            `Attribution changed: this version describes the source as ${here}; the other as ${there}. How a source knows is part of the attribution: ${agree}`,
          ),
        );
      }
      // the cue finder runs only where a reporting word could be
      const ca = mayCite(a) ? citations(a) : [];
      const cb = mayCite(b) ? citations(b) : [];
      if (!ca.length && !cb.length) return;
      if (ca.length && cb.length) perceivedOtherwise(pv, ctx, report);
      // the same source first: same head and same verb before any merely compatible one
      const usedB = new Set<Citation>();
      const partner = new Map<Citation, Citation>();
      const cands: { x: Citation; y: Citation; score: number }[] = [];
      for (const x of ca) {
        if (!x.head) continue;
        for (const y of cb) {
          if (!y.head || differentSources(ctx.a, x, ctx.b, y)) continue;
          cands.push({ x, y, score: (x.head === y.head ? 2 : 0) + (x.verb === y.verb ? 1 : 0) });
        }
      }
      cands.sort((p, q) => q.score - p.score);
      for (const c of cands) {
        if (partner.has(c.x) || usedB.has(c.y)) continue;
        partner.set(c.x, c.y);
        usedB.add(c.y);
      }
      const leftA: Citation[] = [];
      for (const x of ca) {
        const y = partner.get(x);
        if (!y) {
          leftA.push(x);
          continue;
        }
        if (x.verbClass !== y.verbClass && x.verbClass !== "other" && y.verbClass !== "other") {
          report(
            twoSided(ctx.a, x.cue, ctx.b, y.cue, (here, there) =>
              `Reporting verb changed: this version says ${here}; the other says ${there}. The verb tells readers how far to trust the source: make the versions agree.`,
            ),
          );
        }
      }
      const leftB = cb.filter((c) => !usedB.has(c) && c.head);
      const namedA = leftA.filter((c) => c.head);
      for (const x of [...namedA]) {
        const y = namedA.length === 1 && leftB.length === 1 ? leftB[0] : leftB.find((c) => c.verb === x.verb);
        if (!y || !x.source || !y.source || !differentSources(ctx.a, x, ctx.b, y) || onlyNameDiffers(ctx.a, x, ctx.b, y)) continue;
        leftB.splice(leftB.indexOf(y), 1);
        namedA.splice(namedA.indexOf(x), 1);
        report(
          twoSided(ctx.a, x.source, ctx.b, y.source, (here, there) => `Source changed: this version attributes this to ${here}; the other to ${there}. Check who said it and make the versions agree.`),
        );
      }
      // a pronoun cited on the plain side ("which it described as the biggest") stands for a source named before
      const pronounA = ca.some((c) => !c.head && !partner.has(c));
      const pronounB = cb.some((c) => !c.head && !usedB.has(c));
      // a plain citation with no counterpart, where the other version names no source and uses no reporting verb for it
      const dropped = (left: Citation[], others: Citation[], plain: Side, citedArticle: Article, citedIsA: boolean) => {
        if (others.length || (citedIsA ? pronounB : pronounA)) return;
        const cited = left.find((c) => c.head && c.strong && !commitment(citedArticle, c));
        if (!cited || stillCites(plain, cited) || citedNearby(plain, cited, ctx) || ownResults(citedArticle, cited, plain)) return;
        const span = citedSpan(cited);
        const plainSpan = { start: plain.start, end: plain.end };
        const said = quote(citedArticle, span);
        const withSource = `Attribution dropped: this version attributes this (${said}); the other states it with no source. Restore the attribution or make the versions agree.`;
        const without = `Attribution dropped: this version states this with no source; the other attributes it (${said}). Restore the attribution or make the versions agree.`;
        report(citedIsA ? { a: span, b: plainSpan, message: withSource, messageB: without } : { a: plainSpan, b: span, message: without, messageB: withSource });
      };
      dropped(namedA, leftB, b, ctx.a, true);
      dropped(leftB, namedA, a, ctx.b, false);
    });
    movedQuotes(ctx, report);
  },
};

const RELATIVE_BASIS = new Set(["who", "that", "which"]);
// The sense a witness perceived by: what a source saw is not what it heard
const SENSES: Record<string, string> = table({
  saw: "sight", seen: "sight", see: "sight", sees: "sight", seeing: "sight", watched: "sight", witnessed: "sight", spotted: "sight", noticed: "sight",
  heard: "hearing", hear: "hearing", hears: "hearing", hearing: "hearing",
  smelled: "smell", smelt: "smell", smell: "smell", smells: "smell",
  felt: "touch", feel: "touch", feels: "touch",
});

/**
 * In a cited statement, what the source perceived by another sense: "told investigators he saw sparks" /
 * "told investigators he heard sparking". How the source knows changed, as "who saw the document" / "who
 * were told about it" does.
 */
function perceivedOtherwise(pv: PairView, ctx: VersionContext, report: (r: VersionReport) => void): void {
  const wa = pv.a.words;
  const wb = pv.b.words;
  for (const h of pv.hunks) {
    let x = -1;
    let y = -1;
    for (let i = h.aStart; i < h.aEnd; i++) if (SENSES[wa[i].norm]) x = x < 0 ? i : x;
    for (let j = h.bStart; j < h.bEnd; j++) if (SENSES[wb[j].norm]) y = y < 0 ? j : y;
    if (x < 0 || y < 0 || SENSES[wa[x].norm] === SENSES[wb[y].norm]) continue;
    // "a witness who saw the crash" / "who heard the crash": a basis, which the pass above compares
    if (RELATIVE_BASIS.has(wa[x - 1]?.norm ?? "") || RELATIVE_BASIS.has(wb[y - 1]?.norm ?? "")) continue;
    report(
      twoSided(ctx.a, wa[x], ctx.b, wb[y], (here, there) =>
        `Attribution changed: this version says the source ${here} it; the other says ${there}. How a source knows is part of the attribution: ${agree}`,
      ),
    );
  }
}

/** Fewest words a quotation needs before its words alone say it is the same quotation in both versions. */
const SAME_QUOTE_WORDS = 4;

/** The named source a quotation's sentence gives it: the citation whose verb stands nearest the quotation. */
function speakerOf(article: Article, q: Quote): Citation | undefined {
  const i = sentenceIndexAt(article, q.start);
  if (i < 0) return undefined;
  let best: Citation | undefined;
  let gap = Infinity;
  for (const c of citations(side(article, [i]))) {
    const d = c.cue.start >= q.end ? c.cue.start - q.end : q.start >= c.cue.end ? q.start - c.cue.end : 0;
    if (d < gap) [best, gap] = [c, d];
  }
  return best?.head && best.source ? best : undefined;
}

/**
 * One quotation, word for word in both versions, given to two different named speakers where the alignment
 * put its two sentences in different pairs ("Course owner Hugh Baird said the field was “under a foot of
 * water”" / "The field was “under a foot of water,” said trials secretary Ann Grierson"): the pair-by-pair
 * comparison never sees the two speakers side by side. Kept per pair of parsed articles, as a re-check
 * replays it.
 */
function movedQuotes(ctx: VersionContext, report: (r: VersionReport) => void): void {
  for (const r of perArticlePair(ctx.a, ctx.b, "movedQuotes", () => findMovedQuotes(ctx))) report(r);
}

/** Each quotation of four words or more quoted once in the article, by its words; one quoted twice may be two occasions. */
function quotationsOnce(article: Article): Map<string, Quote | null> {
  // (kept per parsed article: the editor re-checks one version against a partner whose parse is unchanged)
  return perArticle(article, "quotationsOnce", () => {
    const out = new Map<string, Quote | null>();
    for (const q of findQuotes(article)) {
      const key = quotedWords(article, q);
      if (key.split(" ").length >= SAME_QUOTE_WORDS) out.set(key, out.has(key) ? null : q);
    }
    return out;
  });
}

function findMovedQuotes(ctx: VersionContext): VersionReport[] {
  const found: VersionReport[] = [];
  const { pairOfA, pairOfB } = ctx.comparison;
  const inB = quotationsOnce(ctx.b);
  for (const [key, qa] of inB.size ? quotationsOnce(ctx.a) : []) {
    const qb = inB.get(key);
    if (!qa || !qb) continue;
    const i = sentenceIndexAt(ctx.a, qa.start);
    const j = sentenceIndexAt(ctx.b, qb.start);
    // in one pair, the pair's own comparison has the two speakers side by side
    if (i < 0 || j < 0 || (pairOfA[i] >= 0 && pairOfA[i] === pairOfB[j])) continue;
    const x = speakerOf(ctx.a, qa);
    const y = speakerOf(ctx.b, qb);
    if (!x || !y || !differentSources(ctx.a, x, ctx.b, y) || onlyNameDiffers(ctx.a, x, ctx.b, y)) continue;
    found.push(
      twoSided(ctx.a, x.source!, ctx.b, y.source!, (here, there) =>
        `Quotation given to another speaker: this version has ${here} say ${quote(ctx.a, { start: qa.innerStart, end: qa.innerEnd })}; the other gives the same words to ${there}. Check who said it and make the versions agree.`,
      ),
    );
  }
  return found;
}
