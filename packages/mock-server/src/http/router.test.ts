import { describe, expect, it } from "vitest";
import { compileTemplate, matchTemplate, splitPath } from "./path-template.js";
import type { RouteDefinition } from "./route.js";
import { createRouter, DuplicateRouteError } from "./router.js";

const route = (method: RouteDefinition["method"], path: string, operationId: string): RouteDefinition => ({
  method,
  path,
  operationId,
  access: "public",
});

describe("path templates", () => {
  it("matches params and decodes them", () => {
    const t = compileTemplate("/api/commerce/inventory/v1/tagCategory/{name}/tag/{value}");
    expect(matchTemplate(t, splitPath("/api/commerce/inventory/v1/tagCategory/Channel%20Name/tag/Web"))).toEqual({
      params: { name: "Channel Name", value: "Web" },
    });
    expect(matchTemplate(t, splitPath("/api/commerce/inventory/v1/tagCategory/x/tag"))).toBeNull();
  });

  it("keeps a malformed escape as sent", () => {
    const t = compileTemplate("/a/{x}");
    expect(matchTemplate(t, splitPath("/a/%E0%A4%A"))).toEqual({ params: { x: "%E0%A4%A" } });
  });
});

describe("router", () => {
  const router = createRouter([
    route("GET", "/api/commerce/inventory/v1/queue/{jobID}", "getJob"),
    route("GET", "/api/commerce/inventory/v1/queue", "getJobs"),
    route("DELETE", "/api/commerce/inventory/v1/deleteOldInventory/{months}", "deleteOldInventory"),
    route("DELETE", "/api/commerce/inventory/v1/deleteOldInventory/allSilo/{months}", "deleteAllOldInventory"),
    route("POST", "/api/commerce/inventory/v5/inventory/smart-refresh/", "smartRefreshInventory"),
  ]);

  it("finds a route by method and path, on any host, ignoring the query", () => {
    const found = router.lookup("GET", new URL("https://t1.sandbox.mozu.com/api/commerce/inventory/v1/queue/7?x=1").pathname);
    expect(found).toMatchObject({ kind: "match", match: { route: { operationId: "getJob" }, params: { jobID: "7" } } });
  });

  it("prefers static segments over params", () => {
    const found = router.lookup("DELETE", "/api/commerce/inventory/v1/deleteOldInventory/allSilo/6");
    expect(found).toMatchObject({ kind: "match", match: { route: { operationId: "deleteAllOldInventory" } } });
  });

  it("ignores a trailing slash on either side", () => {
    expect(router.lookup("post", "/api/commerce/inventory/v5/inventory/smart-refresh")).toMatchObject({ kind: "match" });
    expect(router.lookup("GET", "/api/commerce/inventory/v1/queue/")).toMatchObject({
      kind: "match",
      match: { route: { operationId: "getJobs" } },
    });
  });

  it("tells an unknown path from a wrong method", () => {
    expect(router.lookup("GET", "/api/commerce/nope")).toEqual({ kind: "not_found" });
    expect(router.lookup("POST", "/api/commerce/inventory/v1/queue")).toEqual({ kind: "method_not_allowed", allowed: ["GET"] });
  });

  it("knows its operations and refuses duplicates", () => {
    expect(router.hasOperation("getJobs")).toBe(true);
    expect(router.hasOperation("nope")).toBe(false);
    expect(() => createRouter([route("GET", "/a/{x}", "a"), route("GET", "/a/{y}/", "b")])).toThrow(DuplicateRouteError);
    expect(() => createRouter([route("GET", "/a", "a"), route("POST", "/a", "a")])).toThrow(DuplicateRouteError);
  });
});
