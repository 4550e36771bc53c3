import { AllocateInventoryRequestSchema, AllocateItemSchema, type components } from "@kibo-inventory/spec";
import { finish, type ItemBuilderOptions, type ItemRules, IssueList, prepareItem } from "./parse.js";

type AllocateItem = components["schemas"]["AllocateItem"];
type AllocateInventoryRequest = components["schemas"]["AllocateInventoryRequest"];

const rules: ItemRules = { tagPurpose: "segment", serialRule: "serial-0-or-1" };

/**
 * Checks one allocate (deallocate, fulfill) item and returns it ready to send: order ids and
 * quantity, granular fields, a serial number with quantity 0 or 1, and — with a `tagConfig` — the
 * full segment (every unspecified category takes its default, since allocation takes units only
 * from the item's own segment). Throws {@link PayloadError} naming every bad field.
 *
 * @example
 * const item = buildAllocateItem({ orderID: 1, orderItemID: 1, shipmentID: 1, quantity: 2, upc: "SHIRT-1", tags: { Channel: "Web" } }, { tagConfig });
 * @see packages/sdk/README.md
 */
export function buildAllocateItem(item: AllocateItem, options: ItemBuilderOptions = {}): AllocateItem {
  const issues = new IssueList();
  const prepared = prepareItem(item, [], rules, options, issues);
  return finish(AllocateItemSchema, prepared, issues, "Invalid allocate item");
}

/**
 * Checks a whole allocate/deallocate/fulfill request (every item as in {@link buildAllocateItem})
 * and returns the exact body type.
 *
 * @example
 * const body = buildAllocateRequest({ locationCode: "WH1", items: [item] }, { tagConfig });
 * await unwrap(client.POST("/commerce/inventory/v5/inventory/allocate", { body }));
 * @see packages/sdk/README.md
 */
export function buildAllocateRequest(request: AllocateInventoryRequest, options: ItemBuilderOptions = {}): AllocateInventoryRequest {
  const issues = new IssueList();
  const items = (request.items ?? []).map((item, i) => prepareItem(item, ["items", i], rules, options, issues));
  return finish(AllocateInventoryRequestSchema, { ...request, items }, issues, "Invalid allocate request");
}
