// Finds quantities in prose and reads their value: digits with separators and decimals, number words,
// ordinals, percentages in every spelling, money with currency and scale, durations, fractions and vague
// counts ("hundreds"), with the hedge in front of them ("nearly 20%") and the word they count.
// Pure: no vscode import. Must never count a date's or a clock time's digits as a number, nor read
// a model name ("F-16", "COVID-19") as a quantity. Patterns are compiled once at module load.

import { findDates } from "./dates";
import { table } from "./lookup";

export type NumberKind = "cardinal" | "ordinal" | "percent" | "money" | "duration" | "fraction";

export interface NumberMention {
  start: number;
  end: number;
  text: string;
  value: number;
  kind: NumberKind;
  /**
   * money: currency code ("USD", "EUR"); duration: time unit ("year", "month", "day"…); percent: "%" or
   * "point" (percentage points); cardinal: a unit of measure ("km", "ton") or "years old" for an age;
   * ordinal: the time unit it orders ("year" in "second year"), when there is one.
   */
  unit?: string;
  /** "hundreds", "dozens": an order of magnitude, not a count. */
  vague?: boolean;
  /** The approximation or bound in front of the number ("nearly", "more than"), lower case, and where it starts. */
  qualifier?: string;
  qualifierStart?: number;
  /** The word the number counts or orders ("troops" in "2,000 troops"), lower case, when one follows. */
  noun?: string;
  /**
   * A duration read as a point in time: "elapsed" when counted from a start ("after 58 minutes", "58
   * minutes in", the 58th minute of a match), "offset" when counted back or on from another time ("a year
   * earlier", "three days later", "two years ago").
   */
  reading?: "elapsed" | "offset";
  /** An ordinal of a run ("the fifth straight win", "the third consecutive year", "fifth … in a row"): it counts as many. */
  streak?: boolean;
}

const UNITS: Record<string, number> = table({
  // "nil" is a score's zero ("won three-nil")
  zero: 0, nil: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
});
const TENS: Record<string, number> = table({ twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 });
const SCALES: Record<string, number> = table({ thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 });
const ORDINALS: Record<string, number> = table({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60,
  seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100, thousandth: 1000, millionth: 1e6,
});
const DENOMINATORS: Record<string, number> = table({
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
});
const VAGUE: Record<string, number> = table({
  dozens: 12, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12,
  "tens of thousands": 1e4, "hundreds of thousands": 1e5, "tens of millions": 1e7, "hundreds of millions": 1e8,
});
// ISO codes, written as a prefix ("VND4.96 million", "PKR 38.5bn")
export const ISO_CODES = ["USD", "EUR", "GBP", "JPY", "CNY", "RUB", "UAH", "CHF", "INR", "VND", "NGN", "KES", "ZAR", "PKR", "AUD", "CAD", "NZD", "SGD", "HKD", "BRL", "MXN", "PLN", "SAR", "AED", "IDR", "KRW", "THB", "EGP", "BDT", "LKR", "MYR", "GHS", "TZS", "UGX", "SEK", "NOK", "DKK", "CZK", "HUF", "ILS", "TRY"];
// "R18.6bn" is rand
const CURRENCY_SYMBOLS: Record<string, string> = table({
  "$": "USD", "us$": "USD", "a$": "AUD", "c$": "CAD", "nz$": "NZD", "hk$": "HKD", "€": "EUR", "£": "GBP", "¥": "JPY",
  "₹": "INR", "₽": "RUB", "₴": "UAH", "₦": "NGN", "s$": "SGD", ksh: "KES", rs: "INR", "rs.": "INR", rp: "IDR", "rp.": "IDR", rm: "MYR", r: "ZAR",
});
for (const code of ISO_CODES) CURRENCY_SYMBOLS[code.toLowerCase()] = code;
const CURRENCY_WORDS: Record<string, string> = table({
  dollar: "USD", dollars: "USD", euro: "EUR", euros: "EUR", "pounds sterling": "GBP", sterling: "GBP", yen: "JPY", yuan: "CNY",
  renminbi: "CNY", ruble: "RUB", rubles: "RUB", rouble: "RUB", roubles: "RUB", hryvnia: "UAH", hryvnias: "UAH",
  rupee: "INR", rupees: "INR", rupiah: "IDR", franc: "CHF", francs: "CHF", usd: "USD", eur: "EUR", gbp: "GBP",
  naira: "NGN", rand: "ZAR", shilling: "SHILLING", shillings: "SHILLING", zloty: "PLN", zlotys: "PLN", lira: "TRY", baht: "THB",
  dong: "VND", ringgit: "MYR", dirham: "AED", dirhams: "AED", riyal: "SAR", riyals: "SAR", shekel: "ILS", shekels: "ILS", forint: "HUF", koruna: "CZK",
  krona: "KRONA", kronor: "KRONA", krone: "KRONA", kroner: "KRONA", peso: "PESO", pesos: "PESO", cedi: "GHS", cedis: "GHS",
  cent: "¢", cents: "¢",
});
// "420 Australian dollars" is A$420, "500 Kenyan shillings" KSh500: the country names the currency
const COUNTRY_CURRENCY: Record<string, string> = table({
  "us dollar": "USD", "u.s. dollar": "USD", "american dollar": "USD", "canadian dollar": "CAD", "australian dollar": "AUD",
  "new zealand dollar": "NZD", "hong kong dollar": "HKD", "singapore dollar": "SGD", "kenyan shilling": "KES", "ugandan shilling": "UGX",
  "tanzanian shilling": "TZS", "indian rupee": "INR", "pakistani rupee": "PKR", "swiss franc": "CHF", "swedish krona": "SEK",
  "swedish kronor": "SEK", "norwegian krone": "NOK", "norwegian kroner": "NOK", "danish krone": "DKK", "danish kroner": "DKK",
  "icelandic krona": "ISK", "mexican peso": "MXN", "philippine peso": "PHP", "argentine peso": "ARS", "chilean peso": "CLP",
  "colombian peso": "COP", "south african rand": "ZAR", "japanese yen": "JPY", "chinese yuan": "CNY", "turkish lira": "TRY",
  "indonesian rupiah": "IDR", "nigerian naira": "NGN", "ghanaian cedi": "GHS",
});
const TIME_UNITS: Record<string, string> = table({
  second: "second", seconds: "second", minute: "minute", minutes: "minute", hour: "hour", hours: "hour", day: "day", days: "day",
  week: "week", weeks: "week", fortnight: "fortnight", fortnights: "fortnight", month: "month", months: "month", year: "year",
  years: "year", decade: "decade", decades: "decade", century: "century", centuries: "century", millennium: "millennium", millennia: "millennium",
  sec: "second", secs: "second", min: "minute", mins: "minute", hr: "hour", hrs: "hour",
});
/** Length of each time unit in days, so "18 months" and "a year and a half" compare equal. */
export const UNIT_DAYS: Record<string, number> = {
  second: 1 / 86400, minute: 1 / 1440, hour: 1 / 24, day: 1, week: 7, fortnight: 14, month: 30.436875, year: 365.2425,
  decade: 3652.425, century: 36524.25, millennium: 365242.5,
};
const MEASURES: Record<string, string> = table({
  km: "km", kilometer: "km", kilometers: "km", kilometre: "km", kilometres: "km", mile: "mile", miles: "mile",
  meter: "m", meters: "m", metre: "m", metres: "m", m: "m", foot: "ft", feet: "ft", ft: "ft", kg: "kg", kilogram: "kg", kilograms: "kg",
  ton: "ton", tons: "ton", tonne: "tonne", tonnes: "tonne", barrel: "barrel", barrels: "barrel", degree: "degree", degrees: "degree",
  acre: "acre", acres: "acre", hectare: "hectare", hectares: "hectare", mph: "mph", "km/h": "km/h", kph: "km/h", gw: "GW", mw: "MW",
  "°": "degree", "°c": "degree", "°f": "degree", "° c": "degree", "° f": "degree",
  pound: "lb", pounds: "lb", lb: "lb", lbs: "lb", inch: "in", inches: "in", cm: "cm", mm: "mm",
  centimeter: "cm", centimeters: "cm", centimetre: "cm", centimetres: "cm",
  millimeter: "mm", millimeters: "mm", millimetre: "mm", millimetres: "mm", liter: "l", liters: "l", litre: "l", litres: "l",
  // areas, read with "square" as "sq" and without full stops ("sq. km" is "sq km")
  "sq km": "km2", "sq kilometre": "km2", "sq kilometres": "km2", "sq kilometer": "km2", "sq kilometers": "km2", km2: "km2", "km²": "km2",
  "sq mi": "sq mi", "sq mile": "sq mi", "sq miles": "sq mi", "sq m": "m2", "sq metre": "m2", "sq metres": "m2", "sq meter": "m2",
  "sq meters": "m2", "sq ft": "sq ft", "sq foot": "sq ft", "sq feet": "sq ft",
});

const UNIT_WORD = Object.keys(UNITS).join("|");
const TENS_WORD = Object.keys(TENS).join("|");
const NUM_WORD = `(?:${UNIT_WORD}|${TENS_WORD}|hundred|thousand|million|billion|trillion|dozen)`;
const ORD_WORD = `(?:${Object.keys(ORDINALS).join("|")})`;
// "one point two", "twelve point five": a decimal read out, as radio scripts write it
const DIGIT_WORD = "(?:zero|one|two|three|four|five|six|seven|eight|nine)";
const SPOKEN_DECIMAL = `(?:\\s+point(?:\\s+${DIGIT_WORD})+)`;
const WORD_RUN = `(?:${NUM_WORD}(?:(?:\\s+and\\s+|[\\s-]+)${NUM_WORD})*(?:-${ORD_WORD}|${SPOKEN_DECIMAL})?|(?:${TENS_WORD})[\\s-]+${ORD_WORD}|${ORD_WORD})`;
const DIGITS = "(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)";
// thousands set off by spaces, as South African and much European copy writes money ("R250 000"): read so
// after a currency sign only, where a run of two numbers is unlikely
const SPACED_DIGITS = "(?:\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+(?!\\d|[.,]\\d))";
const CURRENCY_PREFIX = `(?:US\\$|A\\$|C\\$|NZ\\$|HK\\$|S\\$|KSh\\s?|Rs\\.?\\s?|Rp\\.?\\s?|RM\\s?|R(?=\\d)|\\$|€|£|¥|₹|₽|₴|₦|(?:${ISO_CODES.join("|")})\\s?)`;

// No look-behind here: it would be tried at every character; a match glued to a preceding letter is rejected in code.
const CORE_RE = new RegExp(
  "(?:" +
    "(?<vague>(?:tens|hundreds)\\s+of\\s+(?:thousands|millions)|dozens|hundreds|thousands|millions|billions|trillions)(?![\\p{L}\\p{N}])" +
    `|(?<a>an?)\\s+(?<aw>hundred|thousand|million|billion|trillion|dozen|half|third|quarter|fifth|tenth|(?<au>year|month|week|fortnight|day|decade|century|hour|minute))(?![\\p{L}\\p{N}])` +
    `|(?<cur>${CURRENCY_PREFIX})(?<cdig>${SPACED_DIGITS}|${DIGITS})(?![\\p{N}]|[.,]\\d)` +
    `|(?<dig>${DIGITS})(?:(?<osuf>st|nd|rd|th)(?![\\p{L}\\p{N}])|(?![\\p{N}]|[.,]\\d))` +
    `|(?<words>${WORD_RUN})(?![\\p{L}\\p{N}])` +
    "|(?<half>half)(?![\\p{L}\\p{N}])" +
    ")",
  "giu",
);
const GLUED_BEFORE = /[\p{L}\p{N}_]/u;
// whole words only: "fourteen" is not "four" followed by letters
const WORD_TOKEN = new RegExp(`(?:and|${NUM_WORD}|${ORD_WORD})(?![\\p{L}])`, "giu");

// Scale words after a figure besides "million" and the like: abbreviations, and the Indian scales ("4.2 lakh"
// is 420,000, "Rs 3 crore" 30 million)
const SHORT_SCALES: Record<string, number> = {
  bn: 1e9, b: 1e9, bln: 1e9, mn: 1e6, mln: 1e6, mil: 1e6, m: 1e6, k: 1e3, tn: 1e12, trn: 1e12, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
};
const SCALE_AFTER = /^[\s-]*(hundred|thousand|million|billion|trillion|lakhs?|crores?)(?![\p{L}])|^\s?(bn|mn|mln|mil|bln|tn|trn|m|b|k)(?![\p{L}\p{N}])/iu;
// a figure, or a figure and what it counts, just before "a month": "$2,310 a month", "1,000 barrels a day",
// "three times a week", "twice a year"
const RATE_BEFORE = /(?:\d(?:\s?(?:%|[kmb]n?|million|billion|thousand|percent|per\s?cent))?(?:[\s-]+[\p{L}]+){0,2}|(?<![\p{L}])(?:once|twice|times))\s+$/iu;
// "three and a half", "three-and-a-half lengths"
const SPAN_BEFORE = /(?<![\p{L}])(?:for|over|within|in|after|during|lasting)\s+$/iu;
const HALF_AFTER = /^[\s-]+and[\s-]+a[\s-]+half(?![\p{L}])/iu;
const PERCENT_AFTER = /^(?:\s?%|[\s-]*(?:per\s?cent|pct)(?![\p{L}]))(\s+points?(?![\p{L}]))?|^\s+percentage\s+points?(?![\p{L}])/iu;
const CURRENCY_AFTER = /^\s+(?:(US|U\.S\.|American|Canadian|Australian|New Zealand|Hong Kong|Singapore|Kenyan|Ugandan|Tanzanian|Indian|Pakistani|Swiss|Swedish|Norwegian|Danish|Icelandic|Mexican|Philippine|Argentine|Chilean|Colombian|South African|Japanese|Chinese|Turkish|Indonesian|Nigerian|Ghanaian)\s+)?(pounds sterling|dollars?|euros?|sterling|yen|yuan|renminbi|rubles?|roubles?|hryvnias?|rupees?|francs?|naira|rand|shillings?|zlotys?|lira|baht|ringgit|dirhams?|riyals?|shekels?|forint|koruna|kron(?:a|or|e|er)|pesos?|cedis?|cents?|USD|EUR|GBP)(?![\p{L}])/u;
// "second-half", "second-round": an ordinal in a compound, not the unit of time
// the unit an ordinal orders, after a word saying the run is unbroken, or as an adjective ("monthly")
// Nouns a year names one of: "the 2026 budget", "the 2024 election", "a 1998 vintage"
const YEAR_NOUN_AFTER =
  /^\s+(?:[\p{L}-]+\s+)?(?:budget|budgets|season|election|elections|census|edition|campaign|championships?|olympics|games|world\s+cup|final|harvest|vintage|festival|tour|intake|figures|accounts|model|models|class|cohort|deadline|target|targets|plan|report|survey|programme|program)(?![\p{L}])/iu;
const ORDINAL_UNIT_AFTER =
  /^[\s-]+(?:(?:consecutive|straight|successive|running)\s+)?(seconds?(?!-\p{L})|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|century|centuries|millenni(?:um|a)|yearly|monthly|weekly|daily)(?![\p{L}])(?![\s-]+old(?![\p{L}]))/iu;
function timeAfter(rest: string): RegExpExecArray | null {
  const r = TIME_AFTER.exec(rest);
  return r && r[1] && /^(?:secs?|mins?|hrs?)$/i.test(r[2]) ? null : r;
}
const UNIT_ADJECTIVES: Record<string, string> = { yearly: "year", monthly: "month", weekly: "week", daily: "day" };
const IN_A_ROW = /^\s+(?:in\s+a\s+row|running|straight)(?![\p{L}])/iu;
// (the abbreviations only glued to the figure: "0.082sec", "90mins"; "90+3 min:" is a live blog's minute)
const TIME_AFTER = /^([\s-]+|(?=(?:secs?|mins?|hrs?)(?![\p{L}])))(seconds?(?!-\p{L})|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|century|centuries|millenni(?:um|a)|secs?|mins?|hrs?)(?![\p{L}])(-old|\s+old(?![\p{L}]))?/iu;
const MEASURE_AFTER = /^[\s-]?(°\s?[CF]?|(?:kilomet(?:er|re)s?|miles?)\s+(?:an|a|per)\s+hour|(?:square|sq\.?)\s+(?:kilomet(?:er|re)s?|km|miles?|mi|met(?:er|re)s?|m|feet|ft)|km2|km²|km\/h|kilomet(?:er|re)s?|km|kph|mph|miles?|(?:centi|milli)?met(?:er|re)s?|m|feet|foot|ft|kg|kilograms?|tons?|tonnes?|barrels?|degrees?|acres?|hectares?|GW|MW|pounds?|lbs?|inch(?:es)?|cm|mm|lit(?:er|re)s?)(?![\p{L}\p{N}])/iu;
const FRACTION_AFTER = /^[\s-]+(halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)(?![\p{L}])/iu;
const OF_CURRENCY_AFTER = /^\s+of\s+(dollars|euros|pounds|rubles|roubles|hryvnias|yuan|yen)(?![\p{L}])/iu;
/** Stretches of time that are not calendar units: "over two winters" is a span, not "more than two". */
const PERIOD_NOUNS = new Set(["winter", "winters", "summer", "summers", "spring", "springs", "autumn", "autumns", "season", "seasons", "semester", "semesters", "term", "terms", "night", "nights", "weekend", "weekends", "generation", "generations",
  // the parts an event is held over: "a race held over seven stages", "a bout over 12 rounds"
  "stage", "stages", "leg", "legs", "round", "rounds", "session", "sessions", "sitting", "sittings", "episode", "episodes", "instalments", "installments"]);
const NOUN_AFTER = /^[\s-]+(?:(?:more|fewer|additional|new|other|of(?:\s+the|\s+its|\s+their|\s+his|\s+her)?)\s+)?([\p{L}][\p{L}'’-]*)/u;
const NOT_COUNTED = new Set(
  "a an the and or but nor of to in on at by for from with as than that this these those which who is are was were be been has have had it its their his her them they he she we you i not no so if".split(" "),
);
const QUALIFIER_BEFORE =
  /(?<![\p{L}])(nearly|almost|about|around|roughly|approximately|approx\.|some|over|more than|less than|fewer than|at least|at most|no more than|no fewer than|no less than|up to|as many as|as much as|as (?:strong|fast|large|big|heavy|deep|long|far|great|tall|old) as|as few as|close to|just over|just under|a little (?:over|under)|slightly (?:over|under|more than|less than)|under|below|above|exactly|precisely|only|just|an estimated(?:\s+(?:value|cost|total|sum|worth)\s+of)?|estimated\s+to\s+(?:cost|total|reach|be\s+worth)|estimated\s+(?:value|cost|total|sum|worth|price|bill|toll|number|population|damage|losses)\s+(?:is|was|will\s+be|stands\s+at|of|at)|estimated\s+at|estimated|upwards of|upward of|well over|younger than|older than|longer than|shorter than|greater than|a maximum of|a minimum of|no sooner than|no earlier than|no later than|as high as|as low as|as little as|(?:over|under|above|below) the age of|well under|almost exactly|around about|some\s+\d*)\s+$/iu;
const QUALIFIER_AFTER = /^,?\s+(or more|or fewer|or less|at most|at the most|at least|at the least|or so)(?![\p{L}])/iu;
/** The same qualifiers written before the figure. */
const POST_QUALIFIER: Record<string, string> = { "or more": "at least", "at least": "at least", "at the least": "at least", "or fewer": "at most", "or less": "at most", "at most": "at most", "at the most": "at most", "or so": "about" };
/**
 * Every word the two qualifier patterns above can hold ("nearly", "no", "fewer", "than", "or", "more" …),
 * read from the patterns themselves so that a pre-test elsewhere can never fall behind them.
 */
export const QUALIFIER_WORDS: ReadonlySet<string> = new Set(`${QUALIFIER_BEFORE.source} ${QUALIFIER_AFTER.source}`.match(/[a-z]{2,}/g));
const CLOCK_RE = /(?<![\p{L}\p{N}])\d{1,2}(?::\d\d)?\s*(?:[ap]\.m\.|[ap]m(?![\p{L}])|o['’]clock)|(?<![\p{L}\p{N}])\d{1,2}:\d\d(?::\d\d)?(?![\p{N}])/giu;
// a time of day, not a time taken: "at 14:05:30", "from 09:00:00"
const CLOCK_BEFORE = /\b(?:at|from|until|till|by|since|before|after)\s+$/i;
const RANK_BEFORE = /(?:\b(?:No|NO|no|Nos|nos)\.\s?|\bNo\s|\b[Nn]umber\s|#\s?)$/;
const MODEL_BEFORE = /[\p{L}][-‐]?$|[#№]$/u;
const NOT_A_COUNT_BEFORE = /(?:\bno|\bany|\bevery|\beach|\bthe|\bthis|\bthat|\bwhich)\s+$/i;
const ONE_NOT_A_COUNT_AFTER = /^\s+(?:another|day|way|or\s+another|by\s+one)(?![\p{L}])/iu;
/** "one in five": a share, whatever stands before "one" ("that one in five farmers"). */
const ONE_IN = /^\s+in\s+(?:\d|two|three|four|five|six|seven|eight|nine|ten|twenty|a\s+(?:hundred|thousand))/i;
const RANGE_BETWEEN = /^\s*(?:to|-|–|—|or|and)\s*$/;

function parseDigits(s: string): number {
  return parseFloat(s.replace(/[,\s]/g, ""));
}

interface WordNumber {
  start: number;
  end: number;
  value: number;
  ordinal: boolean;
}

/**
 * A decimal read out ("one point two" is 1.2, "twelve point zero five" 12.05): the whole part is the last
 * number of the run before "point", each digit word after it one decimal. Not "at one point two men …",
 * where "point" is a moment. Its offset is where the whole part starts within the run.
 */
function spokenDecimal(run: string, before: string): { start: number; value: number } | undefined {
  const m = /\s+point((?:\s+[a-z]+)+)$/i.exec(run);
  if (!m) return undefined;
  const whole = parseWordRun(run.slice(0, m.index), 0);
  const last = whole[whole.length - 1];
  if (!last || last.ordinal || (last.start === 0 && /\bat\s+$/i.test(before))) return undefined;
  const digits = m[1].trim().split(/\s+/).map((w) => UNITS[w.toLowerCase()]);
  if (digits.some((d) => d === undefined || d > 9)) return undefined;
  return { start: last.start, value: Number(`${last.value}.${digits.join("")}`) };
}

/** Splits a run of number words into numbers: "twenty-five" is one, "two three" is two. */
function parseWordRun(run: string, offset: number): WordNumber[] {
  const out: WordNumber[] = [];
  let total = 0;
  let current = 0;
  let last: "none" | "unit" | "tens" | "hundred" | "scale" | "and" = "none";
  let start = -1;
  let end = -1;
  let lastScale = Infinity;
  const flush = () => {
    if (start >= 0) out.push({ start: offset + start, end: offset + end, value: total + current, ordinal: false });
    total = 0;
    current = 0;
    last = "none";
    start = -1;
    lastScale = Infinity;
  };
  WORD_TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_TOKEN.exec(run))) {
    const w = m[0].toLowerCase();
    const s = m.index;
    const e = s + m[0].length;
    if (w === "and") {
      if (last === "hundred" || last === "scale") last = "and";
      else flush();
      continue;
    }
    const ord = ORDINALS[w];
    if (ord !== undefined) {
      if (last === "unit" || last === "none" || (last === "tens" && ord >= 10)) flush();
      if (start < 0) start = s;
      end = e;
      out.push({ start: offset + start, end: offset + end, value: total + current + ord, ordinal: true });
      start = -1;
      total = 0;
      current = 0;
      last = "none";
      continue;
    }
    if (w in UNITS) {
      const v = UNITS[w];
      if (last === "tens" && v < 10 && v > 0) current += v;
      else if (last === "hundred" || last === "scale" || last === "and") current += v;
      else {
        flush();
        current = v;
      }
      last = "unit";
    } else if (w in TENS) {
      if (last === "hundred" || last === "scale" || last === "and") current += TENS[w];
      else {
        flush();
        current = TENS[w];
      }
      last = "tens";
    } else if (w === "hundred") {
      if (last === "hundred" || last === "and") flush();
      current = (current || 1) * 100;
      last = "hundred";
    } else if (w === "dozen") {
      current = (current || 1) * 12;
      last = "unit";
    } else {
      const scale = SCALES[w];
      if (scale >= lastScale) flush();
      total += (current || 1) * scale;
      current = 0;
      lastScale = scale;
      last = "scale";
    }
    if (start < 0) start = s;
    end = e;
  }
  flush();
  return out;
}

/**
 * Quantities in `text.slice(from, to)`, with offsets into `text`, in order, never overlapping. `dates`
 * (offsets into `text`) saves finding the range's dates again when the caller has them.
 */
export function findNumbers(text: string, from = 0, to = text.length, dates?: readonly { start: number; end: number }[]): NumberMention[] {
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  const taken: { start: number; end: number }[] = [];
  if (dates) for (const d of dates) taken.push({ start: d.start - from, end: d.end - from });
  else for (const d of findDates(slice)) taken.push(d);
  CLOCK_RE.lastIndex = 0;
  let c: RegExpExecArray | null;
  const elapsed: NumberMention[] = [];
  while ((c = CLOCK_RE.exec(slice))) {
    // "3:59.04", "2:06:41.5": minutes or hours with seconds and their fraction, a race time, never a time of day
    const fraction = /^(\d{1,2}):(\d\d)(?::(\d\d))?$/.test(c[0]) ? /^\.(\d{1,3})(?![\p{N}])/u.exec(slice.slice(c.index + c[0].length, c.index + c[0].length + 5)) : null;
    if (fraction) {
      const parts = c[0].split(":").map(Number);
      const seconds = parts.reduce((t, x) => t * 60 + x, 0) + Number(`0.${fraction[1]}`);
      const end = c.index + c[0].length + fraction[0].length;
      taken.push({ start: c.index, end });
      elapsed.push(withMeta(slice, { start: c.index, end, text: "", value: Math.round(seconds * 1000) / 1000, kind: "duration", unit: "second" }));
      continue;
    }
    taken.push({ start: c.index, end: c.index + c[0].length });
    // "won in 2:06:41": hours, minutes and seconds with no time of day around them are a race time
    const hms = /^(\d{1,2}):(\d\d):(\d\d)$/.exec(c[0]);
    if (hms && !CLOCK_BEFORE.test(slice.slice(Math.max(0, c.index - 8), c.index))) {
      elapsed.push(withMeta(slice, { start: c.index, end: c.index + c[0].length, text: "", value: +hms[1] * 3600 + +hms[2] * 60 + +hms[3], kind: "duration", unit: "second" }));
    }
  }
  const overlapsTaken = (s: number, e: number) => taken.some((t) => s < t.end && t.start < e);

  const out: NumberMention[] = [...elapsed];
  const raceTimes = new Set(elapsed);
  CORE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CORE_RE.exec(slice))) {
    const g = m.groups!;
    const s = m.index;
    const e = s + m[0].length;
    if (s > 0 && GLUED_BEFORE.test(slice[s - 1])) {
      // digits glued to letters ("A320", "XYZ4.96") are skipped whole: a restart inside them would read ".96"
      CORE_RE.lastIndex = g.dig ? e : s + 1;
      continue;
    }
    if (overlapsTaken(s, e)) continue;
    if (g.vague) {
      const of = OF_CURRENCY_AFTER.exec(slice.slice(e, e + 20));
      const mention = finish(slice, s, e, VAGUE[g.vague.toLowerCase().replace(/\s+/g, " ")], of ? "money" : "cardinal", of ? CURRENCY_WORDS[of[1].toLowerCase()] : undefined);
      mention.vague = true;
      out.push(mention);
      continue;
    }
    if (g.au) {
      // "$2,310 a month", "40 hours a week", "twice a day": a rate, per unit of time, not a span of one
      // ("40,000 people for a fortnight": after "for", "over" or "within" it is a span again)
      const lead = slice.slice(Math.max(0, s - 32), s);
      if (RATE_BEFORE.test(lead) && !SPAN_BEFORE.test(lead)) continue;
      // "a year", "a year and a half": a duration of one unit
      const half = HALF_AFTER.exec(slice.slice(e, e + 20));
      const end = half ? e + half[0].length : e;
      out.push(withMeta(slice, { start: s, end, text: "", value: half ? 1.5 : 1, kind: "duration", unit: TIME_UNITS[g.au.toLowerCase()] }));
      continue;
    }
    if (g.a) {
      const w = g.aw.toLowerCase();
      const after = slice.slice(e, e + 40);
      if (w in DENOMINATORS) {
        // "a third of" is a fraction; "a third term" is an ordinal
        if (w !== "half" && w !== "quarter" && !/^\s+of(?![\p{L}])/u.test(after)) {
          out.push(quantity(slice, s + g.a.length + 1, e, ORDINALS[w], "ordinal", ""));
          continue;
        }
        if (OF_YEAR.test(after)) {
          out.push(months(slice, s, e, 12 / DENOMINATORS[w]));
          continue;
        }
        out.push(partOfUnit(slice, s, e, 1 / DENOMINATORS[w], after) ?? quantity(slice, s, e, 1 / DENOMINATORS[w], "fraction", ""));
        continue;
      }
      out.push(quantity(slice, s, e, w === "dozen" ? 12 : w === "hundred" ? 100 : SCALES[w], "cardinal", ""));
      continue;
    }
    if (g.half) {
      const after = slice.slice(e, e + 30);
      // "half a million", "half an hour"
      const scaled = /^\s+an?\s+(million|billion|thousand|trillion|dozen)(?![\p{L}])/iu.exec(after);
      if (scaled) {
        out.push(quantity(slice, s, e + scaled[0].length, 0.5 * (SCALES[scaled[1].toLowerCase()] ?? 12), "cardinal", ""));
        continue;
      }
      const time = /^\s+an?\s+(hour|day|year|century|decade|month|week|minute)(?![\p{L}])/iu.exec(after);
      if (time) {
        out.push(withMeta(slice, { start: s, end: e + time[0].length, text: "", value: 0.5, kind: "duration", unit: TIME_UNITS[time[1].toLowerCase()] }));
        continue;
      }
      if (/^-/.test(after)) continue;
      out.push(OF_YEAR.test(after) ? months(slice, s, e, 6) : partOfUnit(slice, s, e, 0.5, after) ?? quantity(slice, s, e, 0.5, "fraction", ""));
      continue;
    }
    if (g.cur || g.dig) {
      const before = slice.slice(Math.max(0, s - 2), s);
      if (!g.cur && MODEL_BEFORE.test(before)) continue;
      const digits = g.cdig ?? g.dig;
      // "the No. 2 seed", "No 10", "#3": a rank, as "second seed" is
      if (g.osuf || (!g.cur && RANK_BEFORE.test(slice.slice(Math.max(0, s - 8), s)))) {
        out.push(quantity(slice, s, e, parseDigits(digits), "ordinal", ""));
        continue;
      }
      // "the city's 2026 budget", "the 2024 season": a year naming which one, not a count
      if (!g.cur && /^(?:19|20)\d\d$/.test(digits) && YEAR_NOUN_AFTER.test(slice.slice(e, e + 24))) continue;
      const currency = g.cur ? CURRENCY_SYMBOLS[g.cur.trim().toLowerCase()] : undefined;
      const q = quantity(slice, s, e, parseDigits(digits), currency ? "money" : "cardinal", currency ?? "", true);
      // "1.4C", "-9C", "95F": a temperature in British style, glued to its scale
      const temperature = !q.unit && q.kind === "cardinal" && /^[CF](?![\p{L}\p{N}])/u.exec(slice.slice(q.end, q.end + 2));
      if (temperature) {
        q.unit = "degree";
        q.end += 1;
        q.text = slice.slice(q.start, q.end);
      }
      // "312c a share": cents, as "312 cents" is
      else if (!q.unit && q.kind === "cardinal" && /^c(?![\p{L}\p{N}])/u.test(slice.slice(q.end, q.end + 2))) {
        q.kind = "money";
        q.unit = "¢";
        q.end += 1;
        q.text = slice.slice(q.start, q.end);
      }
      // "4G", "5G", "3D", "B52s": a code, not a quantity
      else if (/^[\p{L}]/u.test(slice.slice(q.end, q.end + 1))) continue;
      out.push(q);
      continue;
    }
    if (g.words) {
      const before = slice.slice(Math.max(0, s - 12), s);
      const decimal = spokenDecimal(g.words, before);
      if (decimal) {
        out.push(quantity(slice, s + decimal.start, s + g.words.length, decimal.value, "cardinal", "", true));
        continue;
      }
      for (const w of parseWordRun(g.words, s)) {
        const wordText = slice.slice(w.start, w.end).toLowerCase();
        const share = ONE_IN.test(slice.slice(w.end, w.end + 16));
        if (wordText === "one" && !share && (NOT_A_COUNT_BEFORE.test(before) || ONE_NOT_A_COUNT_AFTER.test(slice.slice(w.end, w.end + 16)))) continue;
        if (w.ordinal) {
          // "a second" alone is a unit of time, not an ordinal
          if (wordText === "second" && /\ban?\s+$/i.test(slice.slice(Math.max(0, w.start - 4), w.start)) && !/^\s+[\p{L}]/u.test(slice.slice(w.end, w.end + 3))) continue;
          out.push(quantity(slice, w.start, w.end, w.value, "ordinal", ""));
        } else out.push(quantity(slice, w.start, w.end, w.value, "cardinal", "", true));
      }
    }
  }
  out.sort((x, y) => x.start - y.start || y.end - x.end);
  unitBefore(slice, out);
  ratios(slice, out);
  mixedNumbers(slice, out);
  spokenCents(slice, out);
  compoundDurations(slice, out);
  shareRangeUnits(slice, out);
  const result: NumberMention[] = [];
  let lastEnd = -1;
  for (const n of out) {
    if (n.start < lastEnd || (!raceTimes.has(n) && overlapsTaken(n.start, n.end))) continue;
    lastEnd = n.end;
    if (from) {
      n.start += from;
      n.end += from;
      if (n.qualifierStart !== undefined) n.qualifierStart += from;
    }
    result.push(n);
  }
  return result;
}

// how many of the smaller unit make one of the larger: the units a compound duration joins
const SUBUNITS: Record<string, [string, number]> = { year: ["month", 12], week: ["day", 7], day: ["hour", 24], hour: ["minute", 60], minute: ["second", 60] };

/** How many of the smaller unit make one of the larger, down the chain (hour → minute → second: 3600), or 0. */
function unitsIn(larger: string, smaller: string): number {
  let factor = 1;
  for (let u = larger; SUBUNITS[u]; ) {
    const [next, n] = SUBUNITS[u];
    factor *= n;
    if (next === smaller) return factor;
    u = next;
  }
  return 0;
}

/**
 * Replaces each two neighbours of `list` that `join` reads as one figure by that figure, from the end of the
 * list (so "2 hours 7 minutes 41 seconds" joins its last two parts first); the whole keeps the first part's
 * qualifier ("about two and a half").
 */
function mergeNeighbours(list: NumberMention[], join: (x: NumberMention, y: NumberMention) => NumberMention | undefined): void {
  for (let i = list.length - 2; i >= 0; i--) {
    const x = list[i];
    const whole = join(x, list[i + 1]);
    if (!whole) continue;
    if (x.qualifier) whole.qualifier = x.qualifier;
    if (x.qualifierStart !== undefined) whole.qualifierStart = x.qualifierStart;
    list.splice(i, 2, whole);
  }
}

/**
 * "two years and three months" is 27 months, "2 hours 41 minutes" 161 minutes, "2 hours 7 minutes 41 seconds"
 * 7,661 seconds: one duration.
 */
function compoundDurations(slice: string, list: NumberMention[]): void {
  mergeNeighbours(list, (x, y) => {
    if (x.kind !== "duration" || y.kind !== "duration" || !x.unit || !y.unit || x.reading || y.reading) return undefined;
    const factor = unitsIn(x.unit, y.unit);
    if (!factor || !/^,?\s+(?:and\s+)?$/.test(slice.slice(x.end, y.start))) return undefined;
    return withMeta(slice, { start: x.start, end: y.end, text: "", value: x.value * factor + y.value, kind: "duration", unit: y.unit });
  });
}

/**
 * "two dollars 40", "three pounds fifty": money read out as a radio script writes it, the cents after the
 * currency's name, is one amount ($2.40). Only a whole amount named in words, and cents under 100 that count
 * nothing of their own.
 */
function spokenCents(slice: string, list: NumberMention[]): void {
  mergeNeighbours(list, (x, y) => {
    // ("three pounds fifty": pounds may be read as weight, and stay so, but the pence still belong to them)
    const named = x.kind === "money" || (x.kind === "cardinal" && x.unit === "lb");
    if (!named || !Number.isInteger(x.value) || x.value >= 1000 || !/\p{L}$/u.test(slice.slice(x.start, x.end))) return undefined;
    if (y.kind !== "cardinal" || y.unit || y.noun || !Number.isInteger(y.value) || y.value >= 100 || y.value < 1) return undefined;
    if (!/^\s+(?:and\s+)?$/.test(slice.slice(x.end, y.start))) return undefined;
    return withMeta(slice, { start: x.start, end: y.end, text: "", value: x.value + y.value / 100, kind: x.kind, unit: x.unit });
  });
}

/** "two and a quarter lengths", "two and three-quarter": a whole number and a fraction are one figure. */
function mixedNumbers(slice: string, list: NumberMention[]): void {
  mergeNeighbours(list, (x, y) => {
    if (x.kind !== "cardinal" || x.unit || x.vague || !Number.isInteger(x.value) || y.kind !== "fraction" || !(y.value < 1)) return undefined;
    if (!/^\s+and\s+$/.test(slice.slice(x.end, y.start))) return undefined;
    const whole = withMeta(slice, { start: x.start, end: y.end, text: "", value: x.value + y.value, kind: "cardinal", unit: y.unit });
    if (!whole.unit) delete whole.unit;
    return whole;
  });
}

/** "one in five", "1 in 4": a share, the same figure as "20 percent" and "25%". Merged in place. */
const RATIO_BETWEEN = /^\s+(?:\p{Ll}+\s+)?in\s+(?:every\s+)?$/u;
function ratios(slice: string, list: NumberMention[]): void {
  for (let i = list.length - 2; i >= 0; i--) {
    const x = list[i];
    const y = list[i + 1];
    if (x.kind !== "cardinal" || y.kind !== "cardinal" || x.unit || y.unit || x.vague || y.vague) continue;
    // "one in eight", "one patient in eight", "one in every eight"
    if (!(y.value > x.value) || !RATIO_BETWEEN.test(slice.slice(x.end, y.start))) continue;
    const share = withMeta(slice, { start: x.start, end: y.end, text: "", value: (100 * x.value) / y.value, kind: "percent", unit: "%" });
    if (y.noun) share.noun = y.noun;
    list.splice(i, 2, share);
  }
}

/** "7 to 10 days", "20-25%", "$3 or $4 million": the first number of a range takes the second one's kind and unit. */
function shareRangeUnits(slice: string, list: NumberMention[]): void {
  for (let i = list.length - 2; i >= 0; i--) {
    const x = list[i];
    const y = list[i + 1];
    if (y.kind === "ordinal" || y.kind === "fraction" || y.vague || x.vague) continue;
    // "$2-4 million", "₹2-4 lakh", "$2-4": the currency on the first figure and the scale on the second make both money at that scale
    if (x.kind === "money" && y.kind === "cardinal" && !y.unit && RANGE_BETWEEN.test(slice.slice(x.end, y.start))) {
      const scale = y.value / parseDigits(y.text.replace(/[^\d.,]/g, "") || "1");
      if (Number.isFinite(scale) && scale >= 1000 && x.value === parseDigits(x.text.replace(/[^\d.,]/g, "") || "NaN")) x.value *= scale;
      y.kind = "money";
      y.unit = x.unit;
      continue;
    }
    const plain = x.kind === "cardinal" && !x.unit;
    if (!plain && (x.kind !== y.kind || x.unit !== y.unit)) continue;
    if (!RANGE_BETWEEN.test(slice.slice(x.end, y.start))) continue;
    x.kind = y.kind;
    if (y.unit) x.unit = y.unit;
    const scale = y.value / parseDigits(y.text.replace(/[^\d.,]/g, "") || "1");
    const xBare = x.value === parseDigits(x.text.replace(/[^\d.,]/g, "") || "NaN");
    if (xBare && Number.isFinite(scale) && scale >= 1000) x.value *= scale;
    if (plain) delete x.noun;
  }
}

/**
 * Reads what follows a bare quantity: a scale ("million"), "and a half", then percent, currency, a time
 * unit, a fraction denominator or a unit of measure, and builds the mention.
 */
function quantity(slice: string, s: number, e: number, value: number, kind: NumberKind, unit: string, readScale = false): NumberMention {
  let end = e;
  let v = value;
  let k = kind;
  let u = unit;
  if (readScale) {
    const sc = SCALE_AFTER.exec(slice.slice(end, end + 16));
    if (sc) {
      const word = (sc[1] ?? sc[2]).toLowerCase();
      const factor =
        word === "hundred" ? 100 : SCALES[word] ?? SHORT_SCALES[word];
      // a bare "m" or "b" is a scale only on money ("$5m"); "5m" alone is five metres
      const shortAmbiguous = word === "m" || word === "b" || word === "k";
      const moneyAfter = CURRENCY_AFTER.test(slice.slice(end + sc[0].length, end + sc[0].length + 30));
      if (!shortAmbiguous || k === "money" || moneyAfter) {
        v *= factor;
        end += sc[0].length;
      }
    }
  }
  const half = HALF_AFTER.exec(slice.slice(end, end + 20));
  if (half && k === "cardinal") {
    v += 0.5;
    end += half[0].length;
  }
  const rest = slice.slice(end, end + 40);
  let r: RegExpExecArray | null;
  if (k === "cardinal" && (r = PERCENT_AFTER.exec(rest))) {
    k = "percent";
    u = r[1] || /percentage/i.test(r[0]) ? "point" : "%";
    end += r[0].length;
  } else if (k === "cardinal" && (r = CURRENCY_AFTER.exec(rest))) {
    k = "money";
    u = (r[1] ? COUNTRY_CURRENCY[`${r[1].toLowerCase()} ${r[2].toLowerCase().replace(/s$/, "")}`] : undefined) ?? CURRENCY_WORDS[r[2].toLowerCase()] ?? r[2].toUpperCase();
    end += r[0].length;
  } else if (k === "ordinal" && (r = ORDINAL_UNIT_AFTER.exec(rest))) {
    // "the third year", "the third consecutive year", "the third straight monthly drop"
    u = TIME_UNITS[r[1].toLowerCase()] ?? UNIT_ADJECTIVES[r[1].toLowerCase()];
    end += r[0].length;
  } else if (k === "cardinal" && (r = timeAfter(rest))) {
    const tu = TIME_UNITS[r[2].toLowerCase()];
    end += r[0].length;
    if (r[3]) u = tu === "year" ? "years old" : `${tu}s old`;
    else {
      u = tu;
      const row = IN_A_ROW.exec(slice.slice(end, end + 16));
      // "for three days in a row" counts the days as "for the third consecutive day" does
      if (row) end += row[0].length;
      k = row ? "ordinal" : "duration";
    }
  } else if (k === "cardinal" && (r = FRACTION_AFTER.exec(rest)) && Number.isInteger(v) && v > 0 && v < 20 && (/s$/i.test(r[1]) === (v !== 1) || /^-/.test(rest))) {
    // ("three-quarter lengths": joined by a hyphen, the fraction is an adjective and takes no plural)
    // "one third", "two thirds"; "a 34-19 third quarter" is a score before an ordinal
    k = "fraction";
    v = v / DENOMINATORS[r[1].toLowerCase()];
    end += r[0].length;
    // "three-quarters of an hour" is so much of the unit, as "a quarter of an hour" is
    const part = partOfUnit(slice, s, end, v, slice.slice(end, end + 40));
    if (part) return part;
  } else if (k === "cardinal" && (r = MEASURE_AFTER.exec(rest))) {
    const m = r[1].toLowerCase().replace(/\s+/g, " ").replace(/^(?:square|sq\.) /, "sq ");
    // "110 kilometres an hour" is "110km/h"
    u = /hour$/.test(m) ? (m.startsWith("mile") ? "mph" : "km/h") : MEASURES[m] ?? m;
    end += r[0].length;
  }
  const mention: NumberMention = { start: s, end, text: "", value: v, kind: k };
  if (u) mention.unit = u;
  return withMeta(slice, mention);
}

// "day one", "week 3", "in year two": a singular unit of time before a bare figure counts which one
const UNIT_BEFORE = /(?:^|[^\p{L}])(day|week|month|year)\s+$/iu;

const COUNTED_AFTER = /^\s+(?!(?:as|is|was|has|this|its|his|us|thus|plus|across|versus|unless)\b)\p{Ll}+s\b/u;

/** A bare figure after a singular unit of time ("on day one") is the ordinal "the first day" states. */
function unitBefore(slice: string, out: NumberMention[]): void {
  for (const n of out) {
    if (n.kind !== "cardinal" || n.unit || !Number.isInteger(n.value) || n.value < 1 || n.value > 400) continue;
    const m = UNIT_BEFORE.exec(slice.slice(Math.max(0, n.start - 8), n.start));
    // "started the day three shots clear": the figure counts the plural after it
    if (!m || COUNTED_AFTER.test(slice.slice(n.end, n.end + 24))) continue;
    n.kind = "ordinal";
    n.unit = TIME_UNITS[m[1].toLowerCase()];
  }
}

// "a quarter of a percentage point", "half a mile", "a third of an hour": so much of the unit
const OF_A_UNIT = /^\s+(?:of\s+)?an?(?=\s)/iu;
function partOfUnit(slice: string, s: number, e: number, value: number, after: string): NumberMention | undefined {
  const of = OF_A_UNIT.exec(after);
  if (!of) return undefined;
  const q = quantity(slice, s, e + of[0].length, value, "cardinal", "");
  return q.kind !== "cardinal" || q.unit ? q : undefined;
}

function finish(slice: string, s: number, e: number, value: number, kind: NumberKind, unit: string | undefined): NumberMention {
  const mention: NumberMention = { start: s, end: e, text: "", value, kind };
  if (unit) mention.unit = unit;
  return withMeta(slice, mention);
}

// "half of next year", "a quarter of the year": a part of a year is so many months ("the first six months")
const OF_YEAR = /^\s+of\s+(?:the\s+|this\s+|next\s+|last\s+|that\s+|the\s+(?:current|coming|previous)\s+)?(?:year|\d{4})(?![\p{L}\p{N}])/iu;
function months(slice: string, s: number, e: number, value: number): NumberMention {
  return withMeta(slice, { start: s, end: e, text: "", value, kind: "duration", unit: "month" });
}

const ELAPSED_BEFORE = /(?:^|[^\p{L}])after\s+$/iu;
const ELAPSED_AFTER = /^\s+in(?=\s*[,;:.!?)\u2013\u2014]|\s+(?:and|but|when|as)\s)/iu;
const SPAN_FOR = /(?:^|[^\p{L}])for\s+(?:(?:more|less|fewer)\s+than\s+|about\s+|nearly\s+|almost\s+|over\s+|under\s+|some\s+|at\s+least\s+)?$/iu;
const OFFSET_AFTER = /^\s+(?:earlier|later|before|after|ago|previously|beforehand|afterwards?)(?![\p{L}])/iu;

/** How a duration is meant: a span, a point counted from a start, or a shift from another time. */
function reading(slice: string, n: NumberMention, before: string): NumberMention["reading"] {
  if (n.kind !== "duration") return undefined;
  const after = slice.slice(n.end, n.end + 16);
  // ("held for 11 days after inspectors found faults": "for" makes it a span, whatever follows it)
  if (OFFSET_AFTER.test(after) && !SPAN_FOR.test(before)) return "offset";
  // only minutes: "after 58 minutes" is the 58th minute of a match, but "after two years" is not the second year
  if (n.unit === "minute" && (ELAPSED_BEFORE.test(before) || ELAPSED_AFTER.test(after))) return "elapsed";
  return undefined;
}

/** Text, the hedge in front, and the counted word after. */
// (the verb may take its object first: "pushed gold up to $2,412", "sent shares up to 40p"; never "fines of up to")
const GONE_UP = /(?:^|[^\p{L}])(?:(?:go(?:es)?|went|gone|going|mov(?:e|es|ed|ing)|shot|shoot(?:s|ing)?|jump(?:s|ed|ing)?|climb(?:s|ed|ing)?|edg(?:e|es|ed|ing)|inch(?:es|ed|ing)?|creep(?:s|ing)?|crept|tick(?:s|ed|ing)?|back)|(?:push(?:es|ed|ing)?|bump(?:s|ed|ing)?|ramp(?:s|ed|ing)?|step(?:s|ped|ping)?|sen[dt](?:s|ing)?|dr(?:ive|ove|iven|ives|iving)|lift(?:s|ed|ing)?)(?:\s+(?!of\b)[\p{L}'’-]+){0,2})\s+$/iu;
const RANGING = /(?:fines?|penalt(?:y|ies)|sentences?|terms?)\s+going\s+$/i;
const PARTICLE_OVER = /(?:^|[^\p{L}])(?:hand(?:s|ed|ing)?|turn(?:s|ed|ing)?|sign(?:s|ed|ing)?)\s+$/iu;
const EXTENT_BEFORE = /(?:^|[^\p{L}])(?:extend(?:s|ed|ing)?|spread(?:s|ing)?|stretch(?:es|ed|ing)?|sprawl(?:s|ed|ing)?)\s+$/iu;

// "the fifth straight win", "the fifth league win in a row", "a third successive year"
const STREAK_IN = /(?:consecutive|straight|successive|running)\b/i;
const STREAK_AFTER = /^(?:[\s-]+(?:consecutive|straight|successive)\b|(?:\s+[\p{L}'’-]+){0,3}\s+in\s+a\s+row\b)/iu;

function withMeta(slice: string, n: NumberMention): NumberMention {
  n.text = slice.slice(n.start, n.end);
  if (n.kind === "ordinal" && (STREAK_IN.test(n.text) || STREAK_AFTER.test(slice.slice(n.end, n.end + 40)))) n.streak = true;
  const before = slice.slice(Math.max(0, n.start - 24), n.start);
  const read = reading(slice, n, before);
  if (read) n.reading = read;
  const q = QUALIFIER_BEFORE.exec(before);
  const after = NOUN_AFTER.exec(slice.slice(n.end, n.end + 40));
  // "over two years", "over two winters", "within a week": a span of time, not an approximation
  const span = n.kind === "duration" || (!!after && PERIOD_NOUNS.has(after[1].toLowerCase()));
  // "twice as many as a year ago": a comparison with another time, not a ceiling on this figure
  const comparison = !!q && /^as (?:many|much) as$/i.test(q[1]) && (/(?:twice|times|half)\s+$/i.test(before.slice(0, q.index)) || /^\s+ago\b/i.test(slice.slice(n.end, n.end + 6)));
  // (only a bare "over" reads as "during": "in under twelve minutes" and "up to 20 years" are limits)
  // "moved up to fourth in the table": a place reached, not a ceiling on it
  // "fees will go up to £9,535", "shot up to 40": a figure reached, not a ceiling on it
  // ("fines going up to 5,000 euros" range up to it, as "fines of up to €5,000" do)
  const climb = (n.kind === "ordinal" || (GONE_UP.test(before.slice(0, q?.index ?? 0)) && !RANGING.test(before.slice(0, q?.index ?? 0)))) && /^up to$/i.test(q?.[1] ?? "");
  // … but after "for", "in" or "of", or a verb of waiting, it is "more than": "operated for over 80 years", "the
  // first rise in over a decade", "patients waiting over 18 weeks"
  // ("phased in over 18 months": "in" there is the verb's particle)
  const during = span && /^over$/i.test(q?.[1] ?? "") && !/\b(?:for|(?<!(?:phased|brought|ushered|introduced|rolled|paid)\s+)in|of|after|wait(?:s|ed|ing)?|last(?:s|ed|ing)?|took|takes?|taking|spen[dt]s?|spending)\s+$/i.test(before.slice(0, q!.index));
  // "a seven-under 65", "two-over par": a golfer's score against par, no bound on the figure
  const score = !!q && /^(?:under|over)$/i.test(q[1]) && /-$/.test(before.slice(0, q.index));
  // "sea ice extended over 1.12 million sq km": "over" says across, as "covered 1.12 million" does
  // "has handed over 1,240 units", "turned over 40 files": the particle of a phrasal verb, not "more than"
  // ("taking over $240,000" stays "more than": "take over" may be either)
  const across = !!q && /^over$/i.test(q[1]) && (EXTENT_BEFORE.test(before.slice(0, q.index)) || PARTICLE_OVER.test(before.slice(0, q.index)));
  // "a win over second seed Elise Duparc": over an ordinal is a win against a rank, never "more than" one
  const rank = n.kind === "ordinal" && !!q && /^(?:over|above|under|below)$/i.test(q[1]);
  if (q && !comparison && !climb && !during && !across && !score && !rank) {
    // "an estimated value of £120,000" qualifies the figure as "an estimated £120,000" does
    n.qualifier = q[1].toLowerCase().replace(/\s+/g, " ").replace(/^an estimated .+ of$|^estimated to .+$|^estimated \w+ (?:is|was|will be|stands at|of|at)$|^estimated at$/, "an estimated");
    n.qualifierStart = n.start - (before.length - q.index);
  }
  // "nine or more", "4 per cent at most": a qualifier written after the figure
  const post = n.qualifier ? null : QUALIFIER_AFTER.exec(slice.slice(n.end, n.end + 16));
  if (post) n.qualifier = POST_QUALIFIER[post[1].toLowerCase().replace(/\s+/g, " ")];
  if (after && !NOT_COUNTED.has(after[1].toLowerCase())) n.noun = after[1].toLowerCase();
  return n;
}

// Every quantity starts with a digit, a currency sign or one of these words; a cheap test over a
// sentence's words saves running the full pattern on most sentences.
const NUMBER_START = new Set([
  ...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(SCALES), ...Object.keys(ORDINALS), ...Object.keys(VAGUE).map((k) => k.split(" ")[0]),
  "hundred", "dozen", "half", "a", "an", "$", "€", "£", "¥", "%",
]);
NUMBER_START.delete("a");
NUMBER_START.delete("an");
const A_UNITS = new Set(["hundred", "thousand", "million", "billion", "trillion", "dozen", "half", "third", "quarter", "fifth", "tenth", "year", "month", "week", "fortnight", "day", "decade", "century", "hour", "minute"]);

/** "quarter" of "quarter-point": a quantity word may start a hyphenated compound. */
function beforeDash(norm: string): string {
  const dash = norm.indexOf("-");
  return dash > 0 ? norm.slice(0, dash) : norm;
}

/** Could these words hold a quantity? */
export function mayCount(ws: readonly { norm: string }[]): boolean {
  for (let i = 0; i < ws.length; i++) {
    const n = ws[i].norm;
    const c = n.charCodeAt(0);
    if ((c >= 48 && c <= 57) || NUMBER_START.has(beforeDash(n))) return true;
    if ((n === "a" || n === "an") && i + 1 < ws.length && A_UNITS.has(beforeDash(ws[i + 1].norm))) return true;
    if (c > 127 && /^[₹₽₴₦]/.test(n)) return true;
    if (gluedAmount(n)) return true;
  }
  return false;
}

/** A currency's letters glued to its amount: "r18.6bn", "ksh5", "vnd4.96" (and codes such as "a320", which the full pattern rejects). */
const gluedAmount = (norm: string): boolean => /^(?:r|rs|rp|rm|ksh|[a-z]{3})\d/.test(norm);

const UNIT_WORDS = new Set([
  ...Object.keys(TIME_UNITS), ...Object.keys(CURRENCY_WORDS), ...Object.keys(MEASURES), ...Object.keys(DENOMINATORS), "percent", "per", "cent",
  "pct", "percentage", "points", "point", "bn", "mn", "m", "k", "old", "lakh", "lakhs", "crore", "crores",
]);

/** A word that can be part of a quantity or its unit: the bag of these is what a quantity comparison reads. */
export function quantityWord(w: { norm: string }): boolean {
  const n = w.norm;
  const c = n.charCodeAt(0);
  if ((c >= 48 && c <= 57) || NUMBER_START.has(n) || UNIT_WORDS.has(n) || (c > 127 && /^[₹₽₴₦]/.test(n)) || gluedAmount(n)) return true;
  const dash = n.indexOf("-");
  return dash > 0 && (NUMBER_START.has(n.slice(0, dash)) || /^\d/.test(n));
}
