// Finds attribution cues in one sentence: reporting verbs in any tense and position ("X said", "said X",
// "X has told the Times"), "according to X", "X: “…”", noun cues ("in a statement", "in X's view"),
// records that show things, and agentless passives that hide who judges ("was widely seen as").
// Pure: no vscode import. Works on tokens only; quoted tokens are the speaker's words and never hold a cue.

import type { Span } from "../types";
import type { Token } from "./tokens";
import {
  AUX, CLAUSE_OPENERS, COGNITION, DATA_SOURCES, GROUP_HOLDERS, NOUN_BEFORE, NOUN_CUES, PLURAL_QUANTIFIERS, SPEECH_STRONG, SPEECH_WEAK, VAGUE_HEADS,
} from "./lexicon";

export type CueKind = "speech" | "cognition" | "according" | "colon" | "noun" | "data" | "passive" | "reportedly";

export interface Cue {
  kind: CueKind;
  /** The cue words: "said", "according to", "in a statement", "was widely seen as". */
  span: Span;
  /** The source phrase when one was found: "top US officials", "The New York Times". */
  source?: Span;
  /** Token indices of the source phrase, for the scanners that judge it. */
  sourceTokens?: [number, number];
  position: "before" | "after" | "none";
  /** A cue inside a relative clause ("shop owners, who blame …") covers only that clause. */
  scope?: Span;
  /** A cognition verb about one named mind ("The Kremlin expects …"): a claim about that mind, not a source. */
  mindClaim?: boolean;
}

/** Every word a cue can start with: one lookup rejects the other words of a sentence. */
const CUE_WORDS = new Set<string>([
  ...SPEECH_STRONG, ...SPEECH_WEAK, ...COGNITION, ...NOUN_CUES, "according", "reportedly", "point", "points", "pointed", "pointing",
  "sees", "saw", "see", "views", "viewed", "view", "regards", "regarded", "regard",
  "said", "believed", "thought", "reported", "rumored", "rumoured", "understood", "alleged", "feared", "estimated", "claimed",
  "seen", "perceived", "characterized", "characterised", "portrayed", "labeled", "labelled", "branded", "hailed", "touted", "considered", "deemed",
  "expected", "anticipated", "hoped", "planned", "predicted", "forecast", "intended", "projected", "promised", "imagined", "assumed", "envisioned", "envisaged", "calculated",
]);

/** A comparative clause ending in an expectation ("longer than Putin expected"): a claim, not a source. */
export interface ExpectationClause {
  span: Span;
}

export const PREPOSITIONS = new Set(["for", "of", "to", "in", "at", "on", "with", "from", "by", "about", "into", "over", "after", "before", "against", "among", "between", "through", "under", "without"]);
const DATA_VERBS = new Set(["show", "shows", "showed", "shown", "find", "finds", "found", "suggest", "suggests", "suggested", "indicate", "indicates", "indicated", "estimate", "estimates", "estimated", "note", "notes", "noted", "state", "states", "stated", "claim", "claims", "claimed"]);
const LABEL_VERBS = new Set(["call", "calls", "called", "calling", "describe", "describes", "described", "describing", "accuse", "accuses", "accused", "question", "questioned", "questions", "blame", "blamed", "blames"]);
const PARTICLES = new Set(["for", "off", "on", "up", "in", "out", "back", "at", "into"]);
const OBJECT_VERBS = new Set([
  "submit", "submitted", "file", "filed", "make", "made", "post", "posted", "read", "receive", "received", "issue", "issued",
  "publish", "published", "send", "sent", "review", "reviewed", "collect", "collected", "take", "took", "give", "gave", "get", "got",
  "welcome", "welcomed", "accept", "accepted", "hear", "heard", "leave", "left", "share", "shared", "deny", "denied", "dismiss",
  "dismissed", "reject", "rejected", "investigate", "investigated", "verify", "verified", "ignore", "ignored", "amid", "following",
  // "to answer questions", "faced claims"
  "answer", "answered", "answering", "ask", "asked", "face", "faced", "facing", "field", "fielded", "raise", "raised",
]);
const ORGANISATIONS = new Set([
  "office", "agency", "ministry", "department", "bureau", "institute", "company", "firm", "government", "council", "commission",
  "board", "court", "authority", "service", "center", "centre", "university", "association", "union", "bank", "group", "party",
  "committee", "team", "police", "regulator", "watchdog", "administration", "campaign", "hospital", "school", "district",
  "carmaker", "automaker", "retailer", "airline", "insurer", "lender", "utility", "network", "operator", "manufacturer", "developer",
]);
const INFERENCE = new Set(["suggest", "suggests", "suggested", "indicate", "indicates", "indicated", "show", "shows", "showed", "signal", "signals", "signaled", "signalled"]);
const ESTIMATE = new Set(["estimate", "estimates", "estimated", "estimating"]);
const POINT = new Set(["point", "points", "pointed", "pointing"]);
const PRONOUNS = new Set(["he", "she", "they", "we", "i", "it", "you"]);
const LINKERS = new Set(["and", "but", "or", "that", "as", "because", "when", "while", "if", "so", "since", "after", "before", "although", "though", "where", "until", "unless", "what", "how", "why", "whether", "than", "then", "yet", "now", "once"]);
const ATTENDING = new Set(["respond", "responds", "responded", "responding", "answer", "answers", "answered", "answering"]);
const INCIDENTS = new Set(["call", "calls", "incident", "incidents", "emergency", "emergencies", "alarm", "alarms", "fire", "fires", "collision", "collisions", "crash", "crashes", "callout", "callouts", "call-outs", "reports"]);

/** "responded to 48 collisions", "answered 300 calls", "responded to the fire": a figure or an incident follows. */
function attendsIncidents(tokens: Token[], i: number): boolean {
  let k = i + 1;
  if (tokens[k]?.lower === "to") k++;
  for (let n = k; n < Math.min(tokens.length, k + 4); n++) {
    const t = tokens[n];
    if (!t.word) return false;
    if (/^\d/.test(t.text) || INCIDENTS.has(t.lower)) return true;
  }
  return false;
}

const DETERMINERS = new Set(["a", "an", "the", "this", "that", "his", "her", "its", "their", "our", "my", "your"]);
const BE = new Set(["is", "are", "was", "were", "be", "been", "being", "'s"]);
const PASSIVE_VAGUE = new Map<string, Set<string>>();
for (const w of ["said", "believed", "thought", "reported", "rumored", "rumoured", "understood", "alleged", "feared", "claimed"]) PASSIVE_VAGUE.set(w, new Set(["to", "that"]));
PASSIVE_VAGUE.set("estimated", new Set(["to", "that", "at"]));
for (const w of ["seen", "viewed", "regarded", "described", "perceived", "characterized", "characterised", "portrayed", "labeled", "labelled", "branded", "hailed", "touted"]) PASSIVE_VAGUE.set(w, new Set(["as"]));
for (const w of ["considered", "deemed"]) PASSIVE_VAGUE.set(w, new Set(["to", "as", "a", "an", "the", "one", "among", "likely", "unlikely"]));
const EXPECTATION = new Set(["expected", "anticipated", "feared", "hoped", "planned", "predicted", "forecast", "thought", "intended", "projected", "estimated", "believed", "promised", "imagined", "assumed", "envisioned", "envisaged", "calculated", "hoped"]);
const ADMIT = new Set(["admit", "admits", "admitted", "admitting"]);
const CLAUSE_VERBS = new Set(["to", "will", "would", "is", "are", "was", "were", "has", "have", "had", "could", "can", "should", "might", "may", "must", "did", "does"]);
const TIME_WORDS = new Set([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight", "earlier",
  "later", "last", "this", "week", "month", "year", "morning", "afternoon", "evening", "night", "on", "in", "at", "during",
]);
const SEE_AS = new Set(["sees", "saw", "see", "views", "viewed", "view", "regards", "regarded", "regard"]);
const TITLE_ABBREVIATIONS = new Set(["dr", "mr", "mrs", "ms", "prof", "gen", "lt", "col", "capt", "sgt", "sen", "rep", "gov", "rev", "st", "jr", "sr", "coun", "cllr", "supt", "insp", "det", "const"]);
const INVERTED_STOP = new Set([".", ",", ";", ":", "!", "?", "”", "\"", "—", "–", ")"]);

function isQuoteMark(t: Token): boolean {
  return t.text === "“" || t.text === "”" || t.text === '"' || t.text === "«" || t.text === "»" || t.text === "‘" || t.text === "’";
}

function span(tokens: Token[], a: number, b: number): Span {
  return { start: tokens[a].start, end: tokens[b].end };
}

// Nouns that end like adverbs: "Her family said", "an ally said", "the Daily reported".
const LY_NOUNS = new Set(["family", "ally", "assembly", "supply", "rally", "monopoly", "anomaly", "bully", "daily", "weekly", "monthly", "quarterly", "fly", "folly", "homily"]);

/** "repeatedly", "publicly": an adverb between a subject and its verb; not "family", "Italy" or "Kelly". */
function adverbInLy(t: Token): boolean {
  return t.lower.endsWith("ly") && !t.cap && !LY_NOUNS.has(t.lower);
}

/**
 * "the producer described quality as “exceptional”", "called the ruling “a disgrace”": a labelling verb whose
 * label is a quotation reports what the subject said, whoever the subject is.
 */
function labelsQuote(tokens: Token[], i: number, l: string): boolean {
  if (!LABEL_VERBS.has(l)) return false;
  for (let k = i + 1; k < Math.min(tokens.length, i + 9); k++) {
    const t = tokens[k];
    if (t.quoted || isQuoteMark(t)) return k > i + 1 && (tokens[k - 1].lower === "as" || l.startsWith("call"));
    if (!t.word && t.text !== "'" && t.text !== "’") return false;
  }
  return false;
}

/**
 * "put the cost of repairs at 45 million naira", "puts the toll at 12": an estimate someone gives; "puts the
 * Civic Alliance four points ahead", "put the party level with": a poll's or a count's reading.
 */
function putAtFigure(tokens: Token[], i: number, l: string): boolean {
  if (l !== "put" && l !== "puts") return false;
  for (let k = i + 2; k < Math.min(tokens.length - 1, i + 10); k++) {
    const t = tokens[k];
    if (!t.word) return false;
    if (t.lower === "ahead" || t.lower === "behind" || (t.lower === "level" && tokens[k + 1]?.lower === "with")) return true;
    if (t.lower === "at") {
      const n = tokens[k + 1];
      return /^[\d$€£¥₹₦]/.test(n.text) || /^(?:about|around|some|nearly|almost|more|less|over|under|up|roughly|one|two|three|four|five|six|seven|eight|nine|ten|a)$/.test(n.lower);
    }
  }
  return false;
}

/** Index of the previous non-auxiliary token before i, or -1. */
function skipAuxBack(tokens: Token[], i: number): number {
  let j = i - 1;
  let steps = 0;
  while (j >= 0 && steps < 5 && tokens[j].word && (AUX.has(tokens[j].lower) || adverbInLy(tokens[j]))) {
    j--;
    steps++;
  }
  return j;
}

/** The noun phrase ending at token `end` (inclusive), scanning back to a clause boundary; at most 9 tokens. */
function phraseBack(tokens: Token[], end: number): [number, number] | undefined {
  if (end < 0 || !tokens[end].word || tokens[end].quoted) return undefined;
  let a = end;
  while (a - 1 >= 0 && end - (a - 1) < 9) {
    const t = tokens[a - 1];
    if (t.quoted || (!t.word && t.text !== "." && t.text !== "'" && t.text !== "’")) break;
    // ("Consumer group Which Way said": a capitalised "Which" inside the phrase is a name's word)
    if (t.word && (((t.lower === "that" || t.lower === "which") && !(t.cap && a - 1 > 0)) || t.lower === "as" || t.lower === "because" || t.lower === "if" || t.lower === "when" || (CLAUSE_JOINS.has(t.lower) && t.lower !== "and"))) break;
    if (t.word && PREPOSITIONS.has(t.lower) && !qualifierPreposition(tokens, a - 1) && !ofPhrase(tokens, a - 1) && !seenBy(tokens, a - 1)) break;
    if (t.word && (SPEECH_STRONG.has(t.lower) || BE.has(t.lower))) break;
    a--;
  }
  while (a <= end && !tokens[a].word) a++;
  // "By 11:15 the company said": a time or a figure before a determiner closes the adverbial, not the source
  if (a < end && /^\d/.test(tokens[a].text) && DETERMINERS.has(tokens[a + 1].lower)) a++;
  // "On Monday the companies announced": the day after the sentence's opening preposition is when, not who
  if (a < end && MONTH_OR_DAY.has(tokens[a].lower) && DETERMINERS.has(tokens[a + 1].lower)) a++;
  a = afterCoordinatedClause(tokens, a, end);
  if (a > end) return undefined;
  // "…, a report published on Wednesday found": the day closes the participle's adjunct; the source is the
  // noun phrase before the participle
  const p = a - 2;
  if (p >= 1 && tokens.slice(a, end + 1).every((t) => !t.word || MONTH_OR_DAY.has(t.lower) || /^\d/.test(t.text)) && PREPOSITIONS.has(tokens[a - 1].lower) && PARTICIPLE_AFTER_SOURCE.has(tokens[p].lower)) {
    return phraseBack(tokens, p - 1) ?? [a, end];
  }
  // "A panel of three judges on Thursday dismissed": a day after its preposition is when, not who; the source is
  // the noun phrase before it
  if (a >= 2 && tokens.slice(a, end + 1).every((t) => !t.word || MONTH_OR_DAY.has(t.lower)) && (tokens[a - 1].lower === "on" || tokens[a - 1].lower === "last") && tokens[a - 2].word) {
    return phraseBack(tokens, a - 2) ?? [a, end];
  }
  return [a, end];
}

const PAST_IRREGULAR = new Set([
  "rose", "fell", "grew", "went", "came", "took", "made", "ran", "won", "lost", "sank", "hit", "cut", "began", "left", "held", "kept",
  "met", "paid", "sold", "gave", "got", "stood", "fought", "spent", "brought", "bought", "led", "built", "struck", "shut", "slid",
  "spread", "broke", "drove", "flew", "fled", "rang", "shot", "slept", "threw", "wore", "wrote", "swept", "soared", "dipped", "jumped",
]);

/**
 * "Prices rose in March and analysts said", "Sales fell and the company said": the words before "and" are a
 * clause of their own (a verb after its subject, or a date or figure closing an adverbial), so the source
 * starts after "and". "Smith and Jones said", "retired officers and officials said" keep both conjuncts.
 */
function afterCoordinatedClause(tokens: Token[], a: number, end: number): number {
  let and = -1;
  for (let k = end - 1; k > a; k--) if (tokens[k].word && !tokens[k].quoted && tokens[k].lower === "and") and = k;
  if (and < 0) return a;
  // "in early trading and analysts said": the words before "and" close a prepositional phrase ("lawyers for
  // Smith and Jones" excepted)
  const before = tokens[a - 1];
  if (before?.word && PREPOSITIONS.has(before.lower) && before.lower !== "for" && before.lower !== "of") return and + 1;
  for (let k = a; k < and; k++) {
    const t = tokens[k];
    if (!t.word) continue;
    // a word in -ed is a verb only where no noun follows it ("Sales climbed and", not "elected officials and")
    const next = tokens[k + 1];
    const edVerb = t.lower.length > 4 && t.lower.endsWith("ed") && (next.lower === "and" || !next.word || PREPOSITIONS.has(next.lower) || /^\d/.test(next.text));
    const verbLike = k > a && !t.cap && (PAST_IRREGULAR.has(t.lower) || CLAUSE_VERBS.has(t.lower) || edVerb);
    if (verbLike || /^\d/.test(t.text) || MONTH_OR_DAY.has(t.lower)) return and + 1;
  }
  return a;
}

const MONTH_OR_DAY = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
]);

/**
 * "of" inside a source's phrase: "Ingrid Falk of Rostad University", "the head of the agency", "supporters
 * of the plan" — a word before it and a name or a determiner after it.
 */
function ofPhrase(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  // "the Institute for Fisheries Research", "the Centre for Policy Studies": "for" inside a body's name
  if (tokens[k].lower === "for") return !!before && before.cap && !before.quoted && ORGANISATIONS.has(before.lower) && !!after && after.cap;
  return tokens[k].lower === "of" && !!before && before.word && !before.quoted && !!after && (after.cap || DETERMINERS.has(after.lower));
}

/**
 * The phrase ending at token `end` when commas set it off (", Clara Brisk,"), with a description set off the
 * same way just before it (", the city's mayor, Clara Brisk,"): a name, or a short phrase opening with a
 * determiner; never a clause.
 */
function setOff(tokens: Token[], end: number): [number, number] | undefined {
  const fits = (p: [number, number] | undefined, atStart = false): p is [number, number] => {
    if (!p || (p[0] === 0 ? !atStart : tokens[p[0] - 1].text !== ",")) return false;
    const ts = tokens.slice(p[0], p[1] + 1);
    if (ts.some((x) => x.word && (CLAUSE_VERBS.has(x.lower) || LINKERS.has(x.lower)))) return false;
    return ts.every((x) => x.cap || !x.word || x.lower === "of") || (DETERMINERS.has(tokens[p[0]].lower) && ts.length <= 6) || /'s$/.test(tokens[p[0]].lower);
  };
  const p = phraseBack(tokens, end);
  if (!fits(p)) return undefined;
  const q = p[0] >= 2 ? phraseBack(tokens, p[0] - 2) : undefined;
  return fits(q, true) ? [q[0], p[1]] : p;
}

/** "by" after "seen", "obtained", "polled" and the like: "an email seen by the Echo said" cites the email, which the phrase holds. */
function seenBy(tokens: Token[], k: number): boolean {
  return tokens[k].lower === "by" && k > 0 && SEEN_BY.has(tokens[k - 1].lower);
}
/**
 * Participles that put the medium after the source: a paper it got hold of ("an email seen by", "documents
 * obtained by", "a memo cited by") or people it asked ("economists polled by", "residents interviewed by").
 */
export const SEEN_BY: ReadonlySet<string> = new Set(["seen", "obtained", "reviewed", "viewed", "leaked", "cited", "polled", "surveyed", "interviewed", "quoted", "contacted"]);

/** A preposition inside a source's qualifier: "close to", "familiar with", "with knowledge of", "briefed on". */
function qualifierPreposition(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1]?.lower ?? "";
  const after = tokens[k + 1]?.lower ?? "";
  return ["close", "familiar", "near", "loyal", "knowledge", "briefed", "involved", "allied", "connected", "closest"].includes(before) || (tokens[k].lower === "with" && after === "knowledge");
}

// words that open a clause of their own after a comma: "…, while campaigners, who …, said" ("and" only there:
// "Smith and Jones said" is one source)
const CLAUSE_JOINS = new Set(["but", "however", "and", "while", "whereas", "although", "though"]);

/** The first noun phrase of the clause that holds token i: from the clause start to the first comma or relative word. */
function clauseSubject(tokens: Token[], i: number): [number, number] | undefined {
  let a = i - 1;
  while (a >= 0) {
    const t = tokens[a];
    if (t.quoted || t.text === ";" || (t.word && CLAUSE_JOINS.has(t.lower) && a > 0 && tokens[a - 1].text === ",")) break;
    if (t.word && t.lower === "that") break;
    a--;
  }
  a++;
  while (a < i && (!tokens[a].word || CLAUSE_JOINS.has(tokens[a].lower))) a++;
  let b = a;
  while (b < i && tokens[b].word && !["who", "which", "that", "along", "including", "close", "familiar"].includes(tokens[b].lower) && b - a < 8) b++;
  return b > a ? [a, b - 1] : undefined;
}

/**
 * The subject of the clause a coordinated verb joins ("The mayor opened the bridge and said …" → "The
 * mayor"): a run of capitalised words, or a determiner and up to two words before the first verb-like word.
 */
function coordinatedSubject(tokens: Token[], i: number): [number, number] | undefined {
  const whole = clauseSubject(tokens, i);
  if (!whole) return undefined;
  const [a] = whole;
  let b = a;
  if (tokens[a].cap && !DETERMINERS.has(tokens[a].lower)) {
    while (b + 1 < i && tokens[b + 1].word && tokens[b + 1].cap) b++;
    return [a, b];
  }
  if (!DETERMINERS.has(tokens[a].lower)) return undefined;
  while (b + 1 < i && b - a < 3 && tokens[b + 1].word && !/(?:ed|ing)$/.test(tokens[b + 1].lower) && !AUX.has(tokens[b + 1].lower) && !BE.has(tokens[b + 1].lower)) b++;
  return b > a ? [a, b] : undefined;
}

/**
 * A noun phrase right after token i (inverted "said X"), up to punctuation or a time word; at most 8 tokens.
 * A phrase opening with a preposition or a time word ("said on Monday", "said Tuesday") is an adjunct, not a source.
 */
function phraseAfter(tokens: Token[], i: number): [number, number] | undefined {
  let a = i + 1;
  if (a >= tokens.length || !tokens[a].word || tokens[a].quoted) return undefined;
  if (PREPOSITIONS.has(tokens[a].lower) || TIME_WORDS.has(tokens[a].lower)) return undefined;
  let b = a;
  while (b + 1 < tokens.length && b - a < 8) {
    const t = tokens[b + 1];
    if (t.quoted) break;
    // the full stop of a title ("said Dr. Ruth Cole") does not end the name
    if (t.text === "." && TITLE_ABBREVIATIONS.has(tokens[b].lower) && tokens[b + 2]?.cap) {
      b++;
      continue;
    }
    if (INVERTED_STOP.has(t.text)) break;
    if (t.word && (t.lower === "that" || t.lower === "on" || t.lower === "in" || t.lower === "at" || t.lower === "who" || t.lower === "during")) break;
    // "a report published on Monday by …", "figures released last week": the participle of publishing describes
    // the source, whose head is the noun before it ("documents seen by the Tribune" keep who saw them)
    if (t.word && !t.cap && PARTICIPLE_AFTER_SOURCE.has(t.lower)) break;
    b++;
  }
  return [a, b];
}

const PARTICIPLE_AFTER_SOURCE = new Set([
  "published", "released", "issued", "compiled", "commissioned", "conducted", "carried", "prepared", "produced", "presented",
  "posted", "filed", "submitted",
]);

/** A clause (not a plain object) follows token i: "that", a pronoun, a quotation, or a noun phrase with its own verb. */
function clauseFollows(tokens: Token[], i: number): boolean {
  const n = tokens[i + 1];
  if (!n) return false;
  if (n.quoted || n.text === ":") return true;
  if (CLAUSE_OPENERS.has(n.lower)) return true;
  if (n.lower === "to") return true;
  for (let j = i + 1; j < Math.min(tokens.length, i + 7); j++) {
    const t = tokens[j];
    if (!t.word || t.quoted) return false;
    if (j > i + 1 && CLAUSE_VERBS.has(t.lower)) return true;
  }
  return false;
}

/** A weak speech verb is reporting speech: a clause, a colon, a quotation, or the end of the clause follows. */
function speechComplement(tokens: Token[], i: number): boolean {
  const n = tokens[i + 1];
  if (!n) return true;
  if (n.quoted || [".", ",", ":", ";", "—", "–", "!"].includes(n.text)) return true;
  if (n.lower === "that" || n.lower === "in" || n.lower === "on" || n.lower === "during" || n.lower === "when") {
    if (n.lower === "that") return true;
    const nn = tokens[i + 2];
    return !!nn && (NOUN_CUES.has(nn.lower) || TIME_WORDS.has(nn.lower) || (nn.word && ["a", "an", "the", "his", "her", "their", "its"].includes(nn.lower) && !!tokens[i + 3] && NOUN_CUES.has(tokens[i + 3].lower)));
  }
  if (TIME_WORDS.has(n.lower) && n.cap) return true;
  return CLAUSE_OPENERS.has(n.lower) && n.lower !== "the";
}

/**
 * Every cue in a sentence. `tokens` are the sentence's tokens; `extra` holds verb forms from the project's
 * `extraCues`. The second result lists comparative expectation clauses, which are claims rather than cues.
 */
/** A past participle: "-ed", or an irregular one of a verb of saying ("150mm of rain is forecast", "was written"). */
function participle(l: string): boolean {
  return /ed$/.test(l) || l === "forecast" || l === "foretold" || l === "written";
}
// Words after a passive reporting verb that keep it a citation: its agent, or the statement it reports.
const PASSIVE_GOES_ON = new Set(["by", "that", "to", "as", "in", "on", "at", "from", "with", "yesterday", "today", "earlier", "late", "later"]);
// Prepositions of time or place after a passive reporting verb, after which an agent or a statement may still come.
const PLACE_OR_TIME_AFTER = new Set(["in", "on", "at", "during", "yesterday", "today", "earlier", "late", "later"]);

/** Is there a "by" agent, or a "that" statement, in the rest of the clause after token i? */
function agentOrStatementAhead(tokens: Token[], i: number): boolean {
  for (let k = i; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t.word && /[,;:.!?]/.test(t.text)) return false;
    if (t.lower === "by" || t.lower === "that") return true;
  }
  return false;
}

// Reporting verbs spelled like their nouns, and what follows such a noun but not the verb.
const NOUN_TOO = new Set(["forecast", "report", "estimate", "comment", "warning", "statement", "claim", "promise", "update", "outlook", "post", "note", "answer", "reply", "word"]);
const AFTER_NOUN = new Set(["for", "of", "on", "at", "from", "was", "is", "were", "are", "has", "had", "will", "would", "and", "but"]);
const DETERMINER_WORDS = new Set(["its", "their", "his", "her", "our", "the", "a", "an", "this", "that", "these", "those"]);

/**
 * A determiner within three words before i, with only lower-case modifiers between ("its full-year
 * production"), or a preposition whose object the word heads ("paid out £212 million on weather-related
 * claims"): no verb stands there without a subject.
 */
function determinedBefore(tokens: Token[], i: number): "determiner" | "preposition" | false {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const t = tokens[k];
    if (!t.word || t.quoted) return false;
    if (DETERMINER_WORDS.has(t.lower) || /'s$/.test(t.lower)) return k < i - 1 && "determiner";
    if (PREPOSITIONS.has(t.lower) && t.lower !== "to") return "preposition";
    if (t.cap || AUX.has(t.lower) || BE.has(t.lower) || /ly$/.test(t.lower)) return false;
  }
  return false;
}

/**
 * Is a word that is both a reporting verb and a noun the head of a noun phrase here? A determiner before it
 * and a preposition, a verb or punctuation after; or a preposition before it and no clause after ("on
 * weather-related claims last year").
 */
function nounPhraseHead(tokens: Token[], i: number): boolean {
  const how = determinedBefore(tokens, i);
  if (!how) return false;
  const n = tokens[i + 1];
  if (!n || !n.word || AFTER_NOUN.has(n.lower)) return true;
  return how === "preposition" && !n.quoted && n.lower !== "that";
}

/** Reporting verbs whose object is the audience ("told reporters"), never the speaker. */
const AUDIENCE_VERBS = new Set(["told", "tells", "tell", "telling"]);

export function findCues(tokens: Token[], extra: ReadonlySet<string>): { cues: Cue[]; expectations: ExpectationClause[] } {
  const cues: Cue[] = [];
  const expectations: ExpectationClause[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.quoted) continue;
    const l = t.lower;
    if (t.word && !CUE_WORDS.has(l) && !extra.has(l)) continue; // the common case: not a word any cue starts with
    if (!t.word) {
      if (t.text === ":" && i > 0 && tokens[i - 1].word && !tokens[i - 1].quoted && tokens[i + 1]?.quoted) {
        const src = phraseBack(tokens, i - 1);
        cues.push({ kind: "colon", span: span(tokens, i, i), source: src && span(tokens, src[0], src[1]), sourceTokens: src, position: src ? "before" : "none" });
      }
      continue;
    }
    if (l === "according" && tokens[i + 1]?.lower === "to") {
      const src = phraseAfter(tokens, i + 1);
      cues.push({ kind: "according", span: span(tokens, i, i + 1), source: src && span(tokens, src[0], src[1]), sourceTokens: src, position: src ? "after" : "none" });
      i++;
      continue;
    }
    if (l === "reportedly") {
      cues.push({ kind: "reportedly", span: span(tokens, i, i), position: "none" });
      continue;
    }
    if (NOUN_CUES.has(l) && nounCue(tokens, i)) {
      const from = nounCueStart(tokens, i);
      cues.push({ kind: "noun", span: span(tokens, from, i), position: "none" });
      continue;
    }
    if (t.cap && i > 0) continue; // a capitalised word mid-sentence is a name or a title ("Judge Marcus Oyelaran")
    // Comparative expectation: "than President Vladimir Putin expected", "as expected".
    if (EXPECTATION.has(l) || COGNITION.has(l)) {
      const comp = comparativeBefore(tokens, i);
      if (comp >= 0 && clauseEnds(tokens, i)) {
        expectations.push({ span: span(tokens, comp, i) });
        continue;
      }
    }

    const prev = i > 0 ? tokens[i - 1] : undefined;
    if (prev && (NOUN_BEFORE.has(prev.lower) || /'s$/.test(prev.lower)) && !BE.has(prev.lower)) continue;
    // "cut its full-year production forecast for the second time": a determiner a few words back and a
    // preposition, a verb or punctuation after make a word that is also a noun the head of a noun phrase
    if ((NOUN_TOO.has(l) || (l.endsWith("s") && NOUN_TOO.has(l.slice(0, -1)))) && nounPhraseHead(tokens, i)) continue;
    // "submit comments", "file reports": a plural noun after a verb, not a verb
    if (prev && l.endsWith("s") && l !== "says" && OBJECT_VERBS.has(prev.lower)) continue;
    // "account for most claims", "many reports": after a plural quantifier a word in -s is a plural noun (the
    // verb would be "most claim")
    if (prev && l.endsWith("s") && PLURAL_QUANTIFIERS.has(prev.lower)) continue;
    // "crews also responded to 48 road collisions", "answered 300 calls": attending to incidents, not speaking
    if (ATTENDING.has(l) && attendsIncidents(tokens, i)) continue;
    // "a conference call that …", "the news report said": a determiner and a noun before make it a noun too;
    // a past form is never a noun ("The agency added that …")
    if (
      prev && i > 1 && prev.word && !prev.cap && DETERMINERS.has(tokens[i - 2].lower) && !AUX.has(prev.lower) && !/ly$/.test(prev.lower) && !/ed$/.test(l) &&
      (SPEECH_WEAK.has(l) || COGNITION.has(l)) && !DATA_SOURCES.has(prev.lower) && !VAGUE_HEADS.has(prev.lower) && !GROUP_HOLDERS.has(prev.lower) &&
      !putAtFigure(tokens, i, l)
    ) continue;

    // Agentless passive: "was widely seen as", "is said to", "it is believed that".
    const pv = PASSIVE_VAGUE.get(l);
    if (pv) {
      let b = i - 1;
      while (b >= 0 && /ly$/.test(tokens[b].lower)) b--;
      if (b >= 0 && BE.has(tokens[b].lower)) {
        const n = tokens[i + 1];
        if (n && n.lower === "by") {
          const src = phraseAfter(tokens, i + 1);
          cues.push({ kind: "speech", span: span(tokens, i, i), source: src && span(tokens, src[0], src[1]), sourceTokens: src, position: "after" });
          continue;
        }
        if (n && pv.has(n.lower) && !byFollows(tokens, i + 2)) {
          const from = b > 0 && tokens[b - 1].lower === "it" ? b - 1 : b;
          cues.push({ kind: "passive", span: span(tokens, from, i + (n.lower === "as" || n.lower === "to" ? 1 : 0)), position: "none" });
          continue;
        }
      }
    }

    const strong = SPEECH_STRONG.has(l) || extra.has(l) || (POINT.has(l) && tokens[i + 1]?.lower === "out") || ESTIMATE.has(l);
    const weak = !strong && SPEECH_WEAK.has(l);
    const cognition = !strong && !weak && !ESTIMATE.has(l) && (COGNITION.has(l) || SEE_AS.has(l));
    if (!strong && !weak && !cognition) continue;
    // "had wrongly admitted key evidence", "admits new members": admitting a thing is no statement
    if (ADMIT.has(l) && !speechComplement(tokens, i) && !clauseFollows(tokens, i)) continue;
    if (prev && BE.has(prev.lower) && !strong) continue; // "were found", "is shown": not a source speaking
    if (prev && BE.has(prev.lower) && (l === "told" || l === "said")) {
      // "were told to leave" is an instruction; "is said to" was handled above
      if (tokens[i + 1]?.lower !== "by") continue;
    }
    // "the vote was declared invalid", "he was reported missing": what the passive declares is its subject,
    // not a source; only "by" names one ("was announced by the ministry")
    if (prev && BE.has(prev.lower) && participle(l) && tokens[i + 1]?.word && !PASSIVE_GOES_ON.has(tokens[i + 1].lower)) continue;
    // "The award was announced at a ceremony on Wednesday": a time or a place and nothing more, no agent
    // and no statement in the clause; "it was announced at a briefing that …" and "… by the ministry" go on
    if (prev && BE.has(prev.lower) && participle(l) && PLACE_OR_TIME_AFTER.has(tokens[i + 1]?.lower ?? "") && !agentOrStatementAhead(tokens, i + 1)) continue;
    // "The increase is attributed, according to the company, to the cooler summer": a passive whose subject is
    // what it says of, with no agent after it, cites no one; the aside or "by" names the source
    if (prev && BE.has(prev.lower) && participle(l) && (tokens[i + 1]?.text === "," || tokens[i + 1]?.lower === "to") && !byFollows(tokens, i + 1)) continue;
    // "The merger, announced in March, would raise prices": a participle set off by commas describes the noun
    // before it; the clause goes on with its own verb
    if (prev && prev.text === "," && /ed$/.test(l) && PLACE_OR_TIME_AFTER.has(tokens[i + 1]?.lower ?? "") && participleAside(tokens, i)) continue;

    const j = skipAuxBack(tokens, i);
    const before = j >= 0 ? tokens[j] : undefined;
    const subjectIsData = !!before && DATA_SOURCES.has(before.lower);
    // "Her strong showing suggests that …": an inference the author draws from a thing, not a source speaking
    if (INFERENCE.has(l) && before && before.word && !subjectIsData && before.lower !== "who" && !PRONOUNS.has(before.lower)) {
      const subject = phraseBack(tokens, j);
      const sourceLike = !!subject && tokens.slice(subject[0], subject[1] + 1).some((x) => x.cap || DATA_SOURCES.has(x.lower) || GROUP_HOLDERS.has(x.lower) || VAGUE_HEADS.has(x.lower) || ORGANISATIONS.has(x.lower));
      if (!sourceLike) continue;
    }
    if (weak) {
      const putIt = l === "put" && tokens[i + 1]?.lower === "it";
      const inverted = !!before && (before.text === "," || before.text === "”" || before.text === '"');
      // "who has called the bill reckless", "Smith described the plan as…": a person labelling something speaks
      const personLabels = LABEL_VERBS.has(l) && !!before && (before.cap || PRONOUNS.has(before.lower) || before.lower === "who") && !PARTICLES.has(tokens[i + 1]?.lower ?? "");
      if (!putIt && !inverted && !personLabels && !labelsQuote(tokens, i, l) && !putAtFigure(tokens, i, l) && !speechComplement(tokens, i) && !(subjectIsData && DATA_VERBS.has(l))) continue;
      if (putIt && !(tokens[i + 2] && (tokens[i + 2].text === ":" || tokens[i + 2].text === "," || /ly$/.test(tokens[i + 2].lower)))) continue;
    }
    if (cognition) {
      if (SEE_AS.has(l) && !asFollows(tokens, i)) continue;
      if (!SEE_AS.has(l) && !clauseFollows(tokens, i)) continue;
    }

    // Where is the source? Before the verb, after it (inverted), or in a relative clause.
    let src: [number, number] | undefined;
    let position: Cue["position"] = "none";
    let scope: Span | undefined;
    // "…, with the local supplier, Northway Water, saying that …": the phrase after "with" speaks
    const withSource = /ing$/.test(l) ? afterWith(tokens, i) : undefined;
    if (withSource) {
      cues.push({ kind: "speech", span: span(tokens, i, i), source: span(tokens, withSource[0], withSource[1]), sourceTokens: withSource, position: "before" });
      continue;
    }
    if (/ing$/.test(l) && prev && prev.word && !AUX.has(prev.lower) && !BE.has(prev.lower) && i > 0) {
      // "a government that came to power promising reform": a participle describes, it does not attribute the sentence
      cues.push({ kind: "speech", span: span(tokens, i, i), position: "none", scope: { start: t.start, end: tokens[clauseEnd(tokens, i)].end } });
      continue;
    }
    if (/ing$/.test(l) && prev && prev.text === "," && i > 1) {
      // "…, Ashworth said, adding that …": the participle goes on with the speaker of the verb before it
      const last = cues.length ? cues[cues.length - 1] : undefined;
      cues.push({ kind: "speech", span: span(tokens, i, i), source: last?.source, sourceTokens: last?.sourceTokens, position: last?.source ? last.position : "none" });
      continue;
    }
    if (before && before.word && (before.lower === "who" || before.lower === "which")) {
      const end = clauseEnd(tokens, i);
      scope = { start: before.start, end: tokens[end].end };
      src = phraseBack(tokens, j - 2 >= 0 && tokens[j - 1].text === "," ? j - 2 : j - 1);
      position = src ? "before" : "none";
    } else if (before && (before.text === "," || before.text === "”" || before.text === '"' || before.text === "—") && !cognition) {
      // ", said Aaron Vance" / "”, a former official told the Times" / ", officials said"; never ", told
      // reporters": what follows "told" is the audience, the speaker comes before it
      const after = AUDIENCE_VERBS.has(l) ? undefined : phraseAfter(tokens, i);
      // "…, the minister, Jan Novak, told reporters", "…, the city's mayor, Clara Brisk, said on Monday": a
      // phrase set off by commas right before the verb speaks
      const appositive = j > 0 && tokens[j - 1].word ? setOff(tokens, j - 1) : undefined;
      if (after && endsClause(tokens, after[1]) && !CLAUSE_OPENERS.has(tokens[after[0]].lower) && !hasVerb(tokens, after)) {
        src = after;
        position = "after";
      } else if (appositive) {
        src = appositive;
        position = "before";
      } else {
        src = clauseSubject(tokens, i);
        position = src ? "before" : "none";
      }
    } else if (before && before.word && PRONOUNS.has(before.lower) && j > 0 && tokens[j - 1].word && !tokens[j - 1].cap && !LINKERS.has(tokens[j - 1].lower) && !SPEECH_STRONG.has(tokens[j - 1].lower) && !COGNITION.has(tokens[j - 1].lower)) {
      // a reduced relative clause: "the overhaul she promised" reports only what she promised
      scope = { start: before.start, end: tokens[clauseEnd(tokens, i)].end };
      src = [j, j];
      position = "before";
    } else if (before && before.word && (before.lower === "and" || before.lower === "but") && j > 0 && tokens[j - 1].word) {
      // "Wikander top-scored with 17 points and said: …": a verb joined to the clause's first verb shares its subject
      src = coordinatedSubject(tokens, i);
      position = src ? "before" : "none";
    } else if (before && before.word) {
      src = phraseBack(tokens, j);
      position = src ? "before" : "none";
      if (src && tokens[src[0]].quoted) src = undefined;
    } else if (i === 0 && !/ing$/.test(l)) {
      // "Said the mayor: …"; never "Explaining its decision, the jury …", where what follows is the object
      const after = phraseAfter(tokens, i);
      if (after) {
        src = after;
        position = "after";
      }
    }
    if (!src && before && before.text === "," && j > 0) {
      src = clauseSubject(tokens, i);
      if (src) position = "before";
    }

    let mindClaim = false;
    if (cognition && position === "before" && !scope) {
      // the holder of a view is the whole subject: "Tourism officials in coastal towns worry …"
      const whole = clauseSubject(tokens, i);
      if (whole && (!src || whole[0] < src[0])) src = whole;
    }
    if (cognition) {
      const head = src ? tokens[src[1]].lower : "";
      // a group of sources or an organisation's guidance ("The company now expects …") reports a stated view
      mindClaim = !GROUP_HOLDERS.has(head) && !ORGANISATIONS.has(head) && !(src && tokens.slice(src[0], src[1] + 1).some((x) => GROUP_HOLDERS.has(x.lower) || ORGANISATIONS.has(x.lower)));
    }
    const kind: CueKind = subjectIsData && weak ? "data" : cognition ? "cognition" : "speech";
    cues.push({ kind, span: span(tokens, i, i), source: src && span(tokens, src[0], src[1]), sourceTokens: src, position, scope, mindClaim });
  }
  return { cues, expectations };
}

/**
 * The phrase between "with" and the participle at `i` ("with the local supplier, Northway Water, saying",
 * "with officials saying"): at most eight tokens of words and commas, opening with a determiner or a capital,
 * no verb among them.
 */
function afterWith(tokens: Token[], i: number): [number, number] | undefined {
  let end = i - 1;
  if (end >= 0 && tokens[end].text === ",") end--;
  if (end < 0 || !tokens[end].word) return undefined;
  for (let k = end - 1; k >= Math.max(0, i - 10); k--) {
    const t = tokens[k];
    if (t.quoted || (!t.word && t.text !== ",")) return undefined;
    if (t.word && t.lower === "with") {
      const first = tokens[k + 1];
      if (k + 1 > end || !(first.cap || DETERMINERS.has(first.lower) || SOURCE_PLURALS.test(first.lower))) return undefined;
      if (tokens.slice(k + 1, end + 1).some((x) => x.word && (AUX.has(x.lower) || BE.has(x.lower) || CLAUSE_VERBS.has(x.lower)))) return undefined;
      return [k + 1, end];
    }
  }
  return undefined;
}
const SOURCE_PLURALS = /^(?:officials|police|residents|experts|analysts|critics|witnesses|organisers|organizers|campaigners|doctors|scientists|researchers)$/;

/** The words after the participle at `i` close with a comma within a few words, and a verb of the clause follows it. */
function participleAside(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < Math.min(tokens.length - 1, i + 7); k++) {
    if (tokens[k].text === ",") return AUX.has(tokens[k + 1].lower) || BE.has(tokens[k + 1].lower);
    if (!tokens[k].word) return false;
  }
  return false;
}

/** A phrase with an auxiliary or a finite verb in it is a clause, not a source's name. */
function hasVerb(tokens: Token[], [a, b]: [number, number]): boolean {
  for (let k = a; k <= b; k++) if (CLAUSE_VERBS.has(tokens[k].lower) || BE.has(tokens[k].lower)) return true;
  return false;
}

function byFollows(tokens: Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + 6); k++) {
    if (tokens[k].lower === "by") return true;
    if (!tokens[k].word) return false;
  }
  return false;
}

function asFollows(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < Math.min(tokens.length, i + 6); k++) {
    if (tokens[k].lower === "as") return true;
    if (!tokens[k].word) return false;
  }
  return false;
}

/** "than" or "as" opens a comparative clause within the few words before token i. */
function comparativeBefore(tokens: Token[], i: number): number {
  for (let k = i - 1; k >= Math.max(0, i - 7); k--) {
    const t = tokens[k];
    if (!t.word) return -1;
    if (t.lower === "than" || t.lower === "as") return k;
  }
  return -1;
}

function clauseEnds(tokens: Token[], i: number): boolean {
  const n = tokens[i + 1];
  return !n || !n.word || ["and", "but", "or", "by", "in", "at", "when", "before", "after", "so", "because", "as"].includes(n.lower);
}

function endsClause(tokens: Token[], i: number): boolean {
  const n = tokens[i + 1];
  return !n || !n.word || n.quoted || ["on", "in", "at", "during", "who", "last", "this", "earlier", "later", "after", "before", "when", "while"].includes(n.lower);
}

function clauseEnd(tokens: Token[], i: number): number {
  let k = i;
  while (k + 1 < tokens.length && tokens[k + 1].text !== "," && tokens[k + 1].text !== ";" && tokens[k + 1].text !== "—") k++;
  return k;
}

/** "in a statement", "in Ortega's view", "in an interview with", "In a 42-page ruling". */
function nounCue(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const t = tokens[k];
    if (!t.word && t.text !== "'" && t.text !== "’") return false;
    if (t.lower === "in" || t.lower === "per") {
      const det = tokens[k + 1];
      return k + 1 < i && (["a", "an", "the", "his", "her", "their", "its", "our", "my"].includes(det.lower) || /'s$/.test(det.lower) || det.cap);
    }
  }
  return false;
}

function nounCueStart(tokens: Token[], i: number): number {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) if (tokens[k].lower === "in" || tokens[k].lower === "per") return k;
  return i;
}
