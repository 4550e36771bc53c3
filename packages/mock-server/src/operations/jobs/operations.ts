import type { OperationList } from "../registry.js";
import { getJobHandler, getJobsHandler } from "./jobs.js";

/** The job queue every stock write reports to. */
export const jobOperations = {
  getJob: getJobHandler,
  getJobs: getJobsHandler,
} satisfies OperationList;
