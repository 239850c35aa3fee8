#!/usr/bin/env node
// Builds everything: the bundles VS Code and the CLI load (esbuild) and the compiled tests and scripts (tsc).
//   node scripts/build.mjs               development build (source maps), plus out/ for tests
//   node scripts/build.mjs --production  minified bundles only (what the .vsix ships)
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const production = process.argv.includes("--production");
const common = { bundle: true, sourcemap: !production, minify: production, logLevel: "warning", absWorkingDir: root };

const jobs = [
  { entryPoints: ["src/extension/extension.ts"], outfile: "dist/extension.js", platform: "node", format: "cjs", target: "node20", external: ["vscode"] },
  { entryPoints: ["src/extension/extension.ts"], outfile: "dist/web/extension.js", platform: "browser", format: "cjs", target: "es2022", external: ["vscode"], define: { "process.env.NODE_ENV": '"production"' } },
  { entryPoints: ["src/cli/main.ts"], outfile: "dist/cli.js", platform: "node", format: "cjs", target: "node20", banner: { js: "#!/usr/bin/env node" } },
].filter((j) => existsSync(join(root, j.entryPoints[0])));

await Promise.all(jobs.map((j) => build({ ...common, ...j })));
if (!production) execFileSync(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", root], { stdio: "inherit" });
