import { describe, expect, it } from "vitest";
import { applicationOfPath } from "./application-name.js";
import type { RouteDefinition } from "./route.js";

const route = (path: string, application?: RouteDefinition["application"]): RouteDefinition => ({
  method: "GET",
  path,
  operationId: path,
  access: "public",
  ...(application === undefined ? {} : { application }),
});

describe("applicationOfPath (the applicationName of a 404 for a path no route has)", () => {
  const of = applicationOfPath([
    route("/api/commerce/inventory/v5/inventory"),
    route("/api/commerce/orders/{orderId}", "Commerce"),
    route("/api/commerce/admin/locations"),
  ]);

  it("takes the application of the routes of the path's service", () => {
    expect(of("/api/commerce/orders/abc/nothing")).toBe("Commerce");
    expect(of("/api/commerce/inventory/v9/nothing")).toBe("Inventory");
    expect(of("/api/commerce/admin/nothing")).toBe("Inventory");
  });

  it("answers Commerce for an unknown service under /api/commerce/, Inventory elsewhere", () => {
    expect(of("/api/commerce/wishlists")).toBe("Commerce");
    expect(of("/api/platform/nothing")).toBe("Inventory");
    expect(of("/elsewhere")).toBe("Inventory");
  });
});
