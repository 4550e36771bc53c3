import { describe, expect, it } from "vitest";
import { GetJobsQuerySchema } from "./jobs-query.js";

describe("GetJobsQuerySchema", () => {
  it("reads a query string the way the official SDK encodes it", () => {
    const url = new URL("http://x/api/commerce/inventory/v1/queue?locationCode=L1&limit=5&types=REFRESH&types=ADJUST");
    const query = {
      locationCode: url.searchParams.get("locationCode") ?? undefined,
      limit: url.searchParams.get("limit") ?? undefined,
      types: url.searchParams.getAll("types"),
    };
    expect(GetJobsQuerySchema.parse(query)).toEqual({ locationCode: "L1", limit: 5, types: ["REFRESH", "ADJUST"] });
  });

  it("accepts a single type as a string", () => {
    expect(GetJobsQuerySchema.parse({ types: "DELETE" })).toEqual({ types: ["DELETE"] });
  });

  it("rejects an unknown job type and a limit below 1", () => {
    const result = GetJobsQuerySchema.safeParse({ types: ["REFRESH", "NAP"], limit: "0" });
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([["limit"], ["types", 1]]);
  });
});
