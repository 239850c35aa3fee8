// `npm run eval`: the article benchmark (one-article rules on labelled passages) and the version benchmark
// (version rules on perturbed and paraphrased version pairs), one table each, then the held-out version pairs.
//   node out/scripts/eval.js [--verbose]

import { runHeldoutEval } from "./eval-heldout";
import { runVersionEval } from "./eval-versions";

interface ArticleEvalModule {
  runArticleEval: (passages?: unknown[], details?: { kind: string; rule: string; file: string; text: string; message?: string }[]) => unknown[];
  loadPassages: () => unknown[];
  formatScores: (scores: unknown[], passages: number) => string;
}

/** The article benchmark lives in its own script; load it when present so this one builds without it. */
function articleEval(verbose: boolean): string {
  let mod: Partial<ArticleEvalModule>;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    mod = require("./eval-article") as Partial<ArticleEvalModule>;
  } catch {
    return "One-article rules: scripts/eval-article.ts is not built; skipped.";
  }
  if (!mod.runArticleEval || !mod.loadPassages || !mod.formatScores) return "One-article rules: scripts/eval-article.ts exports no runArticleEval; skipped.";
  const passages = mod.loadPassages();
  const details: { kind: string; rule: string; file: string; text: string; message?: string }[] = [];
  const out = mod.formatScores(mod.runArticleEval(passages, details), passages.length);
  if (!verbose) return out;
  return [out, "", ...details.map((d) => `${d.kind === "miss" ? "MISS" : "FP  "} ${d.rule} ${d.file}: ${JSON.stringify(d.text.slice(0, 100))}`)].join("\n");
}

const verbose = process.argv.includes("--verbose");
console.log(articleEval(verbose));
console.log("");
runVersionEval({ verbose });
console.log("");
runHeldoutEval({ verbose });
