import { DEFAULT_JOB_HISTORY, type InventorySettings } from "@kibo-inventory/engine";
import type { AuthMode } from "./auth/authenticate.js";
import type { ClockInput } from "./core/clock.js";
import type { CommittedWrite } from "./core/committed-write.js";
import type { SeedData } from "./core/seed.js";
import { DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_CONTROL_BODY_BYTES } from "./http/body.js";
import type { ResponseEvent } from "./http/pipeline.js";

/** Options of `createInventoryMock()` (and of every adapter). */
export interface InventoryMockOptions {
  /** The default tenant. @default 1000 */
  tenantId?: number;
  /** The default tenant's site. @default 2000 */
  siteId?: number;
  /** The default app's client id, installed on the default tenant. @default "mock-app" */
  clientId?: string;
  /** The default app's shared secret. @default "mock-secret" */
  clientSecret?: string;
  /** Extra tenants, apps and inventory, applied at start and on every `reset()`. */
  seed?: SeedData;
  /** Start time of the server clock. @default the wall clock at creation */
  startTime?: ClockInput;
  /** Lifetime of issued access tokens, in seconds of server time. @default 3600 */
  tokenTtlSeconds?: number;
  /**
   * `"tokens"`: API calls need a bearer token from the OAuth endpoint (or `staticTokens`).
   * `"any"`: no token checks; `x-vol-tenant` defaults to `tenantId`. For the simplest tests.
   * @default "tokens"
   */
  auth?: AuthMode;
  /** Tokens that are always valid, mapped to the client id they act as, e.g. `{ "test-token": "mock-app" }`. @default {} */
  staticTokens?: Record<string, string>;
  /** Serve the `/__mock/*` controls over HTTP; `false` makes them 404. @default true */
  admin?: boolean;
  /**
   * A secret the `/__mock/*` controls (all but `GET /__mock/health`) require, as
   * `Authorization: Bearer <token>` or `x-mock-admin-token: <token>`; 401 otherwise.
   * @default undefined (controls open to any caller the Host and Origin checks let in)
   */
  adminToken?: string;
  /** Largest accepted request body; bigger is 413. @default 20 MiB */
  maxBodyBytes?: number;
  /**
   * Largest body of `POST /__mock/seed` and `POST /__mock/restore`: high enough that every
   * snapshot the server returns can be restored. @default 1 GiB
   */
  maxControlBodyBytes?: number;
  /** `"sync"` applies refresh/adjust jobs at once; `"queued"` on clock ticks and `flushJobs()`. @default "sync" */
  jobs?: "sync" | "queued";
  /**
   * Jobs kept per tenant: past this many, each write through the API drops the oldest finished
   * ones (their `getJob` answers 404). Queued jobs are never dropped. @default 10000
   */
  jobHistory?: number;
  /**
   * Inventory settings of every tenant, e.g. `{ pendingOnShortfall: false }` (a seed's
   * `inventory[tenant].settings` come on top).
   * @default engine defaults: 3 tag categories, 6 tag values, pendingOnShortfall true, expirationEnabled false
   */
  inventorySettings?: Partial<InventorySettings>;
  /** Inventory settings per tenant id, over `inventorySettings`. @default {} */
  tenantInventorySettings?: Record<string, Partial<InventorySettings>>;
  /**
   * Makes changes durable: called, synchronously, with each request that changed the server (API
   * writes, tickets, controls) before its answer goes out; return once the write is durable, or
   * throw to refuse it — the change is then undone and the request answers 500. Requests that
   * change nothing (queries, GraphQL, reads) never call it. With it set, non-GET requests run one
   * at a time. `mock.replayWrite()` applies a reported write again.
   * @see ../../../docs/decisions/0010-durable-state-journal.md
   */
  onCommit?: (write: CommittedWrite) => void;
  /** Called once per answered request (for logging). */
  onResponse?: (event: ResponseEvent) => void;
  /** Called with errors that became a 500, which the client sees without details. */
  onUnhandledError?: (error: unknown, event: { operationId: string | undefined; correlationId: string }) => void;
}

export interface ResolvedOptions {
  tenantId: number;
  siteId: number;
  clientId: string;
  clientSecret: string;
  seed: SeedData | undefined;
  tokenTtlSeconds: number;
  auth: AuthMode;
  staticTokens: Record<string, string>;
  admin: boolean;
  adminToken: string | undefined;
  maxBodyBytes: number;
  maxControlBodyBytes: number;
  jobs: "sync" | "queued";
  jobHistory: number;
  inventorySettings: Partial<InventorySettings>;
  tenantInventorySettings: Record<string, Partial<InventorySettings>>;
}

class OptionsError extends Error {
  override readonly name = "OptionsError";
}

function positiveInt(name: string, value: number | undefined, fallback: number): number {
  const out = value ?? fallback;
  if (!Number.isInteger(out) || out <= 0) throw new OptionsError(`${name} must be a positive integer, got ${String(value)}`);
  return out;
}

function nonEmpty(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string" || value.trim() === "") throw new OptionsError(`${name} must be a non-empty string`);
  return value.trim();
}

/** Fills in defaults and checks option values. */
export function resolveOptions(options: InventoryMockOptions): ResolvedOptions {
  const auth = options.auth ?? "tokens";
  if (auth !== "tokens" && auth !== "any") throw new OptionsError(`auth must be "tokens" or "any", got ${String(auth)}`);
  const jobs = options.jobs ?? "sync";
  if (jobs !== "sync" && jobs !== "queued") throw new OptionsError(`jobs must be "sync" or "queued", got ${String(jobs)}`);
  return {
    tenantId: positiveInt("tenantId", options.tenantId, 1000),
    siteId: positiveInt("siteId", options.siteId, 2000),
    clientId: options.clientId ?? "mock-app",
    clientSecret: options.clientSecret ?? "mock-secret",
    seed: options.seed,
    tokenTtlSeconds: positiveInt("tokenTtlSeconds", options.tokenTtlSeconds, 3600),
    auth,
    staticTokens: { ...options.staticTokens },
    admin: options.admin ?? true,
    adminToken: nonEmpty("adminToken", options.adminToken),
    maxBodyBytes: positiveInt("maxBodyBytes", options.maxBodyBytes, DEFAULT_MAX_BODY_BYTES),
    maxControlBodyBytes: positiveInt("maxControlBodyBytes", options.maxControlBodyBytes, DEFAULT_MAX_CONTROL_BODY_BYTES),
    jobs,
    jobHistory: positiveInt("jobHistory", options.jobHistory, DEFAULT_JOB_HISTORY),
    inventorySettings: { ...options.inventorySettings },
    tenantInventorySettings: { ...options.tenantInventorySettings },
  };
}
