/**
 * How many items one allocate call may carry. Kibo documents no limit for it; ours equals adjust's,
 * so that no single call holds the reference server for long (issue 14). `@kibo-inventory/spec`
 * holds the wire copy (test/rules-agree.test.ts), where it bounds deallocate and fulfill too (they
 * share allocate's body). Submitting an order allocates its lines without this limit.
 */
import { detail, domainError, type InventoryDomainError } from "./errors.js";

/** Most items per allocate request. */
export const ALLOCATE_ITEM_LIMIT = 1_000;

/** The error for an allocate request of `count` items when it is past the limit. */
export function allocationLimitError(count: number): InventoryDomainError | undefined {
  if (count <= ALLOCATE_ITEM_LIMIT) return undefined;
  return domainError("limit_exceeded", `An allocate takes at most ${ALLOCATE_ITEM_LIMIT} items`, [
    detail("items", "too_many_items", `${count} items exceed the limit of ${ALLOCATE_ITEM_LIMIT}`),
  ]);
}
