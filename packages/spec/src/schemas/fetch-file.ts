// Request body of saveFetchConfig.
import * as z from "zod/mini";
import type { components } from "../generated/inventory.js";
import type { SchemaMatches } from "../internal/type-equals.js";
import { baseRequestShape } from "./fields.js";

type Schemas = components["schemas"];

/** Body of `saveFetchConfig`: where to fetch inventory files from and how to process them. */
export const FetchFileConfigRequestSchema = z.object({
  fetchFileConfigID: z.exactOptional(z.int()),
  cronExpression: z.exactOptional(z.string()),
  active: z.boolean(),
  ftpServer: z.string(),
  ftpUsername: z.string(),
  ftpPassword: z.string(),
  ftpPort: z.exactOptional(
    z
      .int("ports are whole numbers")
      .check(z.minimum(1, "ports run from 1"), z.maximum(65_535, "ports run up to 65535")),
  ),
  ftpRemotePath: z.string(),
  ftpRemotePathArchive: z.exactOptional(z.string()),
  bucket: z.exactOptional(z.string()),
  archiveBucket: z.exactOptional(z.string()),
  region: z.exactOptional(z.string()),
  s3Path: z.exactOptional(z.string()),
  s3ArchivePath: z.exactOptional(z.string()),
  lockName: z.string(),
  postProcessAction: z.int("postProcessAction is a numeric code"),
  csvDelimiter: z.exactOptional(z.string()),
  emailList: z.exactOptional(z.string()),
  fieldNameMap: z.exactOptional(z.array(z.string())),
  refreshEnabled: z.exactOptional(z.boolean()),
  refreshFileDescription: z.exactOptional(z.string()),
  updateEnabled: z.exactOptional(z.boolean()),
  updateFileDescription: z.exactOptional(z.string()),
  productMapping: z.exactOptional(z.enum(["SWAP_PART_NUMBER_WITH_UPC", "SWAP_SKU_WITH_UPC"])),
  blankQuantityIsZero: z.exactOptional(z.boolean()),
  ignoreExtraFields: z.exactOptional(z.boolean()),
  multipleFiles: z.exactOptional(z.boolean()),
  useControlFile: z.exactOptional(z.boolean()),
  zeroOutNegatives: z.exactOptional(z.boolean()),
  testFTPConfigs: z.exactOptional(z.boolean()),
  ...baseRequestShape,
});

const _fetchFileConfig: SchemaMatches<typeof FetchFileConfigRequestSchema, Schemas["FetchFileConfigRequest"]> = true;
