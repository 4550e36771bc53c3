import { describe, expect, it } from "vitest";
import { allocationOperations } from "./allocation/operations.js";
import { conditionOperations } from "./conditions/operations.js";
import { exportOperations } from "./export/operations.js";
import { fetchFileOperations } from "./fetch-file/operations.js";
import { operations } from "./index.js";
import { jobOperations } from "./jobs/operations.js";
import { locationOperations } from "./locations/operations.js";
import { queryOperations } from "./queries/operations.js";
import { stockOperations } from "./stock/operations.js";
import { tagOperations } from "./tags/operations.js";

describe("the operations registry", () => {
  it("registers each operationId in exactly one resource folder (a second list would silently win)", () => {
    const lists = [queryOperations, stockOperations, allocationOperations, jobOperations, tagOperations, locationOperations, conditionOperations, exportOperations, fetchFileOperations];
    const ids = lists.flatMap((list) => Object.keys(list));
    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(repeated).toEqual([]);
    // Every listed handler is in the registry (plus the RIS GraphQL endpoint listed directly).
    expect(Object.keys(operations).sort()).toEqual([...ids, "postRealtimeInventoryGraphql"].sort());
  });
});
