/**
 * Granular fields (D1, D9) between the wire and the engine. The wire and the engine spell them the
 * same (`sku`, `lotCode`, `date`, `condition`, `serialNumber`); only present fields are copied, so
 * the engine's exact optional properties stay exact.
 */
import type { GranularFields } from "@kibo-inventory/engine";
import type { Mutable } from "./mutable.js";

/** The wire fields that narrow or name a granular record. */
export interface WireGranularFields {
  sku?: string;
  lotCode?: string;
  date?: string;
  condition?: string;
  serialNumber?: string;
}

/** The present granular fields of a wire item, in engine form. */
export function granularFromWire(item: WireGranularFields): GranularFields {
  const out: Mutable<GranularFields> = {};
  copyGranularFields(item, out);
  return out;
}

/**
 * Copies the present granular fields of a wire item onto `out` (an engine item being built), with
 * no intermediate object: the item mappers run this once per item, up to 12,000 per request.
 */
export function copyGranularFields(item: WireGranularFields, out: Mutable<GranularFields>): void {
  if (item.sku !== undefined) out.sku = item.sku;
  if (item.lotCode !== undefined) out.lotCode = item.lotCode;
  if (item.date !== undefined) out.date = item.date;
  if (item.condition !== undefined) out.condition = item.condition;
  if (item.serialNumber !== undefined) out.serialNumber = item.serialNumber;
}
