// Rule `changed-number`: A number, percentage, amount, count, duration or ordinal differs between versions.
// Pure: no vscode import.

import type { VersionRule, VersionContext } from "./rule";

export const changedNumber: VersionRule = {
  id: "changed-number",
  family: "versions",
  defaultSeverity: "warning",
  description: "A number, percentage, amount, count, duration or ordinal differs between versions.",
  check(ctx: VersionContext): void {
    void ctx;
  },
};
