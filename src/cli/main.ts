// Entry point of the `copydesk` command (bundled to dist/cli.js): wires the process to `run` and sets the
// exit code. Never calls process.exit while output may still be flushing to a pipe.

import { readFileSync } from "node:fs";
import { EXIT_USAGE, run } from "./run";

// A reader that went away (`copydesk … | head`) is not an error worth a stack trace.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  process.stderr.write(`copydesk: cannot write output: ${e.message}\n`);
  process.exit(EXIT_USAGE);
});

process.on("uncaughtException", (e) => {
  process.stderr.write(`copydesk: internal error: ${String(e instanceof Error ? e.message : e).replace(/\s+/g, " ")}\n`);
  process.exit(EXIT_USAGE);
});

process.exitCode = run(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
  stdoutIsTTY: process.stdout.isTTY === true,
  readStdin: () => readFileSync(0),
});
