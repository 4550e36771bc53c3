import type { OperationList } from "../registry.js";
import { deleteFetchConfigHandler, getFetchConfigHandler, saveFetchConfigHandler, testConnection } from "./fetch-config.js";

/** The fetch-file configuration (workflow 5, modelled). */
export const fetchFileOperations = {
  getFetchConfig: getFetchConfigHandler,
  saveFetchConfig: saveFetchConfigHandler,
  deleteFetchConfig: deleteFetchConfigHandler,
  testConnection,
} satisfies OperationList;
