/**
 * The fetch-file configuration on the wire (modelled, workflow 5): the checks the contract's
 * shapes cannot express, the stored entry as answered, and the connection test that does no I/O.
 */
import type { FetchFileConfigEntry } from "@kibo-inventory/engine";
import type { components } from "@kibo-inventory/spec";
import type { KiboErrorItem } from "../../http/errors.js";
import { cronProblem, refuseItems } from "../shared/cron.js";

type Schemas = components["schemas"];

/**
 * The problems of a fetch-file configuration that the contract's shapes cannot express: a source
 * that can be reached (server, path and lock name set; an S3 source with its region), a one-
 * character delimiter and a cron schedule. Each names its field.
 */
export function fetchConfigProblems(body: Omit<Schemas["FetchFileConfigRequest"], "fetchFileConfigID">): KiboErrorItem[] {
  const items: KiboErrorItem[] = [];
  const bad = (field: string, message: string) => items.push({ field, code: "INVALID", message });
  for (const field of ["ftpServer", "ftpRemotePath", "lockName"] as const) if (body[field].trim() === "") bad(field, `${field} must not be empty`);
  if (/\s|\/|:/.test(body.ftpServer.trim())) bad("ftpServer", `ftpServer must be a host name without scheme, path or port, got ${JSON.stringify(body.ftpServer)}`);
  if (body.csvDelimiter !== undefined && [...body.csvDelimiter].length !== 1) bad("csvDelimiter", `csvDelimiter must be one character, got ${JSON.stringify(body.csvDelimiter)}`);
  if (body.bucket !== undefined && (body.region ?? "") === "") bad("region", "region is required with an S3 bucket");
  for (const field of ["s3Path", "archiveBucket", "s3ArchivePath"] as const)
    if (body[field] !== undefined && (body.bucket ?? "") === "") bad(field, `${field} needs an S3 bucket (bucket)`);
  if (body.postProcessAction < 0) bad("postProcessAction", "postProcessAction is a code ≥ 0");
  const cron = body.cronExpression === undefined ? undefined : cronProblem(body.cronExpression);
  if (cron !== undefined) items.push({ field: "cronExpression", code: "INVALID_CRON", message: cron });
  return items;
}

/** 400 naming each field of {@link fetchConfigProblems}; nothing when there are none. */
export function checkFetchConfig(body: Schemas["FetchFileConfigRequest"]): void {
  refuseItems(fetchConfigProblems(body));
}

/** The stored configuration as `FetchFileConfig` (Kibo's `MFetchFileConfig`). */
export function fetchConfigToWire(entry: FetchFileConfigEntry, tenantId: number): Schemas["FetchFileConfig"] {
  const { fetchFileConfigID: _id, testFTPConfigs: _t, locationCode: _l, pageNum: _n, pageSize: _p, sortBy: _s, userID: _u, ...fields } = entry.fields as Schemas["FetchFileConfigRequest"];
  return { ...fields, fetchFileConfigID: entry.id, tenantID: tenantId, lastModified: entry.lastModified, failedAttempts: 0 };
}

/** What a real connection test of `entry` would do, and the (empty) listing it answers. */
export function connectionTest(entry: FetchFileConfigEntry): Schemas["FetchFileConnectionResponse"] {
  const c = entry.fields as Schemas["FetchFileConfigRequest"];
  const port = c.ftpPort ?? 22;
  const checks = [
    `FTP: would connect to ${c.ftpServer}:${port} as ${c.ftpUsername} and list ${c.ftpRemotePath}${c.ftpRemotePathArchive === undefined ? "" : ` and ${c.ftpRemotePathArchive}`}`,
  ];
  const out: Schemas["FetchFileConnectionResponse"] = { ftpFiles: [], ftpArchiveFiles: [] };
  if (c.bucket !== undefined) {
    checks.push(`S3: would list s3://${c.bucket}/${c.s3Path ?? ""} in ${c.region ?? "?"}${c.archiveBucket === undefined ? "" : ` and s3://${c.archiveBucket}/${c.s3ArchivePath ?? ""}`}`);
    out.s3Files = [];
    out.s3ArchiveFiles = [];
  }
  checks.push("No connection was made: the reference server does no network I/O, so it lists no files.");
  out.checks = checks;
  return out;
}
