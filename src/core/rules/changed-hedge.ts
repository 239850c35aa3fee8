// Rule `changed-hedge`: Certainty or approximation differs between versions ("nearly" vs "roughly", "would" vs "will").
// Pure: no vscode import.

import type { VersionRule, VersionContext } from "./rule";

export const changedHedge: VersionRule = {
  id: "changed-hedge",
  family: "versions",
  defaultSeverity: "information",
  description: "Certainty or approximation differs between versions (\"nearly\" vs \"roughly\", \"would\" vs \"will\").",
  check(ctx: VersionContext): void {
    void ctx;
  },
};
