import type { InventorySettings } from "@kibo-inventory/engine";
import type { AuthMode } from "./auth/authenticate.js";
import type { ClockInput } from "./core/clock.js";
import type { SeedData } from "./core/seed.js";
import { DEFAULT_MAX_BODY_BYTES } from "./http/body.js";
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
  /** `"sync"` applies refresh/adjust jobs at once; `"queued"` on clock ticks and `flushJobs()`. @default "sync" */
  jobs?: "sync" | "queued";
  /**
   * Inventory settings of every tenant, e.g. `{ pendingOnShortfall: false }` (a seed's
   * `inventory[tenant].settings` come on top).
   * @default engine defaults: 3 tag categories, 6 tag values, pendingOnShortfall true, expirationEnabled false
   */
  inventorySettings?: Partial<InventorySettings>;
  /** Inventory settings per tenant id, over `inventorySettings`. @default {} */
  tenantInventorySettings?: Record<string, Partial<InventorySettings>>;
  /** Awaited after each acknowledged change made over HTTP (API writes, tokens, controls), before the answer goes out. */
  onStateChange?: () => void | Promise<void>;
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
  jobs: "sync" | "queued";
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
    jobs,
    inventorySettings: { ...options.inventorySettings },
    tenantInventorySettings: { ...options.tenantInventorySettings },
  };
}
