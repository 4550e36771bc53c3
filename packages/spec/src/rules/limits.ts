// Kibo's documented limits on one call, defined once: the zod schemas, the SDK's bulk helpers and
// the importers read them from here. The engine keeps its own copy (it may import nothing); the
// root test test/rules-agree.test.ts asserts the two agree.

/** Most items one `refresh` call may carry (Kibo's documented limit; it suggests 3,000). */
export const REFRESH_ITEM_LIMIT = 12_000;
/** Most items one `adjust` call may carry (Kibo's documented limit; more is a 400). */
export const ADJUST_ITEM_LIMIT = 1_000;
/** Most items one `deleteItems` call may carry (Kibo's documented limit; it suggests 500). */
export const DELETE_ITEM_LIMIT = 1_000;

/**
 * Quantities are 32-bit signed integers, as in Kibo's API (`int32`): every quantity a request
 * carries, and every quantity the server stores (onHand, allocated, pending, available of a
 * record or a segment), stays within `QUANTITY_MIN`…`QUANTITY_MAX`. A write whose result would
 * leave that range is refused (400).
 */
export const QUANTITY_MAX = 2_147_483_647;
/** The smallest quantity (see {@link QUANTITY_MAX}). */
export const QUANTITY_MIN = -2_147_483_648;

/**
 * Most items one `allocateInventory`, `deallocateInventory` or `fulfillInventory` call may carry.
 * Kibo documents none for these calls; ours equals adjust's, so that one call cannot hold the
 * reference server for seconds (more is a 400).
 */
export const ALLOCATE_ITEM_LIMIT = 1_000;
