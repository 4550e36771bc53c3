/**
 * Export settings on the wire (modelled, workflow 3): wire bodies ↔ the engine's stored entries.
 * The engine keeps the name and the destinations; every other field is stored as sent.
 */
import type { ConfigFields, ExportDestination, ExportDestinationInput, ExportSettingsEntry, ExportSettingsInput, InventoryDomainError, Result } from "@kibo-inventory/engine";
import type { components } from "@kibo-inventory/spec";
import { checkCron } from "../shared/cron.js";

type Schemas = components["schemas"];
type WireFtp = Schemas["ExportSettingsFTP"];
type WireS3 = Schemas["ExportSettingsS3"];

/** What the wire sends as settings: the engine keeps `name` and the destinations apart from the rest. */
export function settingsInput(wire: Schemas["ExportSettings"]): ExportSettingsInput {
  checkCron(wire.cronExpression, "exportSettings.cronExpression");
  const { name, ftpInformation, s3Information, ...fields } = wire;
  return { name, fields, ftp: ftpInformation.map(destinationInput), s3: (s3Information ?? []).map(destinationInput) };
}

/** A destination as the engine keeps it: its name, and its other fields without the ids (the server hands those out). */
export function destinationInput(wire: WireFtp | WireS3): ExportDestinationInput {
  const { name, exportSettingsID: _s, ...rest } = wire;
  const { exportSettingsFTPID: _f, exportSettingsS3ID: _3, ...fields } = rest as WireFtp & WireS3;
  return { name, fields };
}

/** A destination as answered, with its ids. */
function destinationToWire(settings: ExportSettingsEntry, d: ExportDestination, kind: "ftp" | "s3"): ConfigFields {
  return kind === "ftp"
    ? { ...d.fields, name: d.name, exportSettingsFTPID: d.id, exportSettingsID: settings.id }
    : { ...d.fields, name: d.name, exportSettingsS3ID: d.id, exportSettingsID: settings.id };
}

/** Stored settings as `GetExportSettingsResponse`. */
export function settingsToWire(entry: ExportSettingsEntry): Schemas["GetExportSettingsResponse"] {
  return {
    exportSettings: {
      ...(entry.fields as Omit<Schemas["ExportSettings"], "name" | "ftpInformation" | "s3Information">),
      name: entry.name,
      ftpInformation: entry.ftp.map((d) => destinationToWire(entry, d, "ftp") as WireFtp),
      s3Information: entry.s3.map((d) => destinationToWire(entry, d, "s3") as WireS3),
    },
  };
}

/** Engine field paths of export settings → the wire's (`ftp[1].name` → `exportSettings.ftpInformation[1].name`). */
export function relabelSettingsError<S, V>(result: Result<S, V>, prefix: string): Result<S, V> {
  if (result.ok) return result;
  const wire = (field: string) =>
    field.replace(/^ftp\[/, "ftpInformation[").replace(/^s3\[/, "s3Information[").replace(/^(?=name$|ftpInformation|s3Information)/, prefix);
  const error: InventoryDomainError = { ...result.error, details: result.error.details.map((d) => ({ ...d, field: wire(d.field) })) };
  return { ok: false, error };
}

