// Request body of saveFetchConfig.
import * as z from "zod";
import type { components } from "../generated/inventory.js";
import type { SchemaMatches } from "../internal/type-equals.js";
import { baseRequestShape } from "./fields.js";

type Schemas = components["schemas"];

/** Body of `saveFetchConfig`: where to fetch inventory files from and how to process them. */
export const FetchFileConfigRequestSchema = z.object({
  fetchFileConfigID: z.int().exactOptional(),
  cronExpression: z.string().exactOptional(),
  active: z.boolean(),
  ftpServer: z.string(),
  ftpUsername: z.string(),
  ftpPassword: z.string(),
  ftpPort: z.int("ports are whole numbers").min(1, "ports run from 1").max(65_535, "ports run up to 65535").exactOptional(),
  ftpRemotePath: z.string(),
  ftpRemotePathArchive: z.string().exactOptional(),
  bucket: z.string().exactOptional(),
  archiveBucket: z.string().exactOptional(),
  region: z.string().exactOptional(),
  s3Path: z.string().exactOptional(),
  s3ArchivePath: z.string().exactOptional(),
  lockName: z.string(),
  postProcessAction: z.int("postProcessAction is a numeric code"),
  csvDelimiter: z.string().exactOptional(),
  emailList: z.string().exactOptional(),
  fieldNameMap: z.array(z.string()).exactOptional(),
  refreshEnabled: z.boolean().exactOptional(),
  refreshFileDescription: z.string().exactOptional(),
  updateEnabled: z.boolean().exactOptional(),
  updateFileDescription: z.string().exactOptional(),
  productMapping: z.enum(["SWAP_PART_NUMBER_WITH_UPC", "SWAP_SKU_WITH_UPC"]).exactOptional(),
  blankQuantityIsZero: z.boolean().exactOptional(),
  ignoreExtraFields: z.boolean().exactOptional(),
  multipleFiles: z.boolean().exactOptional(),
  useControlFile: z.boolean().exactOptional(),
  zeroOutNegatives: z.boolean().exactOptional(),
  testFTPConfigs: z.boolean().exactOptional(),
  ...baseRequestShape,
});

const _fetchFileConfig: SchemaMatches<typeof FetchFileConfigRequestSchema, Schemas["FetchFileConfigRequest"]> = true;
