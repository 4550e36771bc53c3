import { describe, expect, it } from "vitest";
import { KIBO_OPERATIONS } from "./kibo-routes.js";
import { platformRoutes } from "./platform-routes.js";
import { specOperations } from "../../test/support/spec-operations.js";

describe("route table", () => {
  it("has exactly the operations of openapi/inventory.yaml", () => {
    const ours = [
      ...KIBO_OPERATIONS.map(([method, path, id]) => `${method} ${path} ${id}`),
      ...platformRoutes({ tokenTtlSeconds: 1 }).map((r) => `${r.method} ${r.path.replace(/^\/api/, "")} ${r.operationId}`),
    ].sort();
    expect(ours).toEqual(specOperations("inventory.yaml"));
  });
});
