/** Jobs (D10), as kept in state. */
import type { AdjustRequest, RefreshRequest } from "./write-request.js";

export type JobType = "REFRESH" | "ADJUST" | "DELETE";
export type JobStatus = "PENDING" | "WORKING" | "SUCCESS" | "FAILED";

export interface Job {
  readonly jobId: number;
  readonly type: JobType;
  readonly status: JobStatus;
  readonly locationCode: string;
  readonly itemCount: number;
  /** ISO-8601 UTC timestamps from the clock passed in. */
  readonly added: string;
  readonly started?: string;
  readonly finished?: string;
  /** Validation or processing messages (one per problem) of a FAILED job. */
  readonly messages: readonly string[];
  /** The request of a PENDING job (dropped once it has run). */
  readonly request?: RefreshRequest | AdjustRequest;
}
