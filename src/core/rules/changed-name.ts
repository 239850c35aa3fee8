// Rule `changed-name`: A person, place or organisation differs between versions, or is spelled differently.
// Pure: no vscode import.

import type { VersionRule, VersionContext } from "./rule";

export const changedName: VersionRule = {
  id: "changed-name",
  family: "versions",
  defaultSeverity: "warning",
  description: "A person, place or organisation differs between versions, or is spelled differently.",
  check(ctx: VersionContext): void {
    void ctx;
  },
};
