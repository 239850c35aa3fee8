// Rule `changed-wording`: A loaded word was swapped for another ("brutal actions" vs "atrocities").
// Pure: no vscode import.

import type { VersionRule, VersionContext } from "./rule";

export const changedWording: VersionRule = {
  id: "changed-wording",
  family: "versions",
  defaultSeverity: "hint",
  description: "A loaded word was swapped for another (\"brutal actions\" vs \"atrocities\").",
  check(ctx: VersionContext): void {
    void ctx;
  },
};
