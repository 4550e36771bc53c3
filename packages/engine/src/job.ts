/** Jobs (D10), as kept in state. */
import type { AdjustRequest, RefreshRequest } from "./write-request.js";

/** `EXPORT` is this project's: Kibo's job types have none for an export run. */
export type JobType = "REFRESH" | "ADJUST" | "DELETE" | "EXPORT";
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
  /** The file an EXPORT job wrote (CSV text); absent for other jobs and for a failed export. */
  readonly file?: string;
  /** The export settings an EXPORT job ran. */
  readonly exportSettingsId?: number;
  /** The request of a PENDING job (dropped once it has run). */
  readonly request?: RefreshRequest | AdjustRequest;
}
