import type { PayloadIssue } from "../errors/payload-error.js";

/** @internal Collects payload issues under a base path. */
export class IssueList {
  readonly issues: PayloadIssue[] = [];

  add(path: readonly (string | number)[], code: string, message: string): void {
    this.issues.push({ path: [...path], code, message });
  }

  get ok(): boolean {
    return this.issues.length === 0;
  }
}
