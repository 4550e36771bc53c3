// Request bodies of the export calls: create/update export settings (plain, FTP, S3) and runExport.
import * as z from "zod";
import type { components } from "../generated/inventory.js";
import type { SchemaMatches } from "../internal/type-equals.js";
import { baseRequestShape, TagsSchema } from "./fields.js";

type Schemas = components["schemas"];

const portSchema = z.int("ports are whole numbers").min(1, "ports run from 1").max(65_535, "ports run up to 65535");

/** An FTP destination of an export. */
export const ExportSettingsFTPSchema = z.object({
  name: z.string().min(1, "name must not be empty"),
  ftpServer: z.string(),
  ftpPort: portSchema,
  ftpDirectory: z.string(),
  ftpUser: z.string().exactOptional(),
  ftpPassword: z.string().exactOptional(),
  active: z.boolean().exactOptional(),
  exportSettingsFTPID: z.int().exactOptional(),
  exportSettingsID: z.int().exactOptional(),
  controlFile: z.string().exactOptional(),
  controlFileEmail: z.string().exactOptional(),
  controlFileName: z.string().exactOptional(),
  ftpDirectoryControlFile: z.string().exactOptional(),
  deliveryClass: z.string().exactOptional(),
  endpoint: z.string().exactOptional(),
  environment: z.string().exactOptional(),
  remoteFileName: z.string().exactOptional(),
});

/** An S3 destination of an export. */
export const ExportSettingsS3Schema = z.object({
  name: z.string().min(1, "name must not be empty"),
  bucket: z.string(),
  region: z.string(),
  active: z.boolean().exactOptional(),
  exportSettingsS3ID: z.int().exactOptional(),
  exportSettingsID: z.int().exactOptional(),
});

/** What an export contains, in which format, and where it goes. */
export const ExportSettingsSchema = z.object({
  name: z.string().min(1, "name must not be empty"),
  cronExpression: z.string().exactOptional(),
  exportType: z.enum(["AGGREGATE", "LOCATION"]),
  fileFormat: z.enum(["XML", "CSV"]),
  ftpInformation: z.array(ExportSettingsFTPSchema),
  s3Information: z.array(ExportSettingsS3Schema).exactOptional(),
  fileName: z.string().exactOptional(),
  zipFileName: z.string().exactOptional(),
  untransformedFileName: z.string().exactOptional(),
  untransformedZipFileName: z.string().exactOptional(),
  floor: z.enum(["FLOOR_MAX", "FLOOR_MIN", "FLOOR_AVG", "FLOOR_SUM"]).exactOptional(),
  ltd: z.enum(["LTD_MAX", "LTD_MIN", "LTD_AVG", "LTD_SUM"]).exactOptional(),
  safetyStock: z.enum(["SAFETY_STOCK_MAX", "SAFETY_STOCK_MIN", "SAFETY_STOCK_AVG", "SAFETY_STOCK_SUM"]).exactOptional(),
  productMapping: z.enum(["SWAP_PART_NUMBER_WITH_UPC", "SWAP_SKU_WITH_UPC"]).exactOptional(),
  locationGroupIDs: z.array(z.int()).exactOptional(),
  siteIDs: z.array(z.int()).exactOptional(),
  tags: TagsSchema.exactOptional(),
  directShip: z.boolean().exactOptional(),
  pickup: z.boolean().exactOptional(),
  transfer: z.boolean().exactOptional(),
  exportSingleFile: z.boolean().exactOptional(),
  ignoreNegativeInventoryLocations: z.boolean().exactOptional(),
  includeAttributes: z.boolean().exactOptional(),
  isClassic: z.boolean().exactOptional(),
  onlySendActiveLocations: z.boolean().exactOptional(),
  onlySendAvailable: z.boolean().exactOptional(),
  shortenFilename: z.boolean().exactOptional(),
  zipFiles: z.boolean().exactOptional(),
});

/** Body of `createExportSettings` and `updateExportSettings`. */
export const ExportSettingsRequestSchema = z.object({
  exportSettings: ExportSettingsSchema,
  ...baseRequestShape,
});

/** Body of `createExportSettingsFTP` and `updateExportSettingsFTP`. */
export const ExportSettingsFTPRequestSchema = z.object({
  exportSettingsName: z.string().min(1, "exportSettingsName must not be empty"),
  exportSettingsFTP: ExportSettingsFTPSchema,
  ...baseRequestShape,
});

/** Body of `createExportSettingsS3` and `updateExportSettingsS3`. */
export const ExportSettingsS3RequestSchema = z.object({
  exportSettingsName: z.string().min(1, "exportSettingsName must not be empty"),
  exportSettingsS3: ExportSettingsS3Schema,
  ...baseRequestShape,
});

/** Body of `runExport`. */
export const ExportInventoryRequestSchema = z.object({
  exportSettingsName: z.string().exactOptional(),
  exportSettingsFTPName: z.string().exactOptional(),
  exportSettingsS3Name: z.string().exactOptional(),
  development: z.boolean().exactOptional(),
  ...baseRequestShape,
});

const _ftp: SchemaMatches<typeof ExportSettingsFTPSchema, Schemas["ExportSettingsFTP"]> = true;
const _s3: SchemaMatches<typeof ExportSettingsS3Schema, Schemas["ExportSettingsS3"]> = true;
const _settings: SchemaMatches<typeof ExportSettingsSchema, Schemas["ExportSettings"]> = true;
const _settingsRequest: SchemaMatches<typeof ExportSettingsRequestSchema, Schemas["ExportSettingsRequest"]> = true;
const _ftpRequest: SchemaMatches<typeof ExportSettingsFTPRequestSchema, Schemas["ExportSettingsFTPRequest"]> = true;
const _s3Request: SchemaMatches<typeof ExportSettingsS3RequestSchema, Schemas["ExportSettingsS3Request"]> = true;
const _runExport: SchemaMatches<typeof ExportInventoryRequestSchema, Schemas["ExportInventoryRequest"]> = true;
