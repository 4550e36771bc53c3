import type { CommerceOperationId, OperationId } from "@kibo-inventory/spec";
import type { TenantRouteHandler } from "../http/route.js";

/**
 * A list of operation handlers keyed by the spec's operationId. Each resource folder declares its
 * list with `satisfies OperationList`, so a mistyped id fails `tsc` instead of answering 501.
 */
export type OperationList = Partial<Record<OperationId, TenantRouteHandler>>;

/**
 * The same for openapi/commerce.yaml: handlers keyed by `CommerceOperationId` (`satisfies
 * CommerceOperationList`; a mistyped id fails `tsc`).
 */
export type CommerceOperationList = Partial<Record<CommerceOperationId, TenantRouteHandler>>;
