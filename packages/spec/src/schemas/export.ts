// Request bodies of the export calls: create/update export settings (plain, FTP, S3) and runExport.
import * as z from "zod/mini";
import type { components } from "../generated/inventory.js";
import type { SchemaMatches } from "../internal/type-equals.js";
import { baseRequestShape, TagsSchema } from "./fields.js";

type Schemas = components["schemas"];

const portSchema = z
  .int("ports are whole numbers")
  .check(z.minimum(1, "ports run from 1"), z.maximum(65_535, "ports run up to 65535"));

/** An FTP destination of an export. */
export const ExportSettingsFTPSchema = z.object({
  name: z.string().check(z.minLength(1, "name must not be empty")),
  ftpServer: z.string(),
  ftpPort: portSchema,
  ftpDirectory: z.string(),
  ftpUser: z.exactOptional(z.string()),
  ftpPassword: z.exactOptional(z.string()),
  active: z.exactOptional(z.boolean()),
  exportSettingsFTPID: z.exactOptional(z.int()),
  exportSettingsID: z.exactOptional(z.int()),
  controlFile: z.exactOptional(z.string()),
  controlFileEmail: z.exactOptional(z.string()),
  controlFileName: z.exactOptional(z.string()),
  ftpDirectoryControlFile: z.exactOptional(z.string()),
  deliveryClass: z.exactOptional(z.string()),
  endpoint: z.exactOptional(z.string()),
  environment: z.exactOptional(z.string()),
  remoteFileName: z.exactOptional(z.string()),
});

/** An S3 destination of an export. */
export const ExportSettingsS3Schema = z.object({
  name: z.string().check(z.minLength(1, "name must not be empty")),
  bucket: z.string(),
  region: z.string(),
  active: z.exactOptional(z.boolean()),
  exportSettingsS3ID: z.exactOptional(z.int()),
  exportSettingsID: z.exactOptional(z.int()),
});

/** What an export contains, in which format, and where it goes. */
export const ExportSettingsSchema = z.object({
  name: z.string().check(z.minLength(1, "name must not be empty")),
  cronExpression: z.exactOptional(z.string()),
  exportType: z.enum(["AGGREGATE", "LOCATION"]),
  fileFormat: z.enum(["XML", "CSV"]),
  ftpInformation: z.array(ExportSettingsFTPSchema),
  s3Information: z.exactOptional(z.array(ExportSettingsS3Schema)),
  fileName: z.exactOptional(z.string()),
  zipFileName: z.exactOptional(z.string()),
  untransformedFileName: z.exactOptional(z.string()),
  untransformedZipFileName: z.exactOptional(z.string()),
  floor: z.exactOptional(z.enum(["FLOOR_MAX", "FLOOR_MIN", "FLOOR_AVG", "FLOOR_SUM"])),
  ltd: z.exactOptional(z.enum(["LTD_MAX", "LTD_MIN", "LTD_AVG", "LTD_SUM"])),
  safetyStock: z.exactOptional(
    z.enum(["SAFETY_STOCK_MAX", "SAFETY_STOCK_MIN", "SAFETY_STOCK_AVG", "SAFETY_STOCK_SUM"]),
  ),
  productMapping: z.exactOptional(z.enum(["SWAP_PART_NUMBER_WITH_UPC", "SWAP_SKU_WITH_UPC"])),
  locationGroupIDs: z.exactOptional(z.array(z.int())),
  siteIDs: z.exactOptional(z.array(z.int())),
  tags: z.exactOptional(TagsSchema),
  directShip: z.exactOptional(z.boolean()),
  pickup: z.exactOptional(z.boolean()),
  transfer: z.exactOptional(z.boolean()),
  exportSingleFile: z.exactOptional(z.boolean()),
  ignoreNegativeInventoryLocations: z.exactOptional(z.boolean()),
  includeAttributes: z.exactOptional(z.boolean()),
  isClassic: z.exactOptional(z.boolean()),
  onlySendActiveLocations: z.exactOptional(z.boolean()),
  onlySendAvailable: z.exactOptional(z.boolean()),
  shortenFilename: z.exactOptional(z.boolean()),
  zipFiles: z.exactOptional(z.boolean()),
});

/** Body of `createExportSettings` and `updateExportSettings`. */
export const ExportSettingsRequestSchema = z.object({
  exportSettings: ExportSettingsSchema,
  ...baseRequestShape,
});

/** Body of `createExportSettingsFTP` and `updateExportSettingsFTP`. */
export const ExportSettingsFTPRequestSchema = z.object({
  exportSettingsName: z.string().check(z.minLength(1, "exportSettingsName must not be empty")),
  exportSettingsFTP: ExportSettingsFTPSchema,
  ...baseRequestShape,
});

/** Body of `createExportSettingsS3` and `updateExportSettingsS3`. */
export const ExportSettingsS3RequestSchema = z.object({
  exportSettingsName: z.string().check(z.minLength(1, "exportSettingsName must not be empty")),
  exportSettingsS3: ExportSettingsS3Schema,
  ...baseRequestShape,
});

/** Body of `runExport`. */
export const ExportInventoryRequestSchema = z.object({
  exportSettingsName: z.exactOptional(z.string()),
  exportSettingsFTPName: z.exactOptional(z.string()),
  exportSettingsS3Name: z.exactOptional(z.string()),
  development: z.exactOptional(z.boolean()),
  ...baseRequestShape,
});

const _ftp: SchemaMatches<typeof ExportSettingsFTPSchema, Schemas["ExportSettingsFTP"]> = true;
const _s3: SchemaMatches<typeof ExportSettingsS3Schema, Schemas["ExportSettingsS3"]> = true;
const _settings: SchemaMatches<typeof ExportSettingsSchema, Schemas["ExportSettings"]> = true;
const _settingsRequest: SchemaMatches<typeof ExportSettingsRequestSchema, Schemas["ExportSettingsRequest"]> = true;
const _ftpRequest: SchemaMatches<typeof ExportSettingsFTPRequestSchema, Schemas["ExportSettingsFTPRequest"]> = true;
const _s3Request: SchemaMatches<typeof ExportSettingsS3RequestSchema, Schemas["ExportSettingsS3Request"]> = true;
const _runExport: SchemaMatches<typeof ExportInventoryRequestSchema, Schemas["ExportInventoryRequest"]> = true;
