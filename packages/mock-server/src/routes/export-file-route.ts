/**
 * `GET /__mock/exports/{jobID}` (openapi/mock-controls.yaml; not part of Kibo's API): the file an
 * export run wrote, as Kibo would have sent it to FTP or S3 — CSV in the import format. The tenant
 * is `?tenant=` or `x-vol-tenant`, else the server's default.
 */
import { getJob, listExportSettings } from "@kibo-inventory/engine";
import type { RouteDefinition } from "../http/route.js";
import { badRequest, notFound } from "../mapping/engine-errors.js";
import { type SettingsControls, tenantOf } from "./settings-routes.js";

/** `getExportFile`: the CSV of a successful EXPORT job; 404 for any other job id. */
export function exportFileRoutes(controls: SettingsControls): RouteDefinition[] {
  return [
    {
      method: "GET",
      path: "/__mock/exports/{jobID}",
      operationId: "getExportFile",
      access: "control",
      handler: (ctx) => {
        const tenantId = tenantOf(ctx, controls);
        const raw = ctx.params.jobID ?? "";
        if (!/^\d{1,15}$/.test(raw)) throw badRequest(`jobID must be a positive integer, got ${JSON.stringify(raw)}`, "path.jobID", "INVALID_TYPE");
        const state = controls.inventory(tenantId);
        const job = getJob(state, Number(raw));
        if (job?.type !== "EXPORT" || job.file === undefined) throw notFound(`Job ${raw} is not an export with a file`, "path.jobID");
        const name = listExportSettings(state).find((e) => e.id === job.exportSettingsId)?.name ?? "export";
        const filename = `${name.replace(/[^A-Za-z0-9._-]/g, "_")}-${job.jobId}.csv`;
        return new Response(job.file, {
          status: 200,
          headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${filename}"` },
        });
      },
    },
  ];
}
