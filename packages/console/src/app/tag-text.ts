/**
 * A tags map as one line, for cells and labels: `{ Channel: "Target", Fulfillment: "Store" }` →
 * "Channel: Target, Fulfillment: Store"; `empty` when there are no tags.
 */
export function tagText(tags: Readonly<Record<string, string>> | null | undefined, empty: string): string {
  const entries = Object.entries(tags ?? {});
  return entries.length > 0 ? entries.map(([name, value]) => `${name}: ${value}`).join(", ") : empty;
}
