// Rule `changed-name`: a person, place or organisation is named differently between versions: another
// entity, or the same one spelled differently ("Kyiv"/"Kiev", "Rinkevics"/"Rinkević").
// Pure: no vscode import. Never reports known equivalents: letter case, curly vs straight apostrophes,
// "U.S."/"US", aliases and demonyms, acronyms ("NYT"/"The New York Times"), partial names ("the Times").

import type { VersionRule, VersionContext, VersionReport } from "./rule";
import type { Span } from "../types";
import { canonOf, demonymForm, isDemonym, findNames, pluralForm, oneWordApart, otherGivenName, widenedBody, isCalendarWord, isOrganisation, sameEntity, spelledAlike, type NameMention } from "../facts/names";
import { changedPairs, eachChangedPair, sameBag, type PairView, type Side } from "../facts/sentence-facts";
import type { Article } from "../article";
import type { Hunk, Word } from "../facts/words";
import { dedupe, twoSided } from "../facts/report";
import { table } from "../facts/lookup";

const exactKey = (w: Word) => w.text.toLowerCase().replace(/[’‘`]/g, "'").replace(/\./g, "");

function namesOf(s: Side): NameMention[] {
  return s.sentences.flatMap((f) => findNames(f.article, f.index));
}

/** The name's words occur in the other side as plain words (a name written in lower case there). */
function appearsIn(n: NameMention, keys: string[]): boolean {
  const want = n.words.map(exactKey).map((k) => k.replace(/'s$/, ""));
  // "Copenhagen-based", "Paris-born": the name as the first part of a compound
  const head = (k: string) => (k.includes("-") ? k.slice(0, k.indexOf("-")) : k);
  outer: for (let i = 0; i + want.length <= keys.length; i++) {
    for (let k = 0; k < want.length; k++) {
      const got = keys[i + k].replace(/'s$/, "");
      if (got !== want[k] && !(k === want.length - 1 && head(got) === want[k])) continue outer;
    }
    return true;
  }
  return false;
}

/** The diff hunk holding any word of the name, or -1. */
function hunkOf(n: NameMention, words: Word[], hunks: Hunk[], sideA: boolean): number {
  return hunks.findIndex((h) => {
    const [s, e] = sideA ? [h.aStart, h.aEnd] : [h.bStart, h.bEnd];
    for (let i = s; i < e; i++) if (words[i].start >= n.start && words[i].end <= n.end + 2) return true;
    return false;
  });
}

/** The words of a name that the hunk replaced ("Archer" in "Simon Archer" / "Simon Whitmore"). */
function replacedPart(n: NameMention, words: Word[], h: Hunk, sideA: boolean): Span {
  const [s, e] = sideA ? [h.aStart, h.aEnd] : [h.bStart, h.bEnd];
  const inside = words.slice(s, e).filter((w) => w.start >= n.start && w.end <= n.end + 2);
  if (!inside.length) return { start: n.start, end: n.end };
  return { start: inside[0].start, end: Math.min(n.end, inside[inside.length - 1].end) };
}

/**
 * A capitalised word the name finder left out because it starts a sentence ("Mwangi argued …"), taken
 * as a name when the other version has a name in its place.
 */
function capitalisedIn(words: Word[], from: number, to: number, text: string): NameMention | null {
  if (to <= from || to - from > 3) return null;
  const ws = words.slice(from, to);
  if (!ws.every((w) => /^\p{Lu}[\p{Ll}\p{M}'’.-]+$/u.test(w.text) && !FUNCTION_START.has(w.norm) && !isCalendarWord(w.norm))) return null;
  const start = ws[0].start;
  const end = ws[ws.length - 1].end - (/['’]s$/.test(ws[ws.length - 1].text) ? 2 : 0);
  const key = ws.map((w) => w.text.toLowerCase()).join(" ");
  return { start, end, text: text.slice(start, end), words: ws, key, canon: canonOf(key.replace(/'s$/, "")), demonym: false };
}

const FUNCTION_START = new Set(
  ("the a an but and or so yet he she it they we i you his her its their this that these those there here when while after before as if in on at by for with from however meanwhile " +
    // determiners, quantifiers and negatives open a sentence as often as a name does ("No card details were …")
    "no not none nothing nobody neither nor all some many most much few several each every any both either another other such only also even still").split(" "),
);

/** The differing words of two multi-word forms of one name ("Jan Dvorak" / "Jan Dvořák"). */
function differingPart(x: NameMention, y: NameMention): [Span, Span] | null {
  // a people before one of the names ("Belgian Jasper Vermeulen" / "Jasper Vermeeren of Belgium") is no part of it
  const people = (n: NameMention, other: NameMention) => n.words.length === other.words.length + 1 && n.words.length > 2 && isDemonym(n.words[0].norm);
  const xs = people(x, y) ? x.words.slice(1) : x.words;
  const ys = people(y, x) ? y.words.slice(1) : y.words;
  if (xs.length !== ys.length) return null;
  let first = -1;
  let last = -1;
  for (let k = 0; k < xs.length; k++) {
    if (exactKey(xs[k]) === exactKey(ys[k])) continue;
    // a place and its adjective inside a longer name: "North America" / "North American box office"
    const [kx, ky] = [xs[k].text.toLowerCase(), ys[k].text.toLowerCase()];
    if (canonOf(kx) === canonOf(ky) || demonymForm(kx, ky)) continue;
    if (!spelledAlike(xs[k].text, ys[k].text)) return null;
    if (first < 0) first = k;
    last = k;
  }
  if (first < 0) return null;
  const trim = (w: Word) => w.end - (/['’]s$/.test(w.text) ? 2 : 0);
  return [
    { start: xs[first].start, end: trim(xs[last]) },
    { start: ys[first].start, end: trim(ys[last]) },
  ];
}

/**
 * Names can differ only where the capitalised words differ as written (accents and letter case included);
 * everywhere else both versions have the same names. Capitalised words that differ as a bag always lie in a
 * diff hunk, so no word diff is needed to decide this.
 */
function namesMayDiffer(pv: PairView): boolean {
  // a capitalised function word ("The", "But") opening a sentence is never the part of a name that differs
  const cap = (w: Word) => {
    const c = w.text.charCodeAt(0);
    return (c < 128 ? c >= 65 && c <= 90 : c > 191) && !FUNCTION_START.has(w.norm);
  };
  return !sameBag(pv.a, pv.b, cap, (w) => w.text);
}

/** The words two names of one length differ in ("Riverton" in "Riverton Police Department"), else the whole names. */
function differingWords(x: NameMention, y: NameMention): [Span, Span] {
  const whole: [Span, Span] = [{ start: x.start, end: x.end }, { start: y.start, end: y.end }];
  if (x.words.length !== y.words.length) return whole;
  const k = x.words.findIndex((w, i) => exactKey(w) !== exactKey(y.words[i]));
  if (k < 0 || x.words.some((w, i) => i !== k && exactKey(w) !== exactKey(y.words[i]))) return whole;
  return [
    { start: x.words[k].start, end: Math.min(x.end, x.words[k].end) },
    { start: y.words[k].start, end: Math.min(y.end, y.words[k].end) },
  ];
}

/**
 * Could y have replaced x as another entity? Not when they are one entity, and not when either is an
 * organisation under another of its names ("the Pentagon" / "the Defense Department"); two bodies of
 * one kind ("Riverton Police Department" / "Ashford Police Department") still count.
 */
function swappable(x: NameMention, y: NameMention): boolean {
  if (sameEntity(x, y)) return false;
  const ox = isOrganisation(x);
  const oy = isOrganisation(y);
  if (!ox && !oy) return true;
  return ox && oy && x.words[x.words.length - 1].norm === y.words[y.words.length - 1].norm;
}

/**
 * The same word just before both names, or just after both ("the Brannock shipyard" / "the Dunmore
 * shipyard"), or a content word of one name's two neighbours on either side among the other's ("a man,
 * resident in Valcorta," / "a Montecorta resident"): the two names fill one slot.
 */
function sameCompany(wa: Word[], x: NameMention, wb: Word[], y: NameMention): boolean {
  const ia = wa.findIndex((w) => w.start >= x.start);
  const ib = wb.findIndex((w) => w.start >= y.start);
  const ja = wa.findIndex((w) => w.start >= x.end);
  const jb = wb.findIndex((w) => w.start >= y.end);
  const before = ia > 0 && ib > 0 && wa[ia - 1].norm === wb[ib - 1].norm;
  const after = ja >= 0 && jb >= 0 && wa[ja].norm === wb[jb].norm;
  if (before || after) return true;
  const around = (ws: Word[], i: number, j: number) => {
    const out = new Set<string>();
    const near = [i - 2, i - 1, j < 0 ? -1 : j, j < 0 ? -1 : j + 1];
    for (const k of near) if (k >= 0 && k < ws.length && !NEIGHBOUR_STOP.has(ws[k].norm) && /^\p{Ll}/u.test(ws[k].text)) out.add(ws[k].lemma);
    return out;
  };
  const nx = around(wa, ia, ja);
  for (const l of around(wb, ib, jb)) if (nx.has(l)) return true;
  return false;
}
const PLACE_PREPOSITIONS = new Set(["in", "of", "at", "near", "from", "outside", "around"]);

/** A one-word name right after a preposition of place ("in Ashford", "residents of Millbrook"). */
function placeAfter(ws: Word[], n: NameMention): boolean {
  if (n.words.length !== 1) return false;
  const i = ws.findIndex((w) => w.start >= n.start);
  return i > 0 && PLACE_PREPOSITIONS.has(ws[i - 1].norm);
}
const NEIGHBOUR_STOP = new Set(["the", "a", "an", "of", "in", "at", "on", "to", "for", "from", "and", "or", "by", "with", "as", "is", "was", "said", "says"]);

/**
 * Two short references to one entity the story names in full ("the Danford Kings" … "Danford" / "the
 * Kings"; "Brita Halvorsen" … "Halvorsen"): in either version the two stand side by side as one name.
 * A text search, not a scan of every sentence's names: this is asked only of a candidate about to be reported.
 */
function partsOfOneName(a: Article, b: Article, x: NameMention, y: NameMention): boolean {
  const tx = x.words.map((w) => w.text.replace(/['’]s$/, "")).join(" ");
  const ty = y.words.map((w) => w.text.replace(/['’]s$/, "")).join(" ");
  if (tx.toLowerCase() === ty.toLowerCase()) return false;
  return [a, b].some((art) => sideBySide(art.text, `${tx} ${ty}`) || sideBySide(art.text, `${ty} ${tx}`));
}

/** Does `phrase` occur in `text` as whole words? */
function sideBySide(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const before = at > 0 ? text.charCodeAt(at - 1) : 32;
    const after = at + phrase.length < text.length ? text[at + phrase.length] : " ";
    if (!/[\p{L}\p{N}]/u.test(String.fromCharCode(before)) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

const spelledDifferently = (here: string, there: string) => `Name spelled differently: this version has ${here}; the other has ${there}. Use one spelling in both versions.`;

// The portfolio of a ministry or a minister, written lower case as often as not ("the foreign ministry",
// "the interior minister"): it names which body or which person as a capitalised name does
const PORTFOLIOS = new Set(
  ("foreign interior home health defence defense finance treasury economy education justice transport transportation energy environment " +
    "agriculture labour labor trade culture tourism housing communications digital science industry infrastructure fisheries immigration " +
    "welfare sports youth").split(" "),
);
// one portfolio spelled the British or the American way
const SAME_PORTFOLIO: Record<string, string> = table({ defense: "defence", labor: "labour", transportation: "transport" });
const portfolio = (w: string): string => SAME_PORTFOLIO[w] ?? w;
const PORTFOLIO_HEADS = new Set(["ministry", "ministries", "minister", "ministers", "department", "secretary", "office"]);

/**
 * One portfolio swapped for another before the same head ("the foreign ministry's online service" / "the
 * interior ministry's online service", "the health minister" / "Finance Minister"): another body or person.
 */
function changedPortfolio(ctx: VersionContext, pv: PairView, report: (r: VersionReport) => void): void {
  const wa = pv.a.words;
  const wb = pv.b.words;
  for (const h of pv.hunks) {
    if (h.aEnd - h.aStart !== 1 || h.bEnd - h.bStart !== 1 || h.aEnd >= wa.length || h.bEnd >= wb.length) continue;
    const x = wa[h.aStart];
    const y = wb[h.bStart];
    if (!PORTFOLIOS.has(x.norm) || !PORTFOLIOS.has(y.norm) || portfolio(x.norm) === portfolio(y.norm)) continue;
    // capitalised on both sides ("Health Minister" / "Finance Minister"), they are names, which the name pass compares
    if (/^\p{Lu}/u.test(x.text) && /^\p{Lu}/u.test(y.text)) continue;
    const head = wa[h.aEnd].norm.replace(/'s$/, "");
    if (!PORTFOLIO_HEADS.has(head) || wb[h.bEnd].norm.replace(/'s$/, "") !== head) continue;
    report(
      twoSided(ctx.a, { start: x.start, end: wa[h.aEnd].end }, ctx.b, { start: y.start, end: wb[h.bEnd].end }, (here, there) =>
        `Different name: this version has ${here}; the other has ${there}. Check which body or office is meant and make the versions agree.`,
      ),
    );
  }
}

export const changedName: VersionRule = {
  id: "changed-name",
  family: "versions",
  defaultSeverity: "warning",
  description: "A person, place or organisation is named or spelled differently between versions.",
  check(ctx: VersionContext): void {
    const report = dedupe(ctx.report);
    eachChangedPair(ctx.a, ctx.b, ctx.comparison.pairs, "changed-name", report, (pv, report) => {
      const { a, b } = pv;
      changedPortfolio(ctx, pv, report);
      if (!namesMayDiffer(pv)) return;
      const na = namesOf(a);
      const nb = namesOf(b);
      if (!na.length && !nb.length) return;
      let keysA: string[] | undefined;
      let keysB: string[] | undefined;
      // one name spelled two ways, first: a name with no identical counterpart against one written alike
      // ("Harborview City Council" / "Harborveiw City Council"), before looser equivalences hide it
      // identical names pair one to one, so a dateline "CEDAR RIDGE" does not vouch for a respelled "Cedar Ridgee" later
      const twin = new Set<NameMention>();
      for (const x of na) {
        const y = nb.find((c) => !twin.has(c) && c.canon === x.canon);
        if (y) {
          twin.add(x);
          twin.add(y);
        }
      }
      const pairs: { x: NameMention; y: NameMention; spelled: boolean; spans: [Span, Span] }[] = [];
      const usedB = new Set<NameMention>();
      const spelledA = new Set<NameMention>();
      for (const x of na) {
        if (twin.has(x)) continue;
        for (const y of nb) {
          if (usedB.has(y) || twin.has(y)) continue;
          // a place and its people ("Veloria" / "Velorian"), one model and several ("A320" / "A320s"): alike,
          // but no respelling
          if (x.words.length === 1 && y.words.length === 1 && demonymForm(x.key, y.key)) continue;
          if (pluralForm(x.key, y.key)) continue;
          const part = differingPart(x, y);
          if (part || (x.words.length === 1 && y.words.length === 1 && x.canon !== y.canon && spelledAlike(x.text, y.text))) {
            usedB.add(y);
            spelledA.add(x);
            pairs.push({ x, y, spelled: true, spans: part ?? [{ start: x.start, end: x.end }, { start: y.start, end: y.end }] });
            break;
          }
        }
      }
      const leftA = na.filter((x) => !spelledA.has(x) && !nb.some((y) => sameEntity(x, y)) && !appearsIn(x, (keysB ??= b.words.map(exactKey))));
      const leftB = nb.filter((y) => !usedB.has(y) && !na.some((x) => sameEntity(x, y)) && !appearsIn(y, (keysA ??= a.words.map(exactKey))));
      if (!leftA.length && !leftB.length && !pairs.length) return;
      // a body's name with a word set into it or one word swapped names another body; a full name with
      // another given name, another person: wherever the rewrite moved them in the sentence
      for (const x of leftA) {
        const y = leftB.find((c) => !usedB.has(c) && (widenedBody(x, c) || otherGivenName(x, c) || oneWordApart(x, c)));
        if (!y) continue;
        usedB.add(y);
        pairs.push({ x, y, spelled: false, spans: differingWords(x, y) });
      }
      const hunks = pv.hunks;
      // a different name in the same place: the leftovers of one diff hunk, like for like in length
      const cands: { x: NameMention; y: NameMention; h: number; cost: number }[] = [];
      for (const x of leftA) {
        if (pairs.some((p) => p.x === x)) continue;
        const h = hunkOf(x, a.words, hunks, true);
        if (h < 0) continue;
        const hunk = hunks[h];
        if (hunk.aEnd - hunk.aStart > 5 || hunk.bEnd - hunk.bStart > 5) continue;
        const ys = leftB.filter((c) => !usedB.has(c) && c.demonym === x.demonym && hunkOf(c, b.words, hunks, false) === h);
        // (a word in capitals is an acronym or a transcript's speaker label, never swapped for a sentence's first word)
        if (!ys.length && x.words.length === 1 && !allCaps(x)) {
          const y = capitalisedIn(b.words, hunk.bStart, hunk.bEnd, ctx.b.text);
          if (y) ys.push(y);
        }
        for (const y of ys) if (swappable(x, y) && !partsOfOneName(ctx.a, ctx.b, x, y)) cands.push({ x, y, h, cost: Math.abs(x.words.length - y.words.length) - Math.min(x.words.length, y.words.length) / 10 });
      }
      for (const y of leftB) {
        // a people or nationality word ("the American's first win") is no slot for a name the finder missed
        if (usedB.has(y) || y.words.length !== 1 || y.demonym || allCaps(y)) continue;
        const h = hunkOf(y, b.words, hunks, false);
        if (h < 0 || cands.some((c) => c.y === y)) continue;
        const x = capitalisedIn(a.words, hunks[h].aStart, hunks[h].aEnd, ctx.a.text);
        if (x && !na.some((n) => n.start === x.start) && swappable(x, y) && !partsOfOneName(ctx.a, ctx.b, x, y)) cands.push({ x, y, h, cost: 0 });
      }
      // a sentence reworded around its one remaining name: the only name left on each side, in the same
      // company ("built at the Brannock shipyard" / "Built at the Dunmore shipyard", "from Grenna to Vallen" /
      // "from Grenna to Malden"), is another entity even though no diff hunk holds both
      if (!cands.length) {
        const xs = leftA.filter((x) => !pairs.some((p) => p.x === x));
        const ys = leftB.filter((y) => !usedB.has(y));
        if (xs.length === 1 && ys.length === 1) {
          const [x, y] = [xs[0], ys[0]];
          // (or a place on each side, one word after a preposition of place: "residents of Millbrook" / "people living
          // in Ashford")
          const slot = (swappable(x, y) && (sameCompany(a.words, x, b.words, y) || (placeAfter(a.words, x) && placeAfter(b.words, y)))) || (!sameEntity(x, y) && bodiesOfOnePlace(x, y));
          if (x.demonym === y.demonym && slot && !partsOfOneName(ctx.a, ctx.b, x, y)) {
            cands.push({ x, y, h: -1, cost: 0 });
          }
        }
      }
      cands.sort((p, q) => p.cost - q.cost);
      const usedX = new Set<NameMention>();
      for (const c of cands) {
        if (usedX.has(c.x) || usedB.has(c.y)) continue;
        usedX.add(c.x);
        usedB.add(c.y);
        const spans: [Span, Span] = c.h < 0 ? [{ start: c.x.start, end: c.x.end }, { start: c.y.start, end: c.y.end }] : [replacedPart(c.x, a.words, hunks[c.h], true), replacedPart(c.y, b.words, hunks[c.h], false)];
        pairs.push({ x: c.x, y: c.y, spelled: false, spans });
      }
      unmatchedNames.set(pv, { a: leftA.filter((x) => !pairs.some((p) => p.x === x)), b: leftB.filter((y) => !usedB.has(y)) });
      for (const p of pairs) {
        report(
          twoSided(ctx.a, p.spans[0], ctx.b, p.spans[1], (here, there) =>
            p.spelled
              ? spelledDifferently(here, there)
              : `Different name: this version has ${here}; the other has ${there}. Check who or what is meant and make the versions agree.`,
          ),
        );
      }
    });
    respelledElsewhere(ctx, report);
  },
};

/**
 * Two bodies named after one place or founder, each the only name left on its side: "the Ashcombe Chamber
 * of Commerce" / "the Ashcombe Residents' Association" are two organisations, not one renamed.
 */
function bodiesOfOnePlace(x: NameMention, y: NameMention): boolean {
  if (!isOrganisation(x) || !isOrganisation(y) || x.words.length < 2 || y.words.length < 2) return false;
  return x.words.some((w) => /^\p{Lu}/u.test(w.text) && y.words.some((v) => v.norm === w.norm));
}

function allCaps(n: NameMention): boolean {
  const t = n.words[0].text;
  return t.length > 1 && t === t.toUpperCase() && /\p{Lu}/u.test(t);
}

/** Names of each changed pair that found no counterpart in the pair's other side. */
const unmatchedNames = new WeakMap<PairView, { a: NameMention[]; b: NameMention[] }>();

/**
 * A full name respelled in a sentence the rewrite moved it to ("The accused, Callum Pryce, appeared …" /
 * "A 31-year-old man, Callum Price, has been charged …"): a name of several words left without a counterpart
 * in its own pair, never written so anywhere in the other version, against one left over in another pair,
 * spelled alike in the words that differ and never written so in this version.
 */
function respelledElsewhere(ctx: VersionContext, report: (r: VersionReport) => void): void {
  const left = changedPairs(ctx.a, ctx.b, ctx.comparison.pairs).map((pv) => unmatchedNames.get(pv) ?? { a: [], b: [] });
  const usedB = new Set<NameMention>();
  left.forEach((here, i) => {
    for (const x of here.a) {
      if (x.words.length < 2 || sideBySide(ctx.b.text, x.text)) continue;
      let found: { y: NameMention; part: [Span, Span] } | undefined;
      let count = 0;
      left.forEach((there, j) => {
        if (j === i) return;
        for (const y of there.b) {
          if (usedB.has(y) || sideBySide(ctx.a.text, y.text)) continue;
          const part = differingPart(x, y);
          if (!part) continue;
          count++;
          found = { y, part };
        }
      });
      // one candidate only: two respellings of one name elsewhere say nothing about which is meant
      if (count !== 1 || !found) continue;
      usedB.add(found.y);
      report(
        twoSided(ctx.a, found.part[0], ctx.b, found.part[1], spelledDifferently),
      );
    }
  });
}
