// Turns sentences into comparable word features: folded, crudely stemmed content words, numbers and names,
// so that two wordings of one fact share features and two different facts do not.
// Pure: no vscode import. It must never look at anything but the article's own text, and never change it.

import type { Article } from "../article";
import { labelLength } from "../facts/transcript";
import { table } from "../facts/lookup";
import { verbBase } from "../facts/words";
import { ISO_CODES } from "../facts/numbers";
import { canonOf, isDemonym } from "../facts/names";

export const enum Kind {
  Word = 0,
  Name = 1,
  Number = 2,
}

/** One feature occurrence: an interned id, its kind, and how often it occurs in the sentence. */
export interface SentenceFeatures {
  /** Interned feature ids, unique, ascending. */
  ids: Int32Array;
  /** Occurrence count times the kind's weight, parallel to `ids`. */
  raw: Float64Array;
  /** Number of content words (for "is this sentence substantial" decisions). */
  words: number;
  /** Number of names and figures among them. */
  facts: number;
}

export interface ArticleFeatures {
  sentences: SentenceFeatures[];
  /** Feature id -> number of sentences that contain it. */
  df: Map<number, number>;
}

export const STOPWORDS = new Set(
  (
    "a an the and or but nor so yet for of to in on at by from with without into onto over under about above below " +
    "as than then that this these those there here which who whom whose what when where why how whether if while " +
    "is are was were be been being am do does did done doing have has had having will would shall should can could " +
    "may might must ought i me my mine we us our ours you your yours he him his she her hers it its they them their " +
    "theirs itself himself herself themselves ourselves yourself myself one ones also just only even very too more " +
    "most much many some any all each every both either neither other another such same own not no never none nothing " +
    "up down out off again further once s t re ve ll d m o y its its it's he's she's they're we're i'm don't didn't " +
    "doesn't isn't aren't wasn't weren't won't wouldn't can't couldn't shouldn't hasn't haven't hadn't let lets per"
  ).split(" "),
);

// Spelled-out numbers and common abbreviations are folded so "two" and "2", "20%" and "20 percent",
// "U.S." and "US" give the same feature.
const NUMBER_WORDS: Record<string, string> = table({
  zero: "0", nil: "0", one: "1", two: "2", three: "3", four: "4", five: "5", six: "6", seven: "7", eight: "8", nine: "9",
  ten: "10", eleven: "11", twelve: "12", thirteen: "13", fourteen: "14", fifteen: "15", sixteen: "16",
  seventeen: "17", eighteen: "18", nineteen: "19", twenty: "20", thirty: "30", forty: "40", fifty: "50",
  sixty: "60", seventy: "70", eighty: "80", ninety: "90", hundred: "100", dozen: "12",
  // ordinals meet their figure ("won six straight" / "their sixth win in a row", "6th"); "first" and "second"
  // are too often no count at all ("for the first time", "a second")
  third: "3", fourth: "4", fifth: "5", sixth: "6", seventh: "7", eighth: "8", ninth: "9", tenth: "10", eleventh: "11",
  twelfth: "12", thirteenth: "13", fourteenth: "14", fifteenth: "15", sixteenth: "16", seventeenth: "17", eighteenth: "18",
  nineteenth: "19", twentieth: "20", thirtieth: "30", fortieth: "40", fiftieth: "50", hundredth: "100",
});

// a currency sign or code just before a figure: "$12m", "CHF 46m"
const CURRENCY_SIGN = new RegExp(`(?:[$€£¥₹₦₽₴]|(?<![A-Za-z])(?:${ISO_CODES.join("|")}))\\s?$`);

/** Scale words after a figure, by their folded key ("cror" is the stem "crore" leaves). */
const SCALE_VALUES: Record<string, number> = table({
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, lakh: 1e5, lakhs: 1e5, cror: 1e7, crore: 1e7, crores: 1e7,
  // glued only ("140k"): a scale, never a word of its own
  k: 1e3,
});

const ALIASES: Record<string, string> = table({
  "u.s": "usa", "u.s.": "usa", "u.s.a": "usa", "u.s.a.": "usa", usa: "usa", america: "usa", american: "usa", americans: "usa",
  "u.k": "uk", "u.k.": "uk", britain: "uk", british: "uk",
  "u.n": "un", "u.n.": "un",
  "e.u": "eu", "e.u.": "eu",
  // "per cent" (British) is "percent": "per" is a function word, "cent" the percent
  pct: "percent", "%": "percent", cent: "percent",
  mln: "million", bln: "billion", bn: "billion", m: "million",
  // "minus 9 degrees Celsius" / "-9C"
  celsius: "c", fahrenheit: "f",
  // "Sept. 1" / "September 1" (only abbreviations that are no English word: "mar" and "may" are left alone)
  jan: "january", feb: "february", apr: "april", jun: "june", jul: "july", aug: "august", sep: "september", sept: "september",
  oct: "october", nov: "november", dec: "december",
});

/** Upper-case abbreviations that collide with ordinary words once lower-cased. */
const UPPER_ALIASES: Record<string, string> = table({ US: "usa", UK: "uk", UN: "un", EU: "eu" });

// Character classes for the tokenizer. A hand-written scanner: a Unicode-property regular expression over
// every word costs several times more, and this runs on every keystroke.
const LETTER = 1;
const MARK = 2;
const nonAscii = new Map<number, number>();

function charClass(c: number): number {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? LETTER : 0;
  let k = nonAscii.get(c);
  if (k === undefined) {
    const ch = String.fromCharCode(c);
    k = /\p{L}/u.test(ch) ? LETTER : /\p{M}/u.test(ch) ? MARK : 0;
    nonAscii.set(c, k);
  }
  return k;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLetter = (text: string, i: number): boolean => i < text.length && charClass(text.charCodeAt(i)) === LETTER;

/**
 * Calls `visit` with the offsets of each word ("U.S.", "Russia's", "Rinkević"), number ("1,800", "48.2") and
 * percent sign of `text`, in order.
 */
function scan(text: string, visit: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      const clock = clockAt(text, i);
      if (clock) {
        visit(i, i + clock[0].length);
        i += clock[0].length;
        continue;
      }
      let j = i + 1;
      while (j < n && (isDigit(text.charCodeAt(j)) || (text.charCodeAt(j) === 44 && j + 1 < n && isDigit(text.charCodeAt(j + 1))))) j++;
      if (j + 1 < n && text.charCodeAt(j) === 46 && isDigit(text.charCodeAt(j + 1))) {
        j += 2;
        while (j < n && isDigit(text.charCodeAt(j))) j++;
      }
      visit(i, j);
      // "22nd", "6th": the ordinal's suffix says nothing the figure does not ("23rd-placed" / "23rd in the league")
      const suffix = text.slice(j, j + 2).toLowerCase();
      if ((suffix === "st" || suffix === "nd" || suffix === "rd" || suffix === "th") && !isLetter(text, j + 2)) j += 2;
      i = j;
    } else if (c === 37) {
      visit(i, i + 1);
      i++;
    } else if (charClass(c) === LETTER) {
      let j = i + 1;
      while (j < n && charClass(text.charCodeAt(j)) !== 0) j++;
      const q = j < n ? text.charCodeAt(j) : 0;
      if ((q === 39 || q === 0x2019) && isLetter(text, j + 1)) {
        j += 2;
        while (isLetter(text, j)) j++;
      }
      // Dotted abbreviations: "U.S.", "U.N.", "e.g."
      if (j + 2 < n && text.charCodeAt(j) === 46 && isLetter(text, j + 1) && text.charCodeAt(j + 2) === 46) {
        j++;
        while (isLetter(text, j) && j + 1 < n && text.charCodeAt(j + 1) === 46) j += 2;
      }
      visit(i, j);
      i = j;
    } else i++;
  }
}

// A clock time at a digit: "18:45", "6:45 p.m.", "6.45pm", "01.15 hours", "9 a.m." (hours and minutes; a bare "9" or "6.45" is
// no time). Matched with the sticky flag at the digit, so it costs one test where a digit starts.
const CLOCK = /(?:(?<h>[01]?\d|2[0-3])[:.](?<m>[0-5]\d)(?![\d:.]\d)(?:\s?(?<ap>[ap])\.?m\.?(?![\p{L}])|\s(?<hrs>hours|hrs)(?![\p{L}]))?|(?<h2>1[0-2]|0?[1-9])\s?(?<ap2>[ap])\.?m\.?(?![\p{L}]))/uy;

/** The clock time starting at i (a 24-hour "H:MM", or any time with a.m./p.m.), or null. */
function clockAt(text: string, i: number): RegExpExecArray | null {
  if (i > 0 && isDigit(text.charCodeAt(i - 1))) return null;
  CLOCK.lastIndex = i;
  const m = CLOCK.exec(text);
  // "6.45" alone is a decimal: a full stop between hour and minutes needs a.m. or p.m., or "hours" ("01.15 hours")
  if (m && m.groups!.h !== undefined && !m.groups!.ap && !m.groups!.hrs && text.charCodeAt(i + m.groups!.h.length) !== 58) return null;
  return m;
}

/** One key for every way of writing a clock time: "6:45 p.m." and "18:45" are both "18:45". */
function clockKey(raw: string): string | undefined {
  const m = clockAt(raw, 0);
  if (!m || m[0].length !== raw.length) return undefined;
  const g = m.groups!;
  let h = Number(g.h ?? g.h2);
  const ap = (g.ap ?? g.ap2)?.toLowerCase();
  if (ap === "p" && h < 12) h += 12;
  if (ap === "a" && h === 12) h = 0;
  return `${String(h).padStart(2, "0")}:${g.m ?? "00"}`;
}

const KIND_WEIGHT = [1, 1.6, 1.6];

/** Folds case, accents and typographic quotes: "Rinkević" and "Rinkevic" become one word. */
export function fold(s: string): string {
  if (!/[^\x00-\x7f]/.test(s)) return s.toLowerCase();
  return s
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[’‘`]/g, "'")
    .toLowerCase();
}

/**
 * A crude English stemmer: enough that "seized"/"seizes"/"seizing"/"seize" and "territory"/"territories"
 * meet, and cheap enough to run on every keystroke. It is not meant to produce real words.
 */
export function stem(w: string): string {
  if (w.length <= 3) return w;
  let s = w;
  if (s.endsWith("'s")) s = s.slice(0, -2);
  if (s.length > 4) {
    if (s.endsWith("ies")) s = s.slice(0, -3) + "i";
    else if (s.endsWith("sses")) s = s.slice(0, -2);
    else if (/(?:x|z|ch|sh)es$/.test(s)) s = s.slice(0, -2);
    else if (s.endsWith("s") && !/[sui]s$/.test(s)) s = s.slice(0, -1);
  }
  if (s.length > 5 && s.endsWith("ingly")) s = s.slice(0, -5);
  else if (s.length > 5 && s.endsWith("edly")) s = s.slice(0, -4);
  else if (s.length > 4 && s.endsWith("ing")) s = s.slice(0, -3);
  else if (s.length > 4 && s.endsWith("ed")) s = s.slice(0, -2);
  else if (s.length > 5 && s.endsWith("ly")) s = s.slice(0, -2);
  // Noun forms of verbs: "investigation", "investigator" and "investigate" meet; so do "agreement" and "agreed".
  // "ratification" / "ratified", "privatisation" / "privatised": the noun meets the verb's past
  if (s.length > 9 && s.endsWith("ification")) s = s.slice(0, -6);
  else if (s.length > 8 && (s.endsWith("isation") || s.endsWith("ization"))) s = s.slice(0, -5);
  else if (s.length > 7 && s.endsWith("ation")) s = s.slice(0, -3);
  else if (s.length > 6 && s.endsWith("ator")) s = s.slice(0, -2);
  else if (s.length > 7 && s.endsWith("ment")) s = s.slice(0, -4);
  // "eruption" / "erupted", "closure" / "closed", "exposure" / "exposed"
  // ("station" is no "stated": a short "-ation" stays whole)
  else if (s.length > 6 && /[^a]tion$/.test(s)) s = s.slice(0, -3);
  else if (s.length > 6 && s.endsWith("sure")) s = s.slice(0, -3);
  if (/([bdfgklmnprt])\1$/.test(s)) s = s.slice(0, -1);
  if (s.length > 3 && s.endsWith("e")) s = s.slice(0, -1);
  if (s.length > 3 && s.endsWith("y")) s = s.slice(0, -1) + "i";
  return s;
}

export interface Token {
  /** The normalized feature text. */
  key: string;
  kind: Kind;
  /** Offsets of the word in the input string. */
  start: number;
  end: number;
}

/** How a raw word counts: a feature code (id · 4 + kind) in mid-sentence and at a sentence start, or -1. */
interface Entry {
  mid: number;
  start: number;
}

const interned = new Map<string, number>();
const keys: string[] = [];

export function intern(key: string): number {
  let id = interned.get(key);
  if (id === undefined) {
    id = keys.length;
    interned.set(key, id);
    keys.push(key);
  }
  return id;
}

/** The id of a feature already interned, or -1: a look-up that never adds one. */
export function knownId(key: string): number {
  return interned.get(key) ?? -1;
}

/** The text of an interned feature. */
export function keyOf(id: number): string {
  return keys[id];
}

/** Number of features interned so far: feature ids are below it, so arrays indexed by id can be dense. */
export function vocabularySize(): number {
  return keys.length;
}

const code = (key: string, kind: Kind): number => intern(key) * 4 + kind;

// Words recur; deciding what each spelling counts as once keeps tokenizing long texts cheap.
/**
 * Words a rewrite swaps for one another in news copy ("halted" / "stopped", "requires approval" / "needs
 * clearance", "biggest drop" / "steepest decline"): one feature to the aligner, so a reworded sentence still
 * finds its counterpart. Only the aligner reads them as one; the fact rules compare the words themselves.
 */
const SYNONYM_GROUPS: string[][] = [
  ["stop", "halt", "cease", "suspend", "pause"],
  ["start", "begin", "commence", "launch"],
  ["rise", "increase", "grow", "climb", "jump", "soar", "surge", "advance"],
  ["fall", "drop", "decline", "decrease", "slide", "slip", "dip", "tumble", "plunge", "sink"],
  ["big", "large", "major", "huge", "steep", "biggest", "largest", "steepest"],
  ["buy", "purchase", "acquire", "buyer", "purchaser"],
  ["need", "require"],
  ["approval", "clearance", "permission", "consent", "authorisation", "authorization"],
  ["remain", "stay"],
  ["seize", "confiscate"],
  ["arrest", "detain"],
  ["custody", "detention"],
  ["injure", "hurt", "wound"],
  ["citizen", "resident", "inhabitant"],
  ["request", "ask"],
  ["help", "assist", "aid"],
  ["end", "finish", "conclude"],
  ["cut", "reduce", "lower", "slash", "trim"],
  ["hike", "raise"],
  ["company", "firm", "business"],
  ["car", "vehicle"],
  ["doctor", "physician"],
  ["child", "children", "kid", "youngster"],
  ["home", "house"],
  ["lawmaker", "legislator"],
  ["match", "game", "fixture"],
  ["win", "victory", "triumph"],
  ["operation", "surgery"],
  ["quick", "fast", "rapid", "swift"],
  ["choose", "chosen", "select", "pick"],
  ["ship", "vessel", "boat"],
  ["staff", "employee", "worker"],
  ["show", "reveal", "indicate"],
  ["talks", "negotiation", "negotiations"],
  ["protest", "demonstration"],
  ["blaze", "fire"],
  ["crash", "collision"],
  ["earthquake", "quake", "tremor"],
  ["death", "fatality"],
  ["forecast", "outlook", "projection"],
  ["profit", "earnings"],
  ["share", "stock"],
  ["verdict", "ruling", "judgment", "judgement"],
  ["prison", "jail"],
  ["tournament", "championship"],
  ["allow", "permit"],
  ["ban", "prohibit", "forbid", "outlaw"],
  ["close", "shut"],
  ["warn", "caution"],
  ["build", "construct", "erect"],
  ["destroy", "wreck"],
  ["damage", "harm"],
  ["repair", "fix"],
  ["timeline", "timetable", "timeframe", "schedule"],
  ["rest", "remainder"],
  ["exceed", "surpass"],
  ["hire", "recruit"],
  ["abroad", "overseas"],
  ["plan", "scheme", "proposal"],
  ["trader", "shopkeeper", "retailer", "merchant"],
  ["driver", "motorist"],
  ["common", "frequent"],
  ["cost", "price"],
  ["talk", "discuss"],
  ["agreement", "deal", "accord"],
  ["attack", "assault"],
  ["police", "officer", "officers"],
  ["beat", "defeat", "overcome"],
  ["lead", "run", "head"],
  ["merge", "combine"],
  ["bid", "bidder"],
  ["move", "shift", "relocate", "transfer"],
  ["full", "entire", "whole", "complete"],
  ["repay", "reimburse", "refund"],
  ["turn", "switch"],
  // "with ten minutes left" / "with ten minutes remaining"
  ["remain", "left"],
  ["award", "prize"],
  // "Nobody was hurt." / "There were no injuries."
  ["injury", "injuries", "injured", "injure", "hurt", "wounded"],
];
const SYNONYM_KEY = new Map<string, string>();
for (const group of SYNONYM_GROUPS) {
  const key = stem(verbBase(group[0]));
  for (const w of group) SYNONYM_KEY.set(stem(verbBase(w)), key);
}
const synonymKey = (s: string): string => SYNONYM_KEY.get(s) ?? s;

/** Are two words (their folded forms) one word to the aligner: the same stem, or a listed rewording ("move" / "shift")? */
export function rewordingOf(x: string, y: string): boolean {
  return x === y || synonymKey(stem(verbBase(x))) === synonymKey(stem(verbBase(y)));
}

const memo = new Map<string, Entry>();

// Typing leaves every half-written word in the memo; past this size it starts afresh (ids stay valid).
const MEMO_LIMIT = 200_000;

function classify(raw: string): Entry {
  let e = memo.get(raw);
  if (e) return e;
  e = classifyFresh(raw);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(raw, e);
  return e;
}

function classifyFresh(raw: string): Entry {
  const same = (c: number): Entry => ({ mid: c, start: c });
  if (raw === "%") return same(code("percent", Kind.Word));
  const c0 = raw.charCodeAt(0);
  if (c0 >= 48 && c0 <= 57) return same(code(clockKey(raw) ?? raw.replace(/,/g, "").replace(/\.0+$/, ""), Kind.Number));
  const upper = UPPER_ALIASES[raw];
  if (upper) return same(code(upper, Kind.Name));
  const f = fold(raw);
  const alias = ALIASES[f];
  if (alias) return same(code(alias, alias === "percent" || alias.endsWith("illion") ? Kind.Word : Kind.Name));
  // ("League Two's" is "League Two")
  const num = NUMBER_WORDS[f] ?? NUMBER_WORDS[f.replace(/'s$/, "")];
  if (num) return same(code(num, Kind.Number));
  if (STOPWORDS.has(f)) return { mid: -1, start: -1 };
  const base = f.replace(/'s$/, "").replace(/\./g, "");
  if (!base) return { mid: -1, start: -1 };
  const capital = /^\p{Lu}/u.test(raw);
  // a people is its land ("the German's third win" / "Germany's Lukas Brandt")
  const word = capital && isDemonym(base) ? canonOf(base) : base;
  // Names and words share one stem, so a name written in lower case, or its plural, still meets.
  // "broke" and "broken", "fled" and "flee" are one word to the aligner, as "rose" and "rises" are
  const id = intern(synonymKey(stem(verbBase(word))));
  if (!capital) return same(id * 4 + Kind.Word);
  // A capital at the start of a sentence says little; elsewhere it marks a name.
  return { mid: id * 4 + Kind.Name, start: id * 4 + (/\p{Lu}/u.test(raw.slice(1)) ? Kind.Name : Kind.Word) };
}

const TENS_KEYS = new Set(["20", "30", "40", "50", "60", "70", "80", "90"]);

let scratch = new Int32Array(256);

/** Appends the feature codes of `text` to the scratch buffer from `n` on; returns the new length. */
function encodeInto(text: string, n: number): number {
  let first = true;
  let tensEnd = -1;
  // a decimal read out ("one point two" is 1.2): where the number word before "point" ended, then where
  // "point" (or the last digit word after it) ended, with the scratch slot of the whole part
  let wordNumberEnd = -1;
  let decimal: { slot: number; whole: string; digits: string; end: number } | undefined;
  let afterAt = false;
  let afterNo = false;
  // where the last plain figure started and ended, for a scale word right after it
  let numberEnd = -1;
  let numberStart = 0;
  // a number spelled out past its scale ("two thousand five hundred" is 2500): the scratch slot of the figure, the
  // thousands so far, the smaller part after them, and where the last of its words ended
  let spelled: { slot: number; total: number; rest: number; end: number } | undefined;
  // (the checks below run on every word of every sentence: each tests the cheap condition first)
  scan(text, (start, end) => {
    const raw = text.slice(start, end);
    if (spelled) {
      if (start === spelled.end + 1 && spelledPart(spelled, raw)) {
        spelled.end = end;
        scratch[spelled.slot] = code(String(spelled.total + spelled.rest), Kind.Number);
        return;
      }
      spelled = undefined;
    }
    const e = classify(raw);
    let c = first ? e.start : e.mid;
    first = false;
    if (decimal && start === decimal.end + 1) {
      // a digit word ("zero" to "nine"): the number words whose figure is one digit
      const digit = NUMBER_WORDS[raw.toLowerCase()];
      if (digit !== undefined && digit.length === 1) {
        // the first digit after "point" takes "point" back off the buffer
        if (!decimal.digits) n--;
        decimal.digits += digit;
        decimal.end = end;
        scratch[decimal.slot] = code(`${decimal.whole}.${decimal.digits}`, Kind.Number);
        return;
      }
    }
    decimal = undefined;
    // a figure and its scale are one value however written: "Rs 5 lakh" / "Rs 500,000", "$3.5m" / "3,500,000"
    // ("5m" may be five metres: a bare "m" is a scale only after a currency sign or code, "$12m", "CHF 46m")
    if (numberEnd >= 0 && start - numberEnd <= 1 && c >= 0 && n > 0) {
      const scale = SCALE_VALUES[keys[c >> 2]];
      const metres = (raw === "m" || raw === "M") && !CURRENCY_SIGN.test(text.slice(Math.max(0, numberStart - 5), numberStart));
      // "140k passengers" is 140,000; only glued ("a 5 k run" is no figure of thousands)
      const spacedK = (raw === "k" || raw === "K") && start !== numberEnd;
      const value = scale !== undefined && !metres && !spacedK ? Number(keys[scratch[n - 1] >> 2]) * scale : NaN;
      if (Number.isFinite(value)) {
        scratch[n - 1] = code(String(Math.round(value * 1000) / 1000), Kind.Number);
        // a spelled figure before a spelled scale may go on: "two thousand five hundred"
        if (/^\p{L}/u.test(text.slice(numberStart, numberStart + 1)) && /^\p{L}+$/u.test(raw)) spelled = { slot: n - 1, total: value, rest: 0, end };
        numberEnd = -1;
        afterAt = false;
        return;
      }
    }
    const isNumber = c >= 0 && (c & 3) === Kind.Number;
    numberEnd = isNumber && /^[\d.]+$/.test(keys[c >> 2]) ? end : -1;
    numberStart = start;
    if (wordNumberEnd >= 0 && start === wordNumberEnd + 1 && raw === "point") decimal = { slot: n - 1, whole: keys[scratch[n - 1] >> 2], digits: "", end };
    // "at one point two men …": a moment, not a figure
    wordNumberEnd = isNumber && raw.charCodeAt(0) > 57 && !afterAt && NUMBER_WORDS[fold(raw)] ? end : -1;
    afterAt = raw === "at" || raw === "At" || raw === "AT";
    const wasNo = afterNo;
    afterNo = raw === "no" || raw === "No" || raw === "NO";
    if (c < 0) return;
    // "No one was hurt" is "Nobody was hurt", no figure
    if (wasNo && isNumber && fold(raw) === "one") c = classify("nobody").mid;
    // "fifty-eight" is 58, as the digits are: the tens word before a hyphen takes the unit after it
    if (tensEnd >= 0 && start === tensEnd + 1 && text.charCodeAt(tensEnd) === 45 && isNumber) {
      const unit = Number(keys[c >> 2]);
      if (unit >= 1 && unit <= 9) {
        scratch[n - 1] = code(String(Number(keys[scratch[n - 1] >> 2]) + unit), Kind.Number);
        tensEnd = -1;
        return;
      }
    }
    tensEnd = isNumber && TENS_KEYS.has(keys[c >> 2]) && NUMBER_WORDS[fold(raw)] ? end : -1;
    if (n === scratch.length) {
      const bigger = new Int32Array(n * 2);
      bigger.set(scratch);
      scratch = bigger;
    }
    scratch[n++] = c;
  });
  return n;
}

/**
 * Takes one more word of a number spelled out after its scale: "and", a unit or tens word (added), or "hundred"
 * (multiplying what came after the scale). False for any other word, which ends the number.
 */
function spelledPart(s: { total: number; rest: number }, raw: string): boolean {
  const w = raw.toLowerCase();
  if (w === "and") return true;
  if (w === "hundred") {
    if (s.rest === 0 || s.rest >= 10) return false;
    s.rest *= 100;
    return true;
  }
  // "three million five hundred thousand": a smaller scale closes the part after the larger one
  const scale = SCALE_VALUES[w];
  if (scale !== undefined && /^\p{L}+$/u.test(w)) {
    if (s.rest === 0 || s.rest * scale >= s.total) return false;
    s.total += s.rest * scale;
    s.rest = 0;
    return true;
  }
  const v = SPELLED_SMALL[w];
  if (v === undefined || (s.rest % 100 !== 0 && s.rest % 10 !== 0) || (v >= 20 && s.rest % 100 !== 0)) return false;
  s.rest += v;
  return true;
}
// the cardinal words below a hundred, by value ("fifth" and "dozen" end a spelled number): NUMBER_WORDS without
// its ordinals, "zero", "nil" and "dozen"
const SPELLED_SMALL: Record<string, number> = table(
  Object.fromEntries(
    Object.entries(NUMBER_WORDS)
      .filter(([w, v]) => +v >= 1 && +v < 100 && w !== "dozen" && !/(?:th|rd)$/.test(w))
      .map(([w, v]) => [w, +v]),
  ),
);

/** Feature codes (id · 4 + kind) of a piece of text, in order; function words are dropped. */
export function encode(text: string): Int32Array {
  return scratch.slice(0, encodeInto(text, 0));
}

/** Content tokens of a piece of text with their offsets, in order; function words are dropped. */
export function contentTokens(text: string): Token[] {
  const out: Token[] = [];
  let first = true;
  scan(text, (start, end) => {
    const e = classify(text.slice(start, end));
    const c = first ? e.start : e.mid;
    first = false;
    if (c >= 0) out.push({ key: keys[c >> 2], kind: (c & 3) as Kind, start, end });
  });
  return out;
}

let sortScratch = new Int32Array(256);

/**
 * Features of each piece of text, as ascending ids with weighted counts. The ids and weights of all of them
 * share two buffers: thousands of small typed arrays per article would each cost the collector far more
 * than a view into one.
 */
function featuresOfAll(all: readonly Int32Array[]): SentenceFeatures[] {
  let total = 0;
  for (const codes of all) total += codes.length;
  const idBuf = new Int32Array(total);
  const rawBuf = new Float64Array(total);
  let base = 0;
  return all.map((codes) => {
    if (sortScratch.length < codes.length) sortScratch = new Int32Array(Math.max(codes.length, sortScratch.length * 2));
    const sorted = sortScratch.subarray(0, codes.length);
    sorted.set(codes);
    sorted.sort();
    let at = base - 1;
    let facts = 0;
    for (let k = 0; k < sorted.length; k++) {
      const id = sorted[k] >> 2;
      // Codes of one id sort together; each occurrence adds the weight of its own kind.
      if (at < base || idBuf[at] !== id) idBuf[++at] = id;
      rawBuf[at] += KIND_WEIGHT[sorted[k] & 3];
      if ((sorted[k] & 3) !== Kind.Word) facts++;
    }
    const out = { ids: idBuf.subarray(base, at + 1), raw: rawBuf.subarray(base, at + 1), words: codes.length, facts };
    base = at + 1;
    return out;
  });
}

/** Features of one piece of text, as ascending ids with weighted counts. */
export function featuresOf(codes: Int32Array): SentenceFeatures {
  return featuresOfAll([codes])[0];
}

export function textFeatures(text: string): SentenceFeatures {
  return featuresOf(encode(text));
}

export interface ArticleTokens {
  /** Per sentence, feature codes in order. */
  sentences: Int32Array[];
}

const tokenCache = new WeakMap<Article, ArticleTokens>();

/** Feature codes of every sentence of an article, computed once per parsed article. */
export function articleTokens(article: Article): ArticleTokens {
  let t = tokenCache.get(article);
  if (!t) {
    // one buffer for the whole article, a view per sentence
    const ends: number[] = [];
    let n = 0;
    // a transcript's speaker label ("MOREAU:", "Q:") is layout: the prose rewrite names the speaker its own way
    for (const s of article.sentences) ends.push((n = encodeInto(s.text.slice(labelLength(s.text)), n)));
    const all = scratch.slice(0, n);
    t = { sentences: ends.map((end, k) => all.subarray(k ? ends[k - 1] : 0, end)) };
    tokenCache.set(article, t);
  }
  return t;
}

const cache = new WeakMap<Article, ArticleFeatures>();

/** Features of every sentence of an article, computed once per parsed article. */
export function articleFeatures(article: Article): ArticleFeatures {
  let f = cache.get(article);
  if (f) return f;
  const sentences = featuresOfAll(articleTokens(article).sentences);
  const df = new Map<number, number>();
  for (const s of sentences) for (const id of s.ids) df.set(id, (df.get(id) ?? 0) + 1);
  f = { sentences, df };
  cache.set(article, f);
  return f;
}
