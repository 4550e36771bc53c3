import type { MockClock } from "./clock.js";
import { diffSessions, type SessionChange } from "./committed-write.js";
import type { ServerState, SessionState } from "./server-state.js";

/** The mutable parts of a server that a checkpoint covers. */
export interface CheckpointTarget {
  getState(): ServerState;
  setState(state: ServerState): void;
  getSessions(): SessionState;
  setSessions(sessions: SessionState): void;
  readonly clock: MockClock;
}

/** The server as it was before one request: what it changed, and how to undo it. */
export interface Checkpoint {
  /** Whether state, tenants, apps, an inventory slot or the clock differ from the checkpoint. */
  stateChanged(): boolean;
  /** The token changes since the checkpoint; undefined when none. */
  sessionChange(): SessionChange | undefined;
  /** Puts state, tokens and clock back as they were. */
  rollback(): void;
}

/**
 * Takes a checkpoint before a request runs. Cost: O(tenants + issued tokens) — inventory slots
 * are immutable engine states, kept by reference, so a checkpoint at 1,000,000 records costs what
 * one at 10 does.
 */
export function takeCheckpoint(target: CheckpointTarget): Checkpoint {
  const state = target.getState();
  const { tenants, apps } = state;
  const inventory = { ...state.inventory };
  const sessions = target.getSessions();
  const tokens = { ...sessions.tokens };
  const refreshTokens = { ...sessions.refreshTokens };
  const issued = sessions.issued;
  const clockMs = target.clock.nowMs();

  return {
    stateChanged() {
      const now = target.getState();
      if (now !== state || now.tenants !== tenants || now.apps !== apps || target.clock.nowMs() !== clockMs) return true;
      const keys = Object.keys(now.inventory);
      if (keys.length !== Object.keys(inventory).length) return true;
      return keys.some((key) => !Object.hasOwn(inventory, key) || inventory[key] !== now.inventory[key]);
    },
    sessionChange: () => diffSessions({ tokens, refreshTokens, issued }, target.getSessions()),
    rollback() {
      // The clock first: its listeners (due future inventory, queued jobs) write into the state,
      // which is put back right after.
      if (target.clock.nowMs() !== clockMs) target.clock.set(clockMs);
      for (const key of Object.keys(state.inventory)) if (!Object.hasOwn(inventory, key)) delete state.inventory[key];
      Object.assign(state.inventory, inventory);
      state.tenants = tenants;
      state.apps = apps;
      target.setState(state);
      for (const key of Object.keys(sessions.tokens)) if (!Object.hasOwn(tokens, key)) delete sessions.tokens[key];
      Object.assign(sessions.tokens, tokens);
      for (const key of Object.keys(sessions.refreshTokens)) if (!Object.hasOwn(refreshTokens, key)) delete sessions.refreshTokens[key];
      Object.assign(sessions.refreshTokens, refreshTokens);
      sessions.issued = issued;
      target.setSessions(sessions);
    },
  };
}
