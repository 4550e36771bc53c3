import type { Checkpoint } from "../core/checkpoint.js";
import type { CommittedWrite } from "../core/committed-write.js";
import { MockHttpError } from "./errors.js";

/** What the pipeline needs to report writes to a store (`onCommit`) and undo refused ones. */
export interface CommitSeam {
  checkpoint(): Checkpoint;
  /** Synchronous: it returns once the write is durable, or throws to refuse it. */
  onCommit(write: CommittedWrite): void;
}

/** What one request was, for the write it may turn out to be. */
export interface WriteRequest {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  /** false: replay cannot reproduce the route's effect; the store saves a snapshot instead. */
  readonly replayable: boolean;
  auth?: { clientId: string; tenantId?: number; siteId?: number };
  body(): Promise<string | undefined>;
}

const noop = (): void => undefined;

/**
 * Runs state-changing requests one at a time, each between a checkpoint and its commit: when the
 * request changed something, `onCommit` hears of it before the answer goes out; when `onCommit`
 * throws, the change is undone and the request answers 500 INTERNAL_ERROR saying so. A handler
 * that throws after changing something is undone too, so the server never holds a change that
 * the store does not.
 * @see ../../../../docs/decisions/0010-durable-state-journal.md
 */
export function createWriteGate(seam: CommitSeam) {
  let tail: Promise<void> = Promise.resolve();

  async function commit(request: WriteRequest, run: () => Promise<Response>, at: number): Promise<Response> {
    const checkpoint = seam.checkpoint();
    let response: Response;
    try {
      response = await run();
    } catch (error) {
      if (checkpoint.stateChanged() || checkpoint.sessionChange()) checkpoint.rollback();
      throw error;
    }
    const stateChanged = checkpoint.stateChanged();
    const sessions = checkpoint.sessionChange();
    if (!stateChanged && !sessions) return response;
    const base = { operationId: request.operationId, at };
    let write: CommittedWrite;
    if (!request.replayable || (stateChanged && sessions)) write = { kind: "snapshot", ...base };
    else if (sessions) write = { kind: "sessions", ...base, change: sessions };
    else {
      const body = await request.body();
      write = {
        kind: "request",
        ...base,
        method: request.method,
        path: request.path,
        ...(request.auth ? { auth: request.auth } : {}),
        ...(body ? { body } : {}),
      };
    }
    try {
      seam.onCommit(write);
    } catch (error) {
      checkpoint.rollback();
      const reason = error instanceof Error ? error.message : String(error);
      throw new MockHttpError("internal_error", `The change could not be saved, so it was not applied: ${reason}`, {
        additionalErrorData: [{ name: "operationId", value: request.operationId }],
      });
    }
    return response;
  }

  return {
    /** Queues `run` behind earlier writes; `at` is read when its turn comes. */
    run(request: WriteRequest, clockMs: () => number, run: () => Promise<Response>): Promise<Response> {
      const result = tail.then(() => commit(request, run, clockMs()));
      tail = result.then(noop, noop);
      return result;
    },
  };
}
