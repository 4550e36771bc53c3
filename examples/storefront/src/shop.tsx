/**
 * The page with its SDK clients: their retry hook feeds the "busy, retrying" notice. Tests
 * render this with the reference server in-process; main.tsx renders it in the browser.
 */
import type { RetryOptions } from "@kibo-inventory/sdk";
import { useMemo, useState } from "react";
import { App } from "./app.js";
import { createKibo } from "./kibo.js";

export interface ShopProps {
  /** The API base URL, ending in `/api`. */
  readonly baseUrl: string;
  /** Where OAuth tickets are asked for. */
  readonly authHost: string;
  readonly retry?: RetryOptions;
}

export function Shop({ baseUrl, authHost, retry }: ShopProps) {
  const [notice, setNotice] = useState<string>();
  const kibo = useMemo(
    () =>
      createKibo({
        baseUrl,
        authHost,
        ...(retry ? { retry } : {}),
        onRetry: (status) => setNotice(`The inventory service is busy${status ? ` (HTTP ${status})` : ""}; retrying…`),
        onRecovered: () => setNotice(undefined),
      }),
    [baseUrl, authHost, retry],
  );
  return <App kibo={kibo} notice={notice} />;
}
