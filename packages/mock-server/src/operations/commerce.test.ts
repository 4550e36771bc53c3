import { describe, expect, it } from "vitest";
import { commerceCall, segmentedMock } from "../../test/support/write-test-kit.js";
import { COMMERCE_OPERATIONS } from "../routes/commerce-routes.js";
import { cartOperations } from "./carts/operations.js";
import { checkoutOperations } from "./checkouts/operations.js";
import { commerceOperations } from "./commerce.js";
import { fulfillmentOperations } from "./fulfillment/operations.js";
import { orderOperations } from "./orders/operations.js";
import { returnOperations } from "./returns/operations.js";

describe("the commerce operations registry", () => {
  it("registers each operationId in exactly one resource folder", () => {
    const lists = [orderOperations, fulfillmentOperations, returnOperations, cartOperations, checkoutOperations];
    const ids = lists.flatMap((list) => Object.keys(list));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(Object.keys(commerceOperations).sort()).toEqual([...ids].sort());
  });

  it("answers 501 NOT_IMPLEMENTED in Kibo's shape, applicationName Commerce, for an operation not simulated", async () => {
    const mock = segmentedMock();
    const res = await commerceCall(mock, "getReasons", "GET", "/orders/cancel/reasons");
    expect(res.status).toBe(501);
    expect(res.body).toMatchObject({ errorCode: "NOT_IMPLEMENTED", applicationName: "Commerce" });
    const unmodelled = COMMERCE_OPERATIONS.filter(([, , id]) => commerceOperations[id] === undefined);
    expect(unmodelled.length).toBeGreaterThanOrEqual(202);
  });
});
