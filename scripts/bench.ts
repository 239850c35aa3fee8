// Warm timings of the engine (median of N runs after a warm-up): parsing, the one-article rules per 1,000
// words, and pairing + alignment + fact diff for the seed pair and for two ~10,000-word versions, with the
// `diff` package's word diff on the same long pair for scale. A measurement, not a test: it never fails.
//   node out/scripts/bench.js [--runs N] [--words N]

import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { checkArticle, compareVersions, defaultConfig, pairArticles, parseArticle, type Article } from "../src/core/index";
import { loadCorpus, longVersionPair } from "../test/eval/versions/generate";

const root = join(__dirname, "..", "..");
const arg = (name: string, def: number): number => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : def;
};
const RUNS = arg("--runs", 15);
const WORDS = arg("--words", 10000);
const config = defaultConfig();

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Runs `setup` untimed and `body` timed, `RUNS` times after three warm-up rounds; returns the median in ms. */
function time<T>(setup: () => T, body: (x: T) => void): number {
  for (let k = 0; k < 3; k++) body(setup());
  const xs: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    const x = setup();
    const t0 = performance.now();
    body(x);
    xs.push(performance.now() - t0);
  }
  return median(xs);
}

const ms = (x: number): string => `${x.toFixed(2)} ms`;

/** Pairing, alignment and every version rule on freshly parsed articles (so no per-article cache helps). */
function versionTiming(textA: string, textB: string): { fresh: number; cached: number; findings: number } {
  const fresh = time(
    () => [parseArticle("a", textA), parseArticle("b", textB)],
    ([a, b]) => {
      pairArticles([a, b], config.pairThreshold);
      compareVersions(a, b, config);
    },
  );
  const a = parseArticle("a", textA);
  const b = parseArticle("b", textB);
  const cached = time(
    () => null,
    () => {
      pairArticles([a, b], config.pairThreshold);
      compareVersions(a, b, config);
    },
  );
  return { fresh, cached, findings: compareVersions(a, b, config).length };
}

function seeds(): { a: string; b: string } | null {
  const dir = "/work/shared/seeds";
  if (!existsSync(join(dir, "expected.json"))) return null;
  const files = (JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as { files: { A: string; B: string } }).files;
  if (!readdirSync(dir).includes(files.A)) return null;
  return { a: readFileSync(join(dir, files.A), "utf8"), b: readFileSync(join(dir, files.B), "utf8") };
}

async function main(): Promise<void> {
  const corpus = loadCorpus(root);
  const long = longVersionPair(corpus, WORDS);
  const longA = parseArticle("a", long.a);
  const longB = parseArticle("b", long.b);
  console.log(`Copydesk bench: median of ${RUNS} warm runs; long pair ${longA.words} / ${longB.words} words, ${longA.sentences.length} / ${longB.sentences.length} sentences`);
  console.log("");

  const parse = time(() => null, () => parseArticle("a", long.a));
  console.log(`parse                                   ${ms(parse).padStart(10)}  (${longA.words} words; ${ms((parse * 1000) / longA.words)} per 1,000 words)`);

  const article = time(() => parseArticle("a", long.a), (a: Article) => checkArticle(a, config));
  console.log(`one-article rules                       ${ms((article * 1000) / longA.words).padStart(10)}  per 1,000 words (${ms(article)} for ${longA.words})`);

  const s = seeds();
  if (s) {
    const t = versionTiming(s.a, s.b);
    console.log(`seed pair: pairing + alignment + facts  ${ms(t.fresh).padStart(10)}  fresh articles; ${ms(t.cached)} with cached features; ${t.findings} findings`);
  } else console.log("seed pair: /work/shared/seeds not found, skipped");

  const t = versionTiming(long.a, long.b);
  console.log(`10k pair: pairing + alignment + facts   ${ms(t.fresh).padStart(10)}  fresh articles; ${ms(t.cached)} with cached features; ${t.findings} findings (target < 20 ms)`);

  // The diff package is ESM-only; load it the way Node loads ESM from CommonJS.
  const importer = new Function("m", "return import(m)") as (m: string) => Promise<{ diffWords: (a: string, b: string) => unknown[] }>;
  try {
    const { diffWords } = await importer("diff");
    const d = time(() => null, () => diffWords(long.a, long.b));
    console.log(`diff.diffWords on the 10k pair          ${ms(d).padStart(10)}  (${(d / t.fresh).toFixed(1)}× the Copydesk comparison)`);
  } catch (e) {
    console.log(`diff.diffWords: not available (${e instanceof Error ? e.message : String(e)})`);
  }
}

void main();
