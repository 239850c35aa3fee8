import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArticle, type Article } from "../../src/core/article";
import { DEFAULT_PAIR_THRESHOLD } from "../../src/core/config";
import { pairArticles, similarity } from "../../src/core/versions/pairing";

const root = join(__dirname, "..", "..", "..");
const read = (p: string): string => readFileSync(join(root, p), "utf8");
const eval_ = (name: string): Article => parseArticle(`${name}.txt`, read(`test/eval/versions/articles/${name}.txt`));
const fixture = (name: string): Article => parseArticle(`${name}.txt`, read(`test/fixtures/versions/${name}.txt`));

test("a heavily reworded republication pairs with its original", () => {
  const s = similarity(eval_("wildfire"), fixture("wildfire-rewrite"));
  assert.ok(s >= 0.25, `similarity ${s}`);
  assert.ok(s >= DEFAULT_PAIR_THRESHOLD * 2, `similarity ${s} is too close to the threshold`);
});

test("two different stories on one beat do not pair: same council, same members, another vote", () => {
  const s = similarity(eval_("council-budget"), eval_("council-transit"));
  assert.ok(s < DEFAULT_PAIR_THRESHOLD / 2, `similarity ${s}`);
});

test("two different wildfires do not pair, nor does a rewrite with another fire", () => {
  const other = fixture("wildfire-other");
  for (const a of [eval_("wildfire"), fixture("wildfire-rewrite")]) {
    const s = similarity(a, other);
    assert.ok(s < DEFAULT_PAIR_THRESHOLD / 2, `${a.id}: similarity ${s}`);
  }
});

test("similarity is symmetric, 1 for identical texts and 0 for an empty one", () => {
  const a = eval_("court");
  const b = parseArticle("copy.txt", a.source);
  const w = fixture("wildfire-rewrite");
  assert.equal(similarity(a, b), 1);
  assert.equal(similarity(a, w), similarity(w, a));
  assert.equal(similarity(a, parseArticle("empty.txt", "")), 0);
});

test("three versions: each is paired with its closest, in input order; an unrelated article stays alone", () => {
  const v1 = eval_("wildfire");
  const v2 = fixture("wildfire-rewrite");
  // v3 updates the rewrite: one more paragraph and a new figure. Its closest version is v2, not v1.
  const v3 = parseArticle(
    "wildfire-update.txt",
    v2.source.replace("grew to more than 4,500 acres", "grew to more than 6,000 acres") +
      "\nBy Saturday morning, the fire had crossed Route 41 and reached the edge of the Elk Meadow subdivision.\n",
  );
  const other = fixture("wildfire-other");
  const pairs = pairArticles([other, v1, v3, v2], DEFAULT_PAIR_THRESHOLD);
  assert.deepEqual(
    pairs.map((p) => [p.a, p.b]),
    [
      ["wildfire.txt", "wildfire-rewrite.txt"],
      ["wildfire-update.txt", "wildfire-rewrite.txt"],
    ],
  );
  for (const p of pairs) assert.ok(p.similarity > 0 && p.similarity <= 1);
});

test("pairing skips everything under the threshold and never pairs an article with itself", () => {
  const a = eval_("football");
  const b = eval_("science");
  assert.deepEqual(pairArticles([a, b], DEFAULT_PAIR_THRESHOLD), []);
  assert.deepEqual(pairArticles([a], 0), []);
  assert.deepEqual(pairArticles([a, b], 0).map((p) => [p.a, p.b]), [["football.txt", "science.txt"]]);
});

test("re-pairing unchanged articles is cheap: signatures are cached per parsed article", () => {
  const arts = ["council-budget", "council-transit", "court", "earnings", "football", "hospital-strike", "science", "wildfire"].map(eval_);
  pairArticles(arts, DEFAULT_PAIR_THRESHOLD);
  const t0 = performance.now();
  for (let k = 0; k < 20; k++) pairArticles(arts, DEFAULT_PAIR_THRESHOLD);
  const per = (performance.now() - t0) / 20;
  assert.ok(per < 20, `${per.toFixed(2)} ms per pairing of 8 articles`);
});
