// Per-article analysis shared by the one-article rules, computed once per check: quotations and their
// speakers, attribution cues of every sentence, attribution carried over from the context (same
// paragraph, a list's lead-in, a quotation running on), sentence roles, page debris and the dateline.
// Pure: no vscode import. Linear in the article: one tokenisation and a fixed set of precompiled scans per sentence.

import type { Article, Sentence } from "./article";
import type { Config, Span } from "./types";
import { tokenize, type Token } from "./attribution/tokens";
import { findQuotes, makeQuotedAt, type Quote } from "./attribution/quotes";
import { findCues, type Cue, type ExpectationClause } from "./attribution/cues";
import { cueForms } from "./attribution/lexicon";
import {
  datelinePrefix, findIconText, findTrailingFragment, isByline, isDatelineOnly, isLinkOrShareLine, isPhotoCredit,
  isQuestion, isWireCredit, lacksTerminal, type Debris, type SentenceRole,
} from "./attribution/roles";
import { findDateline, type DateMention } from "./facts/dates";

export type { SentenceRole, Debris, Cue, Quote, Token };

export interface SentenceInfo {
  index: number;
  sentence: Sentence;
  role: SentenceRole;
  /** The sentence's prose after any dateline or icon text at its head (view offsets). */
  body: Span;
  tokens: Token[];
  cues: Cue[];
  /** Comparative expectation clauses ("longer than Putin expected"): claims about a mind. */
  expectations: ExpectationClause[];
  /** An attribution of its own covers the sentence. */
  attributed: boolean;
  /** Relative clauses covered by their own cue ("shop owners, who blame …"). */
  scopes: Span[];
  /** The sentence whose attribution covers this one by news convention, when it has none of its own. */
  carriedFrom?: number;
  /** Share of the sentence's letters inside quotation marks. */
  quoteShare: number;
  /** The sentence holds a quotation whose speaker is named in it or carried to it. */
  quoteWithSpeaker: boolean;
  /** The sentence names a speaker with a speech cue (a source speaking, quoted or not). */
  speech: boolean;
  /** Nothing but a source and a cue: "The New York Times reported." */
  detached: boolean;
  debris: Debris[];
  /** The sentence's text with quotations and head debris blanked (same length); starts at `sentence.start`. */
  masked: string;
}

export interface ArticleAnalysis {
  article: Article;
  quotes: Quote[];
  sentences: SentenceInfo[];
  /** Extra cue verb forms from the configuration. */
  extraCues: ReadonlySet<string>;
  /** The article's own date, when it states one near the top. */
  dateline?: DateMention;
  /** The article writes curly quotation marks (quick fixes follow its style). */
  curlyQuotes: boolean;
}

const NOT_LETTER = /[^\p{L}\p{N}]+/gu;

function countLetters(s: string): number {
  let n = 0;
  let other = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) n++;
    } else other = true;
  }
  return other ? s.replace(NOT_LETTER, "").length : n;
}

/** Index of the first quotation that ends after `offset` (quotes are sorted and never overlap). */
function firstQuoteFrom(quotes: readonly Quote[], offset: number): number {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
const ENDS_IN_QUOTE = /[”"»’]\s*[.!]?\s*$/;
const HEADLINE_MAX_WORDS = 20;
const SPEECH_KINDS = new Set<Cue["kind"]>(["speech", "colon", "according", "noun"]);
const TAG_VERBS = new Set([
  "said", "says", "say", "reported", "reports", "told", "tells", "mentioned", "added", "adds", "wrote", "writes", "noted", "notes",
  "stated", "states", "confirmed", "confirms", "announced", "explained", "claimed", "reckoned", "estimated", "tweeted", "posted",
  "quoted", "cited", "disclosed", "revealed", "insisted", "argued", "warned", "alleged", "asserted", "maintained", "continued",
]);
const DETACHED_FILLER = new Set([
  "has", "have", "had", "also", "later", "earlier", "on", "in", "at", "last", "this", "today", "yesterday", "monday", "tuesday",
  "wednesday", "thursday", "friday", "saturday", "sunday", "week", "month", "night", "morning", "evening", "afternoon", "a",
  "an", "statement", "interview", "report", "its", "his", "her", "their",
]);

export function analyzeArticle(article: Article, config: Config): ArticleAnalysis {
  const text = article.text;
  const quotes = findQuotes(article);
  const quotedAt = makeQuotedAt(quotes);
  const extra = cueForms(config.extraCues);
  const infos: SentenceInfo[] = [];

  for (const s of article.sentences) {
    const block = article.blocks[s.block];
    const raw = s.text;
    const debris: Debris[] = [];
    let bodyStart = s.start + datelinePrefix(raw);
    if (bodyStart > s.start) debris.push({ span: { start: s.start, end: bodyStart }, kind: "label" });
    for (const icon of findIconText(text.slice(bodyStart, s.end), bodyStart)) {
      debris.push({ span: icon, kind: "icon" });
      if (!text.slice(bodyStart, icon.start).trim()) bodyStart = icon.end;
    }
    while (bodyStart < s.end && /\s/.test(text[bodyStart])) bodyStart++;
    const bodyText = text.slice(bodyStart, s.end);

    let role: SentenceRole = "body";
    const furnitureLine = bodyText.trim() ? isLinkOrShareLine(bodyText) : undefined;
    if (furnitureLine) {
      role = "boilerplate";
      debris.push({ span: { start: bodyStart, end: s.end }, kind: furnitureLine });
    } else if (block.kind === "heading") role = "headline";
    else if (block.origin === "caption") role = isPhotoCredit(bodyText) || isWireCredit(bodyText) ? "caption-credit" : "caption";
    else if (!bodyText.trim()) role = debris.some((d) => d.kind === "icon") ? "boilerplate" : "dateline";
    else if (isDatelineOnly(bodyText)) role = "dateline";
    else if (isByline(bodyText)) role = "byline";
    else if (isWireCredit(bodyText)) role = "wire-credit";
    else if (isPhotoCredit(bodyText)) role = "credit";
    else {
      if (isQuestion(bodyText) && !quotedAt(s.end - 1)) role = "question";
      else if (
        block.kind === "paragraph" &&
        block.endSentence - block.firstSentence === 1 &&
        lacksTerminal(bodyText) &&
        !/:\s*$/.test(bodyText) &&
        bodyText.split(/\s+/).length <= HEADLINE_MAX_WORDS
      ) role = "headline";
    }
    if (role === "body" || role === "headline") {
      // "… outlined last year. fall": a full sentence with a stray fragment is prose, not a heading
      const frag = findTrailingFragment(bodyText, bodyStart);
      if (frag) {
        debris.push({ span: frag, kind: "fragment" });
        role = "body";
      }
    }

    const tokens = tokenize(text, bodyStart, s.end, quotedAt);
    const { cues, expectations } = role === "body" || role === "question" ? findCues(tokens, extra) : { cues: [], expectations: [] };
    // The author's words: quotations and head debris blanked, same length so offsets hold.
    let masked = bodyStart > s.start ? " ".repeat(bodyStart - s.start) : "";
    let inQuote = 0;
    let from = bodyStart;
    for (let q = firstQuoteFrom(quotes, bodyStart); q < quotes.length && quotes[q].start < s.end; q++) {
      const a = Math.max(quotes[q].start, bodyStart);
      const b = Math.min(quotes[q].end, s.end);
      if (b <= a) continue;
      masked += text.slice(from, a) + " ".repeat(b - a);
      inQuote += countLetters(text.slice(a, b));
      from = b;
    }
    masked += text.slice(from, s.end);
    const letters = countLetters(raw);
    const attributed = cues.some((c) => !c.mindClaim && !c.scope);
    const scopes = cues.filter((c) => c.scope && !c.mindClaim).map((c) => c.scope!);
    const hasQuote = inQuote > 0;
    const speech = cues.some((c) => SPEECH_KINDS.has(c.kind) && !c.mindClaim);
    infos.push({
      index: s.index,
      sentence: s,
      role,
      body: { start: bodyStart, end: s.end },
      tokens,
      cues,
      expectations,
      attributed,
      scopes,
      quoteShare: letters ? inQuote / letters : 0,
      quoteWithSpeaker: hasQuote && speech,
      speech,
      detached: false,
      debris,
      masked,
    });
  }

  // Captions: the sentences of a block that ends in a photo credit.
  for (const info of infos) {
    if (info.role !== "credit") continue;
    const block = article.blocks[info.sentence.block];
    for (let k = info.index - 1; k >= block.firstSentence; k--) if (infos[k].role === "body") infos[k].role = "caption";
  }

  for (const info of infos) info.detached = info.role === "body" && isDetached(info);
  carryAttribution(article, infos, quotes);

  return {
    article,
    quotes,
    sentences: infos,
    extraCues: extra,
    dateline: findDateline(article),
    curlyQuotes: /[“”]/.test(text) || !/"/.test(text),
  };
}

/** Nothing but a source and its cue, plus time words: "The New York Times reported.", "Officials said Monday." */
function isDetached(info: SentenceInfo): boolean {
  if (info.quoteShare > 0 || info.cues.length !== 1) return false;
  const cue = info.cues[0];
  if (cue.kind !== "speech" && cue.kind !== "according") return false;
  // only an attribution tag can be torn off a claim; "Grant conceded on Wednesday." is an event
  if (cue.kind === "speech" && !TAG_VERBS.has(info.tokens.find((t) => t.start === cue.span.start)?.lower ?? "")) return false;
  if (!cue.sourceTokens) return false;
  const [a, b] = cue.sourceTokens;
  if (b - a > 6) return false;
  const words = info.tokens.filter((t) => t.word);
  for (let k = 0; k < info.tokens.length; k++) {
    const t = info.tokens[k];
    if (!t.word) {
      if (t.text === "." || t.text === "," || t.text === "!" || (t.text === "'" || t.text === "’")) continue;
      return false;
    }
    if (k >= a && k <= b) continue;
    if (t.start >= cue.span.start && t.end <= cue.span.end) continue;
    if (DETACHED_FILLER.has(t.lower)) continue;
    return false;
  }
  return words.length <= 9;
}

/**
 * News convention: an attribution covers the rest of its paragraph; a list's lead-in ending in a colon
 * ("According to the county:") covers its items; a quotation that runs on keeps its speaker; a detached
 * attribution covers the sentence it was torn from. Nothing carries backwards otherwise, nor across
 * paragraphs (a new paragraph in the author's voice is the author's again).
 */
function carryAttribution(article: Article, infos: SentenceInfo[], quotes: Quote[]): void {
  let q = 0;
  for (const block of article.blocks) {
    let carrier: number | undefined;
    // a carrier whose words were a quotation ("…, Webb said, were “unaffordable.”") has said its piece:
    // it carries to further quotations, not to the author's next sentence
    let carrierQuoted = false;
    let speaker = false;
    if (block.kind === "list-item") carrier = listLeadIn(article, infos, block.index);
    while (q < quotes.length && quotes[q].block < block.index) q++;
    if (q < quotes.length && quotes[q].block === block.index && quotes[q].continued) speaker = true;
    for (let k = block.firstSentence; k < block.endSentence; k++) {
      const info = infos[k];
      if (info.attributed) {
        carrier = k;
        carrierQuoted = ENDS_IN_QUOTE.test(info.sentence.text) && info.quoteShare > 0;
      } else if (carrier !== undefined && info.role === "body" && (!carrierQuoted || info.quoteShare > 0)) {
        info.carriedFrom = carrier;
      }
      if (info.quoteShare > 0) {
        if (info.quoteWithSpeaker) speaker = true;
        else if (speaker || previousSpeaks(infos, k, block.firstSentence)) {
          info.quoteWithSpeaker = true;
          speaker = true;
          if (info.carriedFrom === undefined && !info.attributed) info.carriedFrom = carrier ?? k - 1;
        }
      } else if (info.speech) speaker = true;
      if (info.detached && k > block.firstSentence && infos[k - 1].carriedFrom === undefined && !infos[k - 1].attributed) infos[k - 1].carriedFrom = k;
    }
  }
}

/** A sentence just before names a speaker ("Union leader Pat Doyle addressed the strikers:") for a following quote. */
function previousSpeaks(infos: SentenceInfo[], k: number, first: number): boolean {
  if (k <= first) return false;
  const prev = infos[k - 1];
  return prev.speech || (prev.role === "wire-credit" && k - 2 >= first && infos[k - 2].speech) || prev.quoteWithSpeaker;
}

/** The sentence introducing a list ("According to the county emergency office:"), if it carries attribution. */
function listLeadIn(article: Article, infos: SentenceInfo[], blockIndex: number): number | undefined {
  let b = blockIndex - 1;
  while (b >= 0 && article.blocks[b].kind === "list-item") b--;
  if (b < 0) return undefined;
  const lead = article.blocks[b];
  const last = infos[lead.endSentence - 1];
  if (!last || !/:\s*$/.test(last.sentence.text)) return undefined;
  return last.cues.some((c) => !c.mindClaim) ? last.index : undefined;
}

/** The attribution state of the sentence holding a view offset. */
export function sentenceAt(analysis: ArticleAnalysis, offset: number): SentenceInfo | undefined {
  const s = analysis.sentences;
  let lo = 0;
  let hi = s.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = s[mid].sentence;
    if (offset < x.start) hi = mid - 1;
    else if (offset >= x.end) lo = mid + 1;
    else return s[mid];
  }
  return undefined;
}
