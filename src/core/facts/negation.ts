// Polarity of clauses: splits a run of words into clauses, finds the negation cues in each (not, n't,
// no, never, without, "yet to", "fail to", deny, refuse, unable, unclear…) and says whether the clause
// is negative (an odd number of cues). Also knows antonym pairs ("rose"/"fell", "approve"/"reject")
// so that two clauses saying opposite things without a negation are caught too.
// Pure: no vscode import. Never counts a fixed phrase that only looks negative ("not only", "no doubt",
// "whether or not", "No. 10") as a negation.

import { lemma, type Word } from "./words";

export interface Clause {
  /** Index range into the word list. */
  from: number;
  to: number;
  /** Indices of the words that carry a negation (the first word of a multi-word cue). */
  cues: number[];
  /** Number of words each cue spans. */
  cueLengths: number[];
}

const SIMPLE = new Set(["not", "never", "no", "none", "nobody", "nothing", "nowhere", "neither", "nor", "without", "cannot", "hardly", "barely", "scarcely", "seldom", "rarely"]);
// Words that say "not" by themselves: a paraphrase "did not attend" / "was absent" keeps its polarity.
const LEXICAL = new Set([
  "deny", "denied", "denies", "denying", "refuse", "refused", "refuses", "refusing", "reject", "rejected", "rejects", "rejecting",
  "fail", "failed", "fails", "failing", "failure", "lack", "lacked", "lacks", "lacking", "unable", "unwilling", "oppose", "opposed",
  "opposes", "opposing", "absent", "absence", "unclear", "unlikely", "impossible", "unknown", "unaware", "unsure", "uncertain",
  "untrue", "illegal", "unlawful", "disagree", "disagreed", "disagrees", "unsuccessful", "incorrect", "inaccurate",
  "declined", "declines", "decline", "ruled",
]);
// "a failed campaign" is not a negation; "failed to agree" is.
const NEEDS_NEXT: Record<string, string> = {
  ruled: "out", declined: "to", declines: "to", decline: "to", fail: "to", failed: "to", fails: "to", failing: "to", failure: "to",
};
// Fixed phrases that look negative and are not.
const NOT_NEGATION_AFTER: Record<string, Set<string>> = {
  not: new Set(["only", "just", "least", "merely", "simply"]),
  no: new Set(["doubt", "matter", "sooner"]),
  nothing: new Set(["but"]),
  none: new Set(["other"]),
  without: new Set(["doubt"]),
};
const CLAUSE_OPENERS = new Set(["but", "while", "whereas", "although", "though", "yet", "however"]);
const COMMA_OPENERS = new Set(["and", "or", "because", "since", "so", "which", "who", "as", "when", "after", "before", "if", "unless", "until"]);

/** Is words[i] a negation cue, and how many words does it span? 0 when not. */
export function cueAt(ws: Word[], i: number): number {
  const w = ws[i].norm;
  const next = i + 1 < ws.length ? ws[i + 1].norm : "";
  const prev = i > 0 ? ws[i - 1].norm : "";
  if (w.endsWith("n't")) return 1;
  if (SIMPLE.has(w)) {
    if (NOT_NEGATION_AFTER[w]?.has(next)) return 0;
    if (w === "not" && prev === "or" && i > 1 && ws[i - 2].norm === "whether") return 0;
    if (w === "no" && /^\d/.test(next)) return 0;
    return 1;
  }
  if (w === "yet" && next === "to") return 2;
  if (LEXICAL.has(w)) {
    const need = NEEDS_NEXT[w];
    if (need && next !== need) return 0;
    return need ? 2 : 1;
  }
  return 0;
}

/**
 * Clauses of a run of words (one side of an aligned pair). `gapBefore(i)` is the text between word
 * i-1 and word i: clauses break at ; and :, at sentence ends, before "but"/"while"…, and at a comma
 * followed by "and"/"which"/"because"….
 */
export function splitClauses(ws: Word[], gapBefore: (i: number) => string): Clause[] {
  const out: Clause[] = [];
  let from = 0;
  const close = (to: number) => {
    if (to > from) out.push(makeClause(ws, from, to));
    from = to;
  };
  for (let i = 1; i < ws.length; i++) {
    const gap = gapBefore(i);
    // a quotation and the words around it ("…,” the minister said) are separate statements
    if (/[“”"«»„]/.test(gap)) {
      close(i);
      continue;
    }
    const w = ws[i].norm;
    if (/[;:.!?]/.test(gap) || (CLAUSE_OPENERS.has(w) && !(w === "yet" && ws[i + 1]?.norm === "to")) || (gap.includes(",") && COMMA_OPENERS.has(w))) close(i);
  }
  close(ws.length);
  return out;
}

function makeClause(ws: Word[], from: number, to: number): Clause {
  const cues: number[] = [];
  const cueLengths: number[] = [];
  for (let i = from; i < to; i++) {
    const n = cueAt(ws, i);
    if (n) {
      cues.push(i);
      cueLengths.push(n);
      i += n - 1;
    }
  }
  return { from, to, cues, cueLengths };
}

export function isNegative(c: Clause): boolean {
  return c.cues.length % 2 === 1;
}

// Words that say opposite things. Pairs where one side is already a negation cue above (approve/reject,
// confirm/deny) are left out: the cue count already flips them.
const ANTONYMS: [string, string][] = [
  ["rise", "fall"], ["increase", "decrease"], ["grow", "shrink"], ["gain", "lose"], ["win", "lose"], ["allow", "ban"],
  ["allow", "forbid"], ["allow", "prohibit"], ["guilty", "innocent"], ["include", "exclude"], ["strengthen", "weaken"],
  ["victory", "defeat"], ["higher", "lower"], ["expand", "reduce"], ["raise", "lower"], ["hire", "fire"], ["acquit", "convict"],
  ["boost", "cut"], ["winner", "loser"], ["legalize", "ban"],
];
const ANTONYM_OF = new Map<string, Set<string>>();
for (const [x, y] of ANTONYMS) {
  const [lx, ly] = [lemma(x), lemma(y)];
  if (!ANTONYM_OF.has(lx)) ANTONYM_OF.set(lx, new Set());
  if (!ANTONYM_OF.has(ly)) ANTONYM_OF.set(ly, new Set());
  ANTONYM_OF.get(lx)!.add(ly);
  ANTONYM_OF.get(ly)!.add(lx);
}

/** Antonym pairs between two clauses: a lemma on one side whose opposite is on the other and not on its own. */
export function antonymPairs(a: Word[], b: Word[]): [number, number][] {
  const la = new Set(a.map((w) => w.lemma));
  const lb = new Set(b.map((w) => w.lemma));
  const out: [number, number][] = [];
  for (let i = 0; i < a.length; i++) {
    const opp = ANTONYM_OF.get(a[i].lemma);
    if (!opp || lb.has(a[i].lemma)) continue;
    const j = b.findIndex((w) => opp.has(w.lemma) && !la.has(w.lemma));
    if (j >= 0) out.push([i, j]);
  }
  return out;
}
