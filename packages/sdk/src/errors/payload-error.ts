import { brand } from "../internal/brand.js";

/** One problem found in a payload before it was sent. */
export interface PayloadIssue {
  /** Path to the bad field, e.g. `["items", 3, "lotCode"]`. */
  readonly path: readonly (string | number)[];
  /** What is wrong with it. */
  readonly message: string;
  /** Machine-readable code (zod issue code or one of ours, e.g. `unknown_tag_value`). */
  readonly code: string;
}

/** Renders a path as `items[3].lotCode`. */
function formatPath(path: readonly (string | number)[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? part : `.${part}`;
  }
  return out === "" ? "(root)" : out;
}

/**
 * A payload failed client-side validation in a builder; nothing was sent.
 *
 * It does **not** extend {@link InventoryError}: no request was made, so there is no status,
 * URL or correlation id, and code that handles transport failures (retry, re-auth, logging of
 * server answers) must not mistake a local programming or data error for one.
 */
export class PayloadError extends Error {
  override name = "PayloadError";
  /** Every problem found, each with its path. */
  readonly issues: readonly PayloadIssue[];

  constructor(issues: readonly PayloadIssue[], what = "Invalid payload") {
    super(`${what}: ${issues.map((i) => `${formatPath(i.path)}: ${i.message}`).join("; ")}`);
    this.issues = issues;
    brand(this);
  }
}
