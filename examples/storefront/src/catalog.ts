/**
 * The storefront's catalog: a few products of the reference server's demo data (`demoSeed()`),
 * with the names and prices a shop would keep in its own catalog service.
 */
export interface Product {
  /** The product code the Inventory API and RIS know (the demo's UPC). */
  readonly code: string;
  readonly name: string;
  readonly price: number;
}

export const CATALOG: readonly Product[] = [
  { code: "DEMO-CHANNEL-01", name: "Trail Tee", price: 24 },
  { code: "080000000064", name: "Hiking Sock, navy", price: 12 },
  { code: "080000000033", name: "Backpack, navy", price: 89 },
  { code: "080000000040", name: "Water Bottle, navy", price: 18 },
];

/** The tag category the page calls "channel": its values are the segments shown side by side. */
export const SEGMENT_CATEGORY = "Channel";
