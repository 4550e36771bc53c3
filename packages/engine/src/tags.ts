/** Tag categories and values (D4), and how request tags are read (D6). */

/** One value of a tag category. */
export interface TagValue {
  /** Tenant-unique id (from the tag counter); segment keys are made of these ids. */
  readonly tagId: number;
  readonly value: string;
  readonly isDefault: boolean;
  /** Integer 0–100, or absent (a "blank" value that accepts any amount, D7). */
  readonly percent?: number;
  readonly created: string;
  readonly updated: string;
}

/** A tag category; values keep their creation order. */
export interface TagCategory {
  readonly tagCategoryId: number;
  readonly name: string;
  readonly values: readonly TagValue[];
  readonly created: string;
}

/** One `{name, value}` pair, the order-item form of tags. */
export interface TagPair {
  readonly name: string;
  readonly value: string;
}

/** Tags on a request: a `{category: value}` map (Inventory API) or `{name, value}` pairs (orders). */
export type TagInput = Readonly<Record<string, string>> | readonly TagPair[];

/** Whether any value of the category has a percent (percentage mode, D5). */
export function isPercentageCategory(category: TagCategory): boolean {
  return category.values.some((v) => v.percent !== undefined);
}

/** The default value of a category (exactly one while it has values). */
export function defaultValue(category: TagCategory): TagValue | undefined {
  return category.values.find((v) => v.isDefault) ?? category.values[0];
}

/** Categories that take part in segment keys: those with at least one value, in creation order. */
export function activeCategories(categories: readonly TagCategory[]): readonly TagCategory[] {
  return categories.every((c) => c.values.length > 0) ? categories : categories.filter((c) => c.values.length > 0);
}
