// Judges source phrases: does "some Western officials" name anybody, is an anonymous source's anonymity
// explained, is the phrase one the desk trusts. Also finds vague holders of a state of mind ("officials remain skeptical").
// Pure: no vscode import. Never calls a named person, a titled person or a named organisation vague.

import type { Span } from "../types";
import type { Token } from "./tokens";
import { TITLES, VAGUE_HEADS, VAGUE_NEED_QUANT, VAGUE_QUANT } from "./lexicon";

export interface VagueSource {
  span: Span;
  /** Token range of the vague phrase. */
  tokens: [number, number];
}

const AGENCY_KINDS = new Set([
  "fire", "health", "city", "county", "state", "school", "election", "elections", "police", "transportation", "transit", "airport",
  "port", "hospital", "park", "parks", "water", "utility", "emergency", "court", "prison", "customs", "immigration", "tax", "border",
  "university", "college", "district", "township", "village", "town", "borough", "library", "housing", "zoning", "planning", "public",
  "rescue", "coast", "wildlife", "forestry", "aviation", "safety",
]);
const DOCUMENTS = new Set(["study", "studies", "poll", "polls", "survey", "surveys", "report", "reports", "research", "analysis"]);
const NOT_NOUNS = new Set(["who", "that", "which", "said", "say", "says", "told", "and", "or", "but", "also", "have", "has", "had", "are", "were", "was", "is", "will", "would", "could", "may", "might", "can", "do", "did", "does", "not", "to"]);
const SWEEPING = new Set(["many", "some", "most", "few", "several", "numerous", "countless", "other"]);
const INSTITUTION_PREPS = new Set(["at", "from", "of", "in", "with", "for"]);
const BREAKS = new Set(["along", "with", "including", "but", "however", "while", "yet", "also", "as", "like"]);
const DEFINITE = new Set(["the", "this", "these", "those", "that", "his", "her", "their", "its", "our", "such", "said"]);
const QUALIFIER_OPEN = new Set(["familiar", "close", "with", "who", "briefed", "knowledgeable", "involved", "speaking", "in", "from", "at", "inside", "within", "near"]);
const OFFICIAL_VOICE = new Set(["spokesperson", "spokesman", "spokeswoman", "representative", "representatives", "statement"]);
const NAMED_BY = new Set(["surveyed", "polled", "interviewed", "cited", "quoted", "commissioned", "published", "conducted", "led"]);
const MIND_STATES = new Set([
  "skeptical", "sceptical", "confident", "optimistic", "pessimistic", "worried", "concerned", "wary", "doubtful", "convinced",
  "unconvinced", "hopeful", "divided", "split", "uneasy", "alarmed", "frustrated", "unhappy", "opposed", "cautious", "nervous",
]);
const MIND_LINKS = new Set(["remain", "remains", "remained", "are", "were", "is", "was", "seem", "seems", "seemed", "appear", "appears", "appeared", "grow", "grew", "grown", "growing", "become", "became", "stay", "stayed", "feel", "felt", "still", "also", "increasingly", "deeply", "largely", "broadly", "privately", "publicly"]);

/**
 * The vague part of a source phrase (token range [a, b] of a cue's source), or undefined when it names
 * somebody: a person ("Latvian President Edgars Rinkevics"), an organisation ("The New York Times"),
 * a definite reference back ("the official", "the newspaper"), or an official voice of a named body
 * ("a spokeswoman for the governor").
 */
export function vagueInPhrase(tokens: Token[], a: number, b: number): VagueSource | undefined {
  let h = -1;
  for (let k = a; k <= b; k++) {
    const t = tokens[k];
    if (!t.word || t.quoted) continue;
    if (VAGUE_QUANT.has(t.lower) && k < b && tokens[k + 1].word) continue; // "most economists": the head comes later
    if (VAGUE_HEADS.has(t.lower) && (!t.cap || k === a || tokens[k - 1]?.cap)) {
      // "official figures", "expert panel": a head word used as a modifier of the noun after it
      const n = tokens[k + 1];
      if (k < b && n && n.word && !n.cap && !n.quoted && !QUALIFIER_OPEN.has(n.lower) && !NOT_NOUNS.has(n.lower) && !/(?:ed|ly)$/.test(n.lower)) continue;
      h = k;
      break;
    }
  }
  if (h < 0) {
    // "Many residents believe …": a sweeping quantifier makes any group a vague source
    const q = tokens[a];
    if (q && SWEEPING.has(q.lower) && a < b && tokens[a + 1].word && !tokens[a + 1].cap && /s$/.test(tokens[a + 1].lower)) {
      let e = a + 1;
      while (e + 1 <= b && tokens[e + 1].word && !tokens[e + 1].cap && /s$/.test(tokens[e + 1].lower)) e++;
      return { span: { start: q.start, end: tokens[e].end }, tokens: [a, e] };
    }
    return undefined;
  }
  const head = tokens[h];
  // named right after the head: "spokeswoman Lena Park", "officials, including Defense Secretary X"
  const after = tokens[h + 1];
  if (after && after.word && after.cap && !after.quoted && !["in", "at", "on"].includes(after.lower)) return undefined;
  if (after && after.text === "," && tokens[h + 2]?.cap && tokens[h + 3]?.cap) return undefined;
  if (after && after.lower === "including" && tokens[h + 2]?.cap) return undefined;
  // an official voice of a named body speaks for it: "a spokeswoman for the governor", "an Airbnb spokesperson"
  if (OFFICIAL_VOICE.has(head.lower) && after && (after.lower === "for" || after.lower === "of" || after.lower === "at")) return undefined;
  if (OFFICIAL_VOICE.has(head.lower)) for (let k = a + 1; k < h; k++) if (tokens[k].cap) return undefined;
  // "researchers at the University of Bergen", "officials in Marlow County": a named institution answers for them
  if (after && INSTITUTION_PREPS.has(after.lower) && (tokens[h + 2]?.cap || (tokens[h + 2]?.lower === "the" && tokens[h + 3]?.cap))) return undefined;
  // "a YouGov poll", "a Harvard study": a named maker names the document
  if (DOCUMENTS.has(head.lower)) for (let k = a + 1; k < h; k++) if (tokens[k].cap) return undefined;
  // "economists surveyed by Bloomberg": the survey is named
  if (after && NAMED_BY.has(after.lower) && tokens[h + 2]?.lower === "by") return undefined;
  // "fire officials", "county officials": the kind of body is named, and news practice accepts it
  const mod = tokens[h - 1];
  if ((head.lower === "officials" || head.lower === "official") && h - 1 >= a && mod && AGENCY_KINDS.has(mod.lower) && !(h - 2 >= a && VAGUE_QUANT.has(tokens[h - 2].lower))) return undefined;
  let start = h;
  let quantified = false;
  for (let k = h - 1; k >= a; k--) {
    const t = tokens[k];
    if (!t.word && t.text !== "." && t.text !== "-") break;
    if (BREAKS.has(t.lower)) break;
    const left = tokens[k - 1]?.text === "." ? tokens[k - 2] : tokens[k - 1];
    if ((t.lower === "and" || t.lower === "or") && !(left?.cap && k - 1 >= a)) break;
    if (DEFINITE.has(t.lower) || /'s$/.test(t.lower)) return undefined;
    if (TITLES.has(t.lower) && tokens[k + 1]?.cap && k + 1 !== h) return undefined;
    if (VAGUE_QUANT.has(t.lower) || /^\d+$/.test(t.lower)) quantified = true;
    start = k;
  }
  if (VAGUE_NEED_QUANT.has(head.lower) && !quantified) return undefined;
  if ((head.lower === "some" || head.lower === "most" || head.lower === "few" || head.lower === "several" || head.lower === "many") && start !== h) return undefined;
  let end = h;
  if (after && QUALIFIER_OPEN.has(after.lower)) {
    let k = h + 1;
    while (k + 1 < tokens.length && k - h < 10 && tokens[k + 1].word && !tokens[k + 1].quoted) k++;
    if (["familiar", "close", "with", "who", "briefed", "knowledgeable", "involved"].includes(after.lower)) end = k;
  }
  while (start < h && !tokens[start].word) start++;
  return { span: { start: tokens[start].start, end: tokens[end].end }, tokens: [start, end] };
}

/** A vague group said to hold a state of mind: "But US and Western officials remain skeptical." */
export function vagueMindHolders(tokens: Token[]): { holder: VagueSource; state: Span }[] {
  const out: { holder: VagueSource; state: Span }[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.quoted || !MIND_STATES.has(t.lower)) continue;
    let k = i - 1;
    let linked = false;
    while (k >= 0 && tokens[k].word && MIND_LINKS.has(tokens[k].lower)) {
      linked = true;
      k--;
    }
    if (!linked || k < 0 || !tokens[k].word) continue;
    let a = k;
    while (a - 1 >= 0 && tokens[a - 1].word && !tokens[a - 1].quoted && k - a < 7 && !["but", "however", "yet", "while", "and"].includes(tokens[a - 1].lower) || (a - 1 >= 0 && tokens[a - 1].lower === "and" && a - 2 >= 0 && tokens[a - 2].cap)) a--;
    const v = vagueInPhrase(tokens, a, k);
    if (v) out.push({ holder: v, state: { start: tokens[k + 1].start, end: t.end } });
  }
  return out;
}

/**
 * How the text treats a source's anonymity: "explained" when it gives a reason ("spoke on condition of
 * anonymity because they were not authorized…"), "unexplained" when it grants anonymity without one,
 * "none" when anonymity is not mentioned.
 */
export function anonymity(text: string): "explained" | "unexplained" | "none" {
  const m = ANON.exec(text);
  if (!m) return "none";
  const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 160);
  return REASON.test(rest) ? "explained" : "unexplained";
}

const ANON = /\b(?:anonymity|not (?:to )?be (?:named|identified)|without being (?:named|identified)|declined to be (?:named|identified)|requested that (?:their|his|her) names? be withheld)\b/i;
const REASON = /^[^.;]{0,40}?\b(?:because|as (?:they|he|she|it)|since|to (?:discuss|speak|talk|describe|share|detail|reveal|disclose|avoid|protect)|for fear|in order to|so as|out of fear|citing)\b/i;

/** Whether a phrase names a source the desk trusts (config `trustedSources`), case-insensitively. */
export function isTrusted(phrase: string, trusted: readonly string[]): boolean {
  if (!trusted.length) return false;
  const p = phrase.toLowerCase();
  return trusted.some((t) => {
    const l = t.toLowerCase();
    return l.length > 0 && (p.includes(l) || l.includes(p));
  });
}
