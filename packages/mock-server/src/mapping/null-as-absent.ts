/**
 * Kibo's own refresh example sends `"partNumber": null, "sku": null` and a lowercase `"ltd": 0`
 * (docs/semantics.md › D8 "null means absent"). Before a refresh or adjust body meets its schema,
 * `nullAsAbsent` drops every `null` field of the body and of each item (an optional field sent as
 * `null` counts as not sent; a required one is then reported missing), and reads an item's `ltd` as
 * `lTD` when `lTD` itself is absent (`lTD`, the official SDK's spelling, wins when both are sent).
 * Items without either are kept as they are, so the usual 12,000-item refresh copies nothing.
 */

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Whether `item` has a field to drop or rename. */
function needsCleaning(item: Record<string, unknown>): boolean {
  for (const key in item) if (item[key] === null || key === "ltd") return true;
  return false;
}

/** A copy of `item` without its `null` fields, `ltd` read as `lTD`. */
function cleaned(item: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) {
    if (value === null || key === "ltd") continue;
    out[key] = value;
  }
  if (out.lTD === undefined && item.ltd !== undefined && item.ltd !== null) out.lTD = item.ltd;
  return out;
}

/** The body with `null` fields dropped and `ltd` read as `lTD` (see the module doc); anything else as it is. */
export function nullAsAbsent(body: unknown): unknown {
  if (!isRecord(body)) return body;
  let out = body;
  for (const key in body) {
    if (body[key] === null) {
      out = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== null));
      break;
    }
  }
  const items = out.items;
  if (!Array.isArray(items) || !items.some((item) => isRecord(item) && needsCleaning(item))) return out;
  return { ...out, items: items.map((item: unknown) => (isRecord(item) && needsCleaning(item) ? cleaned(item) : item)) };
}
