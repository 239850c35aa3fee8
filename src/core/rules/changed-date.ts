// Rule `changed-date`: A date, weekday, month, year or dateline differs between versions.
// Pure: no vscode import.

import type { VersionRule, VersionContext } from "./rule";

export const changedDate: VersionRule = {
  id: "changed-date",
  family: "versions",
  defaultSeverity: "warning",
  description: "A date, weekday, month, year or dateline differs between versions.",
  check(ctx: VersionContext): void {
    void ctx;
  },
};
