// Query parameters of getJobs. Not a body, but the mock server parses them from a query string and
// the SDK builds them, so they get a schema too. Query values arrive as strings: `limit` is coerced,
// and `types` may come once (a string) or repeated (an array).
import * as z from "zod/mini";
import type { components, operations } from "../generated/inventory.js";
import type { Equals } from "../internal/type-equals.js";

type Schemas = components["schemas"];

export const JobTypeSchema = z.enum([
  "REFRESH",
  "ADJUST",
  "RELEASE_SHIPMENTS",
  "CREATE_PICK_WAVE",
  "CLOSE_PICK_WAVE",
  "PUT_AWAY_FILE",
  "SHORT_PICK_ERROR",
  "BIN_AUDIT_START",
  "BIN_AUDIT_COMPLETION",
  "CREATE_BIN_AUDIT",
  "RELEASE_PENDING_ITEMS",
  "ALLOCATE",
  "DEALLOCATE",
  "FULFILL",
  "DELETE",
  "EXPORT",
]);

/** Query of `getJobs` (`?locationCode=L1&limit=5&types=REFRESH&types=ADJUST&startIndex=2&pageSize=3`). */
export const GetJobsQuerySchema = z.object({
  locationCode: z.exactOptional(z.string()),
  limit: z.exactOptional(
    z.pipe(z.coerce.number(), z.int("limit must be a whole number").check(z.minimum(1, "limit must be at least 1"))),
  ),
  owner: z.exactOptional(z.string()),
  types: z.exactOptional(
    z.pipe(
      z.transform((value: unknown) => (typeof value === "string" ? [value] : value)),
      z.array(JobTypeSchema),
    ),
  ),
  originalFilename: z.exactOptional(z.string()),
  startIndex: z.exactOptional(
    z.pipe(
      z.coerce.number(),
      z.int("startIndex must be a whole number").check(z.minimum(0, "startIndex must be at least 0")),
    ),
  ),
  pageSize: z.exactOptional(
    z.pipe(
      z.coerce.number(),
      z.int("pageSize must be a whole number").check(z.minimum(1, "pageSize must be at least 1")),
    ),
  ),
});

type GetJobsQuery = NonNullable<operations["getJobs"]["parameters"]["query"]>;

// Only the output side is compared: the input side of coercing schemas is `unknown` by design.
const _jobType: Equals<z.output<typeof JobTypeSchema>, Schemas["JobType"]> = true;
const _getJobsQuery: Equals<z.output<typeof GetJobsQuerySchema>, GetJobsQuery> = true;
