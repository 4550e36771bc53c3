/**
 * Export settings (modelled, the developer guide's workflow 3): create, read, replace and delete
 * named settings and their FTP and S3 destinations, stored per tenant. A taken name is 409
 * `JOB_ALREADY_EXISTS`; add-ons need settings that exist (404); a bad `cronExpression` is 400
 * naming it. Nothing is sent anywhere.
 */
import {
  addExportDestination,
  createExportSettings,
  deleteExportDestination,
  deleteExportSettings,
  type DestinationKind,
  listExportSettings,
  updateExportDestination,
  updateExportSettings,
} from "@kibo-inventory/engine";
import { ExportSettingsFTPRequestSchema, ExportSettingsRequestSchema, ExportSettingsS3RequestSchema } from "@kibo-inventory/spec";
import type { TenantRouteContext, TenantRouteHandler } from "../../http/route.js";
import { unwrapResult } from "../../mapping/engine-errors.js";
import { tenantInventory } from "../shared/tenant-inventory.js";
import { destinationInput, relabelSettingsError, settingsInput, settingsToWire } from "./export-wire.js";

/** operationId `getExportSettings` — `GET /commerce/inventory/v1/export`: every settings, or the one named (`[]` when none). */
export const getExportSettings: TenantRouteHandler = (ctx) => {
  const name = ctx.query.get("exportSettingsName") ?? undefined;
  return ctx.json(listExportSettings(tenantInventory(ctx), name).map(settingsToWire));
};

/** operationId `createExportSettings` — `POST /commerce/inventory/v1/export/create`: 409 `JOB_ALREADY_EXISTS` for a taken name. */
export const createExportSettingsHandler: TenantRouteHandler = async (ctx) => {
  const body = await ctx.body(ExportSettingsRequestSchema);
  const { state, value } = unwrapResult(relabelSettingsError(createExportSettings(tenantInventory(ctx), settingsInput(body.exportSettings)), "exportSettings."));
  ctx.tenant.setInventory(state);
  return ctx.json({ exportSettingsName: value.name });
};

/** operationId `updateExportSettings` — `POST /commerce/inventory/v1/export/update`: replaces the settings of that name (404 when none). */
export const updateExportSettingsHandler: TenantRouteHandler = async (ctx) => {
  const body = await ctx.body(ExportSettingsRequestSchema);
  const { state, value } = unwrapResult(relabelSettingsError(updateExportSettings(tenantInventory(ctx), settingsInput(body.exportSettings)), "exportSettings."));
  ctx.tenant.setInventory(state);
  return ctx.json({ tenantID: ctx.tenant.id, name: value.name, success: true, messages: [] });
};

/** operationId `deleteExportSettings` — `DELETE /commerce/inventory/v1/export/{exportSettingsName}`: `{deleted: 1}`. */
export const deleteExportSettingsHandler: TenantRouteHandler = (ctx) => {
  const { state } = unwrapResult(deleteExportSettings(tenantInventory(ctx), ctx.params.exportSettingsName ?? ""), { fieldNames: { exportSettingsName: "path.exportSettingsName" } });
  ctx.tenant.setInventory(state);
  return ctx.json({ deleted: 1 });
};

type DestinationBody = { exportSettingsName: string } & ({ exportSettingsFTP: Parameters<typeof destinationInput>[0] } | { exportSettingsS3: Parameters<typeof destinationInput>[0] });

/** Reads an FTP or S3 add-on body; engine field `name` is the destination's name on the wire. */
async function destinationBody(ctx: TenantRouteContext, kind: DestinationKind): Promise<{ settingsName: string; field: string; body: DestinationBody }> {
  const body: DestinationBody = kind === "ftp" ? await ctx.body(ExportSettingsFTPRequestSchema) : await ctx.body(ExportSettingsS3RequestSchema);
  return { settingsName: body.exportSettingsName, field: kind === "ftp" ? "exportSettingsFTP" : "exportSettingsS3", body };
}

const destinationOf = (body: DestinationBody) => destinationInput("exportSettingsFTP" in body ? body.exportSettingsFTP : body.exportSettingsS3);

function addDestination(kind: DestinationKind): TenantRouteHandler {
  return async (ctx) => {
    const { settingsName, field, body } = await destinationBody(ctx, kind);
    const { state, value } = unwrapResult(addExportDestination(tenantInventory(ctx), settingsName, kind, destinationOf(body)), { fieldNames: { name: `${field}.name` } });
    ctx.tenant.setInventory(state);
    return ctx.json(kind === "ftp" ? { exportSettingsName: settingsName, exportSettingsFTPName: value.name } : { exportSettingsName: settingsName, exportSettingsS3Name: value.name });
  };
}

function updateDestination(kind: DestinationKind): TenantRouteHandler {
  return async (ctx) => {
    const { settingsName, field, body } = await destinationBody(ctx, kind);
    const inventory = tenantInventory(ctx);
    const { state, value } = unwrapResult(updateExportDestination(inventory, settingsName, kind, destinationOf(body)), { fieldNames: { name: `${field}.name` } });
    ctx.tenant.setInventory(state);
    const settingsId = listExportSettings(state, settingsName)[0]?.id;
    return ctx.json(
      kind === "ftp"
        ? { tenantID: ctx.tenant.id, exportSettingsName: settingsName, exportSettingsFTPName: value.name, success: true, messages: [] }
        : { tenantID: ctx.tenant.id, exportSettingsID: settingsId, exportSettingsS3ID: value.id, success: true, messages: [] },
    );
  };
}

function deleteDestination(kind: DestinationKind): TenantRouteHandler {
  const param = kind === "ftp" ? "exportSettingsFTPName" : "exportSettingsS3Name";
  return (ctx) => {
    const { state } = unwrapResult(deleteExportDestination(tenantInventory(ctx), ctx.params.exportSettingsName ?? "", kind, ctx.params[param] ?? ""), {
      fieldNames: { exportSettingsName: "path.exportSettingsName", [param]: `path.${param}` },
    });
    ctx.tenant.setInventory(state);
    return ctx.json({ deleted: 1 });
  };
}

/** operationId `createExportSettingsFTP` — `POST /commerce/inventory/v1/export/ftp/create`. */
export const createExportSettingsFTP = addDestination("ftp");
/** operationId `createExportSettingsS3` — `POST /commerce/inventory/v1/export/s3/create`. */
export const createExportSettingsS3 = addDestination("s3");
/** operationId `updateExportSettingsFTP` — `POST /commerce/inventory/v1/export/ftp/update`. */
export const updateExportSettingsFTP = updateDestination("ftp");
/** operationId `updateExportSettingsS3` — `POST /commerce/inventory/v1/export/s3/update`. */
export const updateExportSettingsS3 = updateDestination("s3");
/** operationId `deleteExportSettingsFTP` — `DELETE /commerce/inventory/v1/export/ftp/{exportSettingsName}/{exportSettingsFTPName}`. */
export const deleteExportSettingsFTP = deleteDestination("ftp");
/** operationId `deleteExportSettingsS3` — `DELETE /commerce/inventory/v1/export/s3/{exportSettingsName}/{exportSettingsS3Name}`. */
export const deleteExportSettingsS3 = deleteDestination("s3");
