import type { InventoryDomainError } from "./errors.js";

/** A command succeeded: the new state and what the command answers. */
export interface Ok<S, V> {
  readonly ok: true;
  readonly state: S;
  readonly value: V;
}

/** A command was refused: the state is unchanged and the error says why. */
export interface Err {
  readonly ok: false;
  readonly error: InventoryDomainError;
}

/** The result of every engine command. Commands never throw for bad input. */
export type Result<S, V> = Ok<S, V> | Err;

/** Builds a success result. */
export function ok<S, V>(state: S, value: V): Ok<S, V> {
  return { ok: true, state, value };
}

/** Builds a failure result. */
export function fail(error: InventoryDomainError): Err {
  return { ok: false, error };
}

/** The result of a read: a value or an error (reads never change state). */
export type Answer<V> = { readonly ok: true; readonly value: V } | Err;

/** Builds a successful read. */
export function answer<V>(value: V): Answer<V> {
  return { ok: true, value };
}
