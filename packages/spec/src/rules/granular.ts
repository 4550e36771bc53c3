// The rules on granular fields (DESIGN D9) and on dates, defined once: the zod schemas, the SDK's
// builders, the CSV importer and the seed validation read them from here. The engine keeps its own
// copy (it may import nothing); the root test test/rules-agree.test.ts asserts the two agree.
// Plain values and functions only: no zod, so the SDK can import them without it.

/** Longest `lotCode` Kibo accepts. */
export const LOT_CODE_MAX_LENGTH = 50;
/** Longest `condition` Kibo accepts. */
export const CONDITION_MAX_LENGTH = 50;
/** Longest `serialNumber` Kibo accepts. */
export const SERIAL_NUMBER_MAX_LENGTH = 30;
/** Most units a serial-numbered record holds: it holds 0 or 1. */
export const SERIAL_NUMBER_MAX_UNITS = 1;

/** The length rules of the granular fields, by field. */
export const GRANULAR_MAX_LENGTHS = {
  lotCode: LOT_CODE_MAX_LENGTH,
  condition: CONDITION_MAX_LENGTH,
  serialNumber: SERIAL_NUMBER_MAX_LENGTH,
} as const;

// Regex literals (not `new RegExp`), so a bundler drops them when unused.
/** ISO 8601 date-time on the wire; the offset may be written without a colon, as in Kibo's examples. */
export const KIBO_DATE_TIME_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}(:?\d{2})?)?$/;
/**
 * A granular `date` on the wire: an ISO 8601 date, or date-time as above, or Kibo's documented
 * `MM/DD/YYYY` (two-digit month and day). The server stores each as ISO 8601 UTC.
 */
export const GRANULAR_DATE_PATTERN =
  /^(\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}(:?\d{2})?)?)?|\d{2}\/\d{2}\/\d{4})$/;

/**
 * The forms a granular `date` may take, with an example of each: on the wire (the API's request
 * bodies, {@link GRANULAR_DATE_PATTERN}) and in import files (CSV files and seed documents,
 * {@link normalizeImportDate}, which turns `MM/DD/YYYY` into `YYYY-MM-DD`).
 */
export const GRANULAR_DATE_FORMS = [
  { form: "ISO 8601 date", example: "2025-06-30", onTheWire: true, inImportFiles: true },
  { form: "ISO 8601 date-time", example: "2025-06-30T12:00:00-0500", onTheWire: true, inImportFiles: true },
  { form: "MM/DD/YYYY", example: "06/30/2025", onTheWire: true, inImportFiles: true },
] as const;

const IMPORT_ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const IMPORT_US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

function isRealDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** Options of {@link normalizeImportDate}. */
export interface ImportDateOptions {
  /** Accept a space instead of `T` between date and time (`2026-06-30 10:00`). @default true */
  readonly spaceBeforeTime?: boolean;
}

/**
 * Reads a date from an import file: ISO 8601 (kept as written) or `MM/DD/YYYY` (`M/D/YYYY` too),
 * turned into `YYYY-MM-DD`. Returns undefined for anything else, including impossible days such as
 * 02/30/2026. The text is not trimmed.
 *
 * @example
 * normalizeImportDate("6/3/2026"); // "2026-06-03"
 * normalizeImportDate("2026-06-30T10:00:00-0500"); // unchanged
 * normalizeImportDate("2026-02-30"); // undefined
 * @see docs/seed-format.md#inventory-csv-files
 */
export function normalizeImportDate(text: string, options: ImportDateOptions = {}): string | undefined {
  const iso = IMPORT_ISO_DATE.exec(text);
  if (iso) {
    if (options.spaceBeforeTime === false && text[10] === " ") return undefined;
    return isRealDay(Number(iso[1]), Number(iso[2]), Number(iso[3])) ? text : undefined;
  }
  const us = IMPORT_US_DATE.exec(text);
  if (!us) return undefined;
  const [m, d, y] = [Number(us[1]), Number(us[2]), Number(us[3])];
  return isRealDay(y, m, d) ? `${us[3]}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}` : undefined;
}
