/**
 * The page with its SDK clients: their retry hook feeds the "busy, retrying" notice. Tests
 * render this with the reference server in-process; main.tsx renders it in the browser.
 */
import type { FetchLike, RetryOptions } from "@kibo-inventory/sdk";
import { useMemo, useState } from "react";
import { App } from "./app.js";
import { createKibo } from "./kibo.js";

export interface ShopProps {
  /** The API base URL, ending in `/api`. */
  readonly baseUrl: string;
  /** Where OAuth tickets are asked for. */
  readonly authHost: string;
  readonly retry?: RetryOptions;
  /** The clients' fetch: a reference server's `mock.fetch` in tests that run in parallel. @default globalThis.fetch */
  readonly fetch?: FetchLike;
}

export function Shop({ baseUrl, authHost, retry, fetch }: ShopProps) {
  const [notice, setNotice] = useState<string>();
  const kibo = useMemo(
    () =>
      createKibo({
        baseUrl,
        authHost,
        ...(retry ? { retry } : {}),
        ...(fetch ? { fetch } : {}),
        onRetry: (status) => setNotice(`The inventory service is busy${status ? ` (HTTP ${status})` : ""}; retrying…`),
        onRecovered: () => setNotice(undefined),
      }),
    [baseUrl, authHost, retry, fetch],
  );
  return <App kibo={kibo} notice={notice} />;
}
