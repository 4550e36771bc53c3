// Entry `@kibo-inventory/spec/rules`: Kibo's limits and the granular field rules as plain values,
// without zod (the package's `.` entry exports them too, beside the schemas that use them).

// ---------------------------------------------------------------------------------------------
// Limits of one call
// ---------------------------------------------------------------------------------------------
export { ADJUST_ITEM_LIMIT, ALLOCATE_ITEM_LIMIT, DELETE_ITEM_LIMIT, QUANTITY_MAX, QUANTITY_MIN, REFRESH_ITEM_LIMIT } from "./limits.js";

// ---------------------------------------------------------------------------------------------
// Granular fields and dates
// ---------------------------------------------------------------------------------------------
export {
  CONDITION_MAX_LENGTH,
  GRANULAR_DATE_FORMS,
  GRANULAR_DATE_PATTERN,
  GRANULAR_MAX_LENGTHS,
  type ImportDateOptions,
  KIBO_DATE_TIME_PATTERN,
  LOT_CODE_MAX_LENGTH,
  normalizeImportDate,
  SERIAL_NUMBER_MAX_LENGTH,
  SERIAL_NUMBER_MAX_UNITS,
} from "./granular.js";
