// Rule `changed-attribution`: The source of a claim, or the way the source knows it, differs between versions.
// Pure: no vscode import.

import type { VersionRule, VersionContext } from "./rule";

export const changedAttribution: VersionRule = {
  id: "changed-attribution",
  family: "versions",
  defaultSeverity: "warning",
  description: "The source of a claim, or the way the source knows it, differs between versions.",
  check(ctx: VersionContext): void {
    void ctx;
  },
};
