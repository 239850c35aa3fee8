// Warm timings of the engine (median of N runs after a warm-up): parsing, the one-article rules per 1,000
// words, and pairing + alignment + fact diff for the seed pair and for two ~10,000-word versions, with the
// `diff` package's word diff on the same long pair for scale. A measurement, not a test: it never fails.
//   node out/scripts/bench.js [--runs N] [--words N]

import { existsSync, readFileSync, readdirSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { checkArticle, compareVersions, defaultConfig, pairArticles, parseArticle, type Article } from "../src/core/index";
import { compareArticles } from "../src/core/versions/compare";
import { loadCorpus, longVersionPair } from "../test/eval/versions/generate";

const root = join(__dirname, "..", "..");
const arg = (name: string, def: number): number => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : def;
};
const RUNS = arg("--runs", 25);
const WORDS = arg("--words", 10000);
const config = defaultConfig();

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

interface Timing {
  median: number;
  min: number;
}

/** Runs `setup` untimed and `body` timed, `RUNS` times after three warm-up rounds. */
function time<T>(setup: () => T, body: (x: T) => void): Timing {
  for (let k = 0; k < 3; k++) body(setup());
  const xs: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    const x = setup();
    const t0 = performance.now();
    body(x);
    xs.push(performance.now() - t0);
  }
  return { median: median(xs), min: Math.min(...xs) };
}

const ms = (x: number): string => `${x.toFixed(2)} ms`;
const show = (t: Timing): string => `${ms(t.median).padStart(10)} (min ${ms(t.min)})`;

/** Pairing, alignment and every version rule on freshly parsed articles (so no per-article cache helps). */
function versionTiming(textA: string, textB: string): { total: Timing; pairing: Timing; alignment: Timing; cached: Timing; findings: number } {
  const fresh = (): [Article, Article] => [parseArticle("a", textA), parseArticle("b", textB)];
  const total = time(fresh, ([a, b]) => {
    pairArticles([a, b], config.pairThreshold);
    compareVersions(a, b, config);
  });
  const pairing = time(fresh, ([a, b]) => pairArticles([a, b], config.pairThreshold));
  const alignment = time(fresh, ([a, b]) => compareArticles(a, b, config));
  const [a, b] = fresh();
  const cached = time(
    () => null,
    () => {
      pairArticles([a, b], config.pairThreshold);
      compareVersions(a, b, config);
    },
  );
  return { total, pairing, alignment, cached, findings: compareVersions(a, b, config).length };
}

function seeds(): { a: string; b: string } | null {
  const dir = "/work/shared/seeds";
  if (!existsSync(join(dir, "expected.json"))) return null;
  const files = (JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as { files: { A: string; B: string } }).files;
  if (!readdirSync(dir).includes(files.A)) return null;
  return { a: readFileSync(join(dir, files.A), "utf8"), b: readFileSync(join(dir, files.B), "utf8") };
}

function report(label: string, t: ReturnType<typeof versionTiming>, target: string): void {
  console.log(`${label}: pairing + alignment + fact diff ${show(t.total)}${target}`);
  console.log(`    of which pairing ${show(t.pairing)}, alignment with tokenizing ${show(t.alignment)}; all caches warm ${show(t.cached)}; ${t.findings} findings`);
}

async function main(): Promise<void> {
  const corpus = loadCorpus(root);
  const long = longVersionPair(corpus, WORDS);
  const longA = parseArticle("a", long.a);
  const longB = parseArticle("b", long.b);
  console.log(
    `Copydesk bench: median of ${RUNS} warm runs (min in brackets); load average ${loadavg()[0].toFixed(1)} on this machine. ` +
      `Long pair: ${longA.words} / ${longB.words} words, ${longA.sentences.length} / ${longB.sentences.length} sentences.`,
  );
  console.log("");

  const parse = time(() => null, () => parseArticle("a", long.a));
  console.log(`parse ${longA.words} words ${show(parse)}; ${ms((parse.median * 1000) / longA.words)} per 1,000 words`);

  const article = time(() => parseArticle("a", long.a), (a: Article) => checkArticle(a, config));
  console.log(`one-article rules ${ms((article.median * 1000) / longA.words)} per 1,000 words (${show(article)} for ${longA.words} words)`);

  const s = seeds();
  if (s) report("seed pair", versionTiming(s.a, s.b), "");
  else console.log("seed pair: /work/shared/seeds not found, skipped");

  const t = versionTiming(long.a, long.b);
  report("10k pair", t, " (target < 20 ms)");

  // The editor's case: one word typed in version a, which is parsed again, while b keeps its parse.
  const b = parseArticle("b", long.b);
  compareVersions(parseArticle("a", long.a), b, config);
  const at = long.a.indexOf(" the ", long.a.length >> 1);
  let edits = 0;
  const edit = time(
    () => parseArticle("a", `${long.a.slice(0, at)} ${edits++ % 2 ? "the" : "these"} ${long.a.slice(at + 5)}`),
    (a) => {
      pairArticles([a, b], config.pairThreshold);
      compareVersions(a, b, config);
    },
  );
  console.log(`10k pair after one word typed in version a (a parsed again, b's parse kept): ${show(edit)}`);

  // The diff package is ESM-only; load it the way Node loads ESM from CommonJS.
  const importer = new Function("m", "return import(m)") as (m: string) => Promise<{ diffWords: (a: string, b: string) => unknown[] }>;
  try {
    const { diffWords } = await importer("diff");
    const d = time(() => null, () => diffWords(long.a, long.b));
    console.log(`diff.diffWords on the 10k pair ${show(d)}: ${(d.median / t.total.median).toFixed(1)}× the Copydesk comparison`);
  } catch (e) {
    console.log(`diff.diffWords: not available (${e instanceof Error ? e.message : String(e)})`);
  }
}

void main();
