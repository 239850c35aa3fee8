// The certainty and approximation of a statement: modal verbs (will / would / may), epistemic and
// evidential adverbs (probably, reportedly), frequency (repeatedly / several times) and the qualifier
// of a figure (nearly / roughly / more than), each with a class or level so that two wordings can be
// compared: "nearly" and "almost" agree, "nearly" and "roughly" do not.
// Pure: no vscode import. Lists only plus small scanners over words; never looks inside quotations
// itself (callers pass the words they want compared).

import type { Word } from "./words";
import { table } from "./lookup";

const QUALIFIER_CLASS: Record<string, string> = table({
  nearly: "under", almost: "under", "close to": "under", "just under": "under", under: "under", below: "under", "less than": "under",
  "fewer than": "under", "up to": "under", "at most": "under", "no more than": "under", "well under": "under",
  "a little under": "under", "slightly under": "under", "slightly less than": "under", "a little over": "over", "slightly over": "over",
  "slightly more than": "over",
  // a ceiling stressed as large is still a ceiling: "as many as 40" says what "up to 40" says
  "as many as": "under", "as much as": "under", "as high as": "under", "a maximum of": "under", "no later than": "under",
  "under the age of": "under", "below the age of": "under",
  about: "about", around: "about", roughly: "about", approximately: "about", "approx.": "about", some: "about", "an estimated": "about",
  estimated: "about", "almost exactly": "about",
  over: "over", "more than": "over", above: "over", "at least": "over", "upwards of": "over", "just over": "over", "well over": "over",
  "no fewer than": "over", "no less than": "over", "a minimum of": "over", "no sooner than": "over", "no earlier than": "over",
  "over the age of": "over", "above the age of": "over", "upward of": "over",
  // an age bound: "children under five" / "children younger than five"
  "younger than": "under", "older than": "over", "longer than": "over", "shorter than": "under", "greater than": "over",
  exactly: "exact", precisely: "exact", only: "only", just: "only", "as few as": "only", "as low as": "only", "as little as": "only",
});

// "gusts as strong as 45 mph", "as long as 12 hours": any other "as … as" the figure finder reads (its
// pattern lists the adjectives) is the same ceiling in the figure's own dimension
const AS_ADJECTIVE_AS = /^as [a-z]+ as$/;

export function qualifierClass(q: string | undefined): string {
  return q ? QUALIFIER_CLASS[q] ?? (AS_ADJECTIVE_AS.test(q) ? "under" : q) : "";
}

// A Map, not a prototype-free object: this is asked about every word of every changed pair, and a miss
// in a dictionary-mode object costs more than a Map probe.
const MODALS = new Map<string, string>(Object.entries({
  will: "will", shall: "will", "'ll": "will", "won't": "will", would: "would", "'d": "would", "wouldn't": "would",
  may: "possible", might: "possible", could: "possible", "couldn't": "possible", "mightn't": "possible",
  can: "can", cannot: "can", "can't": "can", should: "should", "shouldn't": "should", ought: "should", must: "must", "mustn't": "must",
}));

export function modalClass(norm: string): string | undefined {
  return MODALS.get(norm);
}

// Level of certainty or frequency a word asserts; words of one scale at another level disagree.
const ADVERBS = new Map<string, [scale: "certainty" | "frequency", level: number]>(Object.entries({
  certainly: ["certainty", 5], definitely: ["certainty", 5], undoubtedly: ["certainty", 5], surely: ["certainty", 5], clearly: ["certainty", 5],
  likely: ["certainty", 3], probably: ["certainty", 3], presumably: ["certainty", 3],
  possibly: ["certainty", 2], perhaps: ["certainty", 2], maybe: ["certainty", 2], conceivably: ["certainty", 2],
  reportedly: ["certainty", 1], allegedly: ["certainty", 1], apparently: ["certainty", 1], purportedly: ["certainty", 1],
  seemingly: ["certainty", 1], supposedly: ["certainty", 1], ostensibly: ["certainty", 1],
  once: ["frequency", 1], twice: ["frequency", 2], occasionally: ["frequency", 3], sometimes: ["frequency", 3],
  repeatedly: ["frequency", 4], often: ["frequency", 4], frequently: ["frequency", 4], regularly: ["frequency", 4], routinely: ["frequency", 4],
  usually: ["frequency", 5], mostly: ["frequency", 5], generally: ["frequency", 5], typically: ["frequency", 5],
  always: ["frequency", 6], constantly: ["frequency", 6], continually: ["frequency", 6], invariably: ["frequency", 6],
}));
// Multi-word frequency phrases, matched on the words' normal forms.
const PHRASES: [string[], number][] = [
  [["several", "times"], 3], [["a", "few", "times"], 3], [["a", "number", "of", "times"], 3], [["few", "times"], 3], [["some", "times"], 3],
  [["many", "times"], 4], [["numerous", "times"], 4], [["countless", "times"], 4], [["again", "and", "again"], 4], [["time", "and", "again"], 4],
  [["more", "than", "once"], 3],
];
// Evidential and epistemic hedges worth reporting when added or dropped, not only when swapped.
const STANDALONE = new Set(["certainly", "definitely", "undoubtedly", "surely", "reportedly", "allegedly", "apparently", "purportedly", "supposedly", "seemingly", "ostensibly", "likely", "probably", "possibly", "perhaps", "maybe"]);

export interface Hedge {
  /** Word index range in the list scanned. */
  from: number;
  to: number;
  scale: "certainty" | "frequency";
  level: number;
  /** Worth reporting when it exists in one version only. */
  standalone: boolean;
}

const PHRASES_BY_FIRST = new Map<string, [string[], number][]>();
for (const ph of PHRASES) {
  const list = PHRASES_BY_FIRST.get(ph[0][0]) ?? [];
  list.push(ph);
  PHRASES_BY_FIRST.set(ph[0][0], list);
}

// Participles of belief in "is believed to …"; true where a version that drops it states the belief as fact.
// "said", "reported" and "understood" are how a source is cited ("is said to", "is understood to"): they
// match a belief on the other side but are never reported alone.
const BELIEF = new Map<string, boolean>(Object.entries({
  believed: true, thought: true, suspected: true, presumed: true, feared: true, rumoured: true, rumored: true, assumed: true,
  alleged: true, said: false, reported: false, understood: false,
}));
// the same belief said actively, with its holder as subject: "police believe", "investigators suspect"
const ACTIVE_BELIEF = new Set(["believe", "believes", "believed", "suspect", "suspects", "suspected", "fear", "fears", "feared"]);
const SEEM = new Set(["seem", "seems", "seemed", "appear", "appears", "appeared"]);
const EVIDENTIAL_ADJECTIVES = new Set(["reported", "alleged", "purported", "supposed", "suspected"]);
const DETERMINERS = new Set(["a", "an", "the", "his", "her", "its", "their", "this", "that"]);
const AFTER_NOUN_PARTICIPLE = new Set(["to", "at", "of"]);
// subjects before which "believed to" is the active verb ("police believed to be …" is rare; "they believed") or
// a relative clause's own verb, never a belief after a noun
const ACTIVE_SUBJECTS = new Set(["i", "we", "you", "he", "she", "they", "it", "who", "that", "which", "police", "officials"]);
const VERB_S = new Set(["was", "is", "has", "says", "does", "remains", "appears", "faces", "denies", "admits", "claims"]);
const EXPECT = new Set(["expect", "expects", "expected", "expecting"]);
export const BE_FORMS: ReadonlySet<string> = new Set(["is", "are", "was", "were", "be", "been", "being", "'s", "'re"]);

/** The form of "be" before a participle ("is expected", "is widely expected"), or -1. */
function passiveAt(ws: Word[], i: number): number {
  if (i > 0 && BE_FORMS.has(ws[i - 1].norm)) return i - 1;
  if (i > 1 && ws[i - 1].norm.endsWith("ly") && BE_FORMS.has(ws[i - 2].norm)) return i - 2;
  return -1;
}

const NOT_BEFORE_POSSIBLE = new Set(["as", "if", "where", "when", "whenever", "wherever", "the", "a", "an", "every", "all", "any", "no", "most", "least", "only", "not", "it"]);

/** "a fee reported …", "the sum alleged …": "reported" or "alleged" right after a determiner and its noun. */
export function reportedAfterNoun(ws: Word[], i: number): boolean {
  return (ws[i].norm === "reported" || ws[i].norm === "alleged") && i > 1 && DETERMINERS.has(ws[i - 2].norm) && !BE_FORMS.has(ws[i - 1].norm);
}

/** "40 centimetres possible on …": "possible" after a noun or a figure, before no noun of its own. */
function possibleAfter(ws: Word[], i: number): boolean {
  const prev = ws[i - 1].norm;
  const next = ws[i + 1]?.norm ?? "";
  // ("had made the rise possible": what enabled it, no hedge)
  if (ws.slice(Math.max(0, i - 4), i).some((w) => MAKE.has(w.norm))) return false;
  return !NOT_BEFORE_POSSIBLE.has(prev) && !prev.endsWith("est") && !prev.endsWith("ly") && (next === "" || PREPOSITION_AFTER.has(next));
}
const MAKE = new Set(["make", "makes", "made", "making", "render", "renders", "rendered", "keep", "kept"]);
const PREPOSITION_AFTER = new Set(["on", "in", "at", "over", "across", "by", "from", "for", "during", "until", "and", "but", "with", "overnight", "later", "tonight", "tomorrow"]);

export function findHedges(ws: Word[]): Hedge[] {
  const out: Hedge[] = [];
  for (let i = 0; i < ws.length; i++) {
    const starts = PHRASES_BY_FIRST.get(ws[i].norm);
    const phrase = starts && starts.find(([p]) => p.every((w, k) => ws[i + k]?.norm === w));
    if (phrase) {
      out.push({ from: i, to: i + phrase[0].length, scale: "frequency", level: phrase[1], standalone: false });
      i += phrase[0].length - 1;
      continue;
    }
    // "found what may be a new species": a possibility named as a thing, as hedged as "possibly"
    if (ws[i].norm === "what" && MODALS.get(ws[i + 1]?.norm ?? "") === "possible" && ws[i + 2]?.norm === "be") {
      out.push({ from: i, to: i + 3, scale: "certainty", level: 2, standalone: true });
      i += 2;
      continue;
    }
    if (EXPECT.has(ws[i].norm)) {
      const be = passiveAt(ws, i);
      // "is expected to reopen", "a decision is expected in May": a forecast, as hedged as "likely"
      if (ws[i].norm === "expected" && be >= 0) {
        const withTo = ws[i + 1]?.norm === "to";
        out.push({ from: be, to: i + (withTo ? 2 : 1), scale: "certainty", level: 3, standalone: true });
        if (withTo) i++;
        continue;
      }
      // "forecasters expect winds to ease" / "winds are expected to ease": the active verb says what the passive
      // says, so it matches a forecast on the other side; on its own it is never reported ("analysts had
      // expected 71 cents" reports a past view, and rewrites swap it for "forecast" freely)
      if (be < 0) {
        out.push({ from: i, to: i + 1, scale: "certainty", level: 3, standalone: false });
        continue;
      }
    }
    // "is believed to have fled", "was thought to be", "is suspected of": a belief, not a fact, as hedged as
    // "reportedly"; "police believe he fled" says the same actively, so it matches one but is never
    // reported alone (the attribution rule reads "believe" / "said")
    const belief = BELIEF.get(ws[i].norm);
    const active = ACTIVE_BELIEF.has(ws[i].norm);
    if (belief !== undefined || active) {
      const be = passiveAt(ws, i);
      const next = ws[i + 1]?.norm;
      if (belief !== undefined && be >= 0 && (next === "to" || next === "that" || (next === "of" && ws[i].norm === "suspected"))) {
        out.push({ from: be, to: i + 2, scale: "certainty", level: 1, standalone: belief });
        i++;
        continue;
      }
      // "four miners believed to be trapped", "a man thought to have fled": the same belief after its noun
      if (belief !== undefined && be < 0 && next === "to" && (ws[i + 2]?.norm === "be" || ws[i + 2]?.norm === "have") && i > 0 && !ACTIVE_SUBJECTS.has(ws[i - 1].norm) && !DETERMINERS.has(ws[i - 1].norm)) {
        // ("a fee reported to be €22 million": a reported thing, as "a reported fee" is, reported alone too)
        out.push({ from: i, to: i + 2, scale: "certainty", level: 1, standalone: belief || reportedAfterNoun(ws, i) });
        i++;
        continue;
      }
      // ("The suspects allegedly asked", "the fears of residents": after a determiner, the noun)
      if (active && be < 0 && i > 0 && !DETERMINERS.has(ws[i - 1].norm)) {
        out.push({ from: i, to: i + 1, scale: "certainty", level: 1, standalone: false });
        continue;
      }
    }
    // "appeared to have halted", "seems to be": the writer does not vouch for it
    if (SEEM.has(ws[i].norm) && ws[i + 1]?.norm === "to" && (ws[i + 2]?.norm === "be" || ws[i + 2]?.norm === "have")) {
      out.push({ from: i, to: i + 2, scale: "certainty", level: 1, standalone: true });
      i++;
      continue;
    }
    // "a reported fee", "the alleged fraud": the adjective is as evidential as "reportedly"
    // ("the suspect transactions" is "the suspected transactions"; "the suspect fled" is the person)
    const suspectAdjective = ws[i].norm === "suspect" && /[^s]s$/.test(ws[i + 1]?.norm ?? "") && !VERB_S.has(ws[i + 1].norm);
    if ((EVIDENTIAL_ADJECTIVES.has(ws[i].norm) || suspectAdjective) && i > 0 && DETERMINERS.has(ws[i - 1].norm) && i + 1 < ws.length) {
      out.push({ from: i, to: i + 1, scale: "certainty", level: 1, standalone: true });
      continue;
    }
    // "a fee reported to be €22 million", "a fee reported at €12m": the participle after its noun hedges it as
    // "a reported fee" does
    if (reportedAfterNoun(ws, i) && AFTER_NOUN_PARTICIPLE.has(ws[i + 1]?.norm ?? "")) {
      out.push({ from: i, to: i + 1, scale: "certainty", level: 1, standalone: true });
      continue;
    }
    // "flooding is possible in low-lying areas", "up to 40cm possible on the highest ground": the adjective after
    // what it qualifies hedges as "possibly" does ("as soon as possible", "if possible", "the best possible" do not)
    if (ws[i].norm === "possible" && i > 0 && (passiveAt(ws, i) >= 0 || possibleAfter(ws, i))) {
      const p = ADVERBS.get("possibly")!;
      out.push({ from: i, to: i + 1, scale: p[0], level: p[1], standalone: true });
      continue;
    }
    const a = ADVERBS.get(ws[i].norm);
    // "likely" is an adjective too ("the likely winner", "20% less likely"): then it is no hedge
    if (!a || (ws[i].norm === "likely" && ws[i - 1] && /^(?:the|a|an|most|more|less|least|as|so|too|very|equally)$/.test(ws[i - 1].norm))) continue;
    // "once" is also a conjunction ("once talks begin"): a frequency only after a verb
    if (ws[i].norm === "once" && (i === 0 || /^(?:and|but|that|,)$/.test(ws[i - 1].norm))) continue;
    out.push({ from: i, to: i + 1, scale: a[0], level: a[1], standalone: STANDALONE.has(ws[i].norm) });
  }
  return out;
}
