/**
 * getJob and getJobs (D10): the tenant's job queue as `JobQueueResponse`s.
 *
 * getJobs filters: `locationCode`, `types` (repeated: `types=REFRESH&types=ADJUST`), `limit`
 * (default 100). Jobs are listed newest first (highest jobID first). Every job of the reference
 * server is started by the API itself, never from a fetched file, so `owner` and
 * `originalFilename` match nothing but are accepted: a filter on them answers `[]`.
 */
import { getJob, type JobType, listJobs } from "@kibo-inventory/engine";
import { GetJobsQuerySchema } from "@kibo-inventory/spec";
import type { TenantRouteHandler } from "../../http/route.js";
import { validate } from "../../http/validation.js";
import { badRequest, notFound } from "../../mapping/engine-errors.js";
import { jobToWire } from "../../mapping/jobs.js";

/** Job types the engine records; asking for any other type matches nothing. */
const ENGINE_JOB_TYPES: readonly string[] = ["REFRESH", "ADJUST", "DELETE"];

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
  const jobs = listJobs(ctx.tenant.inventory, {
    ...(query.locationCode === undefined ? {} : { locationCode: query.locationCode }),
    ...(types === undefined ? {} : { types }),
    limit: query.limit ?? 100,
  });
  return ctx.json(jobs.map((job) => jobToWire(job, ctx.tenant.id)));
};
