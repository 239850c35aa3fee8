// Rule `added-content`: A sentence or paragraph present in this version only.
// Pure: no vscode import.

import type { VersionRule, VersionContext } from "./rule";

export const addedContent: VersionRule = {
  id: "added-content",
  family: "versions",
  defaultSeverity: "information",
  description: "A sentence or paragraph present in this version only.",
  check(ctx: VersionContext): void {
    void ctx;
  },
};
