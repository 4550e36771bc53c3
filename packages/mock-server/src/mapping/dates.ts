/**
 * Dates on the wire. Kibo writes offsets without a colon (`2020-09-28T12:00:00-0500`); JSON
 * answers use ISO 8601 in UTC. The engine takes epoch milliseconds for "now" and ISO strings for
 * record and delivery dates.
 */

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const COLONLESS_OFFSET = /([+-]\d{2})(\d{2})$/;
const HOURS_ONLY_OFFSET = /T[\d:.]+[+-]\d{2}$/;

/**
 * Epoch milliseconds of a wire date or date-time, or `undefined` when it is not one. A date
 * without a time is midnight UTC; a date-time without an offset is read as UTC.
 */
function parseWireDate(value: string): number | undefined {
  let text = value.trim();
  if (DATE_ONLY.test(text)) text = `${text}T00:00:00Z`;
  else if (HOURS_ONLY_OFFSET.test(text)) text = `${text}:00`;
  else if (COLONLESS_OFFSET.test(text) && text.includes("T") && /[+-]\d{4}$/.test(text)) text = text.replace(COLONLESS_OFFSET, "$1:$2");
  else if (/T[\d:.]+$/.test(text)) text = `${text}Z`;
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return undefined;
  const [year, month, day] = value.trim().slice(0, 10).split("-").map(Number);
  // Date.parse rolls impossible days over (2024-02-30 → March 1st); refuse them instead.
  const check = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() + 1 !== month || check.getUTCDate() !== day) return undefined;
  return ms;
}

/** A wire date as ISO 8601 UTC (`2024-07-01T15:00:00.000Z`), or `undefined` when invalid. */
export function wireDateToIso(value: string): string | undefined {
  const ms = parseWireDate(value);
  return ms === undefined ? undefined : new Date(ms).toISOString();
}

/** Epoch milliseconds as the ISO 8601 UTC string answers carry. */
export function isoFromEpoch(ms: number): string {
  return new Date(ms).toISOString();
}
