/**
 * Export settings (the developer guide's workflow 3, modelled): named settings, FTP and S3
 * destinations added to settings that exist, and export runs recorded as EXPORT jobs. Identity
 * rules only; the other fields are stored as given (see file-transfer.ts).
 */
import { detail, domainError, type ErrorDetail } from "./errors.js";
import type { ConfigFields, DestinationKind, ExportDestination, ExportSettingsEntry, FileTransferState } from "./file-transfer.js";
import { toIso } from "./internal/dates.js";
import type { Job } from "./job.js";
import { type Answer, answer, fail, ok, type Result } from "./result.js";
import { type InventoryState, nextId } from "./state.js";

/** A destination as a command takes it. */
export interface ExportDestinationInput {
  readonly name: string;
  readonly fields: ConfigFields;
}

/** Export settings as {@link createExportSettings} and {@link updateExportSettings} take them. */
export interface ExportSettingsInput {
  readonly name: string;
  readonly fields: ConfigFields;
  readonly ftp: readonly ExportDestinationInput[];
  readonly s3: readonly ExportDestinationInput[];
}

/** Which settings (and which one destination of them) an export run uses. */
export interface ExportRunRequest {
  /** Absent: every export settings of the tenant, one job each. */
  readonly settingsName?: string;
  readonly ftpName?: string;
  readonly s3Name?: string;
}

/** One settings an export run uses, with the destinations it would send to. */
export interface ExportTarget {
  readonly settings: ExportSettingsEntry;
  readonly ftp: readonly ExportDestination[];
  readonly s3: readonly ExportDestination[];
}

/** What an export run produced: a file of `rows` rows, or why it could not be written. */
export type ExportOutcome = { readonly file: string; readonly rows: number; readonly messages: readonly string[] } | { readonly failure: readonly string[] };

const invalid = (field: string, message: string) => domainError("validation_failed", message, [detail(field, "required", message)]);
const missing = (field: string, message: string) => domainError("not_found", message, [detail(field, "not_found", message)]);

function withFileTransfer(state: InventoryState, fileTransfer: FileTransferState): InventoryState {
  return { ...state, fileTransfer };
}

/** Hands out ids for `count` new things: `[firstId, fileTransfer]`. */
function takeIds(ft: FileTransferState, count: number): [number, FileTransferState] {
  return [ft.nextId, { ...ft, nextId: ft.nextId + count }];
}

/** Names empty or given twice among `list` (409 `name_taken` for a repeat). */
function destinationProblems(list: readonly ExportDestinationInput[], kind: DestinationKind): { details: ErrorDetail[]; taken: boolean } {
  const details: ErrorDetail[] = [];
  const seen = new Set<string>();
  let taken = false;
  list.forEach((d, i) => {
    if (d.name === "") details.push(detail(`${kind}[${i}].name`, "required", "name must not be empty"));
    else if (seen.has(d.name)) {
      taken = true;
      details.push(detail(`${kind}[${i}].name`, "name_taken", `${kind.toUpperCase()} destination ${d.name} is given twice`));
    }
    seen.add(d.name);
  });
  return { details, taken };
}

/** Builds destinations, keeping the id of an existing one of the same name. */
function destinations(inputs: readonly ExportDestinationInput[], old: readonly ExportDestination[], firstId: number): [ExportDestination[], number] {
  let id = firstId;
  const out = inputs.map((d) => ({ id: old.find((o) => o.name === d.name)?.id ?? id++, name: d.name, fields: d.fields }));
  return [out, id];
}

function build(state: InventoryState, input: ExportSettingsInput, existing: ExportSettingsEntry | undefined): Result<InventoryState, ExportSettingsEntry> {
  if (input.name === "") return fail(invalid("name", "name must not be empty"));
  const ftp = destinationProblems(input.ftp, "ftp");
  const s3 = destinationProblems(input.s3, "s3");
  const details = [...ftp.details, ...s3.details];
  if (details.length > 0)
    return fail(domainError(ftp.taken || s3.taken ? "name_taken" : "validation_failed", "Invalid export destinations", details));
  let ft = state.fileTransfer;
  let settingsId = existing?.id;
  if (settingsId === undefined) [settingsId, ft] = takeIds(ft, 1);
  const [ftpList, afterFtp] = destinations(input.ftp, existing?.ftp ?? [], ft.nextId);
  const [s3List, afterS3] = destinations(input.s3, existing?.s3 ?? [], afterFtp);
  const entry: ExportSettingsEntry = { id: settingsId, name: input.name, fields: input.fields, ftp: ftpList, s3: s3List };
  const list = existing ? ft.exportSettings.map((e) => (e.id === existing.id ? entry : e)) : [...ft.exportSettings, entry];
  return ok(withFileTransfer(state, { ...ft, exportSettings: list, nextId: afterS3 }), entry);
}

/**
 * Creates export settings; a taken name is 409 `name_taken` (Kibo's `JOB_ALREADY_EXISTS`), as is a
 * destination name given twice.
 * @example createExportSettings(state, { name: "nightly", fields: { exportType: "LOCATION", fileFormat: "CSV" }, ftp: [], s3: [] })
 */
export function createExportSettings(state: InventoryState, input: ExportSettingsInput): Result<InventoryState, ExportSettingsEntry> {
  if (findSettings(state, input.name))
    return fail(domainError("name_taken", `Export settings ${input.name} already exist`, [detail("name", "name_taken", `Export settings ${input.name} already exist`)]));
  return build(state, input, undefined);
}

/** Replaces the export settings of that name (404 when there are none); destinations keep their ids by name. */
export function updateExportSettings(state: InventoryState, input: ExportSettingsInput): Result<InventoryState, ExportSettingsEntry> {
  const existing = findSettings(state, input.name);
  if (!existing) return fail(missing("name", `Export settings ${input.name} not found`));
  return build(state, input, existing);
}

/** Deletes the named export settings with their destinations (404 when missing). */
export function deleteExportSettings(state: InventoryState, name: string): Result<InventoryState, ExportSettingsEntry> {
  const existing = findSettings(state, name);
  if (!existing) return fail(missing("exportSettingsName", `Export settings ${name} not found`));
  const ft = state.fileTransfer;
  return ok(withFileTransfer(state, { ...ft, exportSettings: ft.exportSettings.filter((e) => e.id !== existing.id) }), existing);
}

function replaceSettings(state: InventoryState, entry: ExportSettingsEntry, nextIdValue: number): InventoryState {
  const ft = state.fileTransfer;
  return withFileTransfer(state, { ...ft, nextId: nextIdValue, exportSettings: ft.exportSettings.map((e) => (e.id === entry.id ? entry : e)) });
}

/**
 * Adds an FTP or S3 destination to existing settings: 404 when the settings are missing (create
 * them first), 409 `name_taken` when the destination name is taken.
 */
export function addExportDestination(
  state: InventoryState,
  settingsName: string,
  kind: DestinationKind,
  input: ExportDestinationInput,
): Result<InventoryState, ExportDestination> {
  const settings = findSettings(state, settingsName);
  if (!settings) return fail(missing("exportSettingsName", `Export settings ${settingsName} not found; create them first`));
  if (input.name === "") return fail(invalid("name", "name must not be empty"));
  if (settings[kind].some((d) => d.name === input.name))
    return fail(domainError("name_taken", `${kind.toUpperCase()} destination ${input.name} already exists`, [detail("name", "name_taken", `${kind.toUpperCase()} destination ${input.name} already exists in ${settingsName}`)]));
  const destination: ExportDestination = { id: state.fileTransfer.nextId, name: input.name, fields: input.fields };
  const entry = { ...settings, [kind]: [...settings[kind], destination] };
  return ok(replaceSettings(state, entry, destination.id + 1), destination);
}

/** Replaces one destination of existing settings (404 when either is missing); its id is kept. */
export function updateExportDestination(
  state: InventoryState,
  settingsName: string,
  kind: DestinationKind,
  input: ExportDestinationInput,
): Result<InventoryState, ExportDestination> {
  const settings = findSettings(state, settingsName);
  if (!settings) return fail(missing("exportSettingsName", `Export settings ${settingsName} not found`));
  const old = settings[kind].find((d) => d.name === input.name);
  if (!old) return fail(missing("name", `${kind.toUpperCase()} destination ${input.name} not found in ${settingsName}`));
  const destination: ExportDestination = { id: old.id, name: input.name, fields: input.fields };
  const entry = { ...settings, [kind]: settings[kind].map((d) => (d.id === old.id ? destination : d)) };
  return ok(replaceSettings(state, entry, state.fileTransfer.nextId), destination);
}

/** Deletes one destination (404 when the settings or the destination are missing). */
export function deleteExportDestination(state: InventoryState, settingsName: string, kind: DestinationKind, name: string): Result<InventoryState, ExportDestination> {
  const settings = findSettings(state, settingsName);
  if (!settings) return fail(missing("exportSettingsName", `Export settings ${settingsName} not found`));
  const old = settings[kind].find((d) => d.name === name);
  if (!old) return fail(missing(kind === "ftp" ? "exportSettingsFTPName" : "exportSettingsS3Name", `${kind.toUpperCase()} destination ${name} not found in ${settingsName}`));
  const entry = { ...settings, [kind]: settings[kind].filter((d) => d.id !== old.id) };
  return ok(replaceSettings(state, entry, state.fileTransfer.nextId), old);
}

/** The export settings of that name, if any. */
function findSettings(state: InventoryState, name: string): ExportSettingsEntry | undefined {
  return state.fileTransfer.exportSettings.find((e) => e.name === name);
}

/** Every export settings in creation order, or only the one named (none when it does not exist). */
export function listExportSettings(state: InventoryState, name?: string): readonly ExportSettingsEntry[] {
  return name === undefined ? state.fileTransfer.exportSettings : state.fileTransfer.exportSettings.filter((e) => e.name === name);
}

/**
 * What an export run would use: the named settings (or every one), narrowed to the named FTP or
 * S3 destination. 404 for a name that does not exist; 400 when nothing would run (no settings) or
 * a destination is named without settings.
 */
export function exportTargets(state: InventoryState, request: ExportRunRequest): Answer<ExportTarget[]> {
  const { settingsName, ftpName, s3Name } = request;
  if (settingsName === undefined) {
    if (ftpName !== undefined || s3Name !== undefined)
      return fail(invalid("exportSettingsName", "exportSettingsName is required when a destination is named"));
    if (state.fileTransfer.exportSettings.length === 0) return fail(missing("exportSettingsName", "The tenant has no export settings; create some first"));
    return answer(state.fileTransfer.exportSettings.map((settings) => ({ settings, ftp: settings.ftp, s3: settings.s3 })));
  }
  const settings = findSettings(state, settingsName);
  if (!settings) return fail(missing("exportSettingsName", `Export settings ${settingsName} not found`));
  if (ftpName === undefined && s3Name === undefined) return answer([{ settings, ftp: settings.ftp, s3: settings.s3 }]);
  const ftp = ftpName === undefined ? [] : settings.ftp.filter((d) => d.name === ftpName);
  const s3 = s3Name === undefined ? [] : settings.s3.filter((d) => d.name === s3Name);
  if (ftpName !== undefined && ftp.length === 0) return fail(missing("exportSettingsFTPName", `FTP destination ${ftpName} not found in ${settingsName}`));
  if (s3Name !== undefined && s3.length === 0) return fail(missing("exportSettingsS3Name", `S3 destination ${s3Name} not found in ${settingsName}`));
  return answer([{ settings, ftp, s3 }]);
}

/**
 * Records an export run of `settings` as a finished EXPORT job: SUCCESS with the file and its row
 * count, or FAILED with the reasons. The job is tenant-wide (`locationCode` "").
 */
export function recordExportJob(state: InventoryState, settings: ExportSettingsEntry, outcome: ExportOutcome, now: number): [Job, InventoryState] {
  const [jobId, s] = nextId(state, "jobId");
  const at = toIso(now);
  const base = { jobId, type: "EXPORT", locationCode: "", added: at, started: at, finished: at, exportSettingsId: settings.id } as const;
  const job: Job =
    "file" in outcome
      ? { ...base, status: "SUCCESS", itemCount: outcome.rows, messages: [...outcome.messages], file: outcome.file }
      : { ...base, status: "FAILED", itemCount: 0, messages: [...outcome.failure] };
  return [job, { ...s, jobs: s.jobs.set(jobId, job) }];
}
