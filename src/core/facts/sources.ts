// Cross-version view of attribution: for one side of an aligned pair, who is cited (the source phrase
// and its head), with which reporting verb (neutral "said" vs doubting "claimed" vs conceding
// "admitted"), and how the source knows ("officials who have been briefed on …", "people familiar
// with …", "diplomats who saw a draft of …"). The one-article cue finder in
// src/core/attribution does the finding; this module only reads its output for comparison.
// Pure: no vscode import. Never judges whether an attribution is good, only whether two versions agree.

import { sentenceIndexAt, type Article } from "../article";
import type { Span } from "../types";
import { findCues, PREPOSITIONS, SEEN_BY, type Cue } from "../attribution/cues";
import { COGNITION, PLURAL_QUANTIFIERS, SPEECH_STRONG, SPEECH_WEAK } from "../attribution/lexicon";
import { findQuotes } from "./quotes";
import { tokenize } from "../attribution/tokens";
import { perArticle, sentenceFacts, type Side } from "./sentence-facts";
import { findNames, isOrganisation, isTitleWord, sameEntity, spelledAlike, type NameMention } from "./names";
import { lemma, words as wordsOf, type Word } from "./words";
import { table } from "./lookup";
import { BE_FORMS } from "./hedges";

export interface Citation {
  cue: Span;
  verb: string;
  verbClass: VerbClass;
  /** A verb that reports speech whatever follows it ("said", "testified", "according to"), not an ordinary verb ("maintain"). */
  strong: boolean;
  source?: Span;
  /** Lower-case lemma of the source's head noun ("official", "report", "putin"). */
  head?: string;
  sourceWords: Word[];
  /** The source is a definite description ("the company", "her lawyer", "the foundation's director"): likely a named source again. */
  definite: boolean;
  /** The source is one unnamed person or thing ("a spokesperson", "one official"). */
  indefinite: boolean;
  /** Lemmas of every word of the source phrase, modifiers included. */
  lemmas: string[];
}

export type VerbClass = "neutral" | "doubt" | "concede" | "emotive" | "other";

export interface Basis {
  span: Span;
  /** What the source did or has: "brief", "receive letter", "know". */
  key: string;
}

const NEUTRAL = new Set(["say", "tell", "report", "state", "add", "note", "mention", "write", "explain", "announce", "according", "comment", "remark", "reply", "respond", "express", "disclose", "reveal", "inform", ":"].map(lemma));
const DOUBT = new Set(["claim", "allege", "purport", "contend", "insist", "assert"].map(lemma));
const CONCEDE = new Set(["admit", "concede", "acknowledge", "confess"].map(lemma));
const EMOTIVE = new Set(["slam", "blast", "boast", "lament", "complain", "rant", "scoff", "brag", "grumble"].map(lemma));
const ATTRIBUTION_KINDS = new Set<Cue["kind"]>(["speech", "according", "colon", "noun"]);
const SOURCE_SKIP = new Set([
  "there", "here", "the", "a", "an", "some", "several", "many", "two", "three", "four", "five", "one", "and", "top", "senior", "high-ranking",
  "other", "both", "all", "most", "these", "those", "his", "her", "their", "its", "our",
]);
// The head of "a person familiar with the matter" is "person": the phrase's noun ends where its modifiers begin.
// where a source phrase's modifiers begin; the participles open a reduced relative ("economists surveyed
// ahead of the decision", "analysts polled by the agency")
const HEAD_ENDS = new Set([
  "with", "who", "that", "familiar", "close", "briefed", "in", "at", "on", "from", "of", "for", "involved", "knowledgeable", "aware",
  "surveyed", "polled", "interviewed", "asked", "questioned", "consulted", "contacted", "quoted", "cited", "based",
]);
// A paper and who holds it or when: "an internal memo seen by the Courier", "a report obtained by Reuters",
// "a report published on Monday"; before its noun the participle is an adjective ("a leaked report")
const PAPER_PARTICIPLES = new Set(["seen", "obtained", "reviewed", "leaked", "published", "released", "issued", "prepared", "commissioned", "sent", "written", "signed"]);
const AFTER_PARTICIPLE = new Set(["by", "on", "in", "at", "to", "last", "this", "earlier", "yesterday", "today"]);
// People around someone, who speak for themselves, not as that person's voice: "aides to the minister",
// "allies of the mayor", "a friend of the singer" are not the minister, the mayor or the singer
const HELD_BY = new RegExp(`\\b(?:${[...SEEN_BY].join("|")})\\s+by\\s+(?:the\\s+)?$`, "i");
const ENTOURAGE = new Set(
  ["aide", "adviser", "advisor", "ally", "associate", "friend", "relative", "supporter", "colleague", "confidant", "critic", "rival", "opponent", "neighbour", "neighbor", "family"].map(lemma),
);
const INDEFINITE = new Set(["a", "an", "one"]);
const DEFINITE = new Set(["the", "his", "her", "its", "their", "our", "this", "that", "these", "those", "my", "your"]);
const NOT_A_HEAD = new Set(["to", "but", "and", "or", "nor", "that", "which", "than", "as", "if", "so", "yet", "of", "for", "with", "by", "at", "in", "on"]);
const PRONOUNS = new Set(["he", "she", "they", "it", "we", "i", "you", "who"]);

const VERB_LEMMA: Record<string, string> = table({ said: "say", says: "say", told: "tell", tells: "tell", wrote: "write", "according to": "according" });

const LOADED_VERB = new Set([...DOUBT, ...CONCEDE, ...EMOTIVE]);

/** Is an offset inside a quotation (marks included)? Binary search over the article's quotations. */
function quotedAtOf(article: Article): (offset: number) => boolean {
  return perArticle(article, "quotedAt", (a) => {
    const qs = findQuotes(a);
    return (offset: number) => {
      let lo = 0;
      let hi = qs.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (qs[mid].end <= offset) lo = mid + 1;
        else if (qs[mid].start > offset) hi = mid - 1;
        else return true;
      }
      return false;
    };
  });
}

function verbClass(verb: string): VerbClass {
  const v = lemma(verb);
  if (NEUTRAL.has(v)) return "neutral";
  if (DOUBT.has(v)) return "doubt";
  if (CONCEDE.has(v)) return "concede";
  if (EMOTIVE.has(v)) return "emotive";
  return "other";
}

function citationsOfSentence(article: Article, index: number): Citation[] {
  const quotedAt = quotedAtOf(article);
  const s = article.sentences[index];
  const { cues } = findCues(tokenize(article.text, s.start, s.end, quotedAt), new Set());
  const out: Citation[] = [];
  for (const c of cues) {
    if (!ATTRIBUTION_KINDS.has(c.kind)) continue;
    // "… and said: “…”": the colon after a reporting verb is that verb's, not a citation of its own
    if (c.kind === "colon" && c.source && cues.some((o) => o !== c && o.kind === "speech" && o.span.start >= c.source!.start && o.span.end <= c.source!.end)) continue;
    // "according to measurements by the Alpine Ice Observatory published on Tuesday": a participle after the
    // source of "according to" describes that source's paper; the body inside it is not a second source
    if (c.kind === "speech" && c.source && /ed$/.test(article.text.slice(c.span.start, c.span.end)) && cues.some((o) => o !== c && o.kind === "according" && o.source && o.source.start <= c.source!.start && c.source!.end <= o.source.end)) continue;
    const raw = article.text.slice(c.span.start, c.span.end).toLowerCase();
    if (c.kind === "speech" && c.source && nounAfterArticle(article.text, c.source, raw)) continue;
    const verb = VERB_LEMMA[raw] ?? (c.kind === "colon" ? ":" : lemma(raw.split(/\s+/).pop() ?? raw));
    const source = c.source && ownerBefore(article.text, s.start, c.source);
    const phrase = source ? wordsOf(article.text, source.start, source.end) : [];
    const sourceWords = nameOfApposition(article.text, phrase);
    const content = beforeModifiers(sourceWords).filter((w) => !SOURCE_SKIP.has(w.norm));
    const definite = phrase.length > 0 && (DEFINITE.has(phrase[0].norm) || phrase.some((w) => w.norm.endsWith("'s")));
    const indefinite = phrase.length > 0 && INDEFINITE.has(phrase[0].norm);
    // a phrase ending in a function word ("is due to confirm", "… but cautioned") is a misread clause, not a source
    const last = content.length && !NOT_A_HEAD.has(content[content.length - 1].norm) ? content[content.length - 1] : undefined;
    out.push({
      cue: c.span,
      verb,
      verbClass: verbClass(verb),
      strong: c.kind === "according" || c.kind === "colon" || SPEECH_STRONG.has(raw),
      source,
      head: last && !PRONOUNS.has(last.norm) ? last.lemma : undefined,
      sourceWords: content,
      definite,
      indefinite,
      lemmas: phrase.map((w) => w.lemma),
    });
  }
  return out;
}

/** A source phrase up to where its modifiers begin ("a person familiar with the matter" → "a person"). */
function beforeModifiers(ws: Word[]): Word[] {
  const cut = ws.findIndex(
    (w, k) =>
      k > 0 &&
      (HEAD_ENDS.has(w.norm) || (w.norm === "to" && ENTOURAGE.has(ws[k - 1].lemma)) || (PAPER_PARTICIPLES.has(w.norm) && (k === ws.length - 1 || AFTER_PARTICIPLE.has(ws[k + 1].norm)))),
  );
  return cut > 0 ? ws.slice(0, cut) : ws;
}

// "a nurse at the hospital", "a spokesman for the ministry": a kind of source before a preposition
const OWNER_BEFORE = /(?:^|\s)((?:(?:an?|the|one|two|three|some|several)\s+)?([a-z][a-z-]+))\s+(at|of|from|for|with|in|to)\s+$/i;

/**
 * The source phrase with the speaker the cue finder cut off before its preposition: "a nurse at the hospital
 * claimed" names a nurse, not the hospital. Only a word that names a kind of source is taken.
 */
function ownerBefore(text: string, sentenceStart: number, src: Span): Span {
  const m = OWNER_BEFORE.exec(text.slice(Math.max(sentenceStart, src.start - 40), src.start));
  // "aides to the minister", "a friend of the singer": people around the one named, speaking for themselves
  const owner = m && lemma(m[2].toLowerCase());
  if (!m || !owner || (m[3].toLowerCase() === "to" ? !ENTOURAGE.has(owner) : !SOURCE_KIND.has(owner) && !ENTOURAGE.has(owner))) return src;
  return { start: src.start - (m[0].length - m[0].indexOf(m[1])), end: src.end };
}

const ONE = /^(?:a|an|one|each|every)\s/i;
const PAST_WITHOUT_ED = new Set(["said", "told", "wrote", "spoke", "thought", "felt", "knew", "heard", "found", "read", "put", "set", "let"]);

/**
 * "a leaked internal report": after "a" the bare form of a reporting word is the noun, since one speaker
 * takes "reports" or "reported"; it is the paper cited, not a verb with a source before it.
 */
function nounAfterArticle(text: string, source: Span, raw: string): boolean {
  if (!ONE.test(text.slice(source.start, source.end)) || !/^[a-z]+$/.test(raw)) return false;
  return !raw.endsWith("s") && !raw.endsWith("ed") && !PAST_WITHOUT_ED.has(raw);
}

/**
 * A source set off in two parts, a description and a name ("the city's mayor, Clara Brisk"; "Priya Natarajan, a
 * council member"): the name is who speaks, so its words stand for the phrase. Other phrases are kept whole.
 */
function nameOfApposition(text: string, ws: Word[]): Word[] {
  const cut = ws.findIndex((w, k) => k > 0 && text.slice(ws[k - 1].end, w.start).includes(","));
  if (cut < 0) return ws;
  const isName = (part: Word[]) => part.length > 0 && part.every((w) => /^\p{Lu}/u.test(w.text) || w.norm === "of");
  const first = ws.slice(0, cut);
  const second = ws.slice(cut);
  return isName(second) ? second : isName(first) ? first : ws;
}

// Words between a subject and its verb ("has repeatedly claimed").
const BETWEEN = new Set(["has", "have", "had", "also", "again", "later", "repeatedly", "previously", "publicly", "privately", "now", "then", "once", "already", "is", "was", "were", "are", "being", "been", "even", "flatly", "openly"]);
const CLAUSE_EDGE = /[,;:.!?()“”"—–]/;

const ADMIT = lemma("admit");

/**
 * Loaded reporting verbs the cue finder leaves alone because they are ordinary verbs too ("claimed the
 * title"): after a named subject they still say how the source is presented ("The company claimed …").
 */

function loadedVerbs(article: Article, index: number, known: Citation[]): Citation[] {
  const ws = sentenceFacts(article, index).words;
  if (!ws.some((w) => LOADED_VERB.has(w.lemma))) return [];
  const quoted = quotedAtOf(article);
  const out: Citation[] = [];
  for (let i = 1; i < ws.length; i++) {
    const v = ws[i].lemma;
    const cls = verbClass(v);
    if (cls !== "doubt" && cls !== "concede" && cls !== "emotive") continue;
    if (quoted(ws[i].start) || known.some((c) => c.cue.start <= ws[i].start && ws[i].start < c.cue.end)) continue;
    // the cue finder reads "admit" itself, and leaves "had wrongly admitted key evidence" alone for a reason
    if (v === ADMIT) continue;
    // "Monday's gas blast", "a blast at the plant": the bare form after a determiner or a possessive is the noun
    if (ws[i].norm === v && ws.slice(Math.max(0, i - 2), i).some((w) => DEFINITE.has(w.norm) || INDEFINITE.has(w.norm) || w.norm.endsWith("'s"))) continue;
    // "paid out £212 million on weather-related claims": the object of a preposition, with at most a
    // hyphenated modifier between, is the noun ("to" aside: "went on to claim")
    const p1 = ws[i - 1].norm;
    if ((PREPOSITIONS.has(p1) && p1 !== "to") || (i > 1 && PREPOSITIONS.has(ws[i - 2].norm) && ws[i - 2].norm !== "to" && p1.includes("-"))) continue;
    // "account for most claims": after a plural quantifier a word in -s is the plural noun ("most claim" is the verb)
    if (ws[i].norm.endsWith("s") && PLURAL_QUANTIFIERS.has(p1)) continue;
    let k = i - 1;
    while (k >= 0 && BETWEEN.has(ws[k].norm)) k--;
    if (k < 0 || CLAUSE_EDGE.test(article.text.slice(ws[k].end, ws[k + 1].start))) continue;
    let from = k;
    while (from - 1 >= 0 && i - from < 6 && !CLAUSE_EDGE.test(article.text.slice(ws[from - 1].end, ws[from].start))) from--;
    // "a nurse at the hospital claimed": the noun before the phrase's modifiers is the head, as for any source
    const kept = beforeModifiers(ws.slice(from, k + 1));
    const src = kept.filter((w) => !SOURCE_SKIP.has(w.norm));
    const head = kept[kept.length - 1];
    if (PRONOUNS.has(head.norm) || !src.length) continue;
    out.push({ cue: { start: ws[i].start, end: ws[i].end }, verb: v, verbClass: cls, strong: true, source: { start: ws[from].start, end: head.end }, head: head.lemma, sourceWords: src, definite: DEFINITE.has(ws[from].norm), indefinite: INDEFINITE.has(ws[from].norm), lemmas: ws.slice(from, k + 1).map((w) => w.lemma) });
  }
  return out;
}

export function citations(side: Side): Citation[] {
  const cache = perArticle(side.article, "citations", () => new Map<number, Citation[]>());
  const out: Citation[] = [];
  for (const f of side.sentences) {
    let list = cache.get(f.index);
    if (!list) {
      list = citationsOfSentence(side.article, f.index);
      list.push(...loadedVerbs(side.article, f.index, list));
      cache.set(f.index, list);
    }
    out.push(...list);
  }
  return out;
}

/**
 * Do two citations name different sources? Conservative, because a rewrite often names one source two
 * ways ("Simon Archer" / "her lawyer", "the company" / "Greenleaf Markets"): two names of different
 * entities differ; a single person's name and a group ("Putin" / "officials") differ; two descriptions
 * differ only when they are different kinds of source ("police" / "witnesses").
 */
/** Are two one-word names two parts of one full name that either article states? */
function partsOfOneName(a: Article, b: Article, p: NameMention, q: NameMention): boolean {
  if (p.words.length !== 1 || q.words.length !== 1) return false;
  const x = p.words[0].norm;
  const y = q.words[0].norm;
  if (x === y) return false;
  return [a, b].some((article) =>
    namesIn(article, { start: 0, end: article.text.length }).some((n) => n.words.length >= 2 && n.words.some((w) => w.norm === x) && n.words.some((w) => w.norm === y)),
  );
}

export function differentSources(a: Article, x: Citation, b: Article, y: Citation): boolean {
  if (!x.head || !y.head || !x.source || !y.source) return false;
  // "Renner's lawyer", "the mayor's spokesman": the name before a possessive owns the source, it is not the source
  const owner = (article: Article, n: NameMention, c: Citation) => /^['’]s\s/.test(article.text.slice(n.end, n.end + 3)) && n.end < c.source!.end - 3;
  // "an internal memo seen by the Dalebury Courier": the paper is the source, who saw it is not ("a report
  // published by the institute" names its author, who is)
  const holder = (article: Article, n: NameMention, c: Citation) =>
    c.sourceWords.length > 0 &&
    n.start > c.sourceWords[c.sourceWords.length - 1].end &&
    HELD_BY.test(article.text.slice(Math.max(0, n.start - 20), n.start));
  const nx = namesIn(a, x.source).filter((n) => !n.demonym && !nationalityBefore(a, n, x.source!) && !owner(a, n, x) && !holder(a, n, x));
  const ny = namesIn(b, y.source).filter((n) => !n.demonym && !nationalityBefore(b, n, y.source!) && !owner(b, n, y) && !holder(b, n, y));
  if (nx.length && ny.length) {
    if (nx.some((p) => ny.some((q) => sameEntity(p, q) || (p.words.length === q.words.length && p.words.every((w, k) => w.norm === q.words[k].norm || spelledAlike(w.text, q.words[k].text)))))) return false;
    // each version's sentence names the other's source too ("The owner of the Blue Heron, Marco Delaney, said"
    // / "Marco Delaney, owner of the Blue Heron, said"): one source, its phrase cut at another place
    const besideX = sentenceNames(a, x.cue);
    const besideY = sentenceNames(b, y.cue);
    if (ny.some((q) => besideX.some((m) => sameEntity(q, m))) && nx.some((p) => besideY.some((m) => sameEntity(p, m)))) return false;
    // one person's given name in one version and family name in the other, both parts of a full name either
    // version states ("said Rudi" / "Hartanto said", after "First Admiral Rudi Hartanto")
    if (nx.some((p) => ny.some((q) => partsOfOneName(a, b, p, q)))) return false;
    // two names of people differ ("Ingrid Falk of Rostad University" / "Dahl"); an organisation may go by
    // another name ("the Pentagon" / "the Defense Department")
    // a name after "of", "from", "at" or "for" is where the source belongs ("the foreign minister of Kessaria"), not who
    const person = (article: Article) => (n: NameMention) => !isOrganisation(n) && !/\b(?:of|from|at|for|in)\s+(?:the\s+)?$/i.test(article.text.slice(Math.max(0, n.start - 10), n.start));
    const px = nx.some(person(a));
    const py = ny.some(person(b));
    if ((px && py) || differentOrganisations(nx, ny)) return true;
    // a person described as one kind of source against a body of another kind, neither named in the other's
    // sentence: "the opposition finance spokesman, Tom Ferris, said" / "the Kellaway Institute think tank said"
    const kx = sourceKind(x);
    const ky = sourceKind(y);
    // two bodies, each named as one, that the checks above found to be different entities: "the Regional
    // Roads Agency said" / "Harlow County Police said"
    if (!px && !py && nx.some(isOrganisation) && ny.some(isOrganisation)) return true;
    // or sources of two kinds: "the Police Standards Commission" / "lawyers for the Fenner family"
    if (kx && ky && kx !== ky) return true;
    // or a named person against a named body, neither named anywhere in the other version ("Dr Sarah Quinn said" /
    // "The UK Health Security Agency said"): not one source described two ways (a body under another of its names,
    // "the Pentagon" / "the Defense Department", is two bodies to this test, so it is left to the ones above)
    const absent = (n: NameMention, article: Article) => !article.text.includes(n.words[n.words.length - 1].text);
    const fullName = (n: NameMention) => !isOrganisation(n) && n.words.length >= 2;
    const personAndBody = (nx.some(fullName) && !py && ny.some(isOrganisation)) || (ny.some(fullName) && !px && nx.some(isOrganisation));
    return personAndBody && nx.every((p) => absent(p, b)) && ny.every((q) => absent(q, a));
  }
  if (nx.length || ny.length) {
    // one kind of speaker, a name only qualifying it ("a Haedo Lines spokesperson" / "a spokesperson for the ferry
    // operator"): as for two descriptions, only another body or count of them is another source
    const inName = (ns: NameMention[], head: string) => ns.some((n) => n.words.some((w) => w.lemma === head));
    if (x.head === y.head && SOURCE_KIND.has(x.head) && !inName(nx, x.head) && !inName(ny, y.head)) return differentBodies(x, y) || differentCounts(x, y);
    // a named source against a description: "her lawyer" may well be the person named; "a person familiar
    // with the matter", "local media" or "officials" are someone else
    const [names, other, otherArticle, self] = nx.length ? [nx, y, b, x] : [ny, x, a, y];
    // (a word inside the name that the description names only as an owner is not enough: "the Prison
    // Officers' Association" / "the prison's governor")
    const nameHead = names[0].words[names[0].words.length - 1];
    if (names[0].words.some((w) => w.lemma === other.head || (other.sourceWords.some((o) => o.lemma === w.lemma) && (w === nameHead || !ownerOnly(other, w.lemma))))) return false;
    // … and a body's name that shares only that owner is another body: the governor speaks for the prison, not
    // for the officers' association
    if (isOrganisation(names[0]) && names[0].words.some((w) => w !== nameHead && ownerOnly(other, w.lemma))) return true;
    // the description is the title the named source carries in its own version ("a federal judge wrote" / "Reyes
    // wrote", after "U.S. District Judge Alma Reyes"): one person (asked last, where the answer would be "another")
    const titled = () => !!other.head && titledAs(nx.length ? a : b, names[0], other.head);
    // the other version names the same one in the same sentence, set beside the description ("a lawyer
    // for the company, Petra Lindahl, said" / "said Petra Lindahl"): one source, described two ways
    // (a person or a firm is not a paper: "Westline told the Courier" / "Westline plans cuts, according to an
    // internal memo", however the paper's sentence names it)
    // ("Nordair and Baltic Skyways" is two, even where only one of them reads as a name)
    const person = names.length === 1 && names[0].words.length <= 3 && !isOrganisation(names[0]) && !/\s(?:and|&)\s/.test((nx.length ? a : b).text.slice(self.source!.start, self.source!.end));
    if (person && other.head && SOURCE_KIND.get(other.head) === "document") return !titled();
    const beside = sentenceNames(otherArticle, other.cue);
    if (names.some((n) => beside.some((m) => sameEntity(n, m)))) return false;
    // one paper, its author named in one version only and nowhere in the other ("according to measurements by the
    // Alpine Ice Observatory" / "according to measurements published on Tuesday"): the source was dropped
    if (other.head && RESEARCH.has(other.head) && authoredBy(self, other.head) && names.every((n) => !otherArticle.text.includes(n.words[n.words.length - 1].text))) return true;
    // the description must read as a source at all ("vaccines work" is a misread clause, not a source)
    if (!other.head || !SOURCE_KIND.has(other.head)) return false;
    // a body whose name says its kind against a description of another kind: "the Commerce Authority
    // announced" / "the company announced", "Kessel Police said" / "the hospital said"
    // (the kind is the name's head, "Authority" of "the Civil Aviation Authority": "the Lenholm Teachers'
    // Association" is no school)
    // ("the University of Mercia": the word before "of" is the head)
    const of = names[0].words.findIndex((w, k) => k > 0 && w.norm === "of");
    const named = SOURCE_KIND.get(names[0].words[of > 0 ? of - 1 : names[0].words.length - 1].lemma.replace(/'s$/, ""));
    if (named && isOrganisation(names[0]) && named !== sourceKind(other) && !modifierKinds(other).includes(named)) return !titled();
    // a source named by one word that is itself a kind of source ("the Crown", the prosecution) is read as a
    // description: another kind is another source, the same kind ("prosecutors") the same
    if (named && names.length === 1 && names[0].words.length === 1 && names[0].words[0].lemma === self.head) return named !== sourceKind(other) && !modifierKinds(other).includes(named) && !titled();
    // the named source's own phrase says its kind, and the description is of another: "the consumer group
    // FairPay" / "the sheriff's office", "analysts at Brightline Consulting" / "the grid operator"
    const own = describedKinds(nx.length ? a : b, self, names);
    const described = [SOURCE_KIND.get(other.head), ...modifierKinds(other)].filter((k): k is string => !!k);
    if (own.length && described.length && !own.some((k) => described.includes(k))) return !titled();
    const group = other.sourceWords.length > 0 && isPlural(other.sourceWords[other.sourceWords.length - 1]);
    return (!other.definite || (person && group)) && !titled();
  }
  // one kind of speaker for two different bodies: "a hospital spokesperson" / "a union spokesperson"; or
  // another number of them: "three people familiar with the matter" / "one person familiar with the matter"
  if (x.head === y.head) return differentBodies(x, y) || differentCounts(x, y);
  // "a spokesperson for the association" is the association speaking; "aides to the minister" are not the minister
  // … nor are "sources close to her office" the office
  if (x.lemmas.includes(y.head)) return (ENTOURAGE.has(x.head) && !ENTOURAGE.has(y.head)) || closeTo(x, y.head);
  if (y.lemmas.includes(x.head)) return (ENTOURAGE.has(y.head) && !ENTOURAGE.has(x.head)) || closeTo(y, x.head);
  // "The administration of the port" / "Port management": the people who run a body, named two ways
  if (RUNNING.has(x.head) && RUNNING.has(y.head)) return false;
  const cx = sourceKind(x);
  const cy = sourceKind(y);
  // "opposition members" / "opposition councillors": a kind either phrase names that the other names too
  if (cx && cy && cx !== cy && !sharedKind(x, y)) return true;
  // an institution against one unnamed person ("the finance office" / "a spokesperson"): another source
  // one unnamed person ("a spokesperson", "a person familiar with …") against an institution or a bare
  // capitalised name the name finder could not vouch for ("Ortiz argued", opening the sentence); an
  // indefinite document ("a study published Tuesday") is not a person
  const someone = (c: Citation) => c.indefinite && !!c.head && SOURCE_KIND.has(c.head);
  const bareName = (c: Citation) => !c.definite && !c.indefinite && c.sourceWords.length > 0 && c.sourceWords.every((w) => /^\p{Lu}/u.test(w.text));
  if ((someone(x) && (y.definite || bareName(y))) || (someone(y) && (x.definite || bareName(x)))) return true;
  // a group against one unnamed person ("officials" / "a spokesperson"): another source
  const px = isPlural(x.sourceWords[x.sourceWords.length - 1]);
  const py = isPlural(y.sourceWords[y.sourceWords.length - 1]);
  return !!cx && !!cy && px !== py && (px ? !y.definite : !x.definite);
}

/** Does the article put `head` as a title just before the name's last word ("Judge Alma Reyes", "Judge Reyes")? */
function titledAs(article: Article, name: NameMention, head: string): boolean {
  const last = name.words[name.words.length - 1].text;
  let before = TITLE_BEFORE.get(head);
  if (!before) TITLE_BEFORE.set(head, (before = new RegExp(`(?:^|[^\\p{L}])${head}\\p{L}*\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,2}$`, "iu")));
  // each place the name's last word stands, with the few words before it: no pattern over the whole text
  const text = article.text;
  for (let at = text.indexOf(last); at >= 0; at = text.indexOf(last, at + last.length)) {
    if (before.test(text.slice(Math.max(0, at - 60), at))) return true;
  }
  return false;
}
const TITLE_BEFORE = new Map<string, RegExp>();

/** Is `lemma` in citation c only as a possessive owner of its head ("prison" in "the prison's governor")? */
function ownerOnly(c: Citation, lemma: string): boolean {
  return c.sourceWords.some((o) => o.lemma === lemma && /['’]s$/.test(o.norm)) && c.head !== lemma;
}

const CLOSE = lemma("close");

/** "sources close to her office": people near the body named after "close to", not that body. */
function closeTo(c: Citation, other: string): boolean {
  const k = c.lemmas.indexOf(CLOSE);
  return k > 0 && c.lemmas[k + 1] === "to" && c.lemmas.indexOf(other) > k;
}

/**
 * The kinds of source the words of a citation outside its names give ("the consumer group FairPay" is a
 * charity, "Coroner Martin Eade" a court); words inside a name say nothing of the source's kind ("the
 * Lenholm Teachers' Association" is no school).
 */
function describedKinds(article: Article, c: Citation, names: NameMention[]): string[] {
  const out: string[] = [];
  for (const w of wordsOf(article.text, c.source!.start, c.source!.end)) {
    if (names.some((n) => n.start <= w.start && w.end <= n.end)) continue;
    const k = SOURCE_KIND.get(w.lemma.replace(/'s$/, ""));
    if (k && !out.includes(k)) out.push(k);
  }
  return out;
}

/**
 * Two sources with one head whose other words name different kinds of body ("a hospital spokesperson" / "a
 * union spokesperson"). A phrase with no such word ("a spokesperson") may be either: not different.
 */
function differentBodies(x: Citation, y: Citation): boolean {
  const kx = modifierKinds(x);
  const ky = modifierKinds(y);
  if (kx.length > 0 && ky.length > 0 && !kx.some((k) => ky.includes(k))) return true;
  // a body of the nation against one of a province, a county or a town: "a spokesman for the National Maritime
  // Safety Authority" / "a spokesman for the provincial disaster office"
  const lx = levelOf(x);
  const ly = levelOf(y);
  return !!lx && !!ly && lx !== ly;
}

const RUNNING = new Set(["administration", "management", "leadership"].map(lemma));

const NATIONAL_LEVEL = new Set(["national", "federal", "central"].map(lemma));
const LOCAL_LEVEL = new Set(["provincial", "regional", "county", "district", "municipal", "city", "town", "local"].map(lemma));

/** Whether a citation's words place its body at the level of the nation or below it; undefined when they do not say. */
function levelOf(c: Citation): "national" | "local" | undefined {
  for (const l of c.lemmas) {
    if (NATIONAL_LEVEL.has(l)) return "national";
    if (LOCAL_LEVEL.has(l)) return "local";
  }
  return undefined;
}

// keyed by lemma, as a citation keeps its words ("three" is "thr")
const COUNT_WORDS = new Map(
  Object.entries({ a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 }).map(([w, n]) => [lemma(w), n]),
);

/** How many speakers a citation counts ("three people", "a person"), when one of its first two words says so of its head. */
function sourceCount(c: Citation): number | undefined {
  const head = c.lemmas.indexOf(c.head!);
  for (let k = 0; k < Math.min(2, head); k++) {
    const n = COUNT_WORDS.get(c.lemmas[k]);
    if (n !== undefined) return n;
  }
  return undefined;
}

/** Two citations of a kind of source ("people", "officials") that count their speakers, and count differently. */
function differentCounts(x: Citation, y: Citation): boolean {
  if (!SOURCE_KIND.has(x.head!)) return false;
  const nx = sourceCount(x);
  const ny = sourceCount(y);
  return nx !== undefined && ny !== undefined && nx !== ny;
}

/** The kinds of source the words of a citation other than its head name ("hospital", "the company's"), in order. */
/** Do the two phrases name a kind of source in common, by their head or their modifiers? */
function sharedKind(x: Citation, y: Citation): boolean {
  const kinds = (c: Citation) => [SOURCE_KIND.get(c.head!), ...modifierKinds(c)].filter((k): k is string => !!k);
  const ky = kinds(y);
  return kinds(x).some((k) => ky.includes(k));
}

// before another noun these describe it and name no kind: "local health officials" are no locals
const ADJECTIVE_MODIFIERS = new Set(["local"].map(lemma));

function modifierKinds(c: Citation): string[] {
  const out: string[] = [];
  for (const l of c.lemmas) {
    const k = l === c.head || ADJECTIVE_MODIFIERS.has(l) ? undefined : SOURCE_KIND.get(l.replace(/'s$/, ""));
    if (k) out.push(k);
  }
  return out;
}

/**
 * Two sources described alike and named differently ("Her lawyer, Simon Archer" / "Her lawyer, Simon
 * Abernathy"): the name changed, which changed-name reports; the attribution did not move to someone else.
 */
export function onlyNameDiffers(a: Article, x: Citation, b: Article, y: Citation): boolean {
  if (!x.source || !y.source) return false;
  const described = (article: Article, span: Span) => {
    const names = namesIn(article, span);
    return wordsOf(article.text, span.start, span.end)
      .filter((w) => !names.some((n) => n.start <= w.start && w.end <= n.end + 2))
      .map((w) => w.lemma)
      .join(" ");
  };
  const dx = described(a, x.source);
  if (dx === "" || dx !== described(b, y.source)) return false;
  // an article alone describes nothing: two names sharing a word are one name changed, which changed-name reports
  // ("the Coastal Safety Directorate" / "the Maritime Safety Directorate"); two with none are two bodies ("the
  // National Midwifery Association" / "the Penhallow Patients' Forum")
  if (!ARTICLES_ONLY.test(dx)) return true;
  const wordsOfNames = (article: Article, span: Span) => new Set(namesIn(article, span).flatMap((n) => n.words.map((w) => w.norm)));
  const wx = wordsOfNames(a, x.source);
  for (const w of wordsOfNames(b, y.source)) if (wx.has(w)) return true;
  return false;
}
const ARTICLES_ONLY = /^(?:(?:the|a|an)\s*)+$/;


/**
 * A capitalised word of nationality qualifying the noun after it ("the Velorian foreign minister",
 * "a Nepalese official"): describes the source, does not name it, listed demonym or not.
 */
function nationalityBefore(article: Article, n: NameMention, span: Span): boolean {
  if (n.words.length !== 1 || !/(?:an|ese|i|ish)$/.test(n.words[0].norm)) return false;
  const next = /^\s+(\p{Ll})/u.exec(article.text.slice(n.end, Math.min(span.end, n.end + 3)));
  return next !== null;
}

/** Every name in the sentence holding a span. */
function sentenceNames(article: Article, span: Span): NameMention[] {
  const i = sentenceIndexAt(article, span.start);
  return i < 0 ? [] : findNames(article, i);
}

/**
 * The kind of source a citation names: its head's ("police", "lawyer"), or when the head says nothing of
 * it ("representative", "owner"), the kind its modifiers give ("a union representative", "the company's owner").
 */
export function sourceKind(c: Citation): string | undefined {
  return SOURCE_KIND.get(c.head!) ?? modifierKinds(c)[0];
}

const sourceNames = new WeakMap<Span, NameMention[]>();

/** Names inside a source span (asked for every candidate pairing of two citations: kept per span). */
function namesIn(article: Article, span: Span): NameMention[] {
  let out = sourceNames.get(span);
  if (out) return out;
  // a name has a capitalised word: a source phrase without capitals ("officials", "a spokesperson") has none
  if (!hasCapital(article.text, span.start, span.end)) {
    sourceNames.set(span, (out = []));
    return out;
  }
  out = sentenceNames(article, span).filter((n) => n.start >= span.start && n.end <= span.end);
  sourceNames.set(span, out);
  return out;
}

function hasCapital(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c > 127 && /\p{Lu}/u.test(text[i]))) return true;
  }
  return false;
}

/** Two organisations of one kind with different names: "Riverton Police Department" / "Ashford Police Department". */
function differentOrganisations(nx: NameMention[], ny: NameMention[]): boolean {
  const kind = (n: NameMention) => n.words.find((w) => isOrganisation({ ...n, words: [w] }))?.norm;
  return nx.some((p) => ny.some((q) => kind(p) !== undefined && kind(p) === kind(q) && p.key !== q.key));
}

function isPlural(w: Word): boolean {
  return /[^s]s$/.test(w.norm) || w.norm === "police" || w.norm === "people";
}


const SOURCE_KINDS: Record<string, string[]> = {
  official: [
    "official", "authorities", "government", "administration", "ministry", "spokesman", "spokeswoman", "spokesperson", "minister", "council",
    "councillor", "councilor", "commission", "office", "agency", "regulator",
  ],
  police: ["police", "officer", "investigator", "detective", "force", "constabulary"],
  // ("the Crown told the court": the prosecution in Commonwealth courts)
  prosecution: ["prosecutor", "prosecution", "crown"],
  defense: ["lawyer", "attorney", "defense", "defence", "legal", "solicitor", "barrister", "counsel"],
  witness: ["witness", "bystander", "resident", "neighbor", "neighbour", "local", "villager"],
  expert: ["expert", "analyst", "economist", "scientist", "researcher", "academic", "scholar", "observer", "team", "tank", "institute", "observatory", "laboratory", "university"],
  // ("patient groups", "patients' association": advocates, not the hospital)
  charity: ["charity", "ngo", "nonprofit", "campaigners", "consumer", "patient"],
  company: [
    "company", "firm", "executive", "manager", "management", "studio", "producer", "developer", "maker", "manufacturer", "operator",
    "insurer", "lender", "retailer", "publisher", "carrier", "airline", "brewer", "distributor", "supplier", "startup", "start-up",
  ],
  // ("the hospital trust", "the trust": a health service's body)
  medical: ["doctor", "physician", "nurse", "medic", "hospital", "clinic", "trust"],
  school: ["school", "teacher", "headteacher", "principal", "college"],
  court: ["court", "judge", "tribunal", "panel", "jury", "inquiry", "coroner"],
  protester: ["protester", "activist", "demonstrator", "campaigner"],
  media: ["media", "press", "reporter", "journalist", "newspaper", "outlet", "broadcaster", "television", "radio"],
  anonymous: ["source", "person", "people", "insider"],
  diplomat: ["diplomat", "envoy", "ambassador"],
  lawmaker: ["lawmaker", "legislator", "senator", "congressman", "congresswoman", "mp"],
  military: ["military", "army", "commander", "soldier", "troops"],
  union: ["union", "worker", "employee", "staff"],
  // relatives speak for themselves, not for the police or the hospital
  family: ["family", "relative", "mother", "father", "wife", "husband", "widow", "widower", "son", "daughter", "brother", "sister"],
  emergency: ["ambulance", "paramedic", "firefighter", "fire", "brigade", "coastguard", "lifeboat", "rescuer"],
  organiser: ["organiser", "organizer", "promoter"],
  // a team's sporting staff and players ("his coach" is not "his team doctor")
  sport: ["coach", "trainer", "captain", "skipper", "teammate", "player", "athlete"],
  opposition: ["opposition", "rebel", "insurgent"],
  // a paper rather than a speaker ("according to a leaked internal report"); studies and surveys are left
  // out, since "the study found" and "researchers said" are one source told two ways
  document: ["report", "document", "memo", "dossier", "filing", "audit", "email", "e-mail", "letter"],
};
const SOURCE_KIND = new Map<string, string>();
for (const [kind, heads] of Object.entries(SOURCE_KINDS)) for (const h of heads) SOURCE_KIND.set(lemma(h), kind);

// How the source knows: "who have been briefed on", "who saw a draft of", "familiar with",
// "with direct knowledge of". Attached to a source noun so that ordinary relative clauses stay out.
const SOURCE_NOUNS =
  "officials?|people|persons?|sources?|diplomats?|analysts?|aides?|lawmakers|legislators|experts?|witnesses|investigators|members|executives|employees|staff(?:ers)?|advisers?|advisors?|insiders?|individuals?|someone|officers?|authorities|negotiators?|envoys?|ministers?|spokesm[ae]n|representatives?" +
  // people who were there: "a neighbour who saw the crash" / "a neighbour who heard about the crash"
  "|neighbou?rs?|residents?|bystanders?|onlookers?|passengers?|locals?|workers?|parents?|fans?|customers?";
const BASIS_RE = new RegExp(
  `\\b(?:${SOURCE_NOUNS})\\s*,?\\s+(?<basis>` +
    "(?:who|that)\\s+(?:(?:have|has|had|were|was|are|is)\\s+)?(?:(?:been|not\\s+been)\\s+)?(?:[a-z]+ly\\s+)?(?<verb>[a-z]+)(?<obj>(?:\\s+(?:a|an|the|some)\\s+[a-z]+)?)\\s+(?:on|about|with|of|to|in|into|from|at|by|for)" +
    "|(?<part>briefed|informed|familiar|knowledgeable|aware|privy|involved|present)\\s+(?:on|about|with|of|to|in|at)" +
    "|with\\s+(?:direct\\s+|first-hand\\s+|firsthand\\s+)?(?<know>knowledge|access)\\s+(?:of|to)" +
    // first-hand access needs no preposition: "officials who attended the meeting", "who saw the letter"
    "|(?:who|that)\\s+(?:(?:have|has|had)\\s+)?(?<access>attended|saw|seen|read|reviewed|heard|witnessed|obtained|received|viewed|examined)(?<aobj>\\s+(?:a|an|the)\\s+(?:[a-z]+\\s+)??[a-z]+)" +
    ")\\b",
  "gi",
);
const KNOW = new Set(["familiar", "knowledgeable", "aware", "privy", "knowledge", "know", "inform"]);
// being there: "who attended the meeting" and "present at the meeting" say the same
const PRESENT = new Set(["attend", "present"]);

// seeing and witnessing are one first-hand access ("who saw the crash" / "who witnessed the crash")
const SAW = new Set(["saw", "seen", "witnessed", "see", "witness", "watched"].map(lemma));

function basisKey(verb: string, obj: string): string {
  const v = SAW.has(lemma(verb)) ? "see" : lemma(verb);
  if (KNOW.has(v) || KNOW.has(verb)) return "know";
  if (PRESENT.has(v) || PRESENT.has(verb)) return "present";
  const o = obj.trim().split(/\s+/).pop() ?? "";
  return o ? `${v} ${lemma(o)}` : v;
}

export function bases(side: Side): Basis[] {
  const text = side.article.text;
  const slice = text.slice(side.start, side.end);
  const out: Basis[] = [];
  BASIS_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BASIS_RE.exec(slice))) {
    const g = m.groups!;
    const verb = g.verb ?? g.part ?? g.know ?? g.access;
    // "officials who said on Monday" is a speech act, not how they know
    // ("officials who have been told about the plan" were informed: that is how they know)
    const informed = verb === "told" && /\b(?:been|was|were|are|is)\s+(?:[a-z]+ly\s+)?told$/i.test(g.basis.slice(0, g.basis.search(/\btold\b/i) + 4));
    if (g.verb && !informed && /^(?:said|says|told|spoke|speak|declined|refused|asked|added|noted|wrote|live|lives|lived|work|works|worked)$/.test(verb)) continue;
    const start = side.start + m.index + m[0].length - g.basis.length;
    out.push({ span: { start, end: start + g.basis.length }, key: informed ? "know" : basisKey(verb, g.obj ?? g.aobj ?? "") });
  }
  return out;
}

/**
 * The side still uses the cited verb, or a plain "said"/"told"/"according to", outside quotations: then
 * the cue finder missed a citation there rather than the source being dropped.
 */
export function stillCites(side: Side, cited: Citation): boolean {
  const quoted = quotedAtOf(side.article);
  // the source's title ("Judge Renata Szabó wrote" / "A county judge … blocked"): the source is still the
  // subject there, only described another way
  const titles = new Set(cited.sourceWords.filter((w) => isTitleWord(w.norm)).map((w) => w.lemma));
  const ws = side.words;
  return ws.some(
    (w, k) =>
      !quoted(w.start) &&
      (w.lemma === cited.verb || w.lemma === "say" || w.lemma === "tell" || w.norm === "according" || (w.lemma === cited.head && !ownerOfThing(ws, k)) || titles.has(w.lemma) ||
        // a reporting verb right after a described subject ("The company blamed …")
        (SPEECH_STRONG.has(w.norm) && k >= 2 && ws[k - 2].norm === "the" && ws[k - 1].text === ws[k - 1].norm) ||
        // a piece of research as the subject of its finding ("The study found …" / "…, researchers said"), its
        // source named after it ("Overnight data from ratings agency Telemark show …")
        (FINDING.has(w.lemma) && ws.slice(Math.max(0, k - RESEARCH_REACH), k).some((v) => RESEARCH.has(v.lemma))) ||
        // a press release's own voice: "The Royal Ballet is thrilled to welcome …" is the company speaking
        (PLEASED.has(w.norm) && k >= 1 && BE_FORMS.has(ws[k - 1].norm) && ws[k + 1]?.norm === "to" && ANNOUNCING.has(ws[k + 2]?.lemma ?? ""))),
  ) || (!!cited.head && pressVoiceCites(pressVoiceOf(side.article), cited.head));
}

/** The press release's voice names the cited head, or the voice is there and the head is "the company". */
function pressVoiceCites(voice: Set<string>, head: string): boolean {
  return voice.has(head) || (voice.size > 0 && SOURCE_KIND.get(head) === "company");
}

const AFTER_NAME_VERB = new Set(["is", "was", "has", "had", "will", "would", "said", "says", "are", "were", "have", "can", "could", "did", "does"]);
const VOICE_NOUNS = new Set(["statement", "announcement", "filing", "website", "report", "release", "letter", "email", "post", "account"].map(lemma));

/**
 * "Orvane Energy's new tariff will save …": the source's name as the owner of a thing, not of a statement or a
 * speaker ("the company's statement", "Orvane Energy's chief executive"), does not cite it.
 */
function ownerOfThing(ws: Word[], k: number): boolean {
  // ("Fairley's is recalling": a name that ends in "'s", its verb after it)
  if (!/['’]s$/.test(ws[k].text) || AFTER_NAME_VERB.has(ws[k + 1]?.norm ?? "")) return false;
  for (let j = k + 1; j < Math.min(ws.length, k + 3); j++) if (VOICE_NOUNS.has(ws[j].lemma) || SOURCE_KIND.has(ws[j].lemma)) return false;
  return true;
}

/**
 * The words naming whoever speaks in a press release's own voice anywhere in the article ("The Department for
 * Energy is delighted to announce …" gives "department", "energy"): every plain statement of such an article is
 * that body's, so another version citing the body, or "the company" in a company's release, drops nothing.
 */
function pressVoiceOf(article: Article): Set<string> {
  return perArticle(article, "pressVoice", () => {
    const out = new Set<string>();
    // only the sentences that may hold the voice are read word by word: most articles have none
    const seen = new Set<number>();
    for (const m of article.text.matchAll(PRESS_VOICE)) {
      const i = sentenceIndexAt(article, m.index ?? 0);
      if (i < 0 || seen.has(i)) continue;
      seen.add(i);
      const ws = sentenceFacts(article, i).words;
      for (let k = 1; k + 2 < ws.length; k++) {
        if (!PLEASED.has(ws[k].norm) || !BE_FORMS.has(ws[k - 1].norm) || ws[k + 1].norm !== "to" || !ANNOUNCING.has(ws[k + 2].lemma)) continue;
        for (let m = Math.max(0, k - 7); m < k - 1; m++) out.add(ws[m].lemma);
      }
    }
    return out;
  });
}

const PLEASED = new Set(["delighted", "thrilled", "pleased", "proud", "excited", "happy", "honoured", "honored", "glad"]);
const PRESS_VOICE = new RegExp(`\\b(?:${[...PLEASED].join("|")})\\s+to\\s`, "gi");
const ANNOUNCING = new Set(["announce", "welcome", "confirm", "share", "report", "introduce", "unveil", "present", "reveal", "launch", "name", "appoint"].map(lemma));

/** Does the citation name a paper (`paper`, a lemma) and its author after "by" or "from" ("measurements by the Alpine Ice Observatory")? */
function authoredBy(c: Citation, paper: string): boolean {
  const k = c.lemmas.indexOf(paper);
  return k >= 0 && (c.lemmas[k + 1] === "by" || c.lemmas[k + 1] === "from");
}

const RESEARCH_REACH = 6;
const FINDING = new Set(["find", "show", "suggest", "conclude", "indicate", "reveal"].map(lemma));
const RESEARCH = new Set(["study", "survey", "poll", "trial", "research", "analysis", "review", "report", "data", "experiment", "paper", "figures", "statistics", "numbers", "records", "measurements", "readings", "estimates"].map(lemma));

/** Could the side hold a citation at all: a reporting or cognition verb, "according", a colon or a loaded verb? */
export function mayCite(side: Side): boolean {
  for (const w of side.words) {
    const n = w.norm;
    if (SPEECH_STRONG.has(n) || SPEECH_WEAK.has(n) || COGNITION.has(n) || n === "according" || LOADED_VERB.has(w.lemma)) return true;
  }
  return side.article.text.slice(side.start, side.end).includes(":");
}
