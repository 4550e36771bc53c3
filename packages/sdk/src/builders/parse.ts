import { englishIssueMessages } from "@kibo-inventory/spec";
import { PayloadError, type PayloadIssue } from "../errors/payload-error.js";
import { checkGranular, type GranularFields } from "./granular.js";
import { IssueList } from "./issues.js";
import { checkTags, type TagConfiguration, type TagMap } from "./tags.js";

/** The part of a zod schema the builders use (structural, so the SDK needs no zod import of its own). */
export interface SafeParser<T> {
  safeParse(
    input: unknown,
    params: { error: typeof englishIssueMessages },
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string; code: string }[] } };
}

/** Options every item builder takes. */
export interface ItemBuilderOptions {
  /**
   * The tenant's tag configuration (see `fetchTagConfiguration`). When given, tag names and
   * values are checked and unspecified categories get their defaults.
   */
  tagConfig?: TagConfiguration | undefined;
}

/** @internal How one kind of item is checked beyond its zod schema. */
export interface ItemRules {
  tagPurpose: "segment" | "write";
  serialRule: "serial-0-or-1" | "serial-delta";
}

type ItemLike = GranularFields & { tags?: TagMap | undefined; quantity?: number | undefined };

/** @internal Applies our rules (tags, granular fields, dates) to one item, collecting issues. */
export function prepareItem<T extends ItemLike>(item: T, path: readonly (string | number)[], rules: ItemRules, options: ItemBuilderOptions, issues: IssueList): T {
  const out = checkGranular(item, path, issues, { value: item.quantity, rule: rules.serialRule });
  if (options.tagConfig) {
    const tags = checkTags(options.tagConfig, item.tags, { purpose: rules.tagPurpose, path: [...path, "tags"] }, issues);
    if (Object.keys(tags).length > 0) out.tags = tags;
  }
  return out;
}

function toIssue(issue: { path: readonly PropertyKey[]; message: string; code: string }, prefix: readonly (string | number)[]): PayloadIssue {
  return {
    path: [...prefix, ...issue.path.filter((p): p is string | number => typeof p !== "symbol")],
    message: issue.message,
    code: issue.code,
  };
}

/**
 * @internal Parses with the spec's zod schema and throws one PayloadError with every issue. zod's
 * own messages are English whatever the program's zod locale (the spec's schemas use zod/mini,
 * which loads none).
 */
export function finish<T>(schema: SafeParser<T>, value: unknown, issues: IssueList, what: string, prefix: readonly (string | number)[] = []): T {
  const result = schema.safeParse(value, { error: englishIssueMessages });
  const all = [...issues.issues];
  if (!result.success) {
    const seen = new Set(all.map((i) => i.path.join("\u0000")));
    for (const issue of result.error.issues) {
      const mapped = toIssue(issue, prefix);
      if (!seen.has(mapped.path.join("\u0000"))) all.push(mapped);
    }
  }
  if (all.length > 0 || !result.success) throw new PayloadError(all, what);
  return result.data;
}

export { IssueList };
