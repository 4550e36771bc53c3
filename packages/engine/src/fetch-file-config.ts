/**
 * The fetch-file configuration (the developer guide's workflow 5, modelled): one per tenant, saved
 * whole, read, deleted by id and "tested" — the test says what a real connection would check and
 * answers without any I/O (the engine has none). Its other fields are stored as given.
 */
import { detail, domainError } from "./errors.js";
import type { ConfigFields, FetchFileConfigEntry } from "./file-transfer.js";
import { toIso } from "./internal/dates.js";
import { type Answer, answer, fail, ok, type Result } from "./result.js";
import type { InventoryState } from "./state.js";

/** A save: the configuration's fields, and the id it replaces (absent: create, or replace the one there is). */
export interface FetchFileConfigInput {
  readonly id?: number;
  readonly fields: ConfigFields;
}

const notFound = (field: string, id: number) =>
  fail(domainError("not_found", `Fetch-file configuration ${id} not found`, [detail(field, "not_found", `No fetch-file configuration has id ${id}`)]));

/**
 * Creates the tenant's fetch-file configuration or replaces it (keeping its id). Naming an id
 * that is not the stored configuration's is 404 (field `fetchFileConfigID`).
 * @example saveFetchConfig(state, { fields: { ftpServer: "sftp.example.com", lockName: "inv" } }, now)
 */
export function saveFetchConfig(state: InventoryState, input: FetchFileConfigInput, now: number): Result<InventoryState, FetchFileConfigEntry> {
  const ft = state.fileTransfer;
  const current = ft.fetchConfig;
  if (input.id !== undefined && current?.id !== input.id) return notFound("fetchFileConfigID", input.id);
  const id = current?.id ?? ft.nextId;
  const entry: FetchFileConfigEntry = { id, lastModified: toIso(now), fields: input.fields };
  return ok({ ...state, fileTransfer: { ...ft, fetchConfig: entry, nextId: current ? ft.nextId : ft.nextId + 1 } }, entry);
}

/** The stored configuration, or 404 when none was saved. */
export function getFetchConfig(state: InventoryState): Answer<FetchFileConfigEntry> {
  const current = state.fileTransfer.fetchConfig;
  if (current === null)
    return fail(domainError("not_found", "No fetch-file configuration is saved", [detail("fetchFileConfigID", "not_found", "Save a fetch-file configuration first")]));
  return answer(current);
}

/** The stored configuration if it has this id (404 otherwise). */
export function fetchConfigById(state: InventoryState, id: number): Answer<FetchFileConfigEntry> {
  const current = state.fileTransfer.fetchConfig;
  return current?.id === id ? answer(current) : notFound("fetchFileConfigID", id);
}

/** Deletes the configuration with this id (404 when it is not the stored one). */
export function deleteFetchConfig(state: InventoryState, id: number): Result<InventoryState, FetchFileConfigEntry> {
  const found = fetchConfigById(state, id);
  if (!found.ok) return found;
  return ok({ ...state, fileTransfer: { ...state.fileTransfer, fetchConfig: null } }, found.value);
}
