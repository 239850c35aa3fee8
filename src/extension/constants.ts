// Names the extension shares with its manifest and its tests: command ids, setting keys, defaults, timings.
// Must never import vscode or hold state, so tests and the manifest check can read it under plain Node.

export const EXTENSION_NAME = "Copydesk";
export const SOURCE = "copydesk";

export const COMMANDS = {
  reviewActiveArticle: "copydesk.reviewActiveArticle",
  compareWith: "copydesk.compareWith",
  stopComparing: "copydesk.stopComparing",
  showOutput: "copydesk.showOutput",
} as const;

/** Keys under the `copydesk` configuration section. */
export const SETTINGS = {
  section: "copydesk",
  enable: "enable",
  languages: "languages",
  rules: "rules",
  debounceMs: "debounceMs",
  maxDocumentSize: "maxDocumentSize",
  compareEnabled: "compare.enabled",
  compareThreshold: "compare.threshold",
} as const;

export const DEFAULT_LANGUAGES: readonly string[] = ["plaintext", "markdown", "html"];
export const DEFAULT_DEBOUNCE_MS = 300;
/** Longest wait a user may set; anything longer feels like the extension stopped working. */
export const MAX_DEBOUNCE_MS = 10_000;
/** Characters (UTF-16 code units). A long feature runs to ~60,000; a million is a whole book. */
export const DEFAULT_MAX_DOCUMENT_SIZE = 1_000_000;

/** The project file, read from the root of each workspace folder. */
export const PROJECT_CONFIG_FILE = ".copydesk.json";

/**
 * Documents whose scheme marks them as something other than an article someone is writing: output panes,
 * git's and the diff editor's virtual copies, settings, the comment widget, notebooks' cells.
 */
export const IGNORED_SCHEMES: readonly string[] = [
  "output",
  "git",
  "gitfs",
  "vscode",
  "vscode-userdata",
  "vscode-settings",
  "vscode-notebook-cell",
  "comment",
  "walkThrough",
  "walkThroughSnippet",
  "debug",
  "search-editor",
  "merge-conflict.conflict-diff",
  "review",
  "pr",
];

/** Delay before the first review of a document that just opened; lets a burst of opens settle into one pass. */
export const OPEN_DELAY_MS = 20;
