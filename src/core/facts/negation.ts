// Polarity of clauses: splits a run of words into clauses, finds the negation cues in each (not, n't,
// no, never, without, unless, "yet to", "fail to", deny, refuse, unable, unclear…), what each negates
// and whether a given word lies in a negation's scope. Also knows antonym pairs ("rose"/"fell", "approve"/"reject")
// so that two clauses saying opposite things without a negation are caught too.
// Pure: no vscode import. Never counts a fixed phrase that only looks negative ("not only", "no doubt",
// "whether or not", "No. 10") as a negation.

import { lemma, type Word } from "./words";
import { boundedMemo, table } from "./lookup";
import { sameChangedBag, type PairView } from "./sentence-facts";

export interface Clause {
  /** Index range into the word list. */
  from: number;
  to: number;
  /** Indices of the words that carry a negation (the first word of a multi-word cue). */
  cues: number[];
  /** Number of words each cue spans. */
  cueLengths: number[];
  /**
   * The clause whose subject this one's predicate belongs to, by index in the list, when an aside came
   * between them: "the death of Dorothy Keane, who choked …, could have been prevented" resumes the clause
   * before ", who".
   */
  resumes?: number;
}

const SIMPLE = new Set(["not", "never", "no", "none", "nobody", "nothing", "nowhere", "neither", "nor", "without", "cannot", "hardly", "barely", "scarcely", "seldom", "rarely", "unless"]);
// Words that say "not" by themselves: a paraphrase "did not attend" / "was absent" keeps its polarity.
// Verbs that mean "not do": "refused to say" / "did not say". Verbs with an everyday paraphrase that
// carries no negation ("denied" / "dismissed", "opposed" / "was against") are antonym pairs below instead.
const LEXICAL = new Set([
  "refuse", "refused", "refuses", "refusing", "fail", "failed", "fails", "failing", "failure", "lack", "lacked", "lacks", "lacking",
  "declined", "declines", "decline", "ruled", "rule", "rules", "ruling", "disagree", "disagreed", "disagrees",
  // "disallowed the goal" is "ruled the goal out", "did not allow it"
  "disallow", "disallowed", "disallows", "disallowing",
  // "will skip Easton Halt" is "will no longer stop at Easton Halt"; "skipped the hearing", "did not attend"
  "skip", "skips", "skipped", "skipping",
]);
// Adjectives that mean "not X", counted only when predicated ("it is unclear whether", "he was unable
// to"): attributive "unknown gunmen" or "illegal drugs" negate nothing the other version would state.
const NEGATIVE_ADJECTIVES = new Set([
  "unable", "unwilling", "absent", "unclear", "unlikely", "impossible", "unknown", "unaware", "unsure", "uncertain", "untrue",
  "illegal", "unlawful", "unsuccessful", "incorrect", "inaccurate",
]);
const PREDICATING = new Set(["is", "are", "was", "were", "be", "been", "being", "'s", "remains", "remained", "remain", "seems", "seemed", "appears", "appeared", "became", "become", "still", "considered", "deemed", "it's"]);
const COMPLEMENT = new Set(["to", "whether", "if", "that", "how", "what", "why", "when", "where", "who", "about", "of"]);
// "a failed campaign" is not a negation; "failed to agree" is.
const NEEDS_NEXT: Record<string, string> = table({
  // "refused to comment" says "did not comment"; "refused the application" rejects it (an antonym of "approve")
  refuse: "to", refused: "to", refuses: "to", refusing: "to",
  ruled: "out", rule: "out", rules: "out", ruling: "out", declined: "to", declines: "to", decline: "to", fail: "to", failed: "to", fails: "to", failing: "to", failure: "to",
});
const RULED_OUT_WITH = new Set(["with", "through"]);
const INDEFINITE = new Set(["a", "an"]);
// Fixed phrases that look negative and are not.
const NOT_NEGATION_AFTER: Record<string, Set<string>> = table({
  not: new Set(["only", "just", "least", "merely", "simply"]),
  no: new Set(["doubt", "matter", "sooner"]),
  nothing: new Set(["but"]),
  none: new Set(["other"]),
  without: new Set(["doubt"]),
});
// verbs of being or staying before "out of" ("stay out of view"): not "made out of wood" or "50 out of 100"
const OUT_OF_AFTER = new Set(["stay", "stays", "stayed", "staying", "remain", "remains", "remained", "remaining", "keep", "keeps", "kept", "is", "are", "was", "were", "be", "been"]);
const PRICE_NOUNS = new Set(["charge", "cost", "costs", "fee", "price"]);
const CLAUSE_OPENERS = new Set(["but", "while", "whereas", "although", "though", "yet", "however"]);
const PREDICATE_STARTS = new Set(["is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "should", "must", "does", "do", "did"]);
const RELATIVE = new Set(["who", "which", "whose", "whom"]);
const COMMA_OPENERS = new Set(["and", "or", "because", "since", "so", "which", "who", "as", "when", "after", "before", "if", "unless", "until"]);

const NOUN_BEFORE = new Set(["the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "sharp", "steep", "further"]);

/**
 * Verbs a rewrite swaps for one another without changing the sense: "was not linked to" / "was associated
 * with" is a reversal as much as "was not linked" / "was linked" is.
 */
const SYNONYMS: string[][] = [
  ["link", "associate", "connect", "tie"],
  ["rise", "increase", "grow", "climb"],
  ["fall", "decrease", "decline", "drop"],
  ["allow", "permit"],
  ["ban", "prohibit", "forbid"],
  ["support", "back", "endorse"],
  ["keep", "retain", "preserve"],
  ["start", "begin", "commence"],
  ["stop", "halt", "cease"],
  ["close", "shut"],
  ["buy", "purchase", "acquire"],
  ["need", "require"],
  ["help", "assist"],
  ["seek", "request", "ask"],
  // "had exceeded the limits" / "had not breached them"
  ["exceed", "breach", "surpass"],
  // "convicted him of dangerous driving" / "found him guilty of dangerous driving"
  ["convict", "guilty"],
];
const MEANING = new Map<string, number>();
SYNONYMS.forEach((group, k) => {
  for (const w of group) MEANING.set(lemma(w), k);
  for (const w of group) MEANING.set(lemma(w + "ed"), k);
});

/** A lemma, or the group of listed synonyms it belongs to. */
function meaningKey(l: string): string {
  const k = MEANING.get(l);
  return k === undefined ? l : `#${k}`;
}

/** One lemma or a listed synonym of it. */
export function sameMeaning(x: string, y: string): boolean {
  if (x === y) return true;
  const k = MEANING.get(x);
  return k !== undefined && k === MEANING.get(y);
}

const VOTE = new Set(["vote", "voted", "votes", "voting"]);

/** Modals of a rule, whose negation "without" cancels: "must not be drunk without boiling" is "must be boiled". */
const RULE_MODALS = new Set(["must", "should", "can", "may", "shall"]);
const RULE_NEGATIONS = new Set(["cannot", "mustn't", "shouldn't", "can't", "shan't"]);
const DOUBLE_NEGATIVE_REACH = 5;

/** Is words[k] the negation of a rule ("must not", "cannot", "should not")? */
function ruleNegation(ws: Word[], k: number): boolean {
  const n = ws[k].norm;
  return RULE_NEGATIONS.has(n) || (n === "not" && k > 0 && RULE_MODALS.has(ws[k - 1].norm));
}

/**
 * Is words[i] half of a rule's "not … without" ("must not be drunk without boiling", "cannot be sold without a
 * licence")? The two negations cancel: the rule requires, it does not deny. Not a refusal on a condition
 * ("would not vote for it without changes"), which the other version may say with "unless".
 */
function doubleNegative(ws: Word[], i: number): boolean {
  if (ws[i].norm === "without") {
    for (let k = i - 1; k >= Math.max(0, i - DOUBLE_NEGATIVE_REACH); k--) if (ruleNegation(ws, k) || (anyNegation(ws[k].norm) && withoutDoing(ws, i))) return true;
    return false;
  }
  const rule = ruleNegation(ws, i);
  if (!rule && !anyNegation(ws[i].norm)) return false;
  for (let k = i + 1; k <= Math.min(ws.length - 1, i + DOUBLE_NEGATIVE_REACH); k++) if (ws[k].norm === "without" && (rule || withoutDoing(ws, k))) return true;
  return false;
}

const anyNegation = (n: string): boolean => n === "not" || n === "never" || n === "no" || n.endsWith("n't");
const WITHOUT_OBJECT = new Set(["him", "her", "them", "it", "us", "me", "you", "his", "their", "its", "our", "my", "your", "a", "an", "the"]);

/**
 * "without" before a deed ("not a day went by without him thinking of them", "never leaves without
 * checking"): with a negation before it, the deed always happens. Not before a thing ("would not vote
 * without changes"), where the negation sets a condition.
 */
function withoutDoing(ws: Word[], i: number): boolean {
  let k = i + 1;
  if (k < ws.length && WITHOUT_OBJECT.has(ws[k].norm)) k++;
  return k < ws.length && ws[k].norm.length > 4 && ws[k].norm.endsWith("ing");
}

/** Is words[i] a negation cue, and how many words does it span? 0 when not. */
export function cueAt(ws: Word[], i: number): number {
  const w = ws[i].norm;
  const next = i + 1 < ws.length ? ws[i + 1].norm : "";
  const prev = i > 0 ? ws[i - 1].norm : "";
  if (doubleNegative(ws, i)) return 0;
  if (w.endsWith("n't")) return 1;
  if (SIMPLE.has(w)) {
    if (NOT_NEGATION_AFTER[w]?.has(next)) return 0;
    if (w === "not" && prev === "or" && i > 1 && ws[i - 2].norm === "whether") return 0;
    if (w === "no" && /^\d/.test(next)) return 0;
    // "at no charge", "at no extra cost": a price, "free of charge", not a denial
    if (w === "no" && prev === "at" && (PRICE_NOUNS.has(next) || (i + 2 < ws.length && PRICE_NOUNS.has(ws[i + 2].norm)))) return 0;
    // "will no longer receive": "no longer" negates the verb after it, not "longer"
    if (w === "no" && next === "longer") return 2;
    // "voted no" is a side taken in a vote, as "opposed" is, not a clause denied
    if (w === "no" && VOTE.has(prev)) return 0;
    return 1;
  }
  if (w === "yet" && next === "to") return 2;
  // "little changed", "little moved": a market's "barely changed", "unchanged" in other words
  if (w === "little" && (next === "changed" || next === "moved")) return 1;
  // "will stay out of public view" says "will not be on public view"; "is out of hospital", "not in hospital"
  if (w === "out" && next === "of" && OUT_OF_AFTER.has(prev)) return 2;
  if (LEXICAL.has(w)) {
    const need = NEEDS_NEXT[w];
    if (need && next !== need) return 0;
    // "ruled out by a hamstring strain", "ruled out with a knee injury": a player kept out by a cause, as
    // "sidelined by" or "out with" say it, not a possibility denied
    // ("ruled out by the bank", "by referee Pilling" name who rules it out: still a denial or a disallowing)
    if (need === "out" && i + 3 < ws.length && (RULED_OUT_WITH.has(ws[i + 2].norm) || (ws[i + 2].norm === "by" && INDEFINITE.has(ws[i + 3].norm)))) return 0;
    // "attributed the decline to high costs", "a failure to act" after an article: a noun, not "did not"
    // "a lack of qualified crew" is the noun, "a shortage of qualified crew" in other words
    if (NOUN_BEFORE.has(prev) && (w === "decline" || w === "declines" || w === "lack")) return 0;
    return need ? 2 : 1;
  }
  if (NEGATIVE_ADJECTIVES.has(w) && (PREDICATING.has(prev) || COMPLEMENT.has(next))) return 1;
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
  // inside ", who …," or ", which …,": the next comma ends the aside and the main clause goes on
  let aside = false;
  // the clause the current aside interrupts, and the one the main clause resumes after it closes
  let owner = -1;
  let resumes = -1;
  const close = (to: number) => {
    if (to > from) {
      const c = makeClause(ws, from, to);
      if (resumes >= 0) c.resumes = resumes;
      out.push(c);
    }
    resumes = -1;
    from = to;
    aside = false;
  };
  for (let i = 1; i < ws.length; i++) {
    const gap = gapBefore(i);
    // "6,000", "1.5": a separator inside a figure, no punctuation
    if ((gap === "," || gap === ".") && /\d$/.test(ws[i - 1].norm) && /^\d/.test(ws[i].norm)) continue;
    // a quotation and the words around it ("…,” the minister said) are separate statements
    if (/[“”"«»„]/.test(gap)) {
      close(i);
      continue;
    }
    const w = ws[i].norm;
    // "nurse Paula Dreyer, who had denied the charges, was acquitted": the denial is the aside's, not the verdict's
    if (aside && gap.includes(",")) {
      close(i);
      resumes = owner;
      continue;
    }
    // "is contagious and is linked to …": "and" before a verb of its own starts a second predicate
    const predicate = (w === "and" || w === "or") && i + 1 < ws.length && (PREDICATE_STARTS.has(ws[i + 1].norm) || newSubject(ws, i + 1));
    if (/[;:.!?]/.test(gap) || (CLAUSE_OPENERS.has(w) && !adverbYet(ws, i)) || (gap.includes(",") && COMMA_OPENERS.has(w)) || predicate) {
      const within = aside && !gap.includes(",") && !/[;:.!?]/.test(gap);
      close(i);
      // ", who choked while eating alone,": a clause opener inside the aside does not end it
      if (within) aside = true;
      else {
        aside = gap.includes(",") && RELATIVE.has(w);
        if (aside) owner = out.length - 1;
      }
    }
  }
  close(ws.length);
  return out;
}

/** "has yet to", "has not yet been", "not yet": the adverb, which opens no clause (unlike "cheap, yet it works"). */
function adverbYet(ws: Word[], i: number): boolean {
  if (ws[i].norm !== "yet") return false;
  const next = ws[i + 1]?.norm;
  const prev = ws[i - 1]?.norm ?? "";
  return next === "to" || next === "another" || next === "again" || FINITE.has(prev) || prev === "not" || prev.endsWith("n't");
}

const SUBJECT_STARTS = new Set(["the", "its", "their", "his", "her", "our", "a", "an", "this", "these", "those"]);
const FINITE = new Set(["did", "does", "do", "was", "were", "is", "are", "has", "have", "had", "will", "would", "could", "can", "should", "may", "might"]);

/** "… and its solar panels did not deploy": a subject of its own and an auxiliary within a few words. */
function newSubject(ws: Word[], i: number): boolean {
  if (!SUBJECT_STARTS.has(ws[i].norm)) return false;
  for (let k = i + 1; k < Math.min(ws.length, i + 6); k++) if (FINITE.has(ws[k].norm)) return k > i + 1;
  return false;
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

// Words a negation passes over on its way to what it negates ("not be seen", "no significant progress").
const PASS_OVER = new Set(
  (
    "a an the any some his her its their our my your this that these those be been being is are was were am have has had do does did " +
    "will would shall should can could may might must to it he she they we i you there so very too quite much many more most even " +
    "also just only yet ever again always still really actually significant single"
  ).split(" "),
);
const SCOPE_WORDS = 5;
const SCOPE_END = /[,;:()\u2014\u2013.!?“”"]/;

/**
 * The word a cue negates: the first word after it that is not a determiner, auxiliary or adverb of
 * degree, within a few words and before any punctuation. -1 when there is none ("said no.").
 */
export function governed(ws: Word[], c: Clause, k: number, gapBefore: (i: number) => string): number {
  const at = c.cues[k];
  const from = at + c.cueLengths[k];
  for (let i = from; i < Math.min(c.to, from + SCOPE_WORDS); i++) {
    if (i > from && SCOPE_END.test(gapBefore(i))) return -1;
    if (!PASS_OVER.has(ws[i].norm) && !cueAt(ws, i)) return i;
  }
  return -1;
}

/** Is word j inside the scope of a negation in its clause? */
export function negatedAt(c: Clause, j: number, gapBefore: (i: number) => string): boolean {
  for (let k = 0; k < c.cues.length; k++) {
    const at = c.cues[k];
    if (at >= j || j - at > SCOPE_WORDS + c.cueLengths[k]) continue;
    let blocked = false;
    for (let i = at + 1; i <= j; i++) if (SCOPE_END.test(gapBefore(i))) blocked = true;
    if (!blocked) return true;
  }
  return false;
}

// Words that say opposite things. Pairs where one side is already a negation cue above (approve/reject,
// confirm/deny) are left out: the cue count already flips them.
const ANTONYMS: [string, string][] = [
  ["rise", "fall"], ["increase", "decrease"], ["grow", "shrink"], ["gain", "lose"], ["win", "lose"], ["allow", "ban"],
  ["allow", "forbid"], ["allow", "prohibit"], ["guilty", "innocent"], ["include", "exclude"], ["strengthen", "weaken"],
  ["victory", "defeat"], ["higher", "lower"], ["expand", "reduce"], ["raise", "lower"], ["hire", "fire"], ["acquit", "convict"],
  ["boost", "cut"], ["winner", "loser"], ["legalize", "ban"], ["support", "oppose"], ["accept", "reject"], ["approve", "reject"],
  ["confirm", "deny"], ["admit", "deny"], ["uphold", "overturn"], ["open", "close"], ["buy", "sell"], ["lift", "impose"],
  ["ease", "tighten"], ["profit", "loss"], ["surplus", "deficit"], ["majority", "minority"], ["succeed", "fail"], ["pass", "fail"],
  ["release", "detain"], ["approve", "veto"], ["accept", "refuse"], ["lift", "extend"], ["guilty", "acquit"], ["innocent", "convict"],
  ["confirm", "contradict"], ["confirm", "refute"], ["support", "contradict"], ["increase", "reduce"], ["minor", "serious"],
  ["minor", "major"], ["right", "wrong"], ["true", "false"], ["better", "worse"], ["improve", "worsen"], ["improve", "deteriorate"],
  ["positive", "negative"], ["alive", "dead"], ["success", "failure"], ["safe", "dangerous"], ["strong", "weak"],
  ["stronger", "weaker"], ["miss", "make"], ["rise", "drop"], ["rise", "decline"], ["increase", "decline"], ["increase", "drop"],
  ["above", "below"], ["pass", "reject"], ["pass", "defeat"], ["transparent", "opaque"], ["far", "near"], ["far", "close"],
  ["legal", "illegal"], ["public", "private"], ["temporary", "permanent"], ["rural", "urban"],
  ["beat", "miss"], ["exceed", "miss"], ["surpass", "miss"], ["meet", "miss"],
  // "remain closed" / "have reopened"
  ["reopen", "close"], ["reopen", "shut"],
  // "side effects were rare" / "were common"; "raised its rate" / "cut its rate"
  ["rare", "common"], ["rare", "frequent"], ["raise", "cut"],
  // a decision on something that exists: "voted to keep funding" / "voted to cut funding"
  // a decision on a deal or a plan: "has blocked the takeover" / "has cleared the takeover"
  ["block", "clear"], ["block", "approve"], ["block", "allow"],
  ["approve", "refuse"], ["grant", "refuse"],
  // a reaction: "welcomed the decision" / "criticised the decision"
  ["welcome", "criticise"], ["welcome", "criticize"], ["welcome", "condemn"], ["praise", "criticise"], ["praise", "criticize"], ["praise", "condemn"],
  // "the strain was resistant to the antibiotic" / "was susceptible to it"
  ["resistant", "susceptible"], ["resistant", "vulnerable"], ["immune", "susceptible"], ["immune", "vulnerable"],
  ["keep", "cut"], ["keep", "scrap"], ["keep", "axe"], ["retain", "cut"], ["retain", "scrap"], ["maintain", "cut"], ["maintain", "scrap"],
];
const ANTONYM_OF = new Map<string, Set<string>>();
for (const [x, y] of ANTONYMS) {
  const [lx, ly] = [lemma(x), lemma(y)];
  if (!ANTONYM_OF.has(lx)) ANTONYM_OF.set(lx, new Set());
  if (!ANTONYM_OF.has(ly)) ANTONYM_OF.set(ly, new Set());
  ANTONYM_OF.get(lx)!.add(ly);
  ANTONYM_OF.get(ly)!.add(lx);
}

function isCue(n: string): boolean {
  return SIMPLE.has(n) || LEXICAL.has(n) || NEGATIVE_ADJECTIVES.has(n) || n === "yet" || n === "out" || n === "little" || n.endsWith("n't");
}

const CUE = 1;
const POLAR = 2;
/**
 * What a word can do to polarity, as bits: a negation cue, and a word with an antonym or a negative prefix.
 * Memoised by folded form (the lemma is a function of it): every word of every changed pair is asked, and
 * one probe beats five.
 */
// "against" is polar too: after a verb of taking sides it is the opposite of "for" (see stancePairs)
const classOf = boundedMemo((norm) => (isCue(norm) ? CUE : 0) | (ANTONYM_OF.has(lemma(norm)) || prefixBases(norm).length > 0 || norm === "against" ? POLAR : 0));
function polarityClass(w: Word): number {
  return classOf(w.norm);
}

function cueWord(w: Word): boolean {
  return (polarityClass(w) & CUE) !== 0;
}

/** Has the word an antonym or a negative prefix ("rise", "unsafe")? */
function polar(w: Word): boolean {
  return (polarityClass(w) & POLAR) !== 0;
}

const cueKey = (w: Word): string => (w.norm.endsWith("n't") ? "not" : w.norm);

/**
 * Could two wordings differ in polarity? Not when they hold the same negation words and no word of
 * one has its opposite in the other: a cheap test before any clause work.
 */
export function mayReverse(pv: PairView): boolean {
  // both bags read the folded form only (the lemma is a function of it): the words the diff changed decide
  if (!sameChangedBag(pv, cueWord, cueKey)) return true;
  // the same words with an antonym or a negative prefix on both sides: each has its own kind on the other side
  if (sameChangedBag(pv, polar, (w) => w.lemma)) return false;
  return antonymPairs(pv.a.words, pv.b.words).length > 0;
}

// A negative prefix on a word the other version has bare: "unsafe" / "safe", "dishonest" / "honest".
// "un-" goes on any word; the Latin prefixes only on adjective endings, so "information" is no "formation".
const LATIN_PREFIX = /^(?:dis|in|im|il|ir|non-?)(.{3,}(?:able|ible|al|ful|ive|ent|ant|ous|ic|ate|est|ect|ular|ed))$/;

/**
 * The bare words `neg` could be a negative-prefixed form of ("unsafe" → "safe"). A pure function of the
 * word, asked for every word pair of a changed clause: memoised.
 */
const NOT_A_BASE = new Set(["its", "ion", "ions", "ity", "der", "til", "less", "cle", "cles", "ited", "ite", "ites", "ique", "iform", "iforms", "ison", "iversity", "iverse", "ion's", "it", "its'"]);
const prefixBases = boundedMemo((neg): readonly string[] => {
  const bases: string[] = [];
  // a word that negates by itself ("unable", "disallowed") is a negation cue: read as a prefix too, one
  // reversal would be told twice
  if (!NEGATIVE_ADJECTIVES.has(neg) && !LEXICAL.has(neg)) {
    // ("units" is no "un-" + "its", "union" no "un-" + "ion": the base must be a word of its own, not a function word)
    if (neg.startsWith("un") && neg.length >= 5 && !NOT_A_BASE.has(neg.slice(2))) bases.push(neg.slice(2));
    const m = LATIN_PREFIX.exec(neg);
    if (m) bases.push(m[1]);
  }
  return bases;
});
function prefixed(neg: string, base: string): boolean {
  const bases = prefixBases(neg);
  return bases.length > 0 && bases.includes(base);
}

/** Does `ws` hold a negative-prefixed form of the word `base` ("unexposed" for "exposed")? */
export function holdsPrefixedForm(ws: Word[], base: string): boolean {
  // (a word that negates by itself, "unknown", "unable", is a prefixed form here too)
  return ws.some((w) => prefixed(w.norm, base) || w.norm === `un${base}`);
}

// Verbs that name one exchange from its two ends: a ticket "bought in Ashby" was "sold in Ashby".
const CONVERSES = new Map<string, string>([["buy", "sell"], ["sell", "buy"], ["lend", "borrow"], ["borrow", "lend"]].map(([x, y]) => [lemma(x), lemma(y)]));
const PLACE_OR_TIME = new Set(["in", "at", "on", "from", "for", "during", "last", "this", "online"]);
// a subject or an auxiliary before the verb makes it active ("they sold in March", "has bought in bulk")
const STOP_BEFORE = new Set(["he", "she", "it", "they", "we", "i", "you", "who", "has", "have", "had", "was", "were", "is", "are", "be", "been"]);

/**
 * "A single ticket bought in Ashby Cross" / "a single ticket sold in Ashby Cross": two converse verbs, each a
 * past participle after the same noun and before a place or a time (no object, no "by"), describe one
 * exchange from its two ends, not opposite facts. "The fund sold shares" / "The fund bought shares" still
 * differ: there the verbs take an object.
 */
export function sameExchange(a: Word[], i: number, b: Word[], j: number): boolean {
  if (CONVERSES.get(a[i].lemma) !== b[j].lemma || a[i].norm === a[i].lemma || b[j].norm === b[j].lemma) return false;
  if (i === 0 || j === 0 || a[i - 1].norm !== b[j - 1].norm || STOP_BEFORE.has(a[i - 1].norm)) return false;
  if (PLACE_OR_TIME.has(a[i + 1]?.norm) && PLACE_OR_TIME.has(b[j + 1]?.norm)) return true;
  // "a ticket bought at a newsagent" / "a ticket sold by a newsagent": the seller named from each end
  return soldBy(a, i, b, j) || soldBy(b, j, a, i);
}

const SELLER_AT = new Set(["at", "from"]);

/** "bought at a newsagent" (x, i) and "sold by a Carrowmore newsagent" (y, j): one shop, the place or the seller. */
function soldBy(x: Word[], i: number, y: Word[], j: number): boolean {
  if (x[i].lemma !== lemma("buy") || !SELLER_AT.has(x[i + 1]?.norm ?? "") || y[j + 1]?.norm !== "by") return false;
  const after = (ws: Word[], k: number) => ws.slice(k + 2, k + 6).filter((w) => w.norm.length > 3).map((w) => w.lemma);
  const there = after(y, j);
  return after(x, i).some((l) => there.includes(l));
}

/** Are two lemmas listed opposites ("acquit" / "guilty")? */
export function opposite(x: string, y: string): boolean {
  return ANTONYM_OF.get(x)?.has(y) ?? false;
}

/** Antonym pairs between two clauses: a word on one side whose opposite is on the other and not on its own. */
export function antonymPairs(a: Word[], b: Word[]): [number, number][] {
  const stances = stancePairs(a, b);
  // a pair needs a word with an antonym or a negative prefix on one side: most clauses have neither,
  // and then the sets below need not be built
  if (!a.some(polar) && !b.some((w) => prefixBases(w.norm).length)) return stances;
  // each side's senses, a listed synonym read as its group: "banned … to allow" / "prohibited … so that … can"
  // holds no "allow" against "prohibited", since the first version says "banned" too
  const la = new Set(a.map((_, k) => meaningKey(senseLemma(a, k))));
  const lb = new Set(b.map((_, k) => meaningKey(senseLemma(b, k))));
  const na = new Set(a.map((w) => w.norm));
  const nb = new Set(b.map((w) => w.norm));
  const prefixedInB = new Set<string>();
  for (const w of b) for (const base of prefixBases(w.norm)) prefixedInB.add(base);
  const out: [number, number][] = [];
  for (let i = 0; i < a.length; i++) {
    const li = senseLemma(a, i);
    if (lb.has(meaningKey(li)) || nb.has(a[i].norm)) continue;
    const opp = ANTONYM_OF.get(li);
    // most words have no antonym and no prefixed relative on the other side: skip the scan of b
    if (!opp && !prefixBases(a[i].norm).length && !prefixedInB.has(a[i].norm)) continue;
    const j = b.findIndex((w, k) => {
      const lk = senseLemma(b, k);
      return !la.has(meaningKey(lk)) && !na.has(w.norm) && ((opp && opp.has(lk)) || prefixed(a[i].norm, w.norm) || prefixed(w.norm, a[i].norm));
    });
    if (j >= 0 && !converse(a, i, b, j) && !converse(b, j, a, i)) out.push([i, j]);
  }
  for (const p of stances) if (!out.some(([i]) => i === p[0])) out.push(p);
  return out;
}

// Verbs of a transfer, whose opposite told from the other party's side says the same thing: "the Alliance
// gained the ward" / "the Civic Party lost the ward to the Alliance"
const TRANSFER = new Set(["gain", "lose", "win", "take", "buy", "sell", "lend", "borrow", "give", "receive"].map(lemma));
const CONVERSE_REACH = 14;
// the other party's name after "to" or "from", past a short description: "losing to world number 87 Aiko Tanabe"
const CONVERSE_NAME_REACH = 7;

/**
 * Is y's verb (b[j]) the converse of x's (a[i]): the other party of the transfer, named after "to", "from" or
 * "by" after b's verb, is a name that stands before a's verb? Then both say one event from two sides.
 */
function converse(a: Word[], i: number, b: Word[], j: number): boolean {
  if (!TRANSFER.has(a[i].lemma) || !TRANSFER.has(b[j].lemma)) return false;
  const before = new Set(a.slice(0, i).filter((w) => /^\p{Lu}/u.test(w.text)).map((w) => w.norm));
  for (let k = j + 1; k < Math.min(b.length, j + CONVERSE_REACH); k++) {
    if (b[k].norm !== "to" && b[k].norm !== "from" && b[k].norm !== "by") continue;
    for (let m = k + 1; m < Math.min(b.length, k + CONVERSE_NAME_REACH); m++) if (/^\p{Lu}/u.test(b[m].text) && before.has(b[m].norm)) return true;
  }
  return false;
}

const SEASON_BEFORE = new Set(["this", "last", "next", "early", "late", "mid"]);
const SEASON_AFTER_PREPOSITION = new Set(["in", "for", "during", "by", "until", "since", "from"]);

/** Is "fall" at ws[i] the season: before a year, after "this" or "last", or after "in"/"for" with no "of"/"in" after? */
function fallSeason(ws: Word[], i: number): boolean {
  const next = ws[i + 1]?.norm ?? "";
  const prev = ws[i - 1]?.norm ?? "";
  if (/^(?:19|20)\d\d$/.test(next) || SEASON_BEFORE.has(prev)) return true;
  return SEASON_AFTER_PREPOSITION.has(prev) && next !== "of" && next !== "in";
}

const RELEASE = lemma("release");
const PUBLISHED_THINGS = new Set(["figures", "figure", "data", "report", "statement", "study", "results", "numbers", "statistics", "document", "documents", "footage", "video", "album", "film", "book", "record", "song", "details", "findings", "survey", "poll", "accounts", "names", "images", "photos", "guidance", "plan"].map(lemma));
const FALL = lemma("fall");
const MISS = lemma("miss");
const WIN = lemma("win");
const DEFEAT = lemma("defeat");
const BLOCK_VERB_BEFORE = new Set(["to", "will", "would", "could", "can", "may", "might", "should", "must", "not", "did", "does", "do", "also", "and"]);
const HOLDING = new Set(["keep", "retain", "maintain"].map(lemma));
// "keep costs down", "keep prices in check": holding a thing low, which "cut costs" agrees with
const HELD_LOW = new Set(["down", "low", "lower", "under", "check", "lid", "minimum"]);
const BE_BEFORE = new Set(["was", "were", "is", "are", "be", "been", "being", "got", "get", "gets"]);

/**
 * The word's lemma in the sense that decides its opposite: "Matheson defeated Alves" is a win, the opposite
 * of a loss, though the noun "defeat" is the opposite of a victory; "was defeated" is still a defeat.
 */
function senseLemma(ws: Word[], i: number): string {
  const w = ws[i];
  // "applications for fall 2025", "this fall": the season, no drop
  if (w.norm === "fall" && fallSeason(ws, i)) return "autumn";
  // "falling short of last year's total" misses it
  if (w.lemma === FALL && ws[i + 1]?.norm === "short") return MISS;
  // "figures released on Thursday", "released a report": published, not set free
  if (w.lemma === RELEASE && (PUBLISHED_THINGS.has(ws[i - 1]?.lemma ?? "") || PUBLISHED_THINGS.has(ws[i + 1]?.lemma ?? "") || PUBLISHED_THINGS.has(ws[i + 2]?.lemma ?? ""))) return "publish";
  // "a housing block", "a block of flats": the noun; the verb is "blocked", "blocks" or "to block"
  if (w.norm === "block" && !BLOCK_VERB_BEFORE.has(ws[i - 1]?.norm ?? "")) return "block (noun)";
  if (HOLDING.has(w.lemma) && ws.slice(i + 1, i + 5).some((x) => HELD_LOW.has(x.norm))) return "limit";
  if (w.lemma === DEFEAT && (w.norm === "defeated" || w.norm === "defeating") && !(i > 0 && BE_BEFORE.has(ws[i - 1].norm))) return WIN;
  return w.lemma;
}

// Verbs whose "for" and "against" take opposite sides: "voted for the measure" / "voted against the measure".
export const STANCE_VERBS = new Set([
  "vote", "votes", "voted", "voting", "campaign", "campaigns", "campaigned", "campaigning", "argue", "argues", "argued", "arguing",
  "speak", "speaks", "spoke", "speaking", "lobby", "lobbies", "lobbied", "lobbying",
]);

export function stanceAt(ws: Word[], i: number): string | undefined {
  const n = ws[i].norm;
  // ("voted by a clear majority against": a short adverbial may stand between the verb and its side)
  if ((n === "for" || n === "against") && stanceVerbBefore(ws, i - 1)) return n;
  // "voted in favour of the merger" is "voted for" it ("favour" stands for the phrase)
  if ((n === "favour" || n === "favor") && ws[i - 1]?.norm === "in" && ws[i + 1]?.norm === "of" && stanceVerbBefore(ws, i - 2)) return "for";
  return undefined;
}

const STANCE_REACH = 5;
const STANCE_STOP = new Set(["for", "against", "and", "but", "or", "that", "to"]);

/** A stance verb at ws[k] or up to a few words before it, with no other side or clause between. */
function stanceVerbBefore(ws: Word[], k: number): boolean {
  for (let j = k; j >= 0 && k - j < STANCE_REACH; j--) {
    if (STANCE_VERBS.has(ws[j].norm)) return true;
    if (STANCE_STOP.has(ws[j].norm)) return false;
  }
  return false;
}

/** "voted for" on one side, "voted against" on the other, and neither side taking both stances. */
function stancePairs(a: Word[], b: Word[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < a.length; i++) {
    const x = stanceAt(a, i);
    if (!x) continue;
    const y = x === "for" ? "against" : "for";
    if (a.some((_, k) => stanceAt(a, k) === y) || b.some((_, k) => stanceAt(b, k) === x)) return [];
    const j = b.findIndex((_, k) => stanceAt(b, k) === y);
    if (j >= 0) out.push([i, j]);
  }
  return out;
}
