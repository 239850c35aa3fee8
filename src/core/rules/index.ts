// The one list of rules. Adding a rule means: one file in this folder, one line here, one page in docs/rules.
// Pure: no vscode import.

import type { RuleId } from "../types";
import type { ArticleRule, Rule, VersionRule } from "./rule";
import { unattributedClaim } from "./unattributed-claim";
import { vagueSource } from "./vague-source";
import { detachedAttribution } from "./detached-attribution";
import { unquotedSpeech } from "./unquoted-speech";
import { timeline } from "./timeline";
import { boilerplate } from "./boilerplate";
import { changedDate } from "./changed-date";
import { changedNumber } from "./changed-number";
import { changedName } from "./changed-name";
import { changedQuote } from "./changed-quote";
import { reversedPolarity } from "./reversed-polarity";
import { changedAttribution } from "./changed-attribution";
import { changedHedge } from "./changed-hedge";
import { changedWording } from "./changed-wording";
import { addedContent } from "./added-content";
import { removedContent } from "./removed-content";

export const RULES: readonly Rule[] = [
  unattributedClaim,
  vagueSource,
  detachedAttribution,
  unquotedSpeech,
  timeline,
  boilerplate,
  changedDate,
  changedNumber,
  changedName,
  changedQuote,
  reversedPolarity,
  changedAttribution,
  changedHedge,
  changedWording,
  addedContent,
  removedContent,
];

export const ARTICLE_RULES: readonly ArticleRule[] = RULES.filter((r): r is ArticleRule => r.family === "article");
export const VERSION_RULES: readonly VersionRule[] = RULES.filter((r): r is VersionRule => r.family === "versions");

const byId = new Map<string, Rule>(RULES.map((r) => [r.id, r]));

export function getRule(id: string): Rule | undefined {
  return byId.get(id);
}

export function isRuleId(id: string): id is RuleId {
  return byId.has(id);
}

/** Where each rule's documentation lives, in the repository and inside the packaged extension. */
export const DOCS_BASE_URL = "https://github.com/copydesk/copydesk/blob/main/docs/rules/";

export function docsPath(id: RuleId): string {
  return `docs/rules/${id}.md`;
}

export function docsUrl(id: RuleId): string {
  return `${DOCS_BASE_URL}${id}.md`;
}
