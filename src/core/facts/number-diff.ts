// Pairs the quantities of two wordings of one sentence and says which pairs disagree: the same
// quantity spelled differently ("20%" / "20 percent", "two" / "2", "18 months" / "a year and a half")
// is a match; a different value, unit or kind in the same slot is a change.
// Pure: no vscode import. Never pairs two numbers on position alone when they count different things,
// and never reports a number that exists in one version only (that is added or removed text).

import { UNIT_DAYS, type NumberKind, type NumberMention } from "./numbers";

export interface NumberPair {
  a: NumberMention;
  b: NumberMention;
}

export interface NumberDiff {
  /** Same quantity on both sides (possibly spelled differently, possibly with a different hedge). */
  same: NumberPair[];
  /** Same slot, different quantity. */
  changed: NumberPair[];
}

const KIND_LABEL: Record<NumberKind, string> = {
  cardinal: "a count",
  ordinal: "an ordinal",
  percent: "a percentage",
  money: "an amount of money",
  duration: "a duration",
  fraction: "a fraction",
};

export function kindLabel(n: NumberMention): string {
  return KIND_LABEL[n.kind];
}

// metric lengths in metres: "half a metre" is "50 centimetres"
const METRES: Record<string, number> = { mm: 0.001, cm: 0.01, m: 1, km: 1000 };
// metric masses in kilograms: "1,150 kilograms" is "1.15 tonnes" (a "ton" may be a short or a long ton)
const KILOGRAMS: Record<string, number> = { g: 0.001, kg: 1, tonne: 1000 };

/** Magnitude on a common scale: durations in days, metric lengths in metres, metric masses in kilograms. */
function magnitude(n: NumberMention): number {
  if (n.kind === "duration" && n.unit) return n.value * (UNIT_DAYS[n.unit] ?? 1);
  if (n.unit && n.unit in KILOGRAMS) return n.value * KILOGRAMS[n.unit];
  return n.unit && n.unit in METRES ? n.value * METRES[n.unit] : n.value;
}

function family(n: NumberMention): string {
  if (n.kind === "duration") return "duration";
  if (n.unit && n.unit in METRES) return `${n.kind}:length`;
  if (n.unit && n.unit in KILOGRAMS) return `${n.kind}:mass`;
  // "pounds" is money or weight, and only the story knows which: "140 million pounds" meets "£140m"
  if (n.unit === "lb" || n.unit === "GBP") return "pounds";
  // "Rs" and "rupees" are any country's rupee ("Rs38.5bn" meets "PKR 38.5 billion"), "kronor" any krona
  if (n.kind === "money" && n.unit && n.unit in CURRENCY_FAMILY) return `money:${CURRENCY_FAMILY[n.unit]}`;
  return `${n.kind}:${n.unit ?? ""}`;
}

/** Currencies one name covers: the code of each country's rupee, krona, shilling or peso, and the bare name. */
const CURRENCY_FAMILY: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  INR: "rupee", PKR: "rupee", LKR: "rupee", NPR: "rupee",
  SEK: "krona", NOK: "krona", DKK: "krona", ISK: "krona", KRONA: "krona",
  KES: "shilling", UGX: "shilling", TZS: "shilling", SHILLING: "shilling",
  MXN: "peso", ARS: "peso", CLP: "peso", COP: "peso", PHP: "peso", PESO: "peso",
});

/** Equal up to the rounding a conversion between units leaves ("6 feet" / "1.83 metres", "18 months" / "1.5 years"). */
function close(x: number, y: number): boolean {
  if (x === y) return true;
  const m = Math.max(Math.abs(x), Math.abs(y));
  return Math.abs(x - y) <= m * 0.005;
}

/** Equal but for floating-point error: two figures in one unit must be the same figure ("£1,385" / "£1,390" differ). */
function equal(x: number, y: number): boolean {
  if (x === y) return true;
  return Math.abs(x - y) <= Math.max(Math.abs(x), Math.abs(y)) * 1e-9;
}

/** Upper bound (exclusive) of what a vague count covers: "hundreds" is 100 up to 1,000. */
function vagueRange(n: NumberMention): [number, number] {
  return [n.value, n.value * 10];
}

/**
 * "4.6m" with no currency is metres or millions, and only the story knows which: against "4.6 million" (or
 * "$4.6 million") it is the same figure.
 */
function millionOrMetres(x: NumberMention, y: NumberMention): boolean {
  return x.unit === "m" && /\dm$/i.test(x.text) && (y.kind === "cardinal" || y.kind === "money") && y.unit !== "m" && equal(x.value * 1e6, y.value);
}

export function sameQuantity(x: NumberMention, y: NumberMention): boolean {
  if (millionOrMetres(x, y) || millionOrMetres(y, x)) return true;
  // "a 58th-minute penalty" / "a penalty after 58 minutes": the minute of a match counted either way
  if (elapsedMinute(x, y) || elapsedMinute(y, x)) return x.value === y.value;
  // "half" and "50%", "a third" and "33%": a fraction and a percentage of one share
  if ((x.kind === "fraction" && y.kind === "percent" && y.unit === "%") || (y.kind === "fraction" && x.kind === "percent" && x.unit === "%")) {
    const [f, p] = x.kind === "fraction" ? [x, y] : [y, x];
    return Math.abs(f.value * 100 - p.value) <= 1;
  }
  // "a 35-year-old striker" / "the striker, 35": a bare figure that does not repeat the unit
  if (!x.vague && !y.vague && ((x.kind === "cardinal" && !x.unit) || (y.kind === "cardinal" && !y.unit)) && x.kind !== "ordinal" && y.kind !== "ordinal" && equal(x.value, y.value)) return true;
  // "the fifth league win in a row" / "have won their last five league games": a run's ordinal counts as many
  if ((x.streak && y.kind === "cardinal") || (y.streak && x.kind === "cardinal")) return x.value === y.value;
  // "the third rabid animal confirmed this year" / "has now confirmed three rabid animals": the ordinal of a thing
  // counted so far is the count of them (a unit of time excepted: "in its second year" is no "two years")
  if (ordinalOfCount(x, y) || ordinalOfCount(y, x)) return x.value === y.value;
  // "headed the winner in the 104th" / "a 104th-minute header": an ordinal whose unit the sentence leaves out
  if (x.kind === "ordinal" && y.kind === "ordinal" && (!x.unit || !y.unit) && x.value === y.value) return true;
  if (family(x) !== family(y)) return false;
  if (x.vague && y.vague) return x.value === y.value;
  if (x.vague || y.vague) {
    const [v, e] = x.vague ? [x, y] : [y, x];
    const [lo, hi] = vagueRange(v);
    return e.value >= lo && e.value < hi;
  }
  // one unit on both sides: no conversion, so no rounding to allow for
  return x.unit === y.unit ? equal(magnitude(x), magnitude(y)) : close(magnitude(x), magnitude(y));
}

function ordinalOfCount(x: NumberMention, y: NumberMention): boolean {
  if (x.kind !== "ordinal" || y.kind !== "cardinal" || x.unit || y.unit || !x.noun || !y.noun) return false;
  return x.noun.replace(/s$/, "") === y.noun.replace(/s$/, "");
}

function elapsedMinute(x: NumberMention, y: NumberMention): boolean {
  return x.kind === "ordinal" && x.unit === "minute" && y.kind === "duration" && y.unit === "minute" && y.reading === "elapsed";
}

/** Could y be x rewritten (same slot), so that a difference between them is a change? */
function compatible(x: NumberMention, y: NumberMention): number {
  // "a year earlier" shifts a date; "six months" measures a span: one never stands for the other
  if ((x.reading === "offset") !== (y.reading === "offset") && (x.kind === "duration" || y.kind === "duration")) return 0;
  let score = 0;
  if (x.kind === y.kind) score += 3;
  else if ((x.kind === "duration" || x.kind === "ordinal") && (y.kind === "duration" || y.kind === "ordinal") && x.unit && x.unit === y.unit) score += 3;
  // "lasted three weeks" / "now in its third month": a span and a place in time, each in its own unit
  else if ((x.kind === "duration" || x.kind === "ordinal") && (y.kind === "duration" || y.kind === "ordinal") && !!x.unit && !!y.unit && x.unit in UNIT_DAYS && y.unit in UNIT_DAYS) score += 2;
  else if ((x.kind === "percent" && y.kind === "fraction") || (x.kind === "fraction" && y.kind === "percent")) score += 2;
  else if (family(x) === "pounds" && family(y) === "pounds") score += 3;
  else if (x.noun && x.noun === y.noun) score += 2;
  else return 0;
  if (x.noun && x.noun === y.noun) score += 2;
  if (x.unit && x.unit === y.unit) score += 1;
  // "around 1290" / "around 1280": the same qualifier on both, rather than a bare figure beside it
  if (x.qualifier && x.qualifier === y.qualifier) score += 1;
  // "first" and "one" are mostly not counts; they pair only when they order or count the same thing
  if ((isWeak(x) || isWeak(y)) && !(x.noun && x.noun === y.noun) && !(x.unit && x.unit === y.unit)) return 0;
  return score;
}

function isWeak(n: NumberMention): boolean {
  return n.value === 1 && (n.kind === "ordinal" || n.kind === "cardinal") && !/\d/.test(n.text);
}

export function diffNumbers(as: NumberMention[], bs: NumberMention[]): NumberDiff {
  const same: NumberPair[] = [];
  const changed: NumberPair[] = [];
  const usedB = new Set<number>();
  const leftA: number[] = [];
  // exact matches first, preferring the one of the same kind ("third straight defeat" meets "third consecutive
  // defeat" before the "3" of a 3-0 score), then the one that counts the same thing
  const likeness = (x: NumberMention, y: NumberMention) => (x.kind === y.kind ? 2 : 0) + (x.noun && y.noun === x.noun ? 1 : 0);
  for (let i = 0; i < as.length; i++) {
    let best = -1;
    for (let j = 0; j < bs.length; j++) {
      if (usedB.has(j) || !sameQuantity(as[i], bs[j])) continue;
      if (best < 0 || likeness(as[i], bs[j]) > likeness(as[i], bs[best])) best = j;
    }
    if (best >= 0) {
      usedB.add(best);
      same.push({ a: as[i], b: bs[best] });
    } else leftA.push(i);
  }
  const leftB = bs.map((_, j) => j).filter((j) => !usedB.has(j));
  if (!leftA.length || !leftB.length) return { same, changed };
  // then the best compatible partner for each leftover, in order so that the k-th leftover of a kind meets the k-th
  const candidates: { i: number; j: number; score: number }[] = [];
  for (const [ri, i] of leftA.entries()) {
    for (const [rj, j] of leftB.entries()) {
      const s = compatible(as[i], bs[j]);
      if (s > 0) candidates.push({ i, j, score: s - Math.abs(ri / leftA.length - rj / leftB.length) });
    }
  }
  candidates.sort((x, y) => y.score - x.score);
  const takenA = new Set<number>();
  const takenB = new Set<number>();
  for (const c of candidates) {
    if (takenA.has(c.i) || takenB.has(c.j)) continue;
    takenA.add(c.i);
    takenB.add(c.j);
    changed.push({ a: as[c.i], b: bs[c.j] });
  }
  changed.sort((x, y) => x.a.start - y.a.start);
  return { same, changed };
}
