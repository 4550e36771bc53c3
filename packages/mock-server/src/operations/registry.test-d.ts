import { describe, expectTypeOf, it } from "vitest";
import type { TenantRouteHandler } from "../http/route.js";
import type { KIBO_OPERATIONS } from "../routes/kibo-routes.js";
import type { OperationList } from "./registry.js";

declare const handler: TenantRouteHandler;

describe("the operations registry is typed by the spec's OperationId", () => {
  it("a mistyped operation id fails tsc (it would answer 501)", () => {
    const list = {
      refresh: handler,
      // @ts-expect-error -- `refesh` is not an operationId of openapi/inventory.yaml
      refesh: handler,
    } satisfies OperationList;
    expectTypeOf(list).toBeObject();
  });

  it("a route naming an unknown operation fails tsc", () => {
    // @ts-expect-error -- `refesh` is not an operationId of openapi/inventory.yaml
    const route: (typeof KIBO_OPERATIONS)[number] = ["POST", "/x", "refesh"];
    expectTypeOf(route).not.toBeNever();
  });
});
