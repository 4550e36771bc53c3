import type { OperationList } from "../registry.js";
import {
  createExportSettingsFTP,
  createExportSettingsHandler,
  createExportSettingsS3,
  deleteExportSettingsFTP,
  deleteExportSettingsHandler,
  deleteExportSettingsS3,
  getExportSettings,
  updateExportSettingsFTP,
  updateExportSettingsHandler,
  updateExportSettingsS3,
} from "./export-settings.js";
import { runExport } from "./run-export.js";

/** Export settings and export runs (workflows 3 and 4, modelled). */
export const exportOperations = {
  getExportSettings,
  createExportSettings: createExportSettingsHandler,
  updateExportSettings: updateExportSettingsHandler,
  deleteExportSettings: deleteExportSettingsHandler,
  createExportSettingsFTP,
  createExportSettingsS3,
  updateExportSettingsFTP,
  updateExportSettingsS3,
  deleteExportSettingsFTP,
  deleteExportSettingsS3,
  runExport,
} satisfies OperationList;
