/**
 * operationId `runExport` — `POST /commerce/inventory/v1/export` (modelled, the developer guide's
 * workflow 4): one EXPORT job per settings run, finished at once, whose file is the tenant's
 * inventory in the CSV import format (readable from `GET /__mock/exports/{jobID}`). No file goes
 * to FTP or S3; the job's messages name where it would have gone.
 */
import {
  type AggregateMode,
  type ExportOutcome,
  exportRows,
  type ExportTarget,
  exportTargets,
  type InventoryState,
  listTagCategories,
  recordExportJob,
} from "@kibo-inventory/engine";
import { type components, ExportInventoryRequestSchema } from "@kibo-inventory/spec";
import type { TenantRouteHandler } from "../../http/route.js";
import { unwrapAnswer } from "../../mapping/engine-errors.js";
import { formatInventoryCsv } from "../../seed/csv-export.js";
import { tenantInventory } from "../shared/tenant-inventory.js";

type WireSettings = components["schemas"]["ExportSettings"];
type WireFtp = components["schemas"]["ExportSettingsFTP"];
type WireS3 = components["schemas"]["ExportSettingsS3"];

/** `SAFETY_STOCK_MAX` → `MAX`; absent stays absent. */
const mode = (value: string | undefined): AggregateMode | undefined => (value === undefined ? undefined : (value.slice(value.lastIndexOf("_") + 1) as AggregateMode));

/** The file of one settings run over `state`, with what would have happened to it. */
function outcome(state: InventoryState, target: ExportTarget, jobId: number, development: boolean): ExportOutcome {
  const settings = target.settings.fields as Omit<WireSettings, "name" | "ftpInformation" | "s3Information">;
  if (settings.fileFormat === "XML") return { failure: ["fileFormat XML: XML export files are not simulated by the reference server; use CSV"] };
  const safetyStock = mode(settings.safetyStock);
  const floor = mode(settings.floor);
  const ltd = mode(settings.ltd);
  const rows = exportRows(state, {
    exportType: settings.exportType,
    onlyActiveLocations: settings.onlySendActiveLocations === true,
    directShip: settings.directShip === true,
    pickup: settings.pickup === true,
    transfer: settings.transfer === true,
    ...(safetyStock === undefined ? {} : { safetyStock }),
    ...(floor === undefined ? {} : { floor }),
    ...(ltd === undefined ? {} : { ltd }),
  });
  const csv = formatInventoryCsv(
    rows,
    listTagCategories(state).map((c) => c.name),
    settings.exportType === "LOCATION",
  );
  if (!csv.ok) return { failure: [csv.message] };
  const drop = development ? "the development drop point of " : "";
  const messages = [
    `file: GET /__mock/exports/${jobId} (${rows.length} rows)`,
    ...target.ftp.map((d) => {
      const f = d.fields as Partial<WireFtp>;
      return `not sent to ${drop}FTP destination ${d.name} (${f.ftpServer ?? "?"}:${f.ftpPort ?? "?"}${f.ftpDirectory ?? ""}): the reference server moves no files`;
    }),
    ...target.s3.map((d) => {
      const f = d.fields as Partial<WireS3>;
      return `not sent to ${drop}S3 destination ${d.name} (s3://${f.bucket ?? "?"} in ${f.region ?? "?"}): the reference server moves no files`;
    }),
  ];
  return { file: csv.text, rows: rows.length, messages };
}

export const runExport: TenantRouteHandler = async (ctx) => {
  const body = await ctx.body(ExportInventoryRequestSchema);
  const start = tenantInventory(ctx);
  const targets = unwrapAnswer(
    exportTargets(start, {
      ...(body.exportSettingsName === undefined ? {} : { settingsName: body.exportSettingsName }),
      ...(body.exportSettingsFTPName === undefined ? {} : { ftpName: body.exportSettingsFTPName }),
      ...(body.exportSettingsS3Name === undefined ? {} : { s3Name: body.exportSettingsS3Name }),
    }),
  );
  let state = start;
  const exportInventoryJobResponses: { exportSettingsID: number; jobID: number }[] = [];
  for (const target of targets) {
    const [job, next] = recordExportJob(state, target.settings, outcome(start, target, state.counters.jobId, body.development === true), ctx.server.clock.nowMs());
    state = next;
    exportInventoryJobResponses.push({ exportSettingsID: target.settings.id, jobID: job.jobId });
  }
  ctx.tenant.setInventory(state);
  return ctx.json({ exportInventoryJobResponses });
};
