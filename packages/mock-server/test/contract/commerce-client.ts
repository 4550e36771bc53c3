import { expect } from "vitest";
import { assertValidCommerceResponse, assertValidResponse } from "../support/validate-response.js";
import type { ContractTarget } from "./contract-suite.js";

const CREDS = { client_id: "mock-app", client_secret: "mock-secret", grant_type: "client_credentials" };

/**
 * The calls the order-side contract suites make against one adapter: `send` takes a ticket, calls
 * `/api{path}` as tenant 1000, checks the correlation header and validates the answer against its
 * contract (openapi/inventory.yaml under `/commerce/inventory` and `/commerce/realtime-inventory`,
 * openapi/commerce.yaml elsewhere);
 * `seed` installs a seed document through `/__mock/seed`.
 */
export function commerceClient(target: () => ContractTarget) {
  const send = async <T = Record<string, unknown>>(operationId: string, method: string, path: string, body?: unknown) => {
    const auth = await target().fetch(`${target().origin}/api/platform/applications/authtickets/oauth`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(CREDS),
    });
    const { access_token } = (await auth.json()) as { access_token: string };
    const init: RequestInit = {
      method,
      headers: { authorization: `Bearer ${access_token}`, "x-vol-tenant": "1000", "content-type": "application/json" },
    };
    if (body !== undefined) init.body = JSON.stringify(body);
    const res = await target().fetch(`${target().origin}/api${path}`, init);
    expect(res.headers.get("x-vol-correlation")).toBeTruthy();
    const text = await res.text();
    const json = (text === "" ? undefined : JSON.parse(text)) as T;
    const inventoryApi = path.startsWith("/commerce/inventory/") || path.startsWith("/commerce/realtime-inventory/");
    const validate = inventoryApi ? assertValidResponse : assertValidCommerceResponse;
    validate(operationId, res.status, json);
    return { status: res.status, body: json };
  };
  const seed = async (document: unknown) => {
    const res = await target().fetch(`${target().origin}/__mock/seed`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(document),
    });
    expect(res.status).toBe(200);
  };
  return { send, seed };
}
