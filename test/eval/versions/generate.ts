// Builds the version benchmark: pairs of versions of the project's own base articles, where version b is a
// reworded copy (hand-written paraphrases) with one typed change (a number, a date, a name, a quote, a
// polarity, a source, a hedge, a loaded word, an added or a dropped sentence) whose span in each version is
// recorded. Deterministic for a given seed. It never reads the seed articles of the product's measurement.

import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseArticle, type Article } from "../../../src/core/index";
import type { Span, VersionRuleId } from "../../../src/core/types";

export interface Corpus {
  articles: { name: string; text: string }[];
  paraphrases: Record<string, { a: string; b: string }[]>;
  related: Record<string, string[]>;
  injected: string[];
}

export function loadCorpus(root: string): Corpus {
  const dir = join(root, "test/eval/versions");
  const names = readdirSync(join(dir, "articles")).filter((f) => f.endsWith(".txt")).sort();
  const articles = names.map((f) => ({ name: f.replace(/\.txt$/, ""), text: readFileSync(join(dir, "articles", f), "utf8") }));
  const para = JSON.parse(readFileSync(join(dir, "paraphrases.json"), "utf8")) as { articles: Corpus["paraphrases"] };
  const add = JSON.parse(readFileSync(join(dir, "additions.json"), "utf8")) as { related: Corpus["related"]; injected: string[] };
  for (const a of articles) for (const p of para.articles[a.name] ?? []) if (!a.text.includes(p.a)) throw new Error(`paraphrase source not in ${a.name}: ${p.a}`);
  return { articles, paraphrases: para.articles, related: add.related, injected: add.injected };
}

export type CaseKind = "perturbation" | "paraphrase" | "move";

export interface Case {
  id: string;
  article: string;
  kind: CaseKind;
  /** Perturbation subtype, e.g. "number" or "name-respelled"; "paraphrase" or "move" for controls. */
  type: string;
  /** The rule expected to report it; null for controls. */
  rule: VersionRuleId | null;
  textA: string;
  textB: string;
  /** The changed text in each version; null when it exists in one version only. */
  spanA: Span | null;
  spanB: Span | null;
  /** Sentence region holding the change in each version (for "does the related location point there"). */
  regionA: Span | null;
  regionB: Span | null;
  /** What changed, for the manifest and for a reader of the results. */
  note: string;
  /** Paraphrased sentences in version b besides the change. */
  paraphrased: number;
  /** Version b is a heavy rewrite: every paraphrase applied and a paragraph moved, besides the change. */
  heavy: boolean;
  /** Gold sentence links (index in a, index in b). */
  gold: [number, number][];
}

export const SUBTYPES: { type: string; rule: VersionRuleId }[] = [
  { type: "number", rule: "changed-number" },
  { type: "date", rule: "changed-date" },
  { type: "name-entity", rule: "changed-name" },
  { type: "name-respelled", rule: "changed-name" },
  { type: "quote-words", rule: "changed-quote" },
  { type: "quote-marks", rule: "changed-quote" },
  { type: "polarity-add", rule: "reversed-polarity" },
  { type: "polarity-remove", rule: "reversed-polarity" },
  { type: "attribution-swap", rule: "changed-attribution" },
  { type: "attribution-drop", rule: "changed-attribution" },
  { type: "hedge-swap", rule: "changed-hedge" },
  { type: "hedge-reportedly", rule: "changed-hedge" },
  { type: "loaded-word", rule: "changed-wording" },
  { type: "add-related", rule: "added-content" },
  { type: "add-injected", rule: "added-content" },
  { type: "drop-sentence", rule: "removed-content" },
  { type: "drop-paragraph", rule: "removed-content" },
];

/** mulberry32: small, fast, deterministic. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, xs: T[]): T => xs[Math.floor(r() * xs.length)];

function shuffle<T>(r: () => number, xs: T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Applies non-overlapping edits; returns the new text and a map of old offsets to new ones. */
function applyEdits(text: string, edits: Edit[]): { text: string; map: (offset: number) => number; region: (e: Edit) => Span } {
  const sorted = [...edits].sort((x, y) => x.start - y.start);
  let out = "";
  let pos = 0;
  const placed = new Map<Edit, number>();
  for (const e of sorted) {
    if (e.start < pos) throw new Error("overlapping edits");
    out += text.slice(pos, e.start);
    placed.set(e, out.length);
    out += e.text;
    pos = e.end;
  }
  out += text.slice(pos);
  const map = (offset: number): number => {
    let delta = 0;
    for (const e of sorted) {
      if (offset < e.start) break;
      if (offset < e.end) return placed.get(e)! + Math.min(offset - e.start, e.text.length);
      delta += e.text.length - (e.end - e.start);
    }
    return offset + delta;
  };
  const region = (e: Edit): Span => ({ start: placed.get(e)!, end: placed.get(e)! + e.text.length });
  return { text: out, map, region };
}

/** A change inside one sentence: replace [start, end) of the article text with `text`. */
interface Change {
  edit: Edit;
  /** Changed span in a; null for an insertion of a whole sentence. */
  spanA: Span | null;
  /** Offsets within the replacement text of the changed span in b; null for a deletion. */
  inB: Span | null;
  note: string;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
const SURNAMES = ["Delaney", "Whitmore", "Haskins", "Okoro", "Lindgren", "Ferraro", "Nakamura", "Brennan", "Sokolov", "Abernathy", "Quintero", "Mwangi"];
const NOT_NAMES = new Set(
  ("The A An But By In On At After During Before Because Some Several Half No Nobody Our We Asking Under Until Each Early Most More Students Supporters " +
    "Council Mayor Police Chief Public Hospital Union Captain Rovers Judge Sheriff Assistant Attorney Agency Critics Evacuees Forecasters Analysts " +
    "Researchers Teenagers Adolescents Shares Revenue Sentencing Patients Negotiators Prosecutors Crews Officers Families Residents City State Route " +
    "University High School Journal Association Medical Center General Park Community Foundation Red Cross Markets Town County Battalion Dr " +
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December " +
    "Jan Feb Aug Sept Oct Nov Dec Midwest FactSet Health Adolescent Futures Bright Nurses Brendan's St Mercy Bald Hill Pine Street Kestrel Ashford")
    .split(" "),
);
const SOURCES_GENERIC = ["officials", "a spokesperson", "a person familiar with the matter", "local media"];
const QUOTE_SYNONYMS: Record<string, string> = {
  money: "cash", safe: "secure", whole: "entire", wallet: "piggy bank", story: "truth", afraid: "scared", spending: "wasting",
  clearly: "plainly", trust: "loyalty", believing: "fighting", biologically: "naturally", alert: "awake", work: "damage",
  penalty: "decision", blame: "criticize", paid: "suffered", stretched: "struggling", doing: "driving", holding: "defending",
  smallest: "least", responsibly: "reasonably", only: "quickest", need: "want", career: "life", pay: "wages", patients: "people",
};
const HEDGES: [RegExp, string][] = [
  [/\bnearly\b/, "roughly"],
  [/\broughly\b/, "nearly"],
  [/\babout(?= (?:[$£]?\d|one|two|three|four|five|six|seven|eight|nine|ten|a third|a quarter)\b)/, "nearly"],
  [/\bmore than(?= [$£]?\d| (?:three|four|five|six|seven|eight|nine|ten)\b)/, "about"],
  [/\bup to\b/, "about"],
  [/\bwould(?! not)\b/, "will"],
  [/\bcould\b/, "will"],
  [/\bmay\b/, "will"],
  [/\bshould\b/, "will"],
  [/\bis expected to\b/, "will"],
  [/\bis likely to\b/, "will"],
  [/\blikely\b/, "certainly"],
  [/\bwill\b/, "could"],
];
const LOADED: [RegExp, string][] = [
  [/\bargued\b/, "insisted"],
  [/\basked\b/, "demanded"],
  [/\bquestioned\b/, "attacked"],
  [/\bresisted\b/, "fought"],
  [/\bprotested\b/, "whined"],
  [/\bfell\b/, "plunged"],
  [/\brose\b/, "soared"],
  [/\bgrown\b/, "ballooned"],
  [/\blower\b/, "slash"],
  [/\braises\b/, "hikes"],
  [/\braise\b/, "hike"],
  [/\bpostponed\b/, "shelved"],
  [/\bopposed\b/, "hostile"],
  [/\bSupporters\b/, "Cheerleaders"],
  [/\bCritics\b/, "Detractors"],
  [/\bcomplained\b/, "grumbled"],
  [/\burged\b/, "pleaded with"],
  [/\bcautioned\b/, "conceded"],
  [/\bdissenting\b/, "rebel"],
  [/\bstealing\b/, "looting"],
  [/\bswitched\b/, "fled"],
  [/\bwalkout\b/, "mutiny"],
  [/\bdisguised\b/, "camouflaged"],
  [/\bstranded\b/, "abandoned"],
  [/\bspread\b/, "raged"],
  [/\bbroke down\b/, "imploded"],
];

function quoteRanges(s: string): Span[] {
  const out: Span[] = [];
  for (const m of s.matchAll(/“[^”]*”|"[^"]*"/g)) out.push({ start: m.index!, end: m.index! + m[0].length });
  return out;
}

const inAny = (x: number, rs: Span[]): boolean => rs.some((r) => x >= r.start && x < r.end);

/** All matches of a regex in s outside quotations, as [index, text, groups]. */
function sites(s: string, re: RegExp, outsideQuotes = true): RegExpMatchArray[] {
  const quotes = outsideQuotes ? quoteRanges(s) : [];
  const g = new RegExp(re.source, re.flags.includes("g") ? re.flags : re.flags + "g");
  return [...s.matchAll(g)].filter((m) => !inAny(m.index!, quotes));
}

/** Replace [i, i+len) of sentence s (at absolute offset base) with `text`. */
function replace(base: number, i: number, len: number, text: string, note: string): Change {
  return { edit: { start: base + i, end: base + i + len, text }, spanA: { start: base + i, end: base + i + len }, inB: { start: 0, end: text.length }, note };
}

function formatLike(orig: string, n: number): string {
  if (orig.includes(".")) return n.toFixed(orig.split(".")[1].length);
  const s = String(Math.round(n));
  return orig.includes(",") || (n >= 10000 && /,/.test(orig)) ? s.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : s;
}

type Operator = (r: () => number, s: string, base: number, ctx: OpContext) => Change | null;

interface OpContext {
  article: Article;
  text: string;
  surnames: string[];
  names: string[];
  sources: string[];
  related: string[];
  injected: string[];
}

const DATE_IN_S =
  /\b(?:(?:Jan\.|January|Feb\.|February|March|April|May|June|July|Aug\.|August|Sept\.|September|Oct\.|October|Nov\.|November|Dec\.|December) \d{1,2}(?:, \d{4})?)/g;

const OPERATORS: Record<string, Operator> = {
  number(r, s, base) {
    const dates = [...s.matchAll(DATE_IN_S)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
    const cands = [
      ...sites(s, /(?<![\w.,:])\d{1,3}(?:,\d{3})+(?![\w])|(?<![\w.,:])\d+(?:\.\d+)?(?![\w:]|\.\d| ?[ap]\.m\.)/),
      ...sites(s, /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i),
    ].filter((m) => !inAny(m.index!, dates) && !/^(?:19|20)\d\d$/.test(m[0]));
    if (!cands.length) return null;
    const m = pick(r, cands);
    const word = NUMBER_WORDS.indexOf(m[0].toLowerCase());
    let repl: string;
    if (word >= 0) {
      const w = NUMBER_WORDS[Math.min(12, word + 1 + Math.floor(r() * 3))];
      repl = /^[A-Z]/.test(m[0]) ? w[0].toUpperCase() + w.slice(1) : w;
      if (repl.toLowerCase() === m[0].toLowerCase()) repl = word > 2 ? NUMBER_WORDS[word - 1] : "three";
    } else {
      const n = Number(m[0].replace(/,/g, ""));
      const f = pick(r, [1.25, 1.5, 0.8, 0.6, 1.1]);
      let v = n < 10 && !m[0].includes(".") ? n + 1 + Math.floor(r() * 3) : n * f;
      if (formatLike(m[0], v) === m[0]) v = n + 1;
      repl = formatLike(m[0], v);
    }
    return replace(base, m.index!, m[0].length, repl, `${m[0]} → ${repl}`);
  },
  date(r, s, base) {
    const cands: { i: number; len: number; repl: string }[] = [];
    for (const m of s.matchAll(/\b(Jan\.|January|Feb\.|February|March|April|May|June|July|Aug\.|August|Sept\.|September|Oct\.|October|Nov\.|November|Dec\.|December) (\d{1,2})\b/g)) {
      const d = Number(m[2]);
      const nd = d > 20 ? d - 1 - Math.floor(r() * 5) : d + 1 + Math.floor(r() * 5);
      cands.push({ i: m.index! + m[1].length + 1, len: m[2].length, repl: String(nd) });
    }
    for (const m of s.matchAll(/\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g)) {
      const k = WEEKDAYS.indexOf(m[0]);
      cands.push({ i: m.index!, len: m[0].length, repl: WEEKDAYS[(k + 1 + Math.floor(r() * 5)) % 7] });
    }
    for (const m of s.matchAll(/\b(?:19|20)\d\d\b/g)) cands.push({ i: m.index!, len: 4, repl: String(Number(m[0]) - 1 - Math.floor(r() * 2)) });
    for (const m of s.matchAll(/\b(?:in|by|since|until) (January|February|March|April|June|July|August|September|October|November|December)\b/g)) {
      const k = MONTHS.indexOf(m[1]);
      cands.push({ i: m.index! + m[0].length - m[1].length, len: m[1].length, repl: MONTHS[(k + 1 + Math.floor(r() * 3)) % 12] });
    }
    if (!cands.length) return null;
    const c = pick(r, cands);
    return replace(base, c.i, c.len, c.repl, `${s.slice(c.i, c.i + c.len)} → ${c.repl}`);
  },
  "name-entity"(r, s, base, ctx) {
    const cands = ctx.surnames.flatMap((n) => sites(s, new RegExp(`\\b${n}\\b`)));
    if (!cands.length) return null;
    const m = pick(r, cands);
    const repl = pick(r, SURNAMES.filter((x) => !ctx.text.includes(x)));
    return replace(base, m.index!, m[0].length, repl, `${m[0]} → ${repl}`);
  },
  "name-respelled"(r, s, base, ctx) {
    const cands = ctx.names.flatMap((n) => sites(s, new RegExp(`\\b${n}\\b`)));
    if (!cands.length) return null;
    const m = pick(r, cands);
    const repl = respell(r, m[0]);
    return replace(base, m.index!, m[0].length, repl, `${m[0]} → ${repl}`);
  },
  "quote-words"(r, s, base) {
    const quotes = [...s.matchAll(/“([^”]{15,})”/g)];
    if (!quotes.length) return null;
    const q = pick(r, quotes);
    const inner = q[1];
    const words = [...inner.matchAll(/\b[A-Za-z']{4,}\b/g)].filter((w) => w.index! > 0);
    if (!words.length) return null;
    const syn = words.filter((w) => QUOTE_SYNONYMS[w[0].toLowerCase()]);
    let newInner: string;
    let note: string;
    if (syn.length && r() < 0.7) {
      const w = pick(r, syn);
      const to = QUOTE_SYNONYMS[w[0].toLowerCase()];
      newInner = inner.slice(0, w.index!) + to + inner.slice(w.index! + w[0].length);
      note = `quote: ${w[0]} → ${to}`;
    } else {
      const w = pick(r, words);
      newInner = (inner.slice(0, w.index!) + inner.slice(w.index! + w[0].length)).replace(/ {2,}/, " ").replace(/ ([,.?!])/, "$1");
      note = `quote: dropped "${w[0]}"`;
    }
    return replace(base, q.index!, q[0].length, `“${newInner}”`, note);
  },
  "quote-marks"(r, s, base) {
    const quotes = [...s.matchAll(/“([^”]{15,})”/g)];
    if (!quotes.length) return null;
    const q = pick(r, quotes);
    return replace(base, q.index!, q[0].length, q[1], "quotation marks dropped");
  },
  "polarity-add"(r, s, base) {
    const cands = sites(s, /\b(?:is|are|was|were|will|would|can|could|should|has|have|had)\b(?= (?!not\b|no\b|never\b|been\b|to\b|a\b|an\b|the\b|\d)[a-z]+)/);
    if (!cands.length) return null;
    const m = pick(r, cands);
    return replace(base, m.index!, m[0].length, `${m[0]} not`, `${m[0]} → ${m[0]} not`);
  },
  "polarity-remove"(r, s, base) {
    const cands = sites(s, /\b(?:not|never|no) (?=[a-z])/);
    if (!cands.length) return null;
    const m = pick(r, cands);
    return replace(base, m.index!, m[0].length, "", `dropped "${m[0].trim()}"`);
  },
  "attribution-swap"(r, s, base, ctx) {
    const found = attributions(s);
    if (!found.length) return null;
    const a = pick(r, found);
    const same = (x: string): boolean => x.toLowerCase() === a.source.toLowerCase() || a.source.includes(x) || x.includes(a.source);
    const others = [...ctx.sources, ...SOURCES_GENERIC].filter((x) => !same(x));
    let repl = pick(r, others);
    if (a.initial) repl = repl[0].toUpperCase() + repl.slice(1);
    return replace(base, a.sourceAt, a.source.length, repl, `source: ${a.source} → ${repl}`);
  },
  "attribution-drop"(r, s, base) {
    const found = attributions(s).filter((a) => a.dropText !== null);
    if (!found.length) return null;
    const a = pick(r, found);
    return { ...replace(base, a.phraseAt, a.phrase.length, a.dropText!, `source dropped: ${a.phrase.trim()}`) };
  },
  "hedge-swap"(r, s, base) {
    const cands = HEDGES.flatMap(([re, to]) => sites(s, re).map((m) => ({ m, to })));
    if (!cands.length) return null;
    const c = pick(r, cands);
    return replace(base, c.m.index!, c.m[0].length, c.to, `${c.m[0]} → ${c.to}`);
  },
  "hedge-reportedly"(r, s, base) {
    const cands = sites(s, /\b(?:has|had|was|were|is|are)\b(?= (?!not\b|no\b|never\b|to\b|a\b|an\b|the\b|\d)[a-z]+)/);
    if (!cands.length) return null;
    const m = pick(r, cands);
    return replace(base, m.index!, m[0].length, `${m[0]} reportedly`, `added "reportedly"`);
  },
  "loaded-word"(r, s, base) {
    const cands = LOADED.flatMap(([re, to]) => sites(s, re).map((m) => ({ m, to })));
    if (!cands.length) return null;
    const c = pick(r, cands);
    return replace(base, c.m.index!, c.m[0].length, c.to, `${c.m[0]} → ${c.to}`);
  },
};

interface Attribution {
  /** The speech phrase, e.g. ", Moreau said" or "Union president Angela Moreau said ". */
  phrase: string;
  phraseAt: number;
  /** What the phrase becomes when the source is dropped, or null when it cannot be dropped cleanly. */
  dropText: string | null;
  source: string;
  sourceAt: number;
  /** The source opens the sentence (keep its capital when swapping). */
  initial: boolean;
}

const VERB = "said|says|told (?:reporters|the council|jurors|the newspaper|analysts)|testified|cautioned|argued";

function attributions(s: string): Attribution[] {
  const out: Attribution[] = [];
  const quotes = quoteRanges(s);
  const ok = (i: number): boolean => !inAny(i, quotes);
  for (const m of s.matchAll(/, according to ([^,.;“”]{3,60})(?=[.,])/g)) {
    if (ok(m.index!)) out.push({ phrase: m[0], phraseAt: m.index!, dropText: "", source: m[1], sourceAt: m.index! + m[0].length - m[1].length, initial: false });
  }
  for (const m of s.matchAll(new RegExp(`, ([\\w'.]+(?: [\\w'.]+){0,5}) (?:${VERB})(?=\\.$)`, "g"))) {
    if (ok(m.index!) && !/“|”/.test(m[0])) out.push({ phrase: m[0], phraseAt: m.index!, dropText: "", source: m[1], sourceAt: m.index! + 2, initial: false });
  }
  for (const m of s.matchAll(/, said ((?:[A-Z]\w*|a|an|the|lead)(?: [\w'-]+){0,5})(?=\.$)/g)) {
    if (ok(m.index!)) out.push({ phrase: m[0], phraseAt: m.index!, dropText: "", source: m[1], sourceAt: m.index! + m[0].length - m[1].length, initial: false });
  }
  const lead = new RegExp(`^((?:[A-Z][\\w'.]*)(?: [\\w'.]+){0,5}?)(?: also)? (?:${VERB}) (?:that )?(?=[a-z])`).exec(s);
  if (lead && !/^(?:He|She|They|It|The company|Several)$/.test(lead[1])) {
    const rest = s.slice(lead[0].length);
    out.push({ phrase: lead[0] + rest[0], phraseAt: 0, dropText: rest[0].toUpperCase(), source: lead[1], sourceAt: 0, initial: true });
  }
  return out;
}

function respell(r: () => number, name: string): string {
  const rules: [RegExp, string][] = [
    [/z$/, "s"],
    [/ss/, "s"],
    [/([lnrt])\1/, "$1"],
    [/k/, "c"],
    [/ph/, "f"],
    [/([aeiou])([^aeiou])([aeiou])/, "$1$2$2$3"],
    [/ie/, "ei"],
    [/ov$/, "off"],
    [/([^aeiou])a([^aeiou])/, "$1e$2"],
    [/([^aeiou])o([^aeiou])/, "$1a$2"],
    [/([^aeiou])i([^aeiou])/, "$1y$2"],
    [/([^aeiou])e([^aeiou])/, "$1a$2"],
  ];
  const usable = rules.filter(([re]) => re.test(name.slice(1)));
  if (!usable.length) return name + "e";
  const [re, to] = pick(r, usable);
  return name[0] + name.slice(1).replace(re, to);
}

/**
 * Proper names of an article: capitalized words that occur somewhere other than at the start of a sentence
 * and are never written in lower case there, minus titles and calendar words. Surnames are names that
 * follow another name ("Raymond Ortiz") and also stand alone ("Ortiz argued").
 */
function namesOf(article: Article): { names: string[]; surnames: string[] } {
  const text = article.text;
  const lower = new Set([...text.matchAll(/\b[a-z][\w']+/g)].map((m) => m[0]));
  const names = new Set<string>();
  for (const s of article.sentences) {
    for (const m of s.text.matchAll(/\b[A-Z][a-z]{3,}\b/g)) {
      if (m.index! > 0 && !NOT_NAMES.has(m[0]) && !lower.has(m[0].toLowerCase())) names.add(m[0]);
    }
  }
  const after = new Set<string>();
  const alone = new Set<string>();
  for (const m of text.matchAll(/(?:\b([A-Z][a-z]+) )?\b([A-Z][a-z]{3,})\b/g)) {
    if (!names.has(m[2])) continue;
    if (m[1] && names.has(m[1])) after.add(m[2]);
    else if (!m[1]) alone.add(m[2]);
  }
  const surnames = [...after].filter((n) => alone.has(n));
  return { names: [...names].sort(), surnames: surnames.sort() };
}

/** Sources named in an article's attributions, for swapping one for another. */
function sourcesOf(article: Article): string[] {
  const out = new Set<string>();
  for (const s of article.sentences) for (const a of attributions(s.text)) if (!/^(?:he|she|they|it)$/i.test(a.source)) out.add(a.source);
  return [...out].sort();
}

/** Sentences eligible for a change: body sentences (not the headline or the byline). */
function bodySentences(article: Article, withByline = false): number[] {
  const out: number[] = [];
  for (const s of article.sentences) {
    if (s.block < (withByline ? 1 : 2)) continue;
    out.push(s.index);
  }
  return out;
}

function paraphraseEdits(text: string, list: { a: string; b: string }[], avoid: Span | null, share: number, r: () => number): Edit[] {
  const edits: Edit[] = [];
  for (const p of list) {
    const start = text.indexOf(p.a);
    const end = start + p.a.length;
    if (start < 0 || (avoid && start < avoid.end && avoid.start < end)) continue;
    if (r() < share) edits.push({ start, end, text: p.b });
  }
  return edits;
}

function sentenceRegion(article: Article, span: Span): Span {
  const hit = article.sentences.filter((s) => s.start < Math.max(span.end, span.start + 1) && span.start < s.end);
  if (!hit.length) {
    const next = article.sentences.find((s) => s.start >= span.start) ?? article.sentences[article.sentences.length - 1];
    return { start: next.start, end: next.end };
  }
  return { start: hit[0].start, end: hit[hit.length - 1].end };
}

/** Gold sentence links: each sentence of a to the sentences of b its text became (edits followed through). */
interface Replaced {
  from: Span;
  to: Span | null;
  /** The text moved unchanged: offsets inside map one to one. */
  moved?: boolean;
}

function goldLinks(a: Article, b: Article, map: (o: number) => number, replaced: Replaced[]): [number, number][] {
  const out: [number, number][] = [];
  for (const s of a.sentences) {
    // A sentence an edit covers whole became the edit's text (or nothing); one edited inside is still itself.
    const r = replaced.find((x) => x.from.start <= s.start && s.end <= x.from.end);
    // The end is exclusive: map its last character, or text inserted right after the sentence would join it.
    let target: Span | null = r ? r.to : { start: map(s.start), end: map(s.end - 1) + 1 };
    if (r?.moved && r.to) target = { start: r.to.start + s.start - r.from.start, end: r.to.start + s.end - r.from.start };
    if (!target || target.end <= target.start) continue;
    for (const t of b.sentences) {
      const ov = Math.min(t.end, target.end) - Math.max(t.start, target.start);
      if (ov > 0 && ov >= 0.3 * Math.min(t.end - t.start, target.end - target.start)) out.push([s.index, t.index]);
    }
  }
  return out;
}

function buildCase(
  name: string,
  id: string,
  kind: CaseKind,
  type: string,
  rule: VersionRuleId | null,
  textA: string,
  change: Change | null,
  extra: Edit[],
  note: string,
  move: Move | null = null,
): Case {
  const edits = [...(change ? [change.edit] : []), ...extra, ...(move ? [move.cut, move.paste] : [])];
  const applied = applyEdits(textA, edits);
  const a = parseArticle("a", textA);
  const b = parseArticle("b", applied.text);
  let spanB: Span | null = null;
  if (change?.inB) {
    const reg = applied.region(change.edit);
    spanB = { start: reg.start + change.inB.start, end: reg.start + change.inB.end };
  }
  const spanA = change?.spanA ?? null;
  const replaced: Replaced[] = edits
    .filter((e) => e.end > e.start && e !== move?.cut)
    .map((e) => ({ from: { start: e.start, end: e.end }, to: e.text.trim() ? applied.region(e) : null }));
  if (move) {
    const to = applied.region(move.paste);
    replaced.push({ from: move.paragraph, to: { start: to.start + move.lead, end: to.end }, moved: true });
  }
  const gold = goldLinks(a, b, applied.map, replaced);
  return {
    id,
    article: name,
    kind,
    type,
    rule,
    textA,
    textB: applied.text,
    spanA,
    spanB,
    regionA: spanA ? sentenceRegion(a, spanA) : null,
    regionB: spanB ? sentenceRegion(b, spanB) : null,
    note: move ? `${note}; ${move.note}` : note,
    paraphrased: extra.length,
    heavy: !!move,
    gold,
  };
}

interface Move {
  /** Removes the paragraph and the blank line after it. */
  cut: Edit;
  /** Inserts it again after another paragraph. */
  paste: Edit;
  paragraph: Span;
  /** Characters before the paragraph in `paste.text`. */
  lead: number;
  note: string;
}

/** Moves a body paragraph that does not touch `avoid` to after another paragraph at least two away. */
function moveParagraph(r: () => number, article: Article, text: string, avoid: Span): Move | null {
  const touches = (b: { start: number; end: number }): boolean => b.start <= avoid.end && avoid.start <= b.end + 2;
  const body = article.blocks.filter((b) => b.index >= 2);
  const movable = body.filter((b) => b.index < article.blocks.length - 1 && !touches(b));
  if (!movable.length) return null;
  const from = pick(r, movable);
  const targets = body.filter((b) => Math.abs(b.index - from.index) >= 2 && !touches(b));
  if (!targets.length) return null;
  const to = pick(r, targets);
  const next = article.blocks[from.index + 1];
  const paragraph = text.slice(from.start, from.end);
  return {
    cut: { start: from.start, end: next.start, text: "" },
    paste: { start: to.end, end: to.end, text: `\n\n${paragraph}` },
    paragraph: { start: from.start, end: from.end },
    lead: 2,
    note: `paragraph ${from.index} moved after paragraph ${to.index}`,
  };
}

/** A sentence added: related to the story or an injected promo line, as its own paragraph or inside one. */
function addChange(r: () => number, article: Article, text: string, line: string, note: string): Change {
  const body = bodySentences(article);
  const s = article.sentences[pick(r, body)];
  const block = article.blocks[s.block];
  const ownParagraph = /^(?:See also|Read more|Related|Sign up|Most read|Watch)/.test(line) || r() < 0.5;
  if (ownParagraph) {
    const at = block.end;
    const insert = `\n\n${line}`;
    return { edit: { start: at, end: at, text: insert }, spanA: null, inB: { start: 2, end: insert.length }, note };
  }
  const at = s.end;
  void text;
  return { edit: { start: at, end: at, text: ` ${line}` }, spanA: null, inB: { start: 1, end: line.length + 1 }, note };
}

function dropChange(r: () => number, article: Article, text: string, paragraph: boolean): Change | null {
  const body = bodySentences(article);
  if (paragraph) {
    const blocks = [...new Set(body.map((i) => article.sentences[i].block))].filter((b) => b > 2);
    if (!blocks.length) return null;
    const bl = article.blocks[pick(r, blocks)];
    let end = bl.end;
    while (end < text.length && /\s/.test(text[end])) end++;
    return { edit: { start: bl.start, end, text: "" }, spanA: { start: bl.start, end: bl.end }, inB: null, note: `paragraph dropped (${bl.endSentence - bl.firstSentence} sentences)` };
  }
  const multi = body.filter((i) => {
    const bl = article.blocks[article.sentences[i].block];
    return bl.endSentence - bl.firstSentence > 1;
  });
  if (!multi.length) return null;
  const s = article.sentences[pick(r, multi)];
  let end = s.end;
  while (end < text.length && text[end] === " ") end++;
  return { edit: { start: s.start, end, text: "" }, spanA: { start: s.start, end: s.end }, inB: null, note: "sentence dropped" };
}

/** Every case of the benchmark, deterministic for a seed. */
export function buildCases(corpus: Corpus, seed = 20250301, perType = 2, heavy = true): Case[] {
  const cases: Case[] = [];
  for (const art of corpus.articles) {
    const r = rng(seed ^ hash(art.name));
    const article = parseArticle(art.name, art.text);
    const { names, surnames } = namesOf(article);
    const ctx: OpContext = {
      article,
      text: art.text,
      names,
      surnames,
      sources: sourcesOf(article),
      related: corpus.related[art.name] ?? [],
      injected: corpus.injected,
    };
    const paras = corpus.paraphrases[art.name] ?? [];
    for (const { type, rule } of SUBTYPES) {
      const seen = new Set<string>();
      for (let attempt = 0, made = 0; attempt < 40 && made < perType; attempt++) {
        let change: Change | null = null;
        if (type === "add-related") {
          const line = ctx.related[made % Math.max(1, ctx.related.length)];
          if (line) change = addChange(r, article, art.text, line, `added: ${line}`);
        } else if (type === "add-injected") {
          const line = pick(r, ctx.injected);
          change = addChange(r, article, art.text, line, `injected: ${line}`);
        } else if (type === "drop-sentence" || type === "drop-paragraph") {
          change = dropChange(r, article, art.text, type === "drop-paragraph");
        } else {
          const body = shuffle(r, bodySentences(article, type === "date"));
          for (const i of body) {
            const s = article.sentences[i];
            change = OPERATORS[type](r, s.text, s.start, ctx);
            if (change) break;
          }
        }
        if (!change) continue;
        const key = `${change.edit.start}:${change.edit.end}:${change.edit.text}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const avoid: Span = change.spanA
          ? sentenceRegion(article, change.spanA)
          : { start: change.edit.start - 1, end: change.edit.start + 1 };
        const extra = paraphraseEdits(art.text, paras, avoid, 0.6, r).filter(
          (e) => !(e.start < change!.edit.end && change!.edit.start < e.end) && !(e.start === change!.edit.start || e.end === change!.edit.start),
        );
        made++;
        cases.push(buildCase(art.name, `${art.name}/${type}/${made}`, "perturbation", type, rule, art.text, change, extra, change.note));
        if (made === 1 && heavy) {
          // The same change inside a heavy rewrite: every other paraphrase applied and a paragraph moved.
          const move = moveParagraph(r, article, art.text, avoid);
          if (move) {
            const all = paraphraseEdits(art.text, paras, avoid, 1, r).filter(
              (e) =>
                !(e.start < change!.edit.end && change!.edit.start < e.end) &&
                !(e.start === change!.edit.start || e.end === change!.edit.start) &&
                !(e.start < move.cut.end && move.cut.start < e.end) &&
                e.end !== move.paste.start,
            );
            cases.push(buildCase(art.name, `${art.name}/${type}/heavy`, "perturbation", type, rule, art.text, change, all, change.note, move));
          }
        }
      }
    }
    paras.forEach((p, k) => {
      const start = art.text.indexOf(p.a);
      const edit = { start, end: start + p.a.length, text: p.b };
      cases.push(buildCase(art.name, `${art.name}/paraphrase/${k + 1}`, "paraphrase", "paraphrase", null, art.text, null, [edit], `${p.a} ⇒ ${p.b}`));
    });
    cases.push(moveCase(r, art.name, article, art.text));
  }
  return cases;
}

/** A paragraph moved elsewhere: must be found as a move, never as a drop plus an addition. */
function moveCase(r: () => number, name: string, article: Article, text: string): Case {
  const blocks = article.blocks.filter((b) => b.index >= 3);
  const from = pick(r, blocks.slice(0, -2));
  const targets = blocks.filter((b) => b.index >= from.index + 2);
  const to = pick(r, targets);
  const para = text.slice(from.start, from.end);
  const removed = text.slice(0, from.start) + text.slice(article.blocks[from.index + 1].start);
  const shift = article.blocks[from.index + 1].start - from.start;
  const at = to.end - shift;
  const textB = `${removed.slice(0, at)}\n\n${para}${removed.slice(at)}`;
  const a = parseArticle("a", text);
  const b = parseArticle("b", textB);
  const gold: [number, number][] = [];
  const used = new Set<number>();
  for (const s of a.sentences) {
    const t = b.sentences.find((x) => x.text === s.text && !used.has(x.index));
    if (t) {
      used.add(t.index);
      gold.push([s.index, t.index]);
    }
  }
  const spanB = { start: at + 2, end: at + 2 + para.length };
  return {
    id: `${name}/move/1`,
    article: name,
    kind: "move",
    type: "move",
    rule: null,
    textA: text,
    textB,
    spanA: { start: from.start, end: from.end },
    spanB,
    regionA: { start: from.start, end: from.end },
    regionB: spanB,
    note: `paragraph ${from.index} moved after paragraph ${to.index}`,
    paraphrased: 0,
    heavy: false,
    gold,
  };
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * Two long versions (about `words` words each) for timing: the base articles in rounds, each round with its
 * figures and names varied so no sentence repeats, version b taking one perturbation case per article.
 */
export function longVersionPair(corpus: Corpus, words: number, seed = 7): { a: string; b: string } {
  const cases = buildCases(corpus, seed, 1, false).filter((c) => c.kind === "perturbation");
  const r = rng(seed);
  const partsA: string[] = [];
  const partsB: string[] = [];
  let total = 0;
  for (let round = 0; total < words; round++) {
    for (const art of shuffle(r, corpus.articles)) {
      if (total >= words) break;
      const c = pick(r, cases.filter((x) => x.article === art.name));
      const vary = (t: string): string =>
        round === 0
          ? t
          : t
              .replace(/\b\d+\b/g, (d) => String(Number(d) + round * 7))
              .replace(/\b([A-Z][a-z]{3,})\b/g, (w) => (NOT_NAMES.has(w) ? w : `${w}${SURNAMES[round % SURNAMES.length].slice(0, 3).toLowerCase()}`));
      const a = vary(c.textA);
      partsA.push(a);
      partsB.push(vary(c.textB));
      total += a.split(/\s+/).length;
    }
  }
  return { a: partsA.join("\n\n"), b: partsB.join("\n\n") };
}
