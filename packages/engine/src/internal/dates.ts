/**
 * Date parsing without the wall clock. Accepted forms: `YYYY-MM-DD`, ISO date-times with optional
 * seconds/fraction and an optional zone (`Z`, `+HH:MM` or Kibo's `+HHMM`; no zone means UTC), and
 * the import-file form `MM/DD/YYYY`. Returns epoch milliseconds, or undefined when invalid.
 */
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const US = /^(\d{2})\/(\d{2})\/(\d{4})$/;

const DAY_MS = 86_400_000;

function build(y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0): number | undefined {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return undefined;
  const t = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  const check = new Date(t);
  if (check.getUTCDate() !== d || check.getUTCMonth() !== mo - 1) return undefined;
  return t;
}

export function parseDate(text: string): number | undefined {
  const us = US.exec(text);
  if (us) return build(Number(us[3]), Number(us[1]), Number(us[2]));
  const m = ISO.exec(text);
  if (!m) return undefined;
  const frac = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
  const t = build(
    Number(m[1]),
    Number(m[2]),
    Number(m[3]),
    m[4] === undefined ? 0 : Number(m[4]),
    m[5] === undefined ? 0 : Number(m[5]),
    m[6] === undefined ? 0 : Number(m[6]),
    frac,
  );
  if (t === undefined) return undefined;
  const zone = m[8];
  if (zone === undefined || zone === "Z") return t;
  const sign = zone.startsWith("-") ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  const offset = (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
  return t - sign * offset;
}

/** Epoch ms → ISO-8601 UTC string (`2024-05-01T00:00:00.000Z`). */
export function toIso(ms: number): string {
  return new Date(ms).toISOString();
}

/** Normalises a date string to ISO-8601 UTC, or undefined when invalid. */
export function normalizeDate(text: string): string | undefined {
  const ms = parseDate(text);
  return ms === undefined ? undefined : toIso(ms);
}

/** The UTC day number of an instant (days since the epoch). */
export function utcDay(ms: number): number {
  return Math.floor(ms / DAY_MS);
}

/**
 * Whether a stored date (a future record's delivery date) lies in the window [from, to], bounds
 * inclusive, either one open when undefined. A date that does not parse counts as the epoch.
 */
export function inDateWindow(date: string, from: number | undefined, to: number | undefined): boolean {
  const at = parseDate(date) ?? 0;
  return (from === undefined || at >= from) && (to === undefined || at <= to);
}
