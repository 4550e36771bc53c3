/**
 * Request bodies and a seeded mutator for the tests that compare a fast path with zod
 * (`fast-schema.test.ts`, `as-is.test.ts`): one wrong or missing field per step, replayable by seed.
 */

export type Json = Record<string, unknown>;

/** Deterministic PRNG (mulberry32) so a failure can be replayed. */
export function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Values that are wrong somewhere in every body: types, bounds, code-point lengths, formats, null, nesting. */
export const ODD_VALUES: readonly unknown[] = [
  null,
  true,
  0,
  -1,
  1.5,
  2 ** 53,
  1e308,
  "",
  "x".repeat(60),
  "😀".repeat(30),
  "2025-06-30",
  "2025-06-30T12:00:00-0500",
  "2025-13-45Tno",
  [],
  ["a"],
  [1],
  {},
  { Channel: 1 },
  { Channel: "Web" },
  { __proto__: null, nested: { deep: [1, "2"] } },
];

const KEYS = ["upc", "quantity", "tags", "lotCode", "date", "serialNumber", "condition", "locationCode", "lTD", "currencyID", "pageNum", "limit", "type", "unknownKey"];

/** A copy of `body` with one field of the body or of one of its items deleted or set to an odd value. */
function mutate(body: Json, random: () => number): Json {
  const copy = structuredClone(body) as Json;
  const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
  const items = Array.isArray(copy.items) ? copy.items.filter(isObject) : [];
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const target: Json = items.length > 0 && random() < 0.7 ? pick(items) : copy;
  const key = pick([...Object.keys(target), ...KEYS]);
  if (random() < 0.15) delete target[key];
  else target[key] = pick(ODD_VALUES);
  if (random() < 0.1) copy.extra = "ignored";
  return copy;
}

/** `mutate` applied `count` times, restarting from `body` every fourth step. */
export function* mutations(body: Json, random: () => number, count: number): Generator<Json> {
  let mutated = body;
  for (let i = 0; i < count; i++) {
    mutated = i % 4 === 0 ? mutate(body, random) : mutate(mutated, random);
    yield mutated;
  }
}

export const adjustBody: Json = { locationCode: "WH1", items: [{ upc: "U1", quantity: -2, tags: { Channel: "Web" } }, { upc: "U2", quantity: 3 }] };
