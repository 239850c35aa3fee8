import { test } from "node:test";
import assert from "node:assert/strict";
import { diffWords, fold, lemma, words } from "../../src/core/facts/words";
import { findNumbers } from "../../src/core/facts/numbers";
import { findDates } from "../../src/core/facts/dates";
import { parseArticle } from "../../src/core/article";
import { PairView, Side, sameBag, sameChangedBag, sentenceFacts } from "../../src/core/facts/sentence-facts";

test("words keep offsets, join apostrophes, hyphens and abbreviations, and fold case and accents", () => {
  const text = "U.S. aid to Rinkēviča's two-year plan: 20% more.";
  const ws = words(text);
  assert.deepEqual(ws.map((w) => w.text), ["U.S.", "aid", "to", "Rinkēviča's", "two-year", "plan", "20", "%", "more"]);
  assert.deepEqual(ws.map((w) => text.slice(w.start, w.end)), ws.map((w) => w.text));
  assert.equal(ws[3].norm, "rinkevica's");
  assert.equal(fold("He’s"), "he's");
  assert.equal(words("It ended.")[1].text, "ended");
});

test("lemmas meet across inflections and common irregular verbs", () => {
  assert.equal(lemma("seen"), lemma("see"));
  assert.equal(lemma("agreed"), lemma("agreeing"));
  assert.equal(lemma("territories"), lemma("territory"));
  assert.equal(lemma("said"), "say");
});

test("words that name members of Object's prototype are ordinary words", () => {
  const text = "The constructor toString valueOf said hasOwnProperty rose 5% on May 4, 2021.";
  assert.equal(words(text).length, 13);
  assert.equal(lemma("constructor"), "constructor");
  assert.equal(findNumbers(text).length, 1);
  assert.equal(findDates(text).length, 1);
});

test("the word diff reports maximal replaced runs in order", () => {
  const a = words("the talks collapsed after brutal attacks on villages");
  const b = words("talks on a truce collapsed after atrocities on villages");
  const hunks = diffWords(a, b, (w) => w.norm).map((h) => [a.slice(h.aStart, h.aEnd).map((w) => w.text).join(" "), b.slice(h.bStart, h.bEnd).map((w) => w.text).join(" ")]);
  assert.deepEqual(hunks, [["the", ""], ["", "on a truce"], ["brutal attacks", "atrocities"]]);
  assert.deepEqual(diffWords(a, a, (w) => w.norm), []);
});

test("a huge unpunctuated pair falls back to one changed stretch instead of a quadratic table", () => {
  const a = words("word ".repeat(3000) + "end");
  const b = words("term ".repeat(3000) + "end");
  const t = Date.now();
  const hunks = diffWords(a, b, (w) => w.norm);
  assert.ok(Date.now() - t < 500);
  assert.deepEqual(hunks, [{ aStart: 0, aEnd: 3000, bStart: 0, bEnd: 3000 }]);
});

test("sameBag compares the picked words as multisets, small or large", () => {
  const side = (text: string) => {
    const article = parseArticle("x", text);
    return new Side(article, [sentenceFacts(article, 0)]);
  };
  const all = () => true;
  assert.equal(sameBag(side("one two two three."), side("two three two one."), all), true);
  assert.equal(sameBag(side("one two two three."), side("one two three three."), all), false);
  const many = Array.from({ length: 40 }, (_, k) => `w${k}`);
  assert.equal(sameBag(side(`${many.join(" ")}.`), side(`${[...many].reverse().join(" ")}.`), all), true);
  assert.equal(sameBag(side(`${many.join(" ")}.`), side(`${many.slice(1).join(" ")} w1.`), all), false);
  // only the words `pick` selects count
  assert.equal(sameBag(side("In 2020 it rose."), side("It rose in 2020 sharply."), (w) => /\d/.test(w.norm)), true);
});

test("the bag over the words the diff changed answers as the bag over all words, for picks that read the folded form", () => {
  const side = (text: string) => {
    const article = parseArticle("x", text);
    return new Side(article, [sentenceFacts(article, 0)]);
  };
  const pv = (x: string, y: string) => new PairView({ a: [0], b: [0], score: 1, moved: false }, side(x), side(y));
  const digits = (w: { norm: string }) => /\d/.test(w.norm);
  const texts = [
    "In 2020 the plant made 40 cars.",
    "The plant made 40 cars in 2020.",
    "In 2021 the plant made 40 cars.",
    "The Plant made forty cars in 2020, up 5%.",
    "40 cars, 40 vans and 2020 plans.",
    "40 CARS AND 2020 PLANS AND 40 VANS.",
    "Nothing to count here.",
    "Quiet.",
  ];
  // every ordered pair of the texts, with two picks: the shortcut must never change an answer
  for (const x of texts) {
    for (const y of texts) {
      for (const pick of [digits, () => true]) {
        const p = pv(x, y);
        assert.equal(sameChangedBag(p, pick), sameBag(p.a, p.b, pick), `${x} / ${y}`);
      }
    }
  }
  assert.equal(sameChangedBag(pv("In 2020 it rose 4%.", "It rose 4% in 2020."), digits), true);
  assert.equal(sameChangedBag(pv("In 2020 it rose 4%.", "It rose 5% in 2020."), digits), false);
});
