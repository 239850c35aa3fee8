// The "Copydesk" output channel: what was checked, how long it took, and anything that went wrong.
// Must never throw: logging is what the other modules do when something fails.

import * as vscode from "vscode";
import { EXTENSION_NAME } from "./constants";

export class Output implements vscode.Disposable {
  readonly channel: vscode.LogOutputChannel;

  constructor() {
    this.channel = vscode.window.createOutputChannel(EXTENSION_NAME, { log: true });
  }

  info(message: string): void {
    this.channel.info(message);
  }

  warn(message: string): void {
    this.channel.warn(message);
  }

  /** Logs a failure with its stack; `what` says what was being done, in the editor's words. */
  error(what: string, e: unknown): void {
    const detail = e instanceof Error ? e.stack ?? e.message : String(e);
    this.channel.error(`${what}: ${detail}`);
  }

  show(): void {
    this.channel.show(true);
  }

  dispose(): void {
    this.channel.dispose();
  }
}

/** Short form of a millisecond count for the log and the status item. */
export function formatMs(ms: number): string {
  return ms < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`;
}

/** Human size of a character count, in the units an editor expects ("2.3 MB"), counting one byte a character. */
export function formatSize(chars: number): string {
  if (chars >= 1_000_000) return `${(chars / 1_000_000).toFixed(1).replace(/\.0$/, "")} MB`;
  if (chars >= 1_000) return `${(chars / 1_000).toFixed(1).replace(/\.0$/, "")} kB`;
  return `${chars} characters`;
}
