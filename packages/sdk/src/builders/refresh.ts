import { type components, RefreshItemSchema, RefreshRequestSchema } from "@kibo-inventory/spec";
import { finish, type ItemBuilderOptions, type ItemRules, IssueList, prepareItem } from "./parse.js";

type RefreshItem = components["schemas"]["RefreshItem"];
type RefreshRequest = components["schemas"]["RefreshRequest"];

const rules: ItemRules = { tagPurpose: "write", serialRule: "serial-0-or-1" };

/**
 * Checks one refresh item by the server's rules and returns it ready to send: granular field
 * lengths, serial numbers holding 0 or 1 unit, dates (MM/DD/YYYY becomes ISO), and — with a
 * `tagConfig` — tag names and values, with discrete categories' defaults filled in.
 * Throws {@link PayloadError} naming every bad field.
 *
 * @example
 * const item = buildRefreshItem({ upc: "SHIRT-1", quantity: 12, date: "06/30/2026" }, { tagConfig });
 * @see packages/sdk/README.md
 */
export function buildRefreshItem(item: RefreshItem, options: ItemBuilderOptions = {}): RefreshItem {
  const issues = new IssueList();
  const prepared = prepareItem(item, [], rules, options, issues);
  return finish(RefreshItemSchema, prepared, issues, "Invalid refresh item");
}

/**
 * Checks a whole refresh request (location, ≤ 12,000 items, every item as in
 * {@link buildRefreshItem}) and returns the exact body type. Issues carry paths like
 * `items[3].lotCode`.
 *
 * @example
 * const body = buildRefreshRequest({ locationCode: "WH1", items }, { tagConfig });
 * await unwrap(client.POST("/commerce/inventory/v5/inventory/refresh", { body }));
 * @see packages/sdk/README.md
 */
export function buildRefreshRequest(request: RefreshRequest, options: ItemBuilderOptions = {}): RefreshRequest {
  const issues = new IssueList();
  const items = (request.items ?? []).map((item, i) => prepareItem(item, ["items", i], rules, options, issues));
  return finish(RefreshRequestSchema, { ...request, items }, issues, "Invalid refresh request");
}
