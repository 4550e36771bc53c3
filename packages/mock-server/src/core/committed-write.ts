import type { SessionState } from "./server-state.js";

/**
 * One accepted request that changed the server, as the `onCommit` option hears of it and
 * `mock.replayWrite()` applies it again. It is plain JSON: a store (the CLI's `--state` journal)
 * writes it down before the answer goes out and replays it on the next start
 * (docs/decisions/0010-durable-state-journal.md).
 *
 * - `request`: the request itself. The server is deterministic (no randomness, the clock only
 *   moves through requests, ids come from counters in the state), so running it again on the same
 *   state at the same clock time gives the same state.
 * - `sessions`: a change of issued tokens (an OAuth ticket). Tokens are not minted again on replay
 *   but put back as they were, so a client keeps the ticket it holds.
 * - `snapshot`: a change that the request alone cannot reproduce (`POST /__mock/reset` goes back
 *   to this process's seed and start time; `POST /__mock/restore` swaps in a whole document). A
 *   store keeps it by saving the whole state (`exportState()`), not by replay.
 */
export type CommittedWrite = RequestWrite | SessionsWrite | SnapshotWrite;

interface WriteBase {
  /** The route's operationId. */
  readonly operationId: string;
  /** Server clock (epoch ms) when the request ran. */
  readonly at: number;
}

export interface RequestWrite extends WriteBase {
  readonly kind: "request";
  readonly method: string;
  /** Path and query string, e.g. `/api/commerce/inventory/v5/inventory/refresh`. */
  readonly path: string;
  /** The caller as it was authenticated; a replay does not authenticate again. */
  readonly auth?: { readonly clientId: string; readonly tenantId?: number; readonly siteId?: number };
  /** The request body as received. */
  readonly body?: string;
}

export interface SessionsWrite extends WriteBase {
  readonly kind: "sessions";
  readonly change: SessionChange;
}

export interface SnapshotWrite extends WriteBase {
  readonly kind: "snapshot";
}

/** What one request did to the issued tokens. */
export interface SessionChange {
  readonly added: SessionState["tokens"];
  readonly removed: string[];
  readonly refreshAdded: SessionState["refreshTokens"];
  readonly refreshRemoved: string[];
  readonly issued: number;
}

/** Thrown by `replayWrite()` when a write cannot be applied again (the store and the server disagree). */
export class ReplayError extends Error {
  override readonly name = "ReplayError";
}

/** The token changes from `before` (copies of the maps) to `after`; undefined when nothing changed. */
export function diffSessions(
  before: { tokens: SessionState["tokens"]; refreshTokens: SessionState["refreshTokens"]; issued: number },
  after: SessionState,
): SessionChange | undefined {
  const added: SessionState["tokens"] = {};
  const refreshAdded: SessionState["refreshTokens"] = {};
  const removed = Object.keys(before.tokens).filter((token) => !Object.hasOwn(after.tokens, token));
  const refreshRemoved = Object.keys(before.refreshTokens).filter((token) => !Object.hasOwn(after.refreshTokens, token));
  let changed = removed.length > 0 || refreshRemoved.length > 0 || before.issued !== after.issued;
  for (const [token, record] of Object.entries(after.tokens)) {
    const old = Object.hasOwn(before.tokens, token) ? before.tokens[token] : undefined;
    if (old !== record) {
      added[token] = { ...record };
      changed = true;
    }
  }
  for (const [token, clientId] of Object.entries(after.refreshTokens)) {
    if (!Object.hasOwn(before.refreshTokens, token) || before.refreshTokens[token] !== clientId) {
      refreshAdded[token] = clientId;
      changed = true;
    }
  }
  return changed ? { added, removed, refreshAdded, refreshRemoved, issued: after.issued } : undefined;
}

/** Applies a recorded token change. */
export function applySessionChange(sessions: SessionState, change: SessionChange): void {
  for (const token of change.removed) delete sessions.tokens[token];
  for (const token of change.refreshRemoved) delete sessions.refreshTokens[token];
  for (const [token, record] of Object.entries(change.added)) sessions.tokens[token] = { ...record };
  for (const [token, clientId] of Object.entries(change.refreshAdded)) sessions.refreshTokens[token] = clientId;
  sessions.issued = change.issued;
}
