// Times the six one-article rules (analysis included) on a long article built from the evaluation passages
// and the seed articles, warm: parse once, run several times, report the median per 1,000 words.
//   node out/scripts/bench-article.js [--runs N]
// A measurement, not a test: the bar is under 5 ms per 1,000 words on this machine.

import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { checkArticle, defaultConfig, parseArticle } from "../src/core/index";
import { loadPassages } from "./eval-article";

const now = () => performance.now();

export interface BenchResult {
  words: number;
  medianMs: number;
  /** The fastest run: the best estimate on a machine shared with other work. */
  minMs: number;
  /** Process CPU time per run (user + system), less sensitive to other processes than wall time. */
  cpuMs: number;
  perThousandWords: number;
  minPerThousandWords: number;
  parseMs: number;
}

export function benchArticle(runs = 30): BenchResult {
  const parts = loadPassages().map((p) => p.source);
  const seeds = resolve(__dirname, "../../../shared/seeds");
  for (const f of ["000_c9dc4018818c4881.txt", "002_98bbbec92fbe23a2.txt"]) if (existsSync(join(seeds, f))) parts.push(readFileSync(join(seeds, f), "utf8"));
  const source = parts.join("\n\n");
  let t = now();
  const article = parseArticle("bench.txt", source, "plaintext");
  const parseMs = now() - t;
  const config = { ...defaultConfig(), compare: false };
  for (let i = 0; i < 5; i++) checkArticle(article, config);
  const times: number[] = [];
  const cpu = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    t = now();
    checkArticle(article, config);
    times.push(now() - t);
  }
  const used = process.cpuUsage(cpu);
  times.sort((a, b) => a - b);
  const medianMs = times[Math.floor(times.length / 2)];
  const minMs = times[0];
  const cpuMs = (used.user + used.system) / 1000 / runs;
  return { words: article.words, medianMs, minMs, cpuMs, perThousandWords: (medianMs * 1000) / article.words, minPerThousandWords: (minMs * 1000) / article.words, parseMs };
}

if (require.main === module) {
  const i = process.argv.indexOf("--runs");
  const r = benchArticle(i > 0 ? Number(process.argv[i + 1]) : 30);
  const k = r.words / 1000;
  console.log(
    `one-article rules (analysis + 6 rules), ${r.words} words, warm: median ${r.medianMs.toFixed(1)} ms, fastest ${r.minMs.toFixed(1)} ms, CPU ${r.cpuMs.toFixed(1)} ms per run` +
      ` = ${r.perThousandWords.toFixed(2)} / ${r.minPerThousandWords.toFixed(2)} / ${(r.cpuMs / k).toFixed(2)} ms per 1,000 words (median / fastest / CPU); parse ${r.parseMs.toFixed(1)} ms, not counted`,
  );
}
