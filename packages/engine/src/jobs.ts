/**
 * Jobs (D10). Refresh and adjust are submitted as jobs. In `sync` mode (the default) the job runs
 * at once: a valid request is applied and recorded as SUCCESS; an invalid one is refused with the
 * usual 400 and records nothing. In `queued` mode the job is stored PENDING and runs when the
 * server calls {@link processNextJob} (one at a time, oldest first); if it is invalid by then it
 * becomes FAILED with one message per problem, and nothing else changes.
 */
import { detail, domainError } from "./errors.js";
import type { Job, JobType } from "./job.js";
import { toIso } from "./internal/dates.js";
import { adjust, refresh, type WriteSummary } from "./refresh-adjust.js";
import { fail, ok, type Result } from "./result.js";
import { type InventoryState, nextId } from "./state.js";
import { ADJUST_ITEM_LIMIT, type AdjustRequest, REFRESH_ITEM_LIMIT, type RefreshRequest } from "./write-request.js";

/** How jobs run. @default "sync" */
export type JobMode = "sync" | "queued";

function run(state: InventoryState, job: Job, request: RefreshRequest | AdjustRequest, now: number): Result<InventoryState, WriteSummary> {
  return job.type === "REFRESH" ? refresh(state, request as RefreshRequest, now) : adjust(state, request as AdjustRequest, now);
}

function submit(
  state: InventoryState,
  type: "REFRESH" | "ADJUST",
  request: RefreshRequest | AdjustRequest,
  now: number,
  mode: JobMode,
): Result<InventoryState, Job> {
  const limit = type === "REFRESH" ? REFRESH_ITEM_LIMIT : ADJUST_ITEM_LIMIT;
  const count = Array.isArray(request.items) ? request.items.length : 0;
  if (count > limit)
    return fail(
      domainError("limit_exceeded", `A ${type.toLowerCase()} takes at most ${limit} items`, [
        detail("items", "too_many_items", `${count} items exceed the limit of ${limit}`),
      ]),
    );
  const [jobId, s0] = nextId(state, "jobId");
  const added = toIso(now);
  const base: Job = { jobId, type, status: "PENDING", locationCode: request.locationCode, itemCount: count, added, messages: [] };
  if (mode === "queued") {
    const job: Job = { ...base, request };
    return ok({ ...s0, jobs: s0.jobs.set(jobId, job), jobQueue: [...s0.jobQueue, jobId] }, job);
  }
  const r = run(s0, base, request, now);
  if (!r.ok) return r;
  const job: Job = { ...base, status: "SUCCESS", started: added, finished: added };
  return ok({ ...r.state, jobs: r.state.jobs.set(jobId, job) }, job);
}

/** Submits a refresh as a job (see the module doc for `mode`). */
export function submitRefresh(state: InventoryState, request: RefreshRequest, now: number, mode: JobMode = "sync"): Result<InventoryState, Job> {
  return submit(state, "REFRESH", request, now, mode);
}

/** Submits an adjust as a job (see the module doc for `mode`). */
export function submitAdjust(state: InventoryState, request: AdjustRequest, now: number, mode: JobMode = "sync"): Result<InventoryState, Job> {
  return submit(state, "ADJUST", request, now, mode);
}

/** Runs the oldest PENDING job; answers it (SUCCESS or FAILED), or null when the queue is empty. */
export function processNextJob(state: InventoryState, now: number): Result<InventoryState, Job | null> {
  const [jobId, ...rest] = state.jobQueue;
  if (jobId === undefined) return ok(state, null);
  const queued = state.jobs.get(jobId);
  const base = { ...state, jobQueue: rest };
  if (queued === undefined || queued.request === undefined) return ok(base, null);
  const { request, ...job } = queued;
  const started = toIso(now);
  const r = run(base, job, request, now);
  if (r.ok) {
    const done: Job = { ...job, status: "SUCCESS", started, finished: started };
    return ok({ ...r.state, jobs: r.state.jobs.set(jobId, done) }, done);
  }
  const messages = r.error.details.length > 0
    ? r.error.details.map((d) => `${d.index === undefined ? "" : `items[${d.index}].`}${d.field}: ${d.message}`)
    : [r.error.message];
  const failed: Job = { ...job, status: "FAILED", started, finished: started, messages };
  return ok({ ...base, jobs: base.jobs.set(jobId, failed) }, failed);
}

/** Runs every queued job in order; answers them. */
export function processAllJobs(state: InventoryState, now: number): Result<InventoryState, Job[]> {
  let s = state;
  const done: Job[] = [];
  for (;;) {
    const r = processNextJob(s, now);
    if (!r.ok || r.value === null) break;
    s = r.state;
    done.push(r.value);
  }
  return ok(s, done);
}

/** Records a finished job of another type (e.g. DELETE), answering it. */
export function recordJob(state: InventoryState, type: JobType, locationCode: string, itemCount: number, now: number): [Job, InventoryState] {
  const [jobId, s] = nextId(state, "jobId");
  const at = toIso(now);
  const job: Job = { jobId, type, status: "SUCCESS", locationCode, itemCount, added: at, started: at, finished: at, messages: [] };
  return [job, { ...s, jobs: s.jobs.set(jobId, job) }];
}

/** One job by id (without its queued request). */
export function getJob(state: InventoryState, jobId: number): Job | undefined {
  const job = state.jobs.get(jobId);
  if (job?.request === undefined) return job;
  const { request: _r, ...rest } = job;
  return rest;
}

/** Filters for {@link listJobs}. */
export interface JobFilter {
  readonly locationCode?: string;
  readonly types?: readonly JobType[];
  /** Newest first, at most this many. */
  readonly limit?: number;
}

/** Jobs, newest first. */
export function listJobs(state: InventoryState, filter: JobFilter = {}): Job[] {
  const out: Job[] = [];
  for (const id of [...state.jobs.keys()].sort((a, b) => b - a)) {
    const job = getJob(state, id);
    if (!job) continue;
    if (filter.locationCode !== undefined && job.locationCode !== filter.locationCode) continue;
    if (filter.types && !filter.types.includes(job.type)) continue;
    out.push(job);
    if (filter.limit !== undefined && out.length >= filter.limit) break;
  }
  return out;
}
