// Rule `removed-content`: A sentence or paragraph of this version that the other version dropped.
// Pure: no vscode import.

import type { VersionRule, VersionContext } from "./rule";

export const removedContent: VersionRule = {
  id: "removed-content",
  family: "versions",
  defaultSeverity: "information",
  description: "A sentence or paragraph of this version that the other version dropped.",
  check(ctx: VersionContext): void {
    void ctx;
  },
};
