/**
 * The reference server's `/__mock/` controls, for what Kibo's API has no call for: paging through
 * everything, the tenant switches, the clock, reset, snapshot and restore. Same origin as the page;
 * JSON in and out.
 */

/** One product at one location on a browse page. */
interface BrowseEntry {
  readonly upc: string;
  readonly locationCode: string;
  readonly records: number;
}

interface BrowsePage {
  readonly total: number;
  readonly offset: number;
  readonly limit: number;
  readonly items: readonly BrowseEntry[];
}

interface BrowseQuery {
  readonly offset: number;
  readonly limit: number;
  readonly locationCode: string;
  readonly search: string;
}

/** The tenant's switches and limits, as `GET /__mock/settings` answers them (ADR 0015). */
export interface TenantSettings {
  readonly tenantID: number;
  readonly tagsEnabled: boolean;
  readonly granularFieldsEnabled: boolean;
  readonly expirationEnabled: boolean;
  readonly conditionAvailabilityEnabled: boolean;
  readonly quantitySetsAvailable: boolean;
  readonly pendingOnShortfall: boolean;
  readonly tagCategoryLimit: number;
  readonly totalTagLimit: number;
}

/** The settings a `PUT /__mock/settings` changes; the others stay. */
export type TenantSettingsPatch = Partial<Omit<TenantSettings, "tenantID">>;

/** One field the server named in a refusal, with its message. */
interface ControlErrorItem {
  readonly field: string;
  readonly message: string;
}

/** A control the server refused, with its message and the fields it named. */
export class ControlError extends Error {
  override name = "ControlError";
  constructor(
    message: string,
    readonly status: number,
    readonly items: readonly ControlErrorItem[] = [],
  ) {
    super(message);
  }
}

export interface MockControls {
  browse(query: BrowseQuery): Promise<BrowsePage>;
  settings(): Promise<TenantSettings>;
  updateSettings(patch: TenantSettingsPatch): Promise<TenantSettings>;
  clock(): Promise<string>;
  advanceClock(ms: number): Promise<string>;
  setClock(now: string): Promise<string>;
  reset(): Promise<void>;
  snapshot(): Promise<unknown>;
  restore(document: unknown): Promise<void>;
  flushJobs(): Promise<number>;
}

async function call<T>(origin: string, method: string, path: string, body?: unknown): Promise<T> {
  const init: RequestInit = { method, headers: { accept: "application/json" } };
  if (body !== undefined) init.headers = { accept: "application/json", "content-type": "application/json" };
  if (body !== undefined) init.body = JSON.stringify(body);
  const response = await fetch(`${origin}/__mock/${path}`, init);
  const text = await response.text();
  const parsed: unknown = text === "" ? undefined : JSON.parse(text);
  if (!response.ok) {
    const error = (parsed ?? {}) as { message?: string; items?: { field?: string; message?: string }[] };
    const items = (error.items ?? []).flatMap((item) => (item.field ? [{ field: item.field, message: item.message ?? "" }] : []));
    throw new ControlError(error.message ?? `${method} /__mock/${path} answered ${response.status}`, response.status, items);
  }
  return parsed as T;
}

/** The controls of the server at `origin`. */
export function mockControls(origin: string): MockControls {
  return {
    browse(query) {
      const params = new URLSearchParams({ offset: String(query.offset), limit: String(query.limit) });
      if (query.locationCode !== "") params.set("locationCode", query.locationCode);
      if (query.search.trim() !== "") params.set("search", query.search.trim());
      return call<BrowsePage>(origin, "GET", `inventory?${params}`);
    },
    settings: () => call<TenantSettings>(origin, "GET", "settings"),
    updateSettings: (patch) => call<TenantSettings>(origin, "PUT", "settings", patch),
    clock: async () => (await call<{ now: string }>(origin, "GET", "clock")).now,
    advanceClock: async (ms) => (await call<{ now: string }>(origin, "PUT", "clock", { advanceMs: ms })).now,
    setClock: async (now) => (await call<{ now: string }>(origin, "PUT", "clock", { now })).now,
    reset: async () => {
      await call(origin, "POST", "reset", {});
    },
    snapshot: () => call<unknown>(origin, "GET", "snapshot"),
    restore: async (document) => {
      await call(origin, "POST", "restore", document);
    },
    flushJobs: async () => (await call<{ flushed: number }>(origin, "POST", "jobs/flush", {})).flushed,
  };
}
