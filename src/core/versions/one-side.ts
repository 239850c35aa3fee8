// Text present in one version only, grouped the way an editor reads it: consecutive sentences of one
// paragraph form one passage, placed next to the nearest sentence both versions share.
// Pure: no vscode import. It never reports moved sentences: those are in both versions.

import type { Article } from "../article";
import type { Span } from "../types";
import type { Comparison } from "./compare";
import { interviewing, turnOf } from "../facts/transcript";
import { articleFeatures, articleTokens, Kind } from "./tokens";

export interface Passage {
  /** View span in the version that has the text. */
  span: Span;
  /** Sentence indices in that version. */
  sentences: number[];
  /** Where the passage would sit in the other version: the neighbouring sentence both versions share. */
  anchor?: Span;
  /** The passage looks foreign to the story: a link, a promo line, or words found nowhere else. */
  unrelated: "cue" | "vocabulary" | null;
}

// Lines that sites inject around an article: links to other stories, newsletter and social prompts.
const INJECTED =
  /^(?:see also|related(?:\s+(?:posts?|stories|articles?|coverage|content|reading|links?))?\b|read (?:more|also|next)|also read|more from|more on this|recommended|you (?:may|might) also like|don'?t miss|sign up|subscribe|click here|follow us|watch(?: now)?\s*:|listen\s*:|advertisement|sponsored|trending|most (?:read|popular|viewed)|share this|top stories|editor'?s picks)/i;
const URL = /\bhttps?:\/\/|\bwww\.\S+\.\w/i;

/** Passages of `side` present in that version only. */
export function oneSidePassages(comparison: Comparison, side: "a" | "b"): Passage[] {
  const mine = side === "a" ? comparison.a : comparison.b;
  const other = side === "a" ? comparison.b : comparison.a;
  const only = side === "a" ? comparison.onlyA : comparison.onlyB;
  const pairOf = side === "a" ? comparison.pairOfA : comparison.pairOfB;
  const out: Passage[] = [];
  let run: number[] = [];
  const flush = (): void => {
    if (!run.length) return;
    const first = mine.sentences[run[0]];
    const last = mine.sentences[run[run.length - 1]];
    out.push({
      span: { start: first.start, end: last.end },
      sentences: run,
      anchor: anchorFor(comparison, side, run[0], run[run.length - 1], pairOf),
      unrelated: unrelated(mine, other, run),
    });
    run = [];
  };
  for (const i of only) {
    // A line of dashes or asterisks is layout, not content.
    if (!/[\p{L}\p{N}]/u.test(mine.sentences[i].text)) continue;
    // An interviewer's question, or a bare "HALLORAN: Yes.", is how an interview is printed: the prose
    // version states the answer in its own sentence.
    if (interviewFiller(mine, i)) continue;
    // "TRACTOR FURY!", "HAWKS GO TOP!": a tabloid kicker in capitals heading the story is its headline, not a claim
    if (kicker(mine, i)) continue;
    // "This is a developing story.", "Here is what to know.", a bulletin's "Good evening.": a live page's or a
    // broadcast's signposts, which state nothing
    if (signpost(mine.sentences[i].text)) continue;
    // "When does it start?", "Why?": an explainer's own question states nothing; its answer is the content
    if (ownQuestion(mine.sentences[i].text)) continue;
    const prev = run[run.length - 1];
    if (run.length && (i !== prev + 1 || mine.sentences[i].block !== mine.sentences[prev].block)) flush();
    run.push(i);
  }
  flush();
  return out;
}

function interviewFiller(article: Article, i: number): boolean {
  const turn = turnOf(article, i);
  if (!turn) return false;
  return interviewing(article, i) || (turn.start >= article.sentences[i].start && articleTokens(article).sentences[i].length <= 1);
}

// The formulas a live page or an explainer uses to point at its own text, not at the story.
const SIGNPOST =
  /^(?:we(?:'ll|’ll| will) (?:bring you|have) (?:more|the latest)|(?:here(?:'s|’s| is|’re| are) )?what (?:we know|to know|you need to know)|here(?:'s|’s| is| are) (?:what|the latest)|this is a (?:developing|breaking)(?: news)? story|(?:this|the) (?:story|article|page|post) (?:will be|is being|has been|was) updated|more to follow|check back (?:for|later|soon)|stay (?:with us|tuned)|refresh (?:this page )?for|(?:follow|read) (?:our|the) live)/i;
const SIGNPOST_WORDS = 16;

// A broadcast's greeting or sign-off, the whole sentence: "Good evening.", "Hello and welcome.", "Thanks for watching."
const GREETING =
  /^(?:good (?:morning|afternoon|evening|night)(?:,? (?:and )?welcome)?|hello(?:,? and welcome)?|welcome(?: back)?|thank you|thanks?(?: you)? (?:for|so much for) (?:watching|listening|joining us|reading)|that's all(?: from us)?(?: for now)?)(?:,? (?:everyone|everybody|all))?[.!]?$/i;

function signpost(text: string): boolean {
  const t = text.replace(/^[\s"'“‘([]+/, "").trim();
  if ((SIGNPOST.test(t) && t.split(/\s+/).length <= SIGNPOST_WORDS) || GREETING.test(t)) return true;
  // "Earthquake off Vanuatu: Here's what we know.": an aggregator's label of a few words before the signpost
  const colon = t.indexOf(": ");
  return colon > 0 && t.slice(0, colon).split(/\s+/).length <= 6 && SIGNPOST.test(t.slice(colon + 2)) && t.split(/\s+/).length <= SIGNPOST_WORDS;
}

/** A question the text asks in its own voice (not inside quotation marks), of a dozen words at most. */
function ownQuestion(text: string): boolean {
  const t = text.trim();
  return t.endsWith("?") && !/["“”«»]/.test(t) && t.split(/\s+/).length <= 12;
}

/** A short line in capitals opening a paragraph ("TRACTOR FURY!"): a tabloid kicker. */
function kicker(article: Article, i: number): boolean {
  const s = article.sentences[i];
  if (i > 0 && article.sentences[i - 1].block === s.block) return false;
  const letters = s.text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 3 && letters === letters.toUpperCase() && s.text.trim().split(/\s+/).length <= 6 && !/:\s/.test(s.text);
}

/**
 * The counterpart, in the other version, of the nearest sentence before the passage that both versions
 * share (or after it, when the passage opens the text). Moved pairs are skipped: they sit elsewhere.
 */
function anchorFor(c: Comparison, side: "a" | "b", first: number, last: number, pairOf: Int32Array): Span | undefined {
  const other = side === "a" ? c.b : c.a;
  const counterpart = (k: number, useLast: boolean): Span => {
    const p = c.pairs[k];
    const idx = side === "a" ? p.b : p.a;
    const s = other.sentences[useLast ? idx[idx.length - 1] : idx[0]];
    return { start: s.start, end: s.end };
  };
  for (let i = first - 1; i >= 0; i--) if (pairOf[i] >= 0 && !c.pairs[pairOf[i]].moved) return counterpart(pairOf[i], true);
  for (let i = last + 1; i < pairOf.length; i++) if (pairOf[i] >= 0 && !c.pairs[pairOf[i]].moved) return counterpart(pairOf[i], false);
  return undefined;
}

function unrelated(mine: Article, other: Article, run: number[]): Passage["unrelated"] {
  const text = mine.sentences[run[0]].text;
  if (INJECTED.test(text.replace(/^[\s"'“‘([]+/, "")) || run.some((i) => URL.test(mine.sentences[i].text))) return "cue";
  // Words of the passage found anywhere else in either version. A new sentence of the story shares its
  // subjects and names, though often only one or two words; an injected headline about something else names
  // people of its own and shares almost nothing.
  const fm = articleFeatures(mine);
  const fo = articleFeatures(other);
  const tm = articleTokens(mine);
  const inRun = new Map<number, number>();
  const names = new Set<number>();
  for (const i of run) {
    for (const id of fm.sentences[i].ids) inRun.set(id, (inRun.get(id) ?? 0) + 1);
    for (const c of tm.sentences[i]) if ((c & 3) === Kind.Name) names.add(c >> 2);
  }
  if (inRun.size < 5) return null;
  const elsewhere = (id: number): boolean => (fm.df.get(id) ?? 0) > inRun.get(id)! || fo.df.has(id);
  let shared = 0;
  for (const id of inRun.keys()) if (elsewhere(id)) shared++;
  const share = shared / inRun.size;
  const strangers = names.size >= 2 && ![...names].some(elsewhere);
  return share < 0.1 || (strangers && share < 0.25) ? "vocabulary" : null;
}

/** The start of a passage for a message: whole words, at most about `max` characters. */
export function quoteStart(text: string, max = 60): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:—–-]+$/, "")}…`;
}
