/**
 * The storefront's two SDK clients (Inventory API + RIS, and the Commerce API), configured once.
 * The same code runs against the service worker, the standalone server and (with real
 * credentials) Kibo: only `baseUrl` and `authHost` differ.
 */
import {
  type CommerceClient,
  createCommerceClient,
  createInventoryClient,
  type FetchLike,
  type InventoryClient,
  type RetryOptions,
} from "@kibo-inventory/sdk";

export interface Kibo {
  readonly inventory: InventoryClient;
  readonly commerce: CommerceClient;
}

export interface KiboOptions {
  /** The API base URL, ending in `/api`. */
  baseUrl: string;
  /** Where OAuth tickets are asked for (the reference server answers them at its own origin). */
  authHost: string;
  /** Told when a call is retried after an HTTP status (429, 503, …), and again when one succeeds. */
  onRetry?: (status: number | undefined) => void;
  onRecovered?: () => void;
  retry?: RetryOptions;
  fetch?: FetchLike;
}

/** The reference server's defaults: tenant 1000, site 2000, app `mock-app` / `mock-secret`. */
export function createKibo(options: KiboOptions): Kibo {
  let retrying = false;
  const config = {
    tenantId: 1000,
    siteId: 2000,
    baseUrl: options.baseUrl,
    authHost: options.authHost,
    clientId: "mock-app",
    sharedSecret: "mock-secret",
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.retry ? { retry: options.retry } : {}),
    hooks: {
      beforeRetry: (info: { response?: Response }) => {
        retrying = true;
        options.onRetry?.(info.response?.status);
      },
      afterResponse: (response: Response) => {
        if (retrying && response.ok) {
          retrying = false;
          options.onRecovered?.();
        }
      },
    },
  };
  return { inventory: createInventoryClient(config), commerce: createCommerceClient(config) };
}
