import { type components, AdjustItemSchema, AdjustRequestSchema } from "@kibo-inventory/spec";
import { finish, type ItemBuilderOptions, type ItemRules, IssueList, prepareItem } from "./parse.js";

type AdjustItem = components["schemas"]["AdjustItem"];
type AdjustRequest = components["schemas"]["AdjustRequest"];

const rules: ItemRules = { tagPurpose: "write", serialRule: "serial-delta" };

/**
 * Checks one adjust item by the server's rules and returns it ready to send: a whole-number
 * `quantity` (the signed change), granular field lengths, a serial-numbered change of -1, 0 or 1,
 * dates (MM/DD/YYYY becomes ISO), and — with a `tagConfig` — tag names and values, with discrete
 * categories' defaults filled in. Throws {@link PayloadError} naming every bad field.
 *
 * @example
 * const item = buildAdjustItem({ upc: "SHIRT-1", quantity: -2, tags: { Channel: "Web" } }, { tagConfig });
 * @see packages/sdk/README.md
 */
export function buildAdjustItem(item: AdjustItem, options: ItemBuilderOptions = {}): AdjustItem {
  const issues = new IssueList();
  const prepared = prepareItem(item, [], rules, options, issues);
  return finish(AdjustItemSchema, prepared, issues, "Invalid adjust item");
}

/**
 * Checks a whole adjust request (location, ≤ 1,000 items, every item as in
 * {@link buildAdjustItem}) and returns the exact body type. Issues carry paths like
 * `items[3].lotCode`.
 *
 * @example
 * const body = buildAdjustRequest({ locationCode: "WH1", items }, { tagConfig });
 * await unwrap(client.POST("/commerce/inventory/v5/inventory/adjust", { body }));
 * @see packages/sdk/README.md
 */
export function buildAdjustRequest(request: AdjustRequest, options: ItemBuilderOptions = {}): AdjustRequest {
  const issues = new IssueList();
  const items = (request.items ?? []).map((item, i) => prepareItem(item, ["items", i], rules, options, issues));
  return finish(AdjustRequestSchema, { ...request, items }, issues, "Invalid adjust request");
}
