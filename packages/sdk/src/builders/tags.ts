import type { components } from "@kibo-inventory/spec";
import type { InventoryClient } from "../client.js";
import { PayloadError, type PayloadIssue } from "../errors/payload-error.js";
import { unwrap } from "../unwrap.js";
import { IssueList } from "./issues.js";

/** A tag category as configured on the tenant (`GET /commerce/inventory/v1/tagCategory`). */
export type TagCategory = components["schemas"]["TagCategory"];

/** The tenant's tag configuration: its categories and their values. */
export type TagConfiguration = readonly TagCategory[];

/** Inventory-side tags: a map of category name → value. */
export type TagMap = Record<string, string>;

/** Order-item side tags: `[{ name, value }]` (Kibo Commerce `inventoryTags`). */
export interface InventoryTag {
  name?: string | null | undefined;
  value?: string | null | undefined;
}

/** Options of {@link buildTags}. */
export interface BuildTagsOptions {
  /**
   * `segment` (allocate, query, order items): every unspecified category takes its default value.
   * `write` (refresh/adjust): unspecified percentage categories stay unspecified, because the
   * server splits the quantity across their values, and naming a value that has a percent is an
   * error (DESIGN D7).
   * @default "segment"
   */
  purpose?: "segment" | "write" | undefined;
  /** Fill unspecified categories with their default value. @default true */
  fillDefaults?: boolean | undefined;
  /** Path prefix for reported issues. @default ["tags"] */
  path?: readonly (string | number)[] | undefined;
}

/**
 * Loads the tenant's tag configuration, to hand to {@link buildTags} and the item builders.
 *
 * @example
 * const tagConfig = await fetchTagConfiguration(client);
 * const tags = buildTags(tagConfig, { Channel: "Web" });
 * @see packages/sdk/README.md
 */
export async function fetchTagConfiguration(client: InventoryClient, signal?: AbortSignal): Promise<TagConfiguration> {
  return unwrap(client.GET("/commerce/inventory/v1/tagCategory", signal ? { signal } : {}));
}

function isPercentCategory(category: TagCategory): boolean {
  return (category.tags ?? []).some((t) => typeof t.percent === "number");
}

/**
 * The default value of a category: the one marked `isDefault`, else the first.
 * @example
 * defaultTagValue({ name: "Channel", tags: [{ tagValue: "Web" }, { tagValue: "Store", isDefault: true }] }); // "Store"
 */
export function defaultTagValue(category: TagCategory): string | undefined {
  const tags = category.tags ?? [];
  return (tags.find((t) => t.isDefault) ?? tags[0])?.tagValue ?? undefined;
}

/** @internal Validates tags into `issues`; returns the completed map. */
export function checkTags(config: TagConfiguration, tags: TagMap | undefined, options: BuildTagsOptions, issues: IssueList): TagMap {
  const path = options.path ?? ["tags"];
  const purpose = options.purpose ?? "segment";
  const out: TagMap = {};
  const byName = new Map(config.map((c) => [c.name ?? "", c]));
  for (const [name, value] of Object.entries(tags ?? {})) {
    const category = byName.get(name);
    if (!category) {
      issues.add([...path, name], "unknown_tag_category", `unknown tag category "${name}" (known: ${[...byName.keys()].join(", ") || "none"})`);
      continue;
    }
    if (typeof value !== "string" || value === "") {
      issues.add([...path, name], "missing_tag_value", `tag category "${name}" needs a value`);
      continue;
    }
    const tag = (category.tags ?? []).find((t) => t.tagValue === value);
    if (!tag) {
      issues.add([...path, name], "unknown_tag_value", `"${value}" is not a value of tag category "${name}"`);
      continue;
    }
    if (purpose === "write" && typeof tag.percent === "number") {
      issues.add(
        [...path, name],
        "percent_tag_not_addressable",
        `"${value}" has a percentage; leave "${name}" out to split the quantity, or name a value without a percentage`,
      );
      continue;
    }
    out[name] = value;
  }
  if (options.fillDefaults ?? true) {
    for (const category of config) {
      const name = category.name;
      if (!name || name in out || (tags && name in tags)) continue;
      if (purpose === "write" && isPercentCategory(category)) continue;
      const value = defaultTagValue(category);
      if (value !== undefined) out[name] = value;
    }
  }
  return out;
}

/**
 * Validates a tag map against the tenant's tag configuration and fills unspecified categories
 * with their defaults, giving the full segment. Throws {@link PayloadError} naming each bad tag.
 *
 * @example
 * const config = await fetchTagConfiguration(client);
 * buildTags(config, { Channel: "Web" }); // { Channel: "Web", Region: "North" } (Region defaulted)
 * @see docs/semantics.md (DESIGN D3–D9)
 */
export function buildTags(config: TagConfiguration, tags: TagMap | undefined, options: BuildTagsOptions = {}): TagMap {
  const issues = new IssueList();
  const out = checkTags(config, tags, options, issues);
  if (!issues.ok) throw new PayloadError(issues.issues, "Invalid tags");
  return out;
}

/** @internal Converts the array form into `issues`-checked map form. */
export function checkInventoryTags(list: readonly InventoryTag[], path: readonly (string | number)[], issues: IssueList): TagMap {
  const out: TagMap = {};
  list.forEach((tag, i) => {
    const name = tag.name ?? "";
    if (name === "") {
      issues.add([...path, i, "name"], "missing_tag_name", "tag needs a name");
      return;
    }
    if (tag.value == null || tag.value === "") {
      issues.add([...path, i, "value"], "missing_tag_value", `tag "${name}" needs a value`);
      return;
    }
    if (name in out) {
      issues.add([...path, i, "name"], "duplicate_tag", `tag "${name}" is given more than once`);
      return;
    }
    out[name] = tag.value;
  });
  return out;
}

/**
 * Converts an order item's `inventoryTags` array to the inventory `tags` map. A name given twice
 * or without a value is a {@link PayloadError}.
 *
 * @example
 * inventoryTagsToTags([{ name: "Channel", value: "Web" }]); // { Channel: "Web" }
 */
export function inventoryTagsToTags(list: readonly InventoryTag[]): TagMap {
  const issues = new IssueList();
  const out = checkInventoryTags(list, ["inventoryTags"], issues);
  if (!issues.ok) throw new PayloadError(issues.issues, "Invalid inventoryTags");
  return out;
}

/**
 * Converts an inventory `tags` map to an order item's `inventoryTags` array.
 *
 * @example
 * tagsToInventoryTags({ Channel: "Web" }); // [{ name: "Channel", value: "Web" }]
 */
export function tagsToInventoryTags(tags: TagMap): { name: string; value: string }[] {
  const issues: PayloadIssue[] = [];
  const out = Object.entries(tags).map(([name, value]) => {
    if (typeof value !== "string" || value === "") issues.push({ path: ["tags", name], code: "missing_tag_value", message: `tag "${name}" needs a value` });
    return { name, value };
  });
  if (issues.length) throw new PayloadError(issues, "Invalid tags");
  return out;
}
