import { GRANULAR_MAX_LENGTHS, normalizeImportDate, SERIAL_NUMBER_MAX_UNITS } from "@kibo-inventory/spec/rules";
import { PayloadError } from "../errors/payload-error.js";
import { IssueList } from "./issues.js";

/** Granular inventory fields (DESIGN D9). */
export interface GranularFields {
  lotCode?: string | null | undefined;
  condition?: string | null | undefined;
  serialNumber?: string | null | undefined;
  /** ISO 8601 date or date-time; `MM/DD/YYYY` is converted to `YYYY-MM-DD`. */
  date?: string | null | undefined;
}


/**
 * Normalises an inventory date: ISO 8601 dates and date-times are kept, `MM/DD/YYYY` becomes
 * `YYYY-MM-DD`; anything else (or an impossible day) returns `undefined`.
 *
 * @example
 * normalizeInventoryDate("12/31/2025"); // "2025-12-31"
 * normalizeInventoryDate("2025-12-31T10:00:00Z"); // unchanged
 */
export function normalizeInventoryDate(value: string): string | undefined {
  // The import-file rule of @kibo-inventory/spec, but only `T` before a time: the result goes on the wire.
  return normalizeImportDate(value.trim(), { spaceBeforeTime: false });
}

/** @internal Checks granular fields (and the serial-number quantity rule) into `issues`. */
export function checkGranular<T extends GranularFields>(
  input: T,
  path: readonly (string | number)[],
  issues: IssueList,
  quantity?: { value: number | null | undefined; rule: "serial-0-or-1" | "serial-delta" },
): T {
  const out = { ...input };
  const length = (field: "lotCode" | "condition" | "serialNumber", max: number) => {
    const value = input[field];
    if (typeof value === "string" && value.length > max) {
      issues.add([...path, field], "too_long", `${field} must be at most ${max} characters (got ${value.length})`);
    }
  };
  length("lotCode", GRANULAR_MAX_LENGTHS.lotCode);
  length("condition", GRANULAR_MAX_LENGTHS.condition);
  length("serialNumber", GRANULAR_MAX_LENGTHS.serialNumber);
  if (typeof input.date === "string") {
    const date = normalizeInventoryDate(input.date);
    if (date === undefined) issues.add([...path, "date"], "invalid_date", `date "${input.date}" is not an ISO 8601 date, date-time or MM/DD/YYYY`);
    else out.date = date;
  }
  if (quantity && input.serialNumber && typeof quantity.value === "number") {
    const q = quantity.value;
    const max = SERIAL_NUMBER_MAX_UNITS;
    const ok = quantity.rule === "serial-0-or-1" ? q === 0 || q === max : q >= -max && q <= max;
    if (!ok) {
      issues.add(
        [...path, "quantity"],
        "serial_quantity",
        quantity.rule === "serial-0-or-1"
          ? `a serial-numbered record holds 0 or 1 unit (got ${q})`
          : `a serial-numbered record holds 0 or 1 unit, so its change is -1, 0 or 1 (got ${q})`,
      );
    }
  }
  return out;
}

/**
 * Validates granular fields (lotCode and condition ≤ 50 characters, serialNumber ≤ 30, a
 * serial-numbered record holding 0 or 1 unit, dates as ISO 8601 or MM/DD/YYYY) and returns them
 * with the date normalised. Throws {@link PayloadError} listing every bad field.
 *
 * @example
 * buildGranularFields({ lotCode: "L-1", serialNumber: "SN1", date: "01/31/2026" }, { quantity: 1 });
 * // { lotCode: "L-1", serialNumber: "SN1", date: "2026-01-31" }
 * @see docs/semantics.md (DESIGN D3–D9)
 */
export function buildGranularFields<T extends GranularFields>(input: T, options: { quantity?: number | undefined } = {}): T {
  const issues = new IssueList();
  const out = checkGranular(input, [], issues, { value: options.quantity, rule: "serial-0-or-1" });
  if (!issues.ok) throw new PayloadError(issues.issues, "Invalid granular fields");
  return out;
}
