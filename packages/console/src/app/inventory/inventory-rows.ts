/**
 * A page of the inventory grid: which (product, location) pairs are on it comes from the server's
 * browse control; their rows come from Kibo's inventory query through the SDK.
 */
import { unwrap } from "@kibo-inventory/sdk";
import type { ConsoleApi } from "../api.js";

/** One tag segment of a row, as the query answers it. */
export interface SegmentRow {
  readonly tags?: Readonly<Record<string, string>>;
  readonly onHand: number;
  readonly available: number;
  readonly allocated: number;
  readonly pending: number;
}

/** One future-inventory entry of a row. */
interface FutureRow {
  readonly futureInventoryID?: number;
  readonly onhand?: number;
  readonly deliveryDate?: string;
}

/** One inventory record (a row of Kibo's query answer), with the fields the grid shows. */
export interface InventoryRow {
  readonly inventoryID?: number;
  readonly upc: string;
  readonly partNumber?: string;
  readonly sku?: string;
  readonly locationCode: string;
  readonly lotCode?: string;
  readonly condition?: string;
  readonly serialNumber?: string;
  readonly date?: string;
  readonly onHand: number;
  readonly available: number;
  readonly allocated: number;
  readonly pending: number;
  readonly safetyStock?: number;
  readonly taggedInventory?: readonly SegmentRow[];
  readonly futureInventory?: readonly FutureRow[];
}

export interface GridQuery {
  readonly offset: number;
  readonly limit: number;
  readonly locationCode: string;
  readonly search: string;
}

export interface GridPage {
  /** (Product, location) pairs matching, over all pages. */
  readonly total: number;
  readonly rows: readonly InventoryRow[];
}

const keyOf = (upc: string, locationCode: string): string => `${upc}\n${locationCode}`;

/** Reads one page: the browse control, then one inventory query for its products and locations. */
export async function loadGridPage(api: ConsoleApi, query: GridQuery): Promise<GridPage> {
  const page = await api.mock.browse(query);
  if (page.items.length === 0) return { total: page.total, rows: [] };
  const upcs = [...new Set(page.items.map((e) => e.upc))];
  const locations = [...new Set(page.items.map((e) => e.locationCode))];
  const records = page.items.reduce((sum, e) => sum + e.records, 0);
  const answer = (await unwrap(
    api.inventory.POST("/commerce/inventory/v5/inventory", {
      body: {
        type: "ALL",
        items: upcs.map((upc) => ({ upc })),
        locationWhitelist: locations,
        includeNegativeInventory: true,
        includeItemsWithInfiniteInventoryFlag: true,
        includeFutureInventory: true,
        // A product's rows at the page's locations that are not on this page come back too.
        limit: Math.max(100, upcs.length * locations.length * Math.max(1, Math.ceil(records / page.items.length))),
      },
    }),
  )) as unknown as InventoryRow[];
  const order = new Map(page.items.map((e, i) => [keyOf(e.upc, e.locationCode), i]));
  const rows = answer
    .filter((row) => order.has(keyOf(row.upc, row.locationCode)))
    .sort((a, b) => (order.get(keyOf(a.upc, a.locationCode)) ?? 0) - (order.get(keyOf(b.upc, b.locationCode)) ?? 0) || (a.inventoryID ?? 0) - (b.inventoryID ?? 0));
  return { total: page.total, rows };
}
