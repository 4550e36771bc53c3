// The names the limits had before they were defined once in ./limits.ts, kept for existing imports.
import { ADJUST_ITEM_LIMIT, DELETE_ITEM_LIMIT, REFRESH_ITEM_LIMIT } from "./limits.js";

/** @deprecated Renamed {@link REFRESH_ITEM_LIMIT}, the name the engine and the SDK use too. */
export const REFRESH_MAX_ITEMS = REFRESH_ITEM_LIMIT;
/** @deprecated Renamed {@link ADJUST_ITEM_LIMIT}, the name the engine and the SDK use too. */
export const ADJUST_MAX_ITEMS = ADJUST_ITEM_LIMIT;
/** @deprecated Renamed {@link DELETE_ITEM_LIMIT}, the name the engine uses too. */
export const DELETE_ITEMS_MAX_ITEMS = DELETE_ITEM_LIMIT;
