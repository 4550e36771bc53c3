import { describe, expect, it } from "vitest";
import { specOperations } from "../../test/support/spec-operations.js";
import { createRouter } from "../http/router.js";
import { COMMERCE_OPERATIONS, commerceRoutes } from "./commerce-routes.js";
import { kiboRoutes } from "./kibo-routes.js";

describe("commerce route table", () => {
  it("has exactly the operations of openapi/commerce.yaml", () => {
    const ours = COMMERCE_OPERATIONS.map(([method, path, id]) => `${method} ${path} ${id}`).sort();
    expect(ours).toEqual(specOperations("commerce.yaml"));
  });

  it("routes literal segments before templates, beside the inventory routes", () => {
    const router = createRouter([...kiboRoutes(), ...commerceRoutes()]);
    const op = (method: string, path: string) => {
      const found = router.lookup(method, `/api${path}`);
      return found.kind === "match" ? found.match.route.operationId : found.kind;
    };
    expect(op("PUT", "/commerce/orders/cancel/abc")).toBe("cancelOrder");
    expect(op("GET", "/commerce/orders/cancel/reasons")).toBe("getReasons");
    expect(op("GET", "/commerce/orders/abc")).toBe("getOrder");
    expect(op("GET", "/commerce/carts/current/items")).toBe("getCartItems");
    expect(op("GET", "/commerce/carts/c1/items")).toBe("getCartItemsByCartId");
    expect(op("PUT", "/commerce/carts/current/items/i1/3")).toBe("updateCartItemQuantity");
    expect(op("POST", "/commerce/returns/actions")).toBe("performReturnActions");
    expect(op("GET", "/commerce/returns/reasons")).toBe("getReasonsForReturn");
    expect(op("GET", "/commerce/orders/o1/shipments/methods")).toBe("getAvailableShipmentMethods");
    expect(op("GET", "/commerce/orders/o1/shipments/7")).toBe("getShipment");
    expect(op("POST", "/commerce/inventory/v5/inventory/allocate")).toBe("allocateInventory");
  });

  it("names the Commerce application on every route", () => {
    expect(commerceRoutes().every((r) => r.application === "Commerce" && r.access === "tenant")).toBe(true);
  });
});
