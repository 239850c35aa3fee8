// The public face of the engine, for the CLI, the extension and tests.
// Pure: no vscode import.

export * from "./types";
export { parseArticle, languageToKind, countWords, type Article, type Block, type Sentence } from "./article";
export { checkArticle, compareVersions, review, displayName, type ReviewDocument, type ReviewResult, type Pair } from "./engine";
export { defaultConfig, parseConfig, isSeverityLevel } from "./config";
export { RULES, getRule, isRuleId, docsPath, docsUrl, DOCS_BASE_URL } from "./rules";
export { pairArticles, similarity } from "./versions/pairing";
export { LineIndex, type Position } from "./position";
