// Finds the names in a sentence (people, places, organisations: capitalised word groups, with titles
// and sentence-initial function words left out) and decides when two names are one entity: letter
// case, curly vs straight apostrophes, periods in abbreviations ("U.S."/"US"), known aliases and
// demonyms ("American"/"US"), acronyms ("NYT"/"New York Times") and partial names ("Putin"/"Vladimir
// Putin", "the Times"/"The New York Times"). Accents are spelling: "Rinkevics" and "Rinkević" differ.
// Pure: no vscode import. Knows no particular story's names; everything here is general English usage.

import type { Article } from "../article";
import { perArticle, sentenceFacts } from "./sentence-facts";
import { labelOf } from "./transcript";
import { fold, lemma, type Word } from "./words";
import { calendarKey, table, withoutFullStop } from "./lookup";
import { ISO_CODES } from "./numbers";

export interface NameMention {
  start: number;
  end: number;
  text: string;
  /** The words of the name, without title or leading "the". */
  words: Word[];
  /** Lower case, apostrophes straightened, periods and a possessive 's dropped; accents kept. */
  key: string;
  /** The key mapped through aliases and demonyms ("american" → "us"). */
  canon: string;
  /** A nationality or regional adjective ("Russian", "Western"). */
  demonym: boolean;
}

// Capitalised only because they start a sentence or a quotation.
const FUNCTION_WORDS = new Set(
  (
    "a an the and but or nor so yet for if then than when while where whereas after before since until as because although though " +
    "however meanwhile moreover still also even instead indeed perhaps maybe thus therefore nevertheless nonetheless otherwise " +
    "he she it they we i you his her its their our my your him them us this that these those there here what which who whom whose why how " +
    "in on at by from with without into onto over under about above below between among through during against toward towards " +
    "according despite amid along across around beyond within upon not no never none nothing all some many most more much few several " +
    "each every any both either neither one two three four five six seven eight nine ten first second third last next another other " +
    "such only just again already now today yesterday tomorrow tonight later earlier recently currently finally initially " +
    "is are was were be been has have had do does did will would shall should can could may might must " +
    "mr mrs ms dr see related read watch listen photo video image getty reuters"
  ).split(" "),
);

// Titles and roles: part of the phrase, not of the name ("Finnish President Anna Virtanen").
const TITLES = new Set(
  (
    "president vice prime minister ministers secretary chancellor premier king queen prince princess pope " +
    "sen senator rep representative gov governor mayor gen general lt col colonel maj major capt captain sgt adm admiral " +
    "commander ambassador envoy spokesman spokeswoman spokesperson director chief chairman chairwoman chair ceo judge justice " +
    "prof professor dr mr mrs ms sir dame lord lady sheikh emir ayatollah patriarch bishop rev father hon honourable honorable " +
    "foreign defense defence interior finance deputy acting former leader speaker attorney officer official officials " +
    "midfielder striker defender goalkeeper winger forward coach manager detective sergeant constable inspector councillor councilman councilwoman " +
    "coun cllr supt insp det const superintendent alderman di dci dsi ds dcs pcso " +
    "curator editor producer architect scientist researcher economist analyst historian designer novelist poet " +
    "skipper founder co-founder conductor composer chef surgeon nurse pilot principal headteacher headmaster headmistress " +
    "goalie goaltender keeper fly-half scrum-half quarterback pitcher batsman batter bowler seamer spinner wicketkeeper wicket-keeper jockey " +
    "eng engineer coroner magistrate " +
    "top senior junior retired current ex high-ranking"
  ).split(" "),
);

// Words of a state's or a body's name that may stand before "of": "Democratic Republic of Congo".
const STATE_WORDS = new Set(["republic", "kingdom", "state", "states", "isle", "islands", "emirates", "federation", "union", "province", "city", "county", "duchy", "principality"]);
// A sentence's first word with an adverb's ending ("Afterwards Dahl said", "Eventually Marsh agreed") opens the sentence, not a name.
const ADVERB_ENDING = /^(?:afterwards?|overall|elsewhere|separately|\p{L}+(?:ally|ntly|ously|ively|ately|edly|fully|arly))$/u;
const CONNECTORS = new Set(["of", "de", "del", "da", "van", "von", "der", "den", "la", "le", "al", "bin", "ibn", "du", "dos", "das", "and"]);
const MONTHS_DAYS = new Set(
  (
    "january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday " +
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun"
  ).split(" "),
);

/** A title or office that stands before a name ("Judge", "Gov.", "minister"). */
export function isTitleWord(norm: string): boolean {
  return TITLES.has(withoutFullStop(norm));
}

export function isCalendarWord(norm: string): boolean {
  return MONTHS_DAYS.has(calendarKey(norm));
}

const ALIASES: Record<string, string> = table({
  us: "us", usa: "us", "united states": "us", "united states of america": "us", america: "us", american: "us", americans: "us",
  uk: "uk", britain: "uk", "great britain": "uk", "united kingdom": "uk", british: "uk", briton: "uk", britons: "uk",
  un: "un", "united nations": "un", eu: "eu", "european union": "eu", nato: "nato", "north atlantic treaty organization": "nato",
  ussr: "ussr", "soviet union": "ussr", soviet: "ussr", uae: "uae", "united arab emirates": "uae", emirati: "uae",
  dprk: "north korea", "north korean": "north korea", "south korean": "south korea", "czech republic": "czechia",
  // US states as wire copy abbreviates them after a town ("Tinsley, Ore." / "Tinsley, Oregon")
  ala: "alabama", ariz: "arizona", ark: "arkansas", calif: "california", colo: "colorado", conn: "connecticut", fla: "florida",
  ga: "georgia", ill: "illinois", kan: "kansas", kans: "kansas", ky: "kentucky", md: "maryland", mass: "massachusetts",
  mich: "michigan", minn: "minnesota", mont: "montana", neb: "nebraska", nev: "nevada", okla: "oklahoma", ore: "oregon",
  pa: "pennsylvania", tenn: "tennessee", tex: "texas", vt: "vermont", va: "virginia", wash: "washington", wis: "wisconsin",
  wyo: "wyoming",
  // the Games are the Olympics: "the 2036 Summer Games" / "the 2036 Summer Olympics"
  "summer games": "summer olympics", "winter games": "winter olympics", "olympic games": "olympics", "paralympic games": "paralympics",
});

const DEMONYMS: Record<string, string> = table({
  russian: "russia", russians: "russia", ukrainian: "ukraine", ukrainians: "ukraine", latvian: "latvia", lithuanian: "lithuania",
  estonian: "estonia", polish: "poland", german: "germany", germans: "germany", french: "france", chinese: "china", japanese: "japan",
  korean: "korea", indian: "india", israeli: "israel", israelis: "israel", palestinian: "palestine", palestinians: "palestine",
  iranian: "iran", iraqi: "iraq", syrian: "syria", turkish: "turkey", egyptian: "egypt", saudi: "saudi arabia", canadian: "canada",
  mexican: "mexico", brazilian: "brazil", australian: "australia", european: "europe", europeans: "europe", western: "west",
  eastern: "east", african: "africa", asian: "asia", belarusian: "belarus", georgian: "georgia", moldovan: "moldova", finnish: "finland",
  swedish: "sweden", norwegian: "norway", danish: "denmark", dutch: "netherlands", italian: "italy", spanish: "spain", greek: "greece",
  hungarian: "hungary", romanian: "romania", czech: "czechia", serbian: "serbia", afghan: "afghanistan", pakistani: "pakistan",
  venezuelan: "venezuela", cuban: "cuba", lebanese: "lebanon", yemeni: "yemen", qatari: "qatar", taiwanese: "taiwan", irish: "ireland",
  scottish: "scotland", welsh: "wales", english: "england", swiss: "switzerland", austrian: "austria", belgian: "belgium",
  portuguese: "portugal", nigerian: "nigeria", kenyan: "kenya", ethiopian: "ethiopia", sudanese: "sudan", libyan: "libya",
  jordanian: "jordan", armenian: "armenia", azerbaijani: "azerbaijan", kazakh: "kazakhstan", vietnamese: "vietnam", thai: "thailand",
  indonesian: "indonesia", filipino: "philippines", chilean: "chile", argentine: "argentina", argentinian: "argentina", colombian: "colombia",
});

// the people words among the aliases ("American" is the US as "Russian" is Russia)
const ALIAS_DEMONYMS = new Set(["american", "americans", "british", "briton", "britons", "soviet", "emirati"]);

/** Is the folded word a listed people of a place ("belgian", "americans")? */
export function isDemonym(key: string): boolean {
  return key in DEMONYMS || ALIAS_DEMONYMS.has(key);
}

const ACRONYM_SKIP = new Set(["of", "the", "and", "for", "de", "on", "in", "&"]);
const OPENER_BEFORE = /[“"‘'(«:—–-]\s*$/;

function keyOf(ws: Word[]): string {
  return ws
    .map((w) => w.text.toLowerCase().replace(/[’‘`]/g, "'").replace(/'s$/, "").replace(/\./g, ""))
    .join(" ");
}

// Words that make a name an organisation's: such a name may be swapped for another name of the same body.
const ORG_WORDS = new Set(
  (
    "association union council company markets market inc corp corporation party ministry department agency times post news journal " +
    "university institute bank group foundation court committee commission government office service police army navy club league " +
    "federation organization organisation network press reuters airlines co ltd plc fund authority board centre center hospital school " +
    "trust society charity coalition alliance institution chamber"
  ).split(" "),
);

export function isOrganisation(n: NameMention): boolean {
  return n.words.some((w) => ORG_WORDS.has(w.norm));
}

export function canonOf(key: string): string {
  return ALIASES[key] ?? DEMONYMS[key] ?? (CONVENTION_HINT.test(key) ? key.split(" ").map(americanForm).join(" ") : key);
}

// British and American spellings of one word, as a republisher converts them ("Harbour Street" / "Harbor
// Street", "Defence Ministry" / "Defense Ministry", "Organisation" / "Organization", "Centre" / "Center"):
// one name. Each pattern needs a stem of three letters, so "Tour", "Hour" or "Notre" are left alone.
const CONVENTIONS: [RegExp, string][] = [
  [/^(\p{L}{3,})our(s?)$/u, "$1or$2"],
  [/^(\p{L}{3,})tre(s?)$/u, "$1ter$2"],
  [/^(def|off|lic|pret)ence(s?)$/u, "$1ense$2"],
  [/^(\p{L}{3,})is(ation|ations|e|es|ed|ing)$/u, "$1iz$2"],
  [/^(\p{L}{2,})ys(e|es|ed|ing)$/u, "$1yz$2"],
  [/^(\p{L}{3,})ogue(s?)$/u, "$1og$2"],
  [/^councillor(s?)$/u, "councilor$1"],
  [/^programme(s?)$/u, "program$1"],
];
const CONVENTION_HINT = /our|tre|ence|is|ys|ogue|llor|mme/;

/** The American form of one lower-case word of a name, or the word. */
function americanForm(word: string): string {
  for (const [re, to] of CONVENTIONS) {
    const out = word.replace(re, to);
    if (out !== word) return out;
  }
  return word;
}

const UPPER = /^\p{Lu}/u;

function isCap(w: Word): boolean {
  const c = w.text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(w.text);
}

/** Lower-case forms of words the article capitalises in mid-sentence: there, a capital marks a name. */
function midSentenceCaps(article: Article): Set<string> {
  const out = new Set<string>();
  const text = article.text;
  const n = text.length;
  for (let i = 1; i < n; i++) {
    if (text.charCodeAt(i - 1) !== 32) continue;
    const c = text.charCodeAt(i);
    if (c < 128 ? c < 65 || c > 90 : !UPPER.test(text[i])) continue;
    // after a word, a figure, a comma or a semicolon and spaces: not a sentence start
    let k = i - 1;
    while (k > 0 && text.charCodeAt(k) === 32) k--;
    const p = text[k];
    if (!(p === "," || p === ";" || letterOrDigit(text, k))) continue;
    let e = i + 1;
    while (e < n && wordTail(text, e)) e++;
    out.add(text.slice(i, e).toLowerCase().replace(/[’]/g, "'").replace(/'s$/, ""));
    i = e;
  }
  return out;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const WORD_TAIL = /[\p{L}\p{M}'’.-]/u;

// ASCII fast paths of the two classes above: this scan visits every character of the article.
function letterOrDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return LETTER_OR_DIGIT.test(text[i]);
}

function wordTail(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 46 || c === 45;
  return WORD_TAIL.test(text[i]);
}

/** Only spaces (at least one) between two words. */
function spacesOnly(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 0xa0) return false;
  }
  return true;
}

function makeName(text: string, ws: Word[]): NameMention | null {
  let i = 0;
  while (i < ws.length && (ws[i].norm === "the" || TITLES.has(withoutFullStop(ws[i].norm)))) i++;
  const core = ws.slice(i);
  if (!core.length) return null;
  if (core.length === 1 && (isCalendarWord(core[0].norm) || core[0].text === "I" || COMMON_ACRONYMS.has(core[0].text.replace(/['’]s$/, "")) || CURRENCY_WORD.test(core[0].text))) return null;
  const key = keyOf(core);
  const start = core[0].start;
  const end = core[core.length - 1].end - (/['’]s$/.test(core[core.length - 1].text) ? 2 : 0);
  return { start, end, text: text.slice(start, end), words: core, key, canon: canonOf(key), demonym: core.length === 1 && (key in DEMONYMS || ALIAS_DEMONYMS.has(key)) };
}

/** Names in one sentence, in order; computed once per sentence. */
export function findNames(article: Article, index: number): NameMention[] {
  const cache = perArticle(article, "names", () => new Map<number, NameMention[]>());
  let names = cache.get(index);
  if (!names) {
    names = scanNames(article, index);
    cache.set(index, names);
  }
  return names;
}

// A currency's sign or code, alone or glued to its amount: "KSh5", "Rs", "USD", "NZ$3", "Rs38.5bn"; the rand's
// "R" only with a decimal or a scale ("R18.6bn", "R2.3m"), since "R482" is a road
const CURRENCY_WORD = new RegExp(`^(?:(?:KSh|Ksh|Rs|Rp|RM|${ISO_CODES.join("|")})(?:\\d[\\d.,]*(?:bn|mn|mil|m|k|tn)?)?|R\\d+(?:[.,]\\d+(?:bn|mn|m|k|tn)?|(?:bn|mn|m|k|tn)))$`);

// Capitals that abbreviate a common noun, not a name of anyone or anywhere: "the AI platform", "its CEO"
const COMMON_ACRONYMS = new Set([
  "AI", "CEO", "CFO", "COO", "CTO", "GDP", "IT", "TV", "PC", "DNA", "RNA", "HIV", "ICU", "ATM", "SUV", "EV", "EVs", "VAT", "PR", "HR",
  "IPO", "PDF", "URL", "GPS", "LED", "CCTV", "ID", "IDs", "DJ", "CV", "MRI", "GP", "GPs", "PhD", "LGBT", "LGBTQ", "PPE", "Q&A",
]);

/** "Second-division", "Spanish-registered", "AI-powered": a capitalised word whose later hyphenated parts are lower case. */
const DESCRIBING = /^\p{Lu}(?:\p{Ll}+|\p{Lu}+)(?:-\p{Ll}+)+$/u;

function scanNames(article: Article, index: number): NameMention[] {
  const caps = perArticle(article, "midSentenceCaps", midSentenceCaps);
  let ws = sentenceFacts(article, index).words;
  // "ANCHOR:", "REPORTER:", "Q:": a transcript's label for the programme's voice or the interviewer names no one
  const label = ws.length && /^\p{Lu}{1,}[\p{Lu}'’. -]*:/u.test(article.sentences[index].text) ? labelOf(article, index) : undefined;
  if (label && label.voice !== "speaker") ws = ws.filter((w) => w.start >= label.end);
  const text = article.text;
  const sentenceStart = article.sentences[index].start;
  // A headline in title case capitalises every longer word, verbs too: no reliable names there.
  const long = ws.filter((w) => w.text.length >= 4);
  if (long.length >= 4 && long.every(isCap)) return [];
  const out: NameMention[] = [];
  let group: Word[] = [];
  const flush = () => {
    // trailing connectors ("Bank of") are not part of the name
    while (group.length && !isCap(group[group.length - 1])) group.pop();
    // split at titles inside the group: "Finnish President Anna Virtanen" is "Finnish" and "Anna Virtanen";
    // a title word ending the group stands before no name: "Ministry of Defence" is one name
    let part: Word[] = [];
    const parts: Word[][] = [];
    for (let k = 0; k < group.length; k++) {
      const w = group[k];
      if (TITLES.has(withoutFullStop(w.norm)) && isCap(w) && k < group.length - 1) {
        if (part.length) parts.push(part);
        part = [];
      } else part.push(w);
    }
    if (part.length) parts.push(part);
    // a person's name before "of" is the person, and what follows is where they work: "Ingrid Falk of Rostad
    // University" is two names; "Bank of England" and "Democratic Republic of Congo" stay one
    for (let k = 0; k < parts.length; k++) {
      const p = parts[k];
      const of = p.findIndex((w, m) => m >= 2 && w.norm === "of");
      if (of > 0 && p.slice(0, of).every((w) => isCap(w) && !ORG_WORDS.has(w.norm) && !STATE_WORDS.has(w.norm))) parts.splice(k, 1, p.slice(0, of), p.slice(of + 1));
    }
    for (const p of parts) {
      const n = makeName(text, p);
      if (n) out.push(n);
    }
    group = [];
  };
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k];
    if (!isCap(w) && !group.length) continue;
    const prevEnd = k > 0 ? ws[k - 1].end : sentenceStart;
    const tight = spacesOnly(text, prevEnd, w.start);
    const gap = tight ? " " : text.slice(prevEnd, w.start);
    // a single space is never an opener: no need to run the pattern on it
    // "the Hospital Doctors' Association", "the Teachers' Union": a plural possessive inside one name, not a quote opening
    // … and an ampersand joins one name: "the Canal & River Board", "Marks & Spencer"
    const inName = tight || (group.length > 0 && isCap(w) && ((ws[k - 1].text.endsWith("s") && /^['’] +$/.test(gap)) || /^ ?& ?$/.test(gap)));
    const initial = k === 0 || (!inName && OPENER_BEFORE.test(gap));
    if (isCap(w)) {
      // "the second century AD", "300 BC": an era, not a name
      if (ERAS.has(w.text.replace(/\./g, ""))) {
        flush();
        continue;
      }
      // "46.2°C", "104 °F", "300K": a unit of temperature after a figure, not a name
      if ((w.text === "C" || w.text === "F" || w.text === "K") && /(?:\d\s?°?|°)\s?$/.test(text.slice(Math.max(0, w.start - 3), w.start))) {
        flush();
        continue;
      }
      // "No. 11", "Nos. 4 and 5": the abbreviation of "number" before a figure
      if ((w.text === "No" || w.text === "Nos") && /^\.\s*\d/.test(text.slice(w.end, w.end + 3))) {
        flush();
        continue;
      }
      if (initial) {
        const lower = w.norm.replace(/'s$/, "");
        const nextCap = k + 1 < ws.length && isCap(ws[k + 1]) && spacesOnly(text, w.end, ws[k + 1].start);
        const acronym = w.text.length > 1 && w.text === w.text.toUpperCase();
        // "Second-division Corran Rangers", "Long-serving Mayor Ann Bell": a compound whose later parts are
        // lower case describes the name that follows ("Rolls-Royce", "Stratford-upon-Avon" keep a capital)
        const describing = DESCRIBING.test(w.text);
        if (!acronym && (describing || FUNCTION_WORDS.has(lower) || (!caps.has(lower) && ADVERB_ENDING.test(lower)) || (!caps.has(w.text.toLowerCase().replace(/’/g, "'").replace(/'s$/, "")) && !nextCap))) {
          flush();
          continue;
        }
      }
      // "a Spanish-registered trawler", "a Dublin-based firm": a compound whose later parts are lower case is
      // an adjective; the name in it is its first part alone
      const dash = w.text.indexOf("-");
      if (dash > 0 && DESCRIBING.test(w.text)) {
        flush();
        const first = w.text.slice(0, dash);
        const norm = w.norm.slice(0, w.norm.indexOf("-"));
        group.push({ text: first, norm, lemma: lemma(norm), start: w.start, end: w.start + dash });
        flush();
        continue;
      }
      if (group.length && !inName) flush();
      group.push(w);
      if (/['’]s$/.test(w.text) && !possessiveInName(ws, k, text)) flush();
      continue;
    }
    // "the Institute for Fisheries Research", "the Centre for Disease Control": "for" after a body's word joins its name
    const joins = CONNECTORS.has(w.norm) || (w.norm === "for" && group.length > 0 && ORG_WORDS.has(group[group.length - 1].norm));
    if (group.length && joins && tight && k + 1 < ws.length && isCap(ws[k + 1]) && w.norm !== "and") {
      group.push(w);
      continue;
    }
    flush();
  }
  flush();
  return out;
}

const tokenCache = new WeakMap<NameMention, string[]>();
// the head word of a body that translations render either way: "the Constitutional Tribunal" of a
// Spanish or Polish wire is "the Constitutional Court" of an English rewrite
const SAME_HEAD: Record<string, string> = table({ tribunal: "court", tribunals: "courts" });

function tokensOf(n: NameMention): string[] {
  let t = tokenCache.get(n);
  if (!t) {
    t = n.key.split(" ").map((w) => SAME_HEAD[w] ?? canonOf(w));
    tokenCache.set(n, t);
  }
  return t;
}

function initials(n: NameMention): string {
  return n.key
    .split(" ")
    .filter((t) => !ACRONYM_SKIP.has(t))
    .map((t) => t[0])
    .join("");
}

function isAcronym(n: NameMention): boolean {
  return n.words.length === 1 && /^[A-Z](?:\.?[A-Z]){1,5}\.?$/.test(n.words[0].text.replace(/['’]s$/, ""));
}

// ("-ic": "Iceland" / "Icelandic"; "Peru" / "Peruvian", "Congo" / "Congolese")
const DEMONYM_ENDINGS = ["n", "an", "ian", "ean", "ese", "i", "er", "ite", "ic", "vian", "lese"];

/**
 * Is one word the people or adjective of the place the other names ("Veloria" / "Velorian", "Italy" /
 * "Italian", "Nepal" / "Nepalese", "Israel" / "Israelis")? Lets unlisted places and their demonyms meet.
 */
export function demonymForm(x: string, y: string): boolean {
  if (ishForm(x, y) || ishForm(y, x) || manOf(x, y) || manOf(y, x)) return true;
  const [place, people] = x.length <= y.length ? [x, y] : [y, x];
  if (place.length < 4) return false;
  // a place in "-ia" whose people drop the "a": "Somalia" / "Somali(s)", "Zerandia" / "Zerandi"
  const bare = place.endsWith("s") && !place.endsWith("ss") ? place.slice(0, -1) : place;
  if (people.endsWith("ia") && bare.endsWith("i") && people.slice(0, -1) === bare) return true;
  const d = people.endsWith("s") && !people.endsWith("ss") ? people.slice(0, -1) : people;
  const stems = /[aeoy]$/.test(place) ? [place, place.slice(0, -1)] : [place];
  return stems.some((stem) => d.startsWith(stem) && DEMONYM_ENDINGS.includes(d.slice(stem.length)));
}

/** "Englishman" / "England", "Irishwoman" / "Ireland", "Scotsman" / "Scotland": one of a people and its land. */
function manOf(person: string, place: string): boolean {
  const m = /^(.{2,}?)(?:ish|s)(?:man|woman|men|women)$/.exec(person);
  return !!m && place.endsWith("land") && place.startsWith(m[1]);
}

/**
 * A people's adjective in "-ish" and its noun for one of them: "Swedish" / "Swede(s)", "Danish" / "Dane", "Polish"
 * / "Pole", "Turkish" / "Turk", "Finnish" / "Finn", "Scottish" / "Scot", "British" / "Brit".
 */
function ishForm(adjective: string, noun: string): boolean {
  if (!adjective.endsWith("ish") || adjective.length < 6) return false;
  const stem = adjective.slice(0, -3);
  const n = noun.endsWith("s") && noun.length > 3 ? noun.slice(0, -1) : noun;
  return n === stem || n === `${stem}e` || (stem.length > 3 && stem[stem.length - 1] === stem[stem.length - 2] && n === stem.slice(0, -1));
}

/**
 * Does `long` hold the words of `short` with a word set in between them ("Kelvin University" / "Kelvin
 * State University", "Bank of England" / "Bank of New England")? For a body that is another body; a
 * shorter or longer form at either end ("the Times" / "The New York Times") is not.
 */
function insertedWord(short: string[], long: string[]): boolean {
  if (short.length < 2) return false;
  const first = long.indexOf(short[0]);
  const last = long.lastIndexOf(short[short.length - 1]);
  if (first < 0 || last <= first) return false;
  return long.slice(first, last + 1).some((t) => !short.includes(t) && t.replace(/\./g, "").length > 1);
}

const ERAS = new Set(["AD", "BC", "BCE", "CE"]);

// Holders of an office whose possessive opens a body's name: "the Information Commissioner's Office", "the
// Sheriff's Office", "the Children's Hospital", "the People's Party"
const OFFICE_HOLDERS = new Set([
  "commissioner", "children", "people", "women", "men", "veterans", "workers", "farmers", "governor", "director", "attorney",
  "auditor", "controller", "prosecutor", "ombudsman", "mayor", "sheriff", "coroner", "marshal", "registrar", "chancellor",
  "president", "queen", "king", "general", "chief",
]);

/** Is ws[k], a possessive, inside one name: an office holder before a body's word ("Commissioner's Office")? */
function possessiveInName(ws: Word[], k: number, text: string): boolean {
  const next = ws[k + 1];
  return !!next && OFFICE_HOLDERS.has(ws[k].norm.replace(/['’]s$/, "")) && ORG_WORDS.has(next.norm) && /^\p{Lu}/u.test(next.text) && spacesOnly(text, ws[k].end, next.start);
}

/** One body's name with a word set into it: "Kelvin University" / "Kelvin State University", another body. */
export function widenedBody(x: NameMention, y: NameMention): boolean {
  if (!isOrganisation(x) && !isOrganisation(y)) return false;
  const tx = tokensOf(x);
  const ty = tokensOf(y);
  const [short, long] = tx.length <= ty.length ? [tx, ty] : [ty, tx];
  return short.length < long.length && short.every((t) => long.includes(t)) && insertedWord(short, long);
}

/**
 * Two people's full names with one surname and different given names ("Owen Traherne" / "Evan
 * Traherne"): another person, wherever the rewrite moved the name in its sentence. Initials and
 * shortened forms ("O. Traherne", "Ed" / "Edward") are not counted as different.
 */
export function otherGivenName(x: NameMention, y: NameMention): boolean {
  if (x.words.length < 2 || y.words.length < 2 || isOrganisation(x) || isOrganisation(y)) return false;
  const tx = tokensOf(x);
  const ty = tokensOf(y);
  if (tx[tx.length - 1] !== ty[ty.length - 1]) return false;
  const gx = tx[0].replace(/\./g, "");
  const gy = ty[0].replace(/\./g, "");
  if (gx.length < 2 || gy.length < 2 || gx.startsWith(gy) || gy.startsWith(gx)) return false;
  return true;
}

/**
 * Two names of several words alike but for one, not a respelling ("Ministry of Defence" / "Ministry of
 * Justice", "Northmere Power" / "Northmere Energy", "John Smith" / "John Brown"): another body or person.
 */
export function oneWordApart(x: NameMention, y: NameMention): boolean {
  const tx = tokensOf(x);
  const ty = tokensOf(y);
  // a hyphenated name is its parts: "Orvado-Lantz" / "Brixen-Lantz" is another team of one sponsor
  if (tx.length === 1 && ty.length === 1 && tx[0].includes("-") && ty[0].includes("-")) {
    const px = x.words[0].text.split("-");
    const py = y.words[0].text.split("-");
    if (px.length !== py.length) return false;
    const differ = px.map((p, k) => k).filter((k) => px[k].toLowerCase() !== py[k].toLowerCase());
    return differ.length === 1 && !spelledAlike(px[differ[0]], py[differ[0]]);
  }
  if (tx.length !== ty.length || tx.length < 2) return false;
  let differ = -1;
  for (let k = 0; k < tx.length; k++) {
    if (tx[k] === ty[k]) continue;
    if (differ >= 0) return false;
    differ = k;
  }
  return differ >= 0 && !spelledAlike(x.words[differ].text, y.words[differ].text);
}

/**
 * One name in the plural of the other: a model or a family ("A320" / "A320s", "Smith" / "the Smiths"). A
 * name ending in "s" takes no plain "s" ("Vos" / "Voss" is a respelling).
 */
export function pluralForm(x: string, y: string): boolean {
  const [one, many] = x.length < y.length ? [x, y] : [y, x];
  return many === one + "s" && !one.endsWith("s");
}

/** One entity under two names? */
export function sameEntity(x: NameMention, y: NameMention): boolean {
  if (x.canon === y.canon) return true;
  if (x.words.length === 1 && y.words.length === 1 && demonymForm(x.key.replace(/'s$/, ""), y.key.replace(/'s$/, ""))) return true;
  if (pluralForm(x.key, y.key)) return true;
  const tx = tokensOf(x);
  const ty = tokensOf(y);
  const [short, long] = tx.length <= ty.length ? [tx, ty] : [ty, tx];
  if (short.every((t) => long.includes(t))) return !insertedWord(short, long) || (!isOrganisation(x) && !isOrganisation(y));
  if (isAcronym(x) && !isAcronym(y) && x.key.replace(/ /g, "") === initials(y)) return true;
  if (isAcronym(y) && !isAcronym(x) && y.key.replace(/ /g, "") === initials(x)) return true;
  return clippedWord(x, y);
}

/**
 * One word of a body's name cut short in the other, the rest the same: "Mirzabad Met Office" /
 * "Mirzabad Meteorological Office", "Harlow Univ. Press" / "Harlow University Press". Not a person's given
 * name ("Ann Rees" / "Anna Rees" is a respelling), and the cut must drop a real part of the word.
 */
function clippedWord(x: NameMention, y: NameMention): boolean {
  if (x.words.length !== y.words.length || x.words.length < 3) return false;
  let clipped = 0;
  for (let k = 0; k < x.words.length; k++) {
    const a = x.words[k].norm.replace(/\.$/, "");
    const b = y.words[k].norm.replace(/\.$/, "");
    if (a === b) continue;
    const [short, long] = a.length < b.length ? [a, b] : [b, a];
    if (k === 0 || short.length < 3 || long.length < short.length + 3 || !long.startsWith(short)) return false;
    clipped++;
  }
  return clipped === 1;
}

function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/**
 * Two written forms of one name: transliterations and accents ("Kyiv"/"Kiev", "Rinkevics"/"Rinkević",
 * "Kharkiv"/"Kharkov"). Folded forms close by edit distance, starting alike.
 */
export function spelledAlike(x: string, y: string): boolean {
  const a = fold(x).replace(/'s$/, "");
  const b = fold(y).replace(/'s$/, "");
  if (a === b) return x !== y;
  if (a.length < 3 || b.length < 3) return false;
  const sim = 1 - levenshtein(a, b) / Math.max(a.length, b.length);
  if (a[0] === b[0] && sim >= 0.5 && Math.abs(a.length - b.length) <= 2) return true;
  return sim >= 0.75;
}

export function isNameWord(w: Word): boolean {
  return isCap(w);
}
