/**
 * The generated part of the demo: a product catalog stocked over distribution centers and stores,
 * deterministic for a given seed (its own PRNG; no Math.random).
 */
import type { SeedInventoryRecord, SeedLocation } from "../seed/types.js";
import { createPrng, type Prng } from "./prng.js";

/** Options of {@link generateCatalog}. */
export interface CatalogOptions {
  /** Number of products (UPCs). @default 5000 */
  products?: number;
  /** Number of locations: the first four are distribution centers, the rest stores. @default 40 */
  locations?: number;
  /** PRNG seed: the same seed gives the same catalog. @default 1 */
  seed?: number;
}

/** A generated catalog: its locations and records. */
export interface GeneratedCatalog {
  locations: SeedLocation[];
  records: SeedInventoryRecord[];
}

const CITIES: readonly [string, string, string, number, number][] = [
  ["Atlanta", "GA", "30303", 33.749, -84.388],
  ["Boston", "MA", "02108", 42.3601, -71.0589],
  ["Chicago", "IL", "60601", 41.8781, -87.6298],
  ["Dallas", "TX", "75201", 32.7767, -96.797],
  ["Denver", "CO", "80202", 39.7392, -104.9903],
  ["Detroit", "MI", "48226", 42.3314, -83.0458],
  ["Houston", "TX", "77002", 29.7604, -95.3698],
  ["Kansas City", "MO", "64105", 39.0997, -94.5786],
  ["Las Vegas", "NV", "89101", 36.1699, -115.1398],
  ["Los Angeles", "CA", "90012", 34.0522, -118.2437],
  ["Miami", "FL", "33130", 25.7617, -80.1918],
  ["Minneapolis", "MN", "55401", 44.9778, -93.265],
  ["Nashville", "TN", "37203", 36.1627, -86.7816],
  ["New York", "NY", "10007", 40.7128, -74.006],
  ["Orlando", "FL", "32801", 28.5383, -81.3792],
  ["Philadelphia", "PA", "19107", 39.9526, -75.1652],
  ["Phoenix", "AZ", "85004", 33.4484, -112.074],
  ["Pittsburgh", "PA", "15222", 40.4406, -79.9959],
  ["Portland", "OR", "97204", 45.5152, -122.6784],
  ["Raleigh", "NC", "27601", 35.7796, -78.6382],
  ["Salt Lake City", "UT", "84111", 40.7608, -111.891],
  ["San Antonio", "TX", "78205", 29.4241, -98.4936],
  ["San Diego", "CA", "92101", 32.7157, -117.1611],
  ["San Francisco", "CA", "94103", 37.7749, -122.4194],
  ["Seattle", "WA", "98104", 47.6062, -122.3321],
  ["St. Louis", "MO", "63101", 38.627, -90.1994],
  ["Tampa", "FL", "33602", 27.9506, -82.4572],
  ["Charlotte", "NC", "28202", 35.2271, -80.8431],
  ["Columbus", "OH", "43215", 39.9612, -82.9988],
  ["Indianapolis", "IN", "46204", 39.7684, -86.1581],
];
const DCS = ["DC-EAST", "DC-WEST", "DC-CENTRAL", "DC-SOUTH"] as const;
const DC_CITIES = [15, 9, 2, 3] as const;

const PRODUCTS = [
  ["Running Shoe", "SHOE"],
  ["Rain Jacket", "JKT"],
  ["Backpack", "PACK"],
  ["Water Bottle", "BTL"],
  ["Fleece Hoodie", "HOOD"],
  ["Hiking Sock", "SOCK"],
  ["Camp Chair", "CHR"],
  ["Headlamp", "LAMP"],
  ["Sun Hat", "HAT"],
  ["Trail Pant", "PANT"],
] as const;
const COLORS = ["BLK", "NVY", "RED", "GRN", "GRY", "BLU", "ORG", "WHT"];
const SIZES = ["XS", "S", "M", "L", "XL"];

/** A 12-digit UPC-A with a valid check digit, from a product number. */
export function upcFor(n: number): string {
  const body = `08${String(n).padStart(9, "0")}`;
  let sum = 0;
  for (let i = 0; i < 11; i++) sum += Number(body[i]) * (i % 2 === 0 ? 3 : 1);
  return `${body}${(10 - (sum % 10)) % 10}`;
}

function generateLocations(count: number, prng: Prng): SeedLocation[] {
  return Array.from({ length: count }, (_, i): SeedLocation => {
    const isDc = i < DCS.length;
    const city = CITIES[isDc ? (DC_CITIES[i] ?? 0) : (i - DCS.length) % CITIES.length] ?? CITIES[0];
    const [name, state, postalCode, lat, long] = city as (typeof CITIES)[number];
    const nth = Math.floor((i - DCS.length) / CITIES.length);
    const code = isDc ? (DCS[i] as string) : `STORE-${String(i - DCS.length + 1).padStart(3, "0")}`;
    return {
      code,
      name: isDc ? `${name} Distribution Center` : `${name}${nth > 0 ? ` ${nth + 1}` : ""} Store, ${state}`,
      supportsInventory: true,
      active: isDc || prng.chance(0.95),
      directShip: isDc,
      pickup: !isDc,
      transferEnabled: true,
      countryCode: "US",
      postalCode,
      latitude: Number((lat + (nth > 0 ? prng.next() * 0.2 - 0.1 : 0)).toFixed(4)),
      longitude: Number((long + (nth > 0 ? prng.next() * 0.2 - 0.1 : 0)).toFixed(4)),
    };
  });
}

interface Product {
  upc: string;
  sku: string;
  partNumber: string;
  /** How fast it sells: scales quantities. */
  velocity: number;
}

function generateProducts(count: number, prng: Prng): Product[] {
  return Array.from({ length: count }, (_, i): Product => {
    const [, code] = PRODUCTS[i % PRODUCTS.length] ?? PRODUCTS[0];
    const style = Math.floor(i / PRODUCTS.length);
    const sku = `${code}-${String(style).padStart(4, "0")}-${prng.pick(COLORS)}-${prng.pick(SIZES)}`;
    return { upc: upcFor(i + 1), sku, partNumber: `${code}-${String(style).padStart(4, "0")}`, velocity: prng.int(1, 10) };
  });
}

/**
 * Generates the catalog: every distribution center stocks ~90% of the products, every store ~25%;
 * some records are out of stock, some low (below their safety stock).
 * @example generateCatalog({ products: 100, locations: 6 }).records.length // ≈ 4·90 + 2·25
 */
export function generateCatalog(options: CatalogOptions = {}): GeneratedCatalog {
  const prng = createPrng(options.seed ?? 1);
  const locations = generateLocations(Math.max(1, options.locations ?? 40), prng);
  const products = generateProducts(Math.max(0, options.products ?? 5000), prng);
  const records: SeedInventoryRecord[] = [];
  for (const location of locations) {
    const isDc = DCS.includes(location.code as (typeof DCS)[number]);
    for (const p of products) {
      if (!prng.chance(isDc ? 0.9 : 0.25)) continue;
      const roll = prng.next();
      const base = isDc ? p.velocity * prng.int(20, 120) : p.velocity * prng.int(1, 8);
      const quantity = roll < 0.05 ? 0 : roll < 0.12 ? prng.int(1, 3) : base;
      const record: SeedInventoryRecord = { locationCode: location.code, upc: p.upc, sku: p.sku, partNumber: p.partNumber, quantity };
      if (!isDc) record.safetyStock = prng.int(0, 3);
      if (isDc) record.ltd = prng.int(1, 5);
      records.push(record);
    }
  }
  return { locations, records };
}
