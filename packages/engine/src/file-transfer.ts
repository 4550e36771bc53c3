/**
 * File-transfer configuration of a tenant (the developer guide's workflows 3–5): named export
 * settings with their FTP and S3 destinations, and the one fetch-file configuration. The engine
 * keeps the identity rules — names unique, add-ons only on settings that exist, ids from one
 * counter — and stores every other field as data it does not read (`fields`); the server checks
 * those against the contract before they get here. Nothing here moves a file.
 */

/** Configuration values stored as given (checked by the caller against the contract). */
export type ConfigFields = Readonly<Record<string, unknown>>;

/** Where an export goes: an FTP or an S3 destination of one export settings. */
export type DestinationKind = "ftp" | "s3";

/** One FTP or S3 destination; `name` is unique among the destinations of its kind in its settings. */
export interface ExportDestination {
  readonly id: number;
  readonly name: string;
  readonly fields: ConfigFields;
}

/** One named export settings; `name` is unique in the tenant. */
export interface ExportSettingsEntry {
  readonly id: number;
  readonly name: string;
  readonly fields: ConfigFields;
  readonly ftp: readonly ExportDestination[];
  readonly s3: readonly ExportDestination[];
}

/** The tenant's fetch-file configuration (Kibo keeps one per tenant). */
export interface FetchFileConfigEntry {
  readonly id: number;
  /** ISO-8601 UTC time of the last save. */
  readonly lastModified: string;
  readonly fields: ConfigFields;
}

/** Export settings and fetch-file configuration of one tenant. */
export interface FileTransferState {
  /** In creation order. */
  readonly exportSettings: readonly ExportSettingsEntry[];
  /** Absent until saved. */
  readonly fetchConfig: FetchFileConfigEntry | null;
  /** The next id to hand out (settings, destinations and fetch configurations share it). */
  readonly nextId: number;
}

/** A tenant without export settings or fetch-file configuration. */
export const EMPTY_FILE_TRANSFER: FileTransferState = Object.freeze({ exportSettings: [], fetchConfig: null, nextId: 1 });
