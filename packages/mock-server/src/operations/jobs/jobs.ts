/**
 * getJob and getJobs (D10): the tenant's job queue as `JobQueueResponse`s.
 *
 * getJobs filters: `locationCode`, `types` (repeated: `types=REFRESH&types=ADJUST`); pages with
 * `startIndex` (skip) and `pageSize`, `limit` capping the page too (100 when neither is given), and
 * reports the number of matching jobs in `x-total-count`. Jobs are listed newest first (highest
 * jobID first). Every job of the reference
 * server is started by the API itself, never from a fetched file, so `owner` and
 * `originalFilename` match nothing but are accepted: a filter on them answers `[]`.
 */
import { getJob, type JobType, listJobs } from "@kibo-inventory/engine";
import { GetJobsQuerySchema } from "@kibo-inventory/spec";
import type { TenantRouteHandler } from "../../http/route.js";
import { validate } from "../../http/validation.js";
import { badRequest, notFound } from "../../mapping/engine-errors.js";
import { jobToWire } from "../../mapping/jobs.js";

/** Jobs per page when neither `pageSize` nor `limit` is given. */
const DEFAULT_PAGE_SIZE = 100;
/** The response header with the number of matching jobs before paging. */
const TOTAL_COUNT_HEADER = "x-total-count";

/** Job types the engine records; asking for any other type matches nothing. */
const ENGINE_JOB_TYPES: readonly string[] = ["REFRESH", "ADJUST", "DELETE", "EXPORT"];

/** `getJob` — one job by id; 404 NOT_FOUND when the tenant has no such job. */
export const getJobHandler: TenantRouteHandler = (ctx) => {
  const raw = ctx.params.jobID ?? "";
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(Number(raw))) {
    throw badRequest(`jobID must be a positive integer, got ${JSON.stringify(raw)}`, "jobID", "INVALID_TYPE");
  }
  const job = getJob(ctx.tenant.inventory, Number(raw));
  if (job === undefined) throw notFound(`Job ${raw} not found`, "jobID");
  return ctx.json(jobToWire(job, ctx.tenant.id));
};

/** `getJobs` — the tenant's jobs, newest first, filtered (see the module doc). */
export const getJobsHandler: TenantRouteHandler = (ctx) => {
  const raw: Record<string, unknown> = {};
  for (const key of new Set(ctx.query.keys())) {
    const values = ctx.query.getAll(key);
    raw[key] = key === "types" ? values : values[values.length - 1];
  }
  const query = validate(GetJobsQuerySchema, raw, { prefix: "query" });
  if (query.owner !== undefined || query.originalFilename !== undefined) return ctx.json([]);
  const types = query.types?.filter((t) => ENGINE_JOB_TYPES.includes(t)) as JobType[] | undefined;
  if (types !== undefined && types.length === 0) return ctx.json([]);
  const matching = listJobs(ctx.tenant.inventory, {
    ...(query.locationCode === undefined ? {} : { locationCode: query.locationCode }),
    ...(types === undefined ? {} : { types }),
  });
  const start = query.startIndex ?? 0;
  const size = Math.min(query.pageSize ?? Number.POSITIVE_INFINITY, query.limit ?? Number.POSITIVE_INFINITY);
  const page = matching.slice(start, start + (Number.isFinite(size) ? size : DEFAULT_PAGE_SIZE));
  return ctx.json(
    page.map((job) => jobToWire(job, ctx.tenant.id)),
    200,
    { [TOTAL_COUNT_HEADER]: String(matching.length) },
  );
};
