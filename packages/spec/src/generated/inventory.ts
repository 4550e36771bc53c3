// This file is auto-generated from openapi/ by `npm run generate`. Do not edit.
// Source: openapi/inventory.yaml. Regenerate: npm run generate -w @kibo-inventory/spec
export interface paths {
    "/platform/applications/authtickets/oauth": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get or refresh an access ticket
         * @description Exchanges an application's client id and shared secret for a bearer token
         *     (OAuth 2 client-credentials grant). To refresh, send the same body plus the
         *     `refresh_token` from the previous ticket; `grant_type` stays `client_credentials`.
         *     This call carries no `Authorization` and no `x-vol-*` headers.
         *
         *     Wrong credentials answer `401` with a body that has `errorCode` and `message`. The
         *     official SDK treats any body with `errorCode` as a failure, so error bodies must keep it.
         */
        post: operations["oauthAuthenticateApp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/tenants/{tenantId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the tenant. */
                tenantId: components["parameters"]["TenantIdPath"];
            };
            cookie?: never;
        };
        /**
         * Get a tenant
         * @description Returns a tenant and its sites. The official SDK calls this once per tenant before its
         *     first API call, sending only the `Authorization` header, and accepts only a `200`.
         *
         *     If the answer had a `domain`, the official SDK would switch its base URL to that host;
         *     this contract deliberately has no `domain` field, so the SDK keeps the host it was given.
         *     Kibo's tenant resource has more fields than this; we model the subset callers need.
         */
        get: operations["getTenant"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/inventory/v5/inventory": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query inventory
         * @description Looks up inventory rows for the requested products. Each row is one product at one
         *     location (one row per granular record when lot, date, condition or serial number are
         *     tracked), with its quantities and, when tags are in use, its segments in `taggedInventory`.
         *
         *     Naming a `locationCode` (at the top level or in `requestLocation`) switches to a
         *     by-location lookup; only then do `sortByEnum` and `sortDescending` apply. Without a
         *     location restriction the answer holds at most `limit` rows (by default 100 per requested
         *     product); codes in `locationPriorityList` come first and are never cut.
         *
         *     The answer is a bare JSON array. For real-time levels see `postQueryRealtimeInventory`.
         */
        post: operations["postQueryInventory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/inventory/v1/inventory": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query inventory (the developer guide's v1 path)
         * @description The path Kibo's inventory developer guide calls for Get Inventory. The same operation as
         *     `postQueryInventory` (`/commerce/inventory/v5/inventory`): the same body, rules and answer.
         */
        post: operations["postQueryInventoryV1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/inventory/v5/inventory/aggregate": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Aggregate inventory across locations
         * @description Sums each requested product's quantities over all matching locations, one row per
         *     product (and tag set). Future inventory can be included on its own or together with
         *     current stock, limited to a delivery-date window.
         */
        post: operations["aggregate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/realtime-inventory/v5/inventory": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query real-time inventory
         * @description The Real-Time Inventory Service's twin of `postQueryInventory`: the same request body,
         *     answered from live levels. Kibo documents it in prose and points to it from the regular
         *     query, but publishes no contract.
         *
         *     What is known, and modelled here: rows carry everything a regular inventory row has plus
         *     `active`, the granular fields and `hasInfiniteInventory`; future rows (at the top level
         *     and inside each tagged segment) also carry `externalID` and the location's BOPIS,
         *     ship-to-home and receiving processing times in hours. `includeItemsWithInfiniteInventoryFlag`
         *     asks for rows with infinite inventory to be included.
         */
        post: operations["postQueryRealtimeInventory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/realtime-inventory/graphql": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask the Real-Time Inventory Service a GraphQL question
         * @description A standard GraphQL-over-HTTP endpoint: the body names a query and its variables, the answer
         *     carries `data` and/or `errors`. A query that runs answers `200` even when `errors` is set;
         *     only a body that is not a GraphQL request is a `400`.
         *
         *     Kibo documents four queries; only one signature is published, so the argument lists are
         *     modelled:
         *
         *     - `getProductSiteAvailability(productCodes, tags, …flags)` — site-wide availability (ATS and
         *       ATP) per product.
         *     - `getGroupSiteAvailability(productCodes, tags, …flags)` — the same for several products at
         *       once, grouped per product.
         *     - `getProductAvailabilityAtLocations(productCodes, locationCodes, tags, …flags)` — availability
         *       per product per location.
         *     - `getGroupAvailabilityAtLocations(productCodes, locationCodes, tags, …flags)` — the same,
         *       grouped per product.
         *
         *     The flags every query accepts: `enforceConditionAvailibility` (Kibo's spelling: apply the
         *     tenant's condition-availability rules), `excludeExpiredInventory` (leave out records whose
         *     `date` has passed), `includeNegativeInventory` (default false: negative availability is
         *     reported as 0) and `includeFutureInventory` (add future inventory to ATP). `tags` is a list
         *     of `{name, value}` pairs naming one segment.
         */
        post: operations["postRealtimeInventoryGraphql"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/inventory/v5/inventory/refresh": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set absolute on-hand counts at one location
         * @description Sets the on-hand quantity of each item at the request's location to the number given
         *     (a full count, not a change). Allocated and pending quantities are left alone. Items with
         *     a `deliveryDate` create or update future inventory instead of current stock.
         *
         *     Refresh is queued as a job and answers with its id; poll `getJob` for the outcome. At most
         *     12,000 items per call (Kibo suggests 3,000); a larger request is a `400`.
         */
        post: operations["refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/inventory/v5/inventory/adjust": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change on-hand counts at one location by a signed amount
         * @description Adds each item's `quantity` to its on-hand count at the request's location: positive
         *     numbers add stock, negative numbers (with a minus sign) remove it, zero changes nothing.
         *     Items with a `deliveryDate` adjust future inventory instead.
         *
         *     Adjust is queued as a job and answers with its id. At most 1,000 items per call; a larger
         *     request is a `400`.
         */
        post: operations["adjust"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/inventory/v5/inventory/smart-refresh/": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refresh, synchronously when the payload is small
         * @description Takes the same body as `refresh`. The server decides from the payload size whether to apply
         *     it at once (`method: "sync"`, `jobID: null`) or to queue a job (`method: "async"` with the
         *     job's id, as a string). The path ends in a slash, exactly as Kibo publishes it.
         */
        post: operations["smartRefreshInventory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/inventory/v5/inventory/smart-adjust/": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Adjust, synchronously when the payload is small
         * @description Takes the same body as `adjust` and answers like `smartRefreshInventory`: `method: "sync"`
         *     with `jobID: null` when applied at once, `method: "async"` with a job id otherwise. The
         *     path ends in a slash, exactly as Kibo publishes it.
         */
        post: operations["smartAdjustInventory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/inventory/v5/inventory/delete": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete inventory records matching a product pattern
         * @description Deletes the inventory of the products whose `upc`, `partNumber` or `sku` match (basic
         *     regular-expression operators `.*+?^$[]` are allowed; groups, alternation and a quantifier
         *     on a quantifier are a `400`) at the given locations, or at every location when
         *     `allLocations` is set or no `locationCodes` are given. Deletion runs as one
         *     job per affected location; `dryRun` reports what would go without deleting anything, and
         *     `explicit` asks for per-record detail. (Kibo's SDK names this method `_delete`.)
         */
        post: operations["deleteInventory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/inventory/v5/inventory/deleteItems": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete inventory records for a list of products
         * @description Like `deleteInventory`, but for a list of product identifiers (each may use the same basic
         *     regular-expression operators). At most 1,000 items per call (Kibo suggests 500); a larger
         *     request is a `400`.
         */
        post: operations["deleteItems"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/inventory/v5/inventory/deleteFutureInventory": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete future inventory in a delivery-date window
         * @description Deletes future inventory records whose delivery date lies between `futureStartDate` and
         *     `futureEndDate` (both required), optionally narrowed to external ids, locations, a
         *     product pattern and granular values. `dryRun` and `explicit` work as for `deleteInventory`.
         */
        post: operations["deleteFutureInventory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/adjustFutureDate/{futureInventoryID}": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path: {
                /** @description Id of the future inventory record. */
                futureInventoryID: components["parameters"]["FutureInventoryIDPath"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Move a future inventory record to another delivery date
         * @description Changes the delivery date of one future inventory record. Unlike every other inventory
         *     path this one has no `/commerce/inventory` prefix; that is how Kibo publishes it and how the
         *     official SDK calls it.
         */
        put: operations["adjustFutureDate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/inventory/v5/inventory/allocate": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Allocate stock to order items
         * @description Reserves stock for each order item (order, item and shipment ids) from the item's tag
         *     segment at its location. Lot, date, condition and serial number narrow which granular
         *     records may be used; they are read only by this call. Units that cannot be covered become
         *     pending and are released into allocated as stock arrives. `futureDate` allocates against
         *     future inventory.
         */
        post: operations["allocateInventory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/inventory/v5/inventory/deallocate": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Release allocated stock
         * @description Returns allocated units of the given order items to the segments they came from. With
         *     `decrementOnHandOnDeallocate` the units also leave on-hand. `inventoryID` limits the call to
         *     one granular record; `blockAssignment` and `holdBlockAssignment` are honoured only here.
         *     This is also the way to clear items stuck in Allocated: a refresh never touches allocations.
         */
        post: operations["deallocateInventory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/inventory/v5/inventory/fulfill": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Fulfill allocated stock
         * @description Turns allocated units of the given order items into a final deduction from on-hand.
         *     `inventoryID` limits the call to one granular record.
         */
        post: operations["fulfillInventory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/inventory/v5/inventory/transitionCart": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a cart's reservation onto an order
         * @description Hands the stock reserved for a cart's items over to the order and shipment that the cart
         *     became. `transitionItemID`, when given, is used instead of `orderItemID`.
         */
        post: operations["transitionCart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/inventory/v5/inventory/blockAssignment": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Block or unblock products from assignment at a location
         * @description Marks products at the request's location as blocked (or no longer blocked) from order
         *     assignment. Queries can leave blocked product/location pairs out with
         *     `excludeBlockedAssignment`.
         */
        post: operations["blockAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/inventory/v5/inventory/getOrderItemInformation": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get the inventory history of an order's items
         * @description Reports, per order item and location, the current quantities and how many allocations,
         *     deallocations and fulfillments touched it, with the individual events. `picks` and
         *     `pendingQuantity` only matter for warehouse-managed locations.
         */
        post: operations["getOrderItemInformation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/inventory/v5/inventory/shipmentInventoryAllocations": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List the allocations behind shipments
         * @description For each requested shipment id, lists the current and future allocations of its items,
         *     keyed by the shipment id (as a string).
         */
        post: operations["getShipmentInventoryAllocations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/inventory/v1/queue/{jobID}": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path: {
                /** @description Id of the job. */
                jobID: components["parameters"]["JobIDPath"];
            };
            cookie?: never;
        };
        /**
         * Get a job
         * @description Returns one job of the queue. Poll it until `status` is `SUCCESS` or `FAILED`; times are
         *     ISO 8601 in UTC, and `itemCount` is filled for refresh and adjust jobs only.
         */
        get: operations["getJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/inventory/v1/queue": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List jobs
         * @description Lists the tenant's jobs, newest first, optionally only those of one location, owner, set
         *     of types or import file. `types` repeats in the query string (`types=REFRESH&types=ADJUST`).
         *     Paging follows the developer guide's standard `startIndex` (jobs to skip, 0 when absent) and
         *     `pageSize` (jobs to return); `limit` caps the page too (the smaller wins; 100 when neither
         *     is given). The `x-total-count` header carries the number of matching jobs before paging.
         */
        get: operations["getJobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/inventory/v1/tagCategory": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List tag categories
         * @description Lists every tag category of the tenant with its values.
         */
        get: operations["getTagCategoryAll"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/inventory/v1/tagCategory/{tagCategoryName}": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path: {
                /** @description Name of the tag category (URL-encoded, so `Channel Name` becomes `Channel%20Name`). */
                tagCategoryName: components["parameters"]["TagCategoryNamePath"];
            };
            cookie?: never;
        };
        /**
         * Get a tag category
         * @description Returns one tag category with its values.
         */
        get: operations["getTagCategory"];
        /**
         * Create or replace a tag category
         * @description Creates the category named in the path, or replaces the one that exists. Kibo has no
         *     separate create call for categories; this PUT is it. The first value is the default unless
         *     a value says `isDefault`. Percentages, when every value has one, must add up to 100;
         *     switching a category that has values between percentage and discrete mode is refused.
         */
        put: operations["updateTagCategory"];
        post?: never;
        /**
         * Delete a tag category
         * @description Deletes the category and its values. Refused while any of its segments still hold
         *     allocated or pending units.
         */
        delete: operations["deleteTagCategory"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/inventory/v1/tagCategory/{tagCategoryName}/tag": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path: {
                /** @description Name of the tag category (URL-encoded, so `Channel Name` becomes `Channel%20Name`). */
                tagCategoryName: components["parameters"]["TagCategoryNamePath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a value to a tag category
         * @description Adds one value to the category. Values are unique within their category.
         */
        post: operations["createTag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/inventory/v1/tagCategory/{tagCategoryName}/tag/{tagValue}": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path: {
                /** @description Name of the tag category (URL-encoded, so `Channel Name` becomes `Channel%20Name`). */
                tagCategoryName: components["parameters"]["TagCategoryNamePath"];
                /** @description The tag value, URL-encoded. */
                tagValue: components["parameters"]["TagValuePath"];
            };
            cookie?: never;
        };
        /**
         * Get a tag value
         * @description Returns one value of a tag category.
         */
        get: operations["getTag"];
        /**
         * Update a tag value
         * @description Updates a value (its name, default flag or percentage). Changing percentages re-splits the
         *     category's unallocated stock.
         */
        put: operations["updateTag"];
        post?: never;
        /**
         * Delete a tag value
         * @description Deletes a value. Refused while its segments still hold allocated or pending units.
         */
        delete: operations["deleteTag"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/inventory/v1/location": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List inventory locations
         * @description Lists every location the Inventory service knows for the tenant. (Kibo's SDK names this method `getLocations1`.)
         */
        get: operations["getLocationsAll"];
        put?: never;
        /**
         * Create or update an inventory location
         * @description Saves a location in the Inventory service, creating it when the code is new. A location
         *     saved here supports inventory. The answer lists the saved location.
         */
        post: operations["saveLocation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/inventory/v1/location/{locationCode}": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path: {
                /** @description Code of the location. */
                locationCode: components["parameters"]["LocationCodePath"];
            };
            cookie?: never;
        };
        /**
         * Get an inventory location, or the locations of a group
         * @description Returns the location with this code, as a one-element array. Kibo uses the very same URL
         *     shape to look up a location group by its code (the official SDK's
         *     `InventoryLocationApi.getLocationGroups`); OpenAPI cannot declare one path twice, so both
         *     lookups are this operation. When the code names a location group rather than a location,
         *     the answer is an array of location groups instead.
         */
        get: operations["getLocations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/inventory/v1/locationGroup": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List location groups
         * @description Lists the tenant's location groups with the location codes and sites of each.
         */
        get: operations["getLocationGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/admin/locations": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List admin locations
         * @description Lists locations as the Location Admin API sees them, a page at a time. Only the subset of
         *     the admin location that inventory depends on is described here.
         */
        get: operations["getAdminLocations"];
        put?: never;
        /**
         * Create an admin location
         * @description Creates a location. Whether it holds inventory follows `supportsInventory`;
         *     `allowFulfillmentWithNoStock` lets it fulfill beyond its on-hand stock.
         */
        post: operations["addAdminLocation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/admin/locations/{locationCode}": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path: {
                /** @description Code of the location. */
                locationCode: components["parameters"]["LocationCodePath"];
            };
            cookie?: never;
        };
        /**
         * Get an admin location
         * @description Returns one location as the Location Admin API sees it.
         */
        get: operations["getAdminLocation"];
        /**
         * Update an admin location
         * @description Replaces a location's settings; this is how `supportsInventory` and
         *     `allowFulfillmentWithNoStock` are switched on or off.
         */
        put: operations["updateAdminLocation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/inventory/v1/export": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Get export settings
         * @description Returns the tenant's export settings in creation order (each wrapped as `{exportSettings}`),
         *     or only the ones with the given name (an empty list when there are none).
         *     Modelled: Kibo publishes the contract; the reference server stores the settings per tenant (they
         *     survive snapshot, restore and `--state`) and never sends a file anywhere.
         */
        get: operations["getExportSettings"];
        put?: never;
        /**
         * Run an export
         * @description Starts one export per settings: the named settings, or every settings of the tenant when
         *     none is named; `exportSettingsFTPName` / `exportSettingsS3Name` narrow the run to that destination
         *     (`404` when it does not exist). `development: true` sends the file to the development drop point.
         *
         *     Modelled: each run is an `EXPORT` job (a type this project adds; Kibo's job types have none) that
         *     finishes at once. Its file is the tenant's inventory in the CSV import format (see
         *     docs/seed-format.md), readable from `GET /__mock/exports/{jobID}` and importable again unchanged;
         *     `LOCATION` settings write a row per record and segment with its location, `AGGREGATE` settings
         *     sum over locations. Settings with `fileFormat: XML` make a `FAILED` job (XML files are not
         *     simulated). No file travels to FTP or S3: the job's `messages` name the destinations it would
         *     have gone to.
         */
        post: operations["runExport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/inventory/v1/export/create": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create export settings
         * @description Creates a named set of export settings (what to export, in which format, and where to).
         *     FTP and S3 destinations can be added later, but only to settings that already exist.
         *     Modelled: a name the tenant already uses is `409 JOB_ALREADY_EXISTS` (as is a destination name
         *     given twice); a `cronExpression` that is not a valid cron schedule is `400` naming it.
         */
        post: operations["createExportSettings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/inventory/v1/export/ftp/create": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add an FTP destination to export settings
         * @description Adds an FTP destination to existing export settings. Modelled: settings that do not
         *     exist are `404` (create them first); a destination name they already have is `409
         *     JOB_ALREADY_EXISTS`.
         */
        post: operations["createExportSettingsFTP"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/inventory/v1/export/s3/create": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add an S3 destination to export settings
         * @description Adds an S3 destination to existing export settings. Modelled: settings that do not
         *     exist are `404` (create them first); a destination name they already have is `409
         *     JOB_ALREADY_EXISTS`.
         */
        post: operations["createExportSettingsS3"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/inventory/v1/export/update": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update export settings
         * @description Replaces the export settings with the same name (`404` when there are none); destinations
         *     that keep their name keep their id. Modelled (see `createExportSettings`).
         */
        post: operations["updateExportSettings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/inventory/v1/export/ftp/update": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update an FTP export destination
         * @description Replaces one FTP destination of existing export settings (`404` when either is missing).
         *     Location groups and sites cannot be changed through this call. Modelled.
         */
        post: operations["updateExportSettingsFTP"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/inventory/v1/export/s3/update": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update an S3 export destination
         * @description Replaces one S3 destination of existing export settings (`404` when either is missing).
         *     Location groups and sites cannot be changed through this call. Modelled.
         */
        post: operations["updateExportSettingsS3"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/inventory/v1/export/{exportSettingsName}": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path: {
                /** @description Name of the export settings. */
                exportSettingsName: components["parameters"]["ExportSettingsNamePath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete export settings
         * @description Deletes the named export settings together with their FTP and S3 destinations
         *     (`{deleted: 1}`; `404` when there are none). Modelled.
         */
        delete: operations["deleteExportSettings"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/inventory/v1/export/ftp/{exportSettingsName}/{exportSettingsFTPName}": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path: {
                /** @description Name of the export settings. */
                exportSettingsName: components["parameters"]["ExportSettingsNamePath"];
                /** @description Name of the FTP destination. */
                exportSettingsFTPName: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete an FTP export destination
         * @description Deletes one FTP destination of the named export settings (`{deleted: 1}`; `404` when
         *     either is missing). Modelled.
         */
        delete: operations["deleteExportSettingsFTP"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/inventory/v1/export/s3/{exportSettingsName}/{exportSettingsS3Name}": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path: {
                /** @description Name of the export settings. */
                exportSettingsName: components["parameters"]["ExportSettingsNamePath"];
                /** @description Name of the S3 destination. */
                exportSettingsS3Name: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete an S3 export destination
         * @description Deletes one S3 destination of the named export settings (`{deleted: 1}`; `404` when
         *     either is missing). Modelled.
         */
        delete: operations["deleteExportSettingsS3"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/inventory/v1/config/fetchfile": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Get the fetch-file configuration
         * @description Returns the tenant's configuration for fetching inventory import files, as a single
         *     object; `404` when none was saved. Modelled: stored per tenant, never used to fetch anything.
         */
        get: operations["getFetchConfig"];
        put?: never;
        /**
         * Save the fetch-file configuration
         * @description Creates or replaces the configuration that tells Kibo where to pick up refresh and update
         *     files (FTP or S3), how to read them and what to do with them afterwards. A tenant has one: a save
         *     replaces it and keeps its id; naming a `fetchFileConfigID` that is not the stored one is `404`.
         *
         *     Modelled, with these checks (`400` naming the field): `ftpServer`, `ftpRemotePath` and
         *     `lockName` must not be empty; `csvDelimiter` is one character; an S3 source (`bucket`) needs a
         *     `region`, and `s3Path`, `archiveBucket` or `s3ArchivePath` need a `bucket`; `cronExpression`
         *     must be a valid cron schedule. No file is ever fetched.
         */
        post: operations["saveFetchConfig"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/inventory/v1/config/fetchfile/{fetchFileConfigID}": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path: {
                /** @description Id of the fetch-file configuration. */
                fetchFileConfigID: components["parameters"]["FetchFileConfigIDPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a fetch-file configuration
         * @description Deletes the fetch-file configuration with this id (`{deleted: true}`; `404` for another id).
         *     Modelled.
         */
        delete: operations["deleteFetchConfig"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/inventory/v1/config/fetchfile/testConnection/{fetchFileConfigID}": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path: {
                /** @description Id of the fetch-file configuration. */
                fetchFileConfigID: components["parameters"]["FetchFileConfigIDPath"];
            };
            cookie?: never;
        };
        /**
         * Test a fetch-file configuration
         * @description Connects with the stored configuration and lists the files found in the pick-up and
         *     archive folders. Modelled without any network I/O: the reference server checks the stored
         *     configuration (`404` for an unknown id), answers empty file lists for the sources it configures
         *     (FTP always, S3 when a bucket is set) and, in `checks`, what a real test would have done.
         */
        get: operations["testConnection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/inventory-management/v1/conditionavailability": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List condition-availability rules
         * @description Lists the tenant's rules that say, per product condition, whether stock in that condition
         *     counts as available. Kibo documents the feature and this path but publishes no contract;
         *     the rule shape `{id, condition, includeInAvailable}` is modelled. Conditions without a rule
         *     count as available.
         */
        get: operations["getConditionAvailabilities"];
        put?: never;
        /**
         * Create or replace a condition-availability rule
         * @description Stores the rule for one condition; a condition has at most one rule, so posting a rule for
         *     a condition that already has one replaces it (and keeps its id). The rules apply to
         *     availability answers that ask for `enforceConditionAvailibility`. Modelled (see
         *     `getConditionAvailabilities`).
         */
        post: operations["createConditionAvailability"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/inventory-management/v1/conditionavailability/{id}": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path: {
                /** @description Id of the condition-availability rule. */
                id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a condition-availability rule
         * @description Deletes one rule; its condition counts as available again. Modelled.
         */
        delete: operations["deleteConditionAvailability"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/inventory/v5/inventory/redistribute": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Redistribute inventory across tags
         * @description In Kibo, queues jobs (one per location) that re-split stock across percentage tag values.
         *     The call has no body. The reference server re-splits at once whenever percentages change,
         *     so it does not simulate this call and answers `501`.
         */
        post: operations["redistributeInventoryAcrossTags"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/inventory/v1/deleteOldInventory/{months}": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path: {
                /** @description Age in months. */
                months: components["parameters"]["MonthsPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete old inventory
         * @description In Kibo, deletes inventory untouched for the given number of months. Not simulated; answers `501`.
         */
        delete: operations["deleteOldInventory"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/inventory/v1/deleteOldInventory/allSilo/{months}": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path: {
                /** @description Age in months. */
                months: components["parameters"]["MonthsPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete old inventory in every silo
         * @description In Kibo, runs the old-inventory clean-up across all silos. Not simulated; answers `501`.
         */
        delete: operations["deleteAllOldInventory"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/inventory/v1/bin": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List bins
         * @description In Kibo, lists the warehouse bins of a location. Not simulated; answers `501`.
         */
        get: operations["getBins"];
        put?: never;
        /**
         * Create a bin
         * @description In Kibo, creates a warehouse bin. Not simulated; answers `501`.
         */
        post: operations["createBin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/inventory/v1/bin/binStatuses": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List bin statuses
         * @description In Kibo, lists the statuses a bin can have. Not simulated; answers `501`.
         */
        get: operations["getBinStatuses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/inventory/v1/bin/binTypes": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List bin types
         * @description In Kibo, lists the types a bin can have. Not simulated; answers `501`.
         */
        get: operations["getBinTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/inventory/v1/bin/{bin_id}": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path: {
                /** @description Id of the bin (Kibo's snake_case parameter name). */
                bin_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update a bin
         * @description In Kibo, updates one bin. Not simulated; answers `501`.
         */
        post: operations["updateBin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/inventory/v1/bin/updateBins": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update several bins
         * @description In Kibo, updates bins in bulk. Not simulated; answers `501`.
         */
        post: operations["updateBins"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/inventory/v1/bin/loadInventory": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Load inventory into bins
         * @description In Kibo, puts stock into bins. Not simulated; answers `501`.
         */
        post: operations["loadInventory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/inventory/v1/bin/searchInventory": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search bin inventory
         * @description In Kibo, searches stock by bin. Not simulated; answers `501`.
         */
        post: operations["searchBins"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/inventory/v1/silo/siloConfig": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update the tenant's silo configuration
         * @description In Kibo, changes which storage silo serves the tenant. Not simulated; answers `501`.
         */
        post: operations["updateTenantSiloConfig"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description The one error body of every failing call, in the shape of Kibo's platform errors.
         *     `message` and `errorCode` are always present (the official SDK treats a ticket answer that
         *     has `errorCode` as a failure and shows `message`); the reference server always sends the
         *     other fields too.
         */
        KiboError: {
            /** @description What went wrong, for people. */
            message: string;
            errorCode: components["schemas"]["KiboErrorCode"];
            /** @description The service that answered, `Inventory` for inventory calls. */
            applicationName?: string;
            /** @description The same id as the `x-vol-correlation` header. */
            correlationId?: string;
            /** @description Extra facts about the error as name/value pairs. */
            additionalErrorData?: components["schemas"]["KiboErrorData"][];
            /** @description One entry per problem, for errors about individual request items or fields. */
            items?: components["schemas"]["KiboErrorItem"][];
        };
        /**
         * @description Machine-readable error code. Each maps to one HTTP status: `VALIDATION_ERROR` 400,
         *     `UNAUTHORIZED` 401, `FORBIDDEN` 403, `ITEM_NOT_FOUND` / `LOCATION_NOT_FOUND` / `NOT_FOUND` 404,
         *     `METHOD_NOT_ALLOWED` 405, `CONFLICT` / `JOB_ALREADY_EXISTS` 409, `PAYLOAD_TOO_LARGE` 413,
         *     `UNSUPPORTED_MEDIA_TYPE` 415 (a body that is not `application/json`), `RATE_LIMITED` 429,
         *     `INTERNAL_ERROR` 500, `NOT_IMPLEMENTED` 501.
         * @enum {string}
         */
        KiboErrorCode: "VALIDATION_ERROR" | "UNAUTHORIZED" | "FORBIDDEN" | "ITEM_NOT_FOUND" | "LOCATION_NOT_FOUND" | "NOT_FOUND" | "CONFLICT" | "JOB_ALREADY_EXISTS" | "RATE_LIMITED" | "NOT_IMPLEMENTED" | "PAYLOAD_TOO_LARGE" | "INTERNAL_ERROR" | "METHOD_NOT_ALLOWED" | "UNSUPPORTED_MEDIA_TYPE";
        /** @description One name/value fact about an error. */
        KiboErrorData: {
            name: string;
            value: string;
        };
        /** @description One problem with one part of the request. */
        KiboErrorItem: {
            /** @description Position of the offending element in the request's `items`, when there is one. */
            index?: number;
            /** @description Path of the offending field, for example `items[3].serialNumber`. */
            field?: string;
            /** @description Short code of the rule that was broken, for example `too_big`. */
            code: string;
            /** @description What is wrong with it, for people. */
            message: string;
        };
        /** @description A segment, as a map from tag category name to tag value, for example `{"Channel": "Web"}`. Inventory calls always use this map; order items use `inventoryTags: [{name, value}]` instead. */
        Tags: {
            [key: string]: string;
        };
        /** @description One tag in Kibo's order-side spelling: a tag category `name` and one of its values. */
        OrderInventoryTag: {
            /** @description Name of a tag category of the tenant. */
            name: string;
            /** @description A value of that category. */
            value: string;
        };
        /** @description An ISO 8601 date-time. Kibo's examples write the offset without a colon (`2020-09-28T12:00:00-0500`); that form, `Z` and `+05:00` are all accepted. */
        KiboDateTime: string;
        /** @description The granular `date` of a record (manufacture, expiry or use-by date, used to rotate stock): an ISO 8601 date (`2025-06-30`) or date-time, or `MM/DD/YYYY` (`06/30/2025`) as Kibo documents it. Rows report it back as an ISO 8601 date-time in UTC. */
        GranularDate: string;
        /** @description The manufacturing lot of a granular record (at most 50 characters). */
        LotCode: string;
        /** @description The state of the product in a granular record, for example `New` or `Refurbished` (at most 50 characters). */
        ItemCondition: string;
        /** @description Serial number of one physical unit (at most 30 characters). A serial-numbered record holds zero or one unit. */
        SerialNumber: string;
        /** @description The outcome fields many inventory answers carry. */
        BaseResponse: {
            /** @description Whether the call did what it was asked. */
            success?: boolean;
            /** @description Notes about the outcome. */
            messages?: string[];
            /** @description Number of results, where that applies. */
            numResults?: number;
        };
        /** @description A JSON object whose shape is not modelled in this contract. */
        NotModeledBody: {
            [key: string]: unknown;
        };
        /** @description Credentials of an application, and optionally the refresh token of its last ticket. */
        OAuthTicketRequest: {
            /** @description The application's client id. */
            client_id: string;
            /** @description The application's shared secret. */
            client_secret: string;
            /**
             * @description Always `client_credentials`, also when refreshing.
             * @enum {string}
             */
            grant_type: "client_credentials";
            /** @description The refresh token of the previous ticket, to refresh it. */
            refresh_token?: string;
        };
        /** @description An access ticket. */
        OAuthTicket: {
            /** @description The bearer token for API calls. */
            access_token: string;
            /** @description Always `bearer`. */
            token_type: string;
            /** @description Seconds until the token expires. */
            expires_in: number;
            /** @description Token that refreshes this ticket, when the server issues one. */
            refresh_token: string | null;
        };
        /** @description A tenant and its sites. There is intentionally no `domain` field: with one, the official SDK would send its calls to that host instead of the one it was configured with. */
        Tenant: {
            /** @description Tenant id. */
            id: number;
            /** @description Tenant name. */
            name: string;
            /** @description Whether this is a development tenant. */
            isDevTenant?: boolean;
            /** @description The tenant's sites. */
            sites: components["schemas"]["TenantSite"][];
            /** @description The tenant's master catalogs. */
            masterCatalogs?: components["schemas"]["TenantMasterCatalog"][];
        };
        /** @description One site of a tenant. */
        TenantSite: {
            /** @description Site id. */
            id: number;
            /** @description Site name. */
            name: string;
            /** @description Id of the owning tenant. */
            tenantId?: number;
            /** @description Id of the catalog the site sells from. */
            catalogId?: number;
            /** @description Id of the master catalog of that catalog. */
            masterCatalogId?: number;
        };
        /** @description A master catalog and its catalogs. */
        TenantMasterCatalog: {
            id: number;
            name: string;
            catalogs?: {
                id: number;
                name: string;
            }[];
        };
        /**
         * @description What to look up. `items` names the products; the other fields narrow the locations and
         *     shape the answer. The paging fields (`pageNum`, `pageSize`, `sortBy`, `userID`) are
         *     accepted on many inventory bodies but not used by this call.
         */
        InventoryRequest: {
            /**
             * @description Kind of lookup.
             * @enum {string}
             */
            type: "ALL" | "PARTIAL" | "ANY" | "ALL_STORES";
            /** @description The products to look up. */
            items: components["schemas"]["ItemQuantity"][];
            /** @description Look up stock at this one location only (by-location mode). */
            locationCode?: string;
            requestLocation?: components["schemas"]["RequestLocation"];
            /** @description Largest number of rows to return (100 per requested product when absent). */
            limit?: number;
            /** @description Only these location codes. */
            locationWhitelist?: string[];
            /** @description Never these location codes. */
            locationBlacklist?: string[];
            /** @description Location codes to return first; `limit` never drops them. */
            locationPriorityList?: string[];
            /** @description Do not hold back safety stock. */
            ignoreSafetyStock?: boolean;
            /** @description Also return rows whose stock is negative. */
            includeNegativeInventory?: boolean;
            /** @description Only locations that ship (or, with `false`, that do not). */
            directShip?: boolean;
            /** @description Only locations with transfers enabled (or disabled). */
            transferEnabled?: boolean;
            /** @description Only locations that offer pickup (or do not). */
            pickup?: boolean;
            /** @description Only locations included (or not) in aggregate exports. */
            includeInAggregateExport?: boolean;
            /** @description Only locations included (or not) in location exports. */
            includeInLocationExport?: boolean;
            /** @description Leave out product/location pairs that are blocked from assignment. */
            excludeBlockedAssignment?: boolean;
            /** @description Include each row's attributes. */
            includeAttributes?: boolean;
            /** @description Include future inventory (records created with a `deliveryDate`). */
            includeFutureInventory?: boolean;
            /** @description Also include future inventory whose quantities are negative. */
            includeNegativeFutureInventory?: boolean;
            /** @description Only future inventory delivered on or after this moment. */
            deliveryDateAfter?: components["schemas"]["KiboDateTime"];
            /** @description Only future inventory delivered on or before this moment. */
            deliveryDateBefore?: components["schemas"]["KiboDateTime"];
            /**
             * @description Sort order of a by-location lookup.
             * @enum {string}
             */
            sortByEnum?: "ON_HAND" | "AVAILABLE" | "ALLOCATED" | "PART_NUMBER" | "PRODUCT_ID";
            /** @description Sort a by-location lookup in descending order. */
            sortDescending?: boolean;
            /** @description For tag categories a request item leaves out, use the category's default value. */
            forceDefaultsForUnspecifiedTagCategories?: boolean;
            tags?: components["schemas"]["Tags"];
            /** @description Also return rows of records flagged as having infinite inventory; every row then carries `hasInfiniteInventory`. */
            includeItemsWithInfiniteInventoryFlag?: boolean;
            /** @description Page number (not used by this call). */
            pageNum?: number;
            /** @description Page size (not used by this call). */
            pageSize?: number;
            /** @description Sort expression (not used by this call). */
            sortBy?: string;
            /** @description Id of the acting user (not used by this call). */
            userID?: number;
        };
        /** @description A product to look up, by `upc`, `partNumber` or `sku`, optionally limited to a segment and to granular values. */
        ItemQuantity: {
            /** @description The product's UPC (Kibo's "product code"). */
            upc?: string;
            /** @description The product's part number. */
            partNumber?: string;
            /** @description The product's SKU. */
            sku?: string;
            /** @description Quantity wanted. */
            quantity?: number;
            tags?: components["schemas"]["Tags"];
            lotCode?: components["schemas"]["LotCode"];
            date?: components["schemas"]["GranularDate"];
            condition?: components["schemas"]["ItemCondition"];
            serialNumber?: components["schemas"]["SerialNumber"];
        };
        /** @description Where the shopper is, to find nearby locations, or the one location to use. */
        RequestLocation: {
            /** @description A single location (switches to by-location mode). */
            locationCode?: string;
            postalCode?: string;
            countryCode?: string;
            latitude?: number;
            longitude?: number;
            /** @description Search radius around the point, in `unit`. */
            radius?: number;
            /**
             * @description Unit of `radius` (miles when absent).
             * @enum {string}
             */
            unit?: "MILES" | "KM";
            addressID?: number;
            customerID?: number;
            addressLine1?: string;
            city?: string;
            state?: string;
            phone?: string;
        };
        /** @description A product, by `upc`, `partNumber` or `sku`, optionally with a segment and granular values. */
        InventoryItem: {
            upc?: string;
            partNumber?: string;
            sku?: string;
            tags?: components["schemas"]["Tags"];
            lotCode?: components["schemas"]["LotCode"];
            date?: components["schemas"]["GranularDate"];
            condition?: components["schemas"]["ItemCondition"];
            serialNumber?: components["schemas"]["SerialNumber"];
        };
        /** @description The fields every inventory row has, in the regular and the real-time answers. */
        InventoryRowFields: {
            /** @description Owning tenant (note Kibo's capital `ID`). */
            tenantID?: number;
            locationCode?: string;
            locationName?: string;
            upc?: string;
            partNumber?: string;
            sku?: string;
            /** @description Id of the granular record, on rows that carry granular values. */
            inventoryID?: number;
            lotCode?: components["schemas"]["LotCode"];
            date?: components["schemas"]["GranularDate"];
            condition?: components["schemas"]["ItemCondition"];
            serialNumber?: components["schemas"]["SerialNumber"];
            /** @description The record never runs out; its availability is unlimited. */
            hasInfiniteInventory?: boolean;
            /** @description Units physically at the location. */
            onHand?: number;
            /** @description Units that can be sold (on hand minus allocated minus pending). */
            available?: number;
            /** @description Units reserved for orders and not yet fulfilled. */
            allocated?: number;
            /** @description Units allocated beyond what was available, waiting for stock. */
            pending?: number;
            /** @description The lowest stock level the location wants to keep. */
            floor?: number;
            /** @description Units held back from availability answers as a buffer. */
            safetyStock?: number;
            /** @description Custom priority number of the store (lower-case here; `lTD` on refresh items). */
            ltd?: number;
            /** @description Distance from the request location, in miles. */
            distance?: number;
            /** @description The product is blocked from assignment at this location. */
            blockAssignment?: boolean;
            directShip?: boolean;
            pickup?: boolean;
            transferEnabled?: boolean;
            countryCode?: string;
            retailPrice?: number;
            currencyID?: number;
            /** @description External id of the record's future inventory, where there is one. */
            externalID?: string;
            /** @description Where in the location the stock is kept. */
            inventoryLocatorName?: string;
            /** @description The row's attributes (with `includeAttributes`). */
            attributes?: string[];
        };
        /** @description One inventory row of the regular query. */
        InventoryResponse: components["schemas"]["InventoryRowFields"] & {
            /** @description The row's segments; their quantities add up to the row's. */
            taggedInventory?: components["schemas"]["TagQuantity"][];
            /** @description Future inventory of the row (with `includeFutureInventory`). */
            futureInventory?: components["schemas"]["FutureInventory"][];
        } & components["schemas"]["BaseResponse"];
        /** @description Quantities of one segment of an inventory row. */
        TagQuantity: {
            tags?: components["schemas"]["Tags"];
            onHand?: number;
            available?: number;
            allocated?: number;
            pending?: number;
            futureInventory?: components["schemas"]["FutureInventory"][];
        };
        /** @description A future inventory record. Its quantities are the changes that will apply when it is released. Note the lower-case `h` of `onhand`, as in Kibo. */
        FutureInventory: {
            futureInventoryID?: number;
            /** @description Change to on-hand on release. */
            onhand?: number;
            /** @description Change to available on release. */
            available?: number;
            /** @description Change to allocated on release. */
            allocated?: number;
            /** @description New pending units that releasing it would create if no current stock were left. */
            pending?: number;
            /** @description How it was created, `REFRESH` or `ADJUST`. */
            type?: string;
            /** @description When the stock is expected. */
            deliveryDate?: string;
            /** @description When the record was created. */
            createDate?: string;
        };
        /** @description One inventory row of the real-time query (modelled). */
        RealtimeInventoryResponse: components["schemas"]["InventoryRowFields"] & {
            /** @description Whether the location is active. */
            active?: boolean;
            taggedInventory?: components["schemas"]["RealtimeTagQuantity"][];
            futureInventory?: components["schemas"]["RealtimeFutureInventory"][];
        } & components["schemas"]["BaseResponse"];
        /** @description Quantities of one segment of a real-time row. */
        RealtimeTagQuantity: {
            tags?: components["schemas"]["Tags"];
            onHand?: number;
            available?: number;
            allocated?: number;
            pending?: number;
            futureInventory?: components["schemas"]["RealtimeFutureInventory"][];
        };
        /** @description A future inventory record as the real-time service reports it. */
        RealtimeFutureInventory: components["schemas"]["FutureInventory"] & {
            /** @description External id the record was created with. */
            externalID?: string;
            /** @description Hours the location needs to get stock ready for pickup. */
            bopisProcessingTimeHours?: number;
            /** @description Hours the location needs to ship stock to a home. */
            sthProcessingTimeHours?: number;
            /** @description Hours the location needs to receive the delivery. */
            receiveProcessingTimeHours?: number;
        };
        /** @description Products to sum over locations, and which locations and stock to count. */
        AggregateRequest: {
            items: components["schemas"]["InventoryItem"][];
            ignoreSafetyStock?: boolean;
            includeNegativeInventory?: boolean;
            directShip?: boolean;
            transferEnabled?: boolean;
            pickup?: boolean;
            tags?: components["schemas"]["Tags"];
            /**
             * @description Count future inventory only, or together with current stock.
             * @enum {string}
             */
            includeFutureInventory?: "futureOnly" | "futureAndCurrent";
            includeNegativeFutureInventory?: boolean;
            /** @description Start of the delivery-date window for future inventory. */
            futureStartDate?: components["schemas"]["KiboDateTime"];
            /** @description End of the delivery-date window for future inventory. */
            futureEndDate?: components["schemas"]["KiboDateTime"];
            forceDefaultsForUnspecifiedTagCategories?: boolean;
            locationCode?: string;
            pageNum?: number;
            pageSize?: number;
            sortBy?: string;
            userID?: number;
        };
        /** @description One product's quantities summed over locations. */
        AggregateResponse: {
            tenantID?: number;
            upc?: string;
            partNumber?: string;
            sku?: string;
            onHand?: number;
            available?: number;
            floor?: number;
            tags?: components["schemas"]["Tags"];
        } & components["schemas"]["BaseResponse"];
        /** @description Absolute counts for products at one location. */
        RefreshRequest: {
            /** @description The location whose counts are set. */
            locationCode: string;
            /** @description The counts, at most 12,000 per call. */
            items: components["schemas"]["RefreshItem"][];
            pageNum?: number;
            pageSize?: number;
            sortBy?: string;
            userID?: number;
        };
        /** @description The count of one product (segment, granular record) at the request's location. With a `deliveryDate` it sets future inventory instead. In refresh and adjust bodies the reference server reads an optional field sent as `null` as not sent (Kibo's own examples send `"sku": null`). */
        RefreshItem: {
            upc?: string;
            partNumber?: string;
            sku?: string;
            /** @description The new on-hand count. */
            quantity?: number;
            /** @description Custom store-priority number. Spelled `lTD` on the wire (as the official SDK sends it); rows report it back as `ltd`. The reference server also reads a lowercase `ltd` (as in Kibo's documentation examples); when both are sent, `lTD` wins. */
            lTD?: number;
            /** @description The lowest stock level the location wants to keep. */
            floor?: number;
            /** @description Units to hold back from availability answers. */
            safetyStock?: number;
            retailPrice?: number;
            currencyID?: number;
            /** @description Warehouse bin (bins are not simulated by the reference server). */
            binID?: number;
            /** @description Where in the location the stock is kept. */
            inventoryLocatorName?: string;
            attributes?: string[];
            tags?: components["schemas"]["Tags"];
            /** @description When the stock is expected; makes this item future inventory. */
            deliveryDate?: components["schemas"]["KiboDateTime"];
            /** @description Names the future inventory record to create or update. Ignored unless `deliveryDate` is set. */
            externalID?: string;
            lotCode?: components["schemas"]["LotCode"];
            date?: components["schemas"]["GranularDate"];
            condition?: components["schemas"]["ItemCondition"];
            serialNumber?: components["schemas"]["SerialNumber"];
            /** @description `true` marks the addressed record as having infinite inventory (it always allocates in full; Get Inventory returns it only when asked with the same flag), `false` clears the mark; left out, the mark stays as it is. */
            includeItemsWithInfiniteInventoryFlag?: boolean;
        };
        /** @description Signed changes for products at one location. */
        AdjustRequest: {
            /** @description The location whose counts change. */
            locationCode: string;
            /** @description The changes, at most 1,000 per call. */
            items: components["schemas"]["AdjustItem"][];
            pageNum?: number;
            pageSize?: number;
            sortBy?: string;
            userID?: number;
        };
        /** @description A signed change to one product (segment, granular record) at the request's location. With a `deliveryDate` it changes future inventory instead. */
        AdjustItem: {
            /** @description The change; negative numbers remove stock, zero changes nothing. */
            quantity: number;
            upc?: string;
            partNumber?: string;
            sku?: string;
            /** @description Warehouse bin (bins are not simulated by the reference server). */
            binID?: number;
            tags?: components["schemas"]["Tags"];
            /** @description When the stock is expected; makes this item future inventory. */
            deliveryDate?: components["schemas"]["KiboDateTime"];
            /** @description Names the future inventory record. Ignored unless `deliveryDate` is set. */
            externalID?: string;
            lotCode?: components["schemas"]["LotCode"];
            date?: components["schemas"]["GranularDate"];
            condition?: components["schemas"]["ItemCondition"];
            serialNumber?: components["schemas"]["SerialNumber"];
            /** @description `true` marks the addressed record as having infinite inventory (it always allocates in full; Get Inventory returns it only when asked with the same flag), `false` clears the mark; left out, the mark stays as it is. */
            includeItemsWithInfiniteInventoryFlag?: boolean;
        };
        /** @description The id of a queued job. */
        JobIDResponse: {
            jobID?: number;
        };
        /** @description How a smart refresh or adjust was processed. Unlike `JobIDResponse`, `jobID` is a string here, and `null` when the call was applied synchronously. */
        SmartInventoryResponse: {
            jobID?: string | null;
            /** @enum {string} */
            method?: "sync" | "async";
        };
        /** @description A product pattern and the locations to delete its inventory from. */
        DeleteItemRequest: {
            /** @description UPC pattern (basic regular-expression operators allowed). */
            upc?: string;
            /** @description Part number pattern. */
            partNumber?: string;
            /** @description SKU pattern. */
            sku?: string;
            tags?: components["schemas"]["Tags"];
            /** @description Locations to consider; every location when absent. */
            locationCodes?: string[];
            /** @description Consider every location, whatever `locationCodes` says. */
            allLocations?: boolean;
            /** @description Only report what would be deleted. */
            dryRun?: boolean;
            /** @description Report per-record detail. */
            explicit?: boolean;
            lotCode?: components["schemas"]["LotCode"];
            date?: components["schemas"]["GranularDate"];
            condition?: components["schemas"]["ItemCondition"];
            serialNumber?: components["schemas"]["SerialNumber"];
            /** @description When no granular values are given: delete only the record without granular values (`false`) or every granular record of the product (`true`). */
            deleteGranularRecord?: boolean;
        };
        /** @description Products and the locations to delete their inventory from. */
        DeleteItemsRequest: {
            /** @description The products, at most 1,000 per call. */
            items?: components["schemas"]["InventoryItem"][];
            tags?: components["schemas"]["Tags"];
            locationCodes?: string[];
            allLocations?: boolean;
            dryRun?: boolean;
            explicit?: boolean;
        };
        /** @description A delivery-date window and filters selecting future inventory to delete. */
        DeleteFutureItemRequest: {
            /** @description Start of the delivery-date window (required, although Kibo's SDK types it optional). */
            futureStartDate: components["schemas"]["KiboDateTime"];
            /** @description End of the delivery-date window (required). */
            futureEndDate: components["schemas"]["KiboDateTime"];
            externalIDs?: string[];
            upc?: string;
            partNumber?: string;
            sku?: string;
            locationCodes?: string[];
            allLocations?: boolean;
            dryRun?: boolean;
            explicit?: boolean;
            lotCode?: components["schemas"]["LotCode"];
            date?: components["schemas"]["GranularDate"];
            condition?: components["schemas"]["ItemCondition"];
            serialNumber?: components["schemas"]["SerialNumber"];
            deleteGranularRecord?: boolean;
        };
        /** @description What a delete removed, or would remove in a dry run. Kibo's published contract types the totals and `jobIDs` as booleans, evidently by mistake; they are numbers here, as the descriptions of those fields say. */
        DeleteItemResponse: {
            dryRun?: boolean;
            /** @description One job per affected location. */
            jobIDs?: number[];
            itemsDeleted?: components["schemas"]["DeletedItem"][];
            totalAuditsDeleted?: number;
            totalInventoryEntriesDeleted?: number;
            totalLocationsAffected?: number;
            totalPickWavesDeleted?: number;
            totalProductsDeleted?: number;
        };
        /** @description What a future-inventory delete removed, or would remove in a dry run. */
        DeleteFutureItemResponse: {
            dryRun?: boolean;
            jobIDs?: number[];
            itemsDeleted?: components["schemas"]["DeletedItem"][];
            totalInventoryEntriesDeleted?: number;
            totalLocationsAffected?: number;
            /** @description Number of external ids affected (Kibo's lower-case `e`). */
            totalexternalIDsAffected?: number;
        };
        /** @description Detail of one deleted product (with `explicit`). */
        DeletedItem: {
            itemIdentifier?: components["schemas"]["ProductIdentifier"];
            productID?: number;
            inventoryIDs?: number[];
            auditIDs?: number[];
            locationCodes?: string[];
            locationIDs?: number[];
        };
        ProductIdentifier: {
            upc?: string;
            partNumber?: string;
            sku?: string;
        };
        /** @description The new delivery date of a future inventory record. */
        AdjustFutureDateRequest: {
            /** @description The new delivery date. */
            futureDate: components["schemas"]["KiboDateTime"];
            locationCode?: string;
            pageNum?: number;
            pageSize?: number;
            sortBy?: string;
            userID?: number;
        };
        /** @description The body of allocate, deallocate and fulfill: the order items concerned and how to treat them. */
        AllocateInventoryRequest: {
            /** @description The order items, at most 1,000 per call (more is a 400). */
            items: components["schemas"]["AllocateItem"][];
            /** @description Apply at once instead of queuing a job (false when absent). */
            runSynchronous?: boolean;
            autoAssign?: boolean;
            /** @description On deallocate, also remove the units from on-hand. */
            decrementOnHandOnDeallocate?: boolean;
            orderDate?: components["schemas"]["KiboDateTime"];
            orderWeight?: number;
            locationCode?: string;
            pageNum?: number;
            pageSize?: number;
            sortBy?: string;
            userID?: number;
        };
        /** @description One order item to allocate, deallocate or fulfill. */
        AllocateItem: {
            /** @description The order number. */
            orderID: number;
            orderItemID: number;
            shipmentID: number;
            /** @description Units to allocate, deallocate or fulfill. */
            quantity: number;
            /** @description The location to act at. */
            locationCode?: string;
            upc?: string;
            partNumber?: string;
            sku?: string;
            tags?: components["schemas"]["Tags"];
            /** @description Kibo's order-side spelling of `tags`: `[{"name": "Channel", "value": "Target"}]` is `{"Channel": "Target"}`. Same rules (a name without a value, a name given twice, an unknown name or value is 400 at `items[i].inventoryTags[j].name` or `.value`). Given together with `tags`, the two must name the same segment (categories not named take their default), else 400 at `items[i].inventoryTags`. */
            inventoryTags?: components["schemas"]["OrderInventoryTag"][];
            /** @description The order's GUID. */
            ucpOrderID?: string;
            /** @description GUID of the cart holding the reservation. */
            cartID?: string;
            /** @description GUID of the cart item. */
            cartItemID?: string;
            reservationID?: string;
            previousOrderItemID?: number;
            binID?: number;
            /** @description Block the product at this location from assignment. Deallocate only. */
            blockAssignment?: boolean;
            /** @description Keep an existing assignment block. Deallocate only. */
            holdBlockAssignment?: boolean;
            /** @description Allocate against future inventory expected by this date. */
            futureDate?: components["schemas"]["KiboDateTime"];
            /** @description Act on this one granular record. Deallocate and fulfill only. */
            inventoryID?: number;
            /** @description Only records of this lot. Allocate only. */
            lotCode?: components["schemas"]["LotCode"];
            /** @description Only records with this date. Allocate only. */
            date?: components["schemas"]["GranularDate"];
            /** @description Only records in this condition. Allocate only. */
            condition?: components["schemas"]["ItemCondition"];
            /** @description Exactly this unit (at most 30 characters). Allocate only. */
            serialNumber?: components["schemas"]["SerialNumber"];
        };
        /** @description A job of the inventory queue. */
        JobQueueResponse: {
            jobID?: number;
            tenantID?: number;
            locationCode?: string;
            type?: components["schemas"]["JobType"];
            status?: components["schemas"]["JobStatus"];
            /** @description When the job was queued (ISO 8601, UTC). */
            added?: string;
            /** @description When it started (ISO 8601, UTC). */
            started?: string;
            /** @description When it finished (ISO 8601, UTC). */
            finished?: string;
            /** @description Items processed; refresh and adjust jobs only. */
            itemCount?: number;
            /** @description True when the job did not come from a fetched file. */
            hasData?: boolean;
            /** @description The fetched file the job came from, if any. */
            originalFilename?: string;
        } & components["schemas"]["BaseResponse"];
        /**
         * @description The answer to `allocateInventory`: a `JobQueueResponse` (type `ALLOCATE`) plus
         *     `allocations`, an extension of this project that Kibo's own answer does not carry. The
         *     reference server always sends it, one entry per request item in request order, so callers
         *     can read the outcome of each item without parsing `messages`.
         */
        AllocateInventoryResponse: components["schemas"]["JobQueueResponse"] & {
            /** @description This project's extension: the outcome of each request item. Not sent by Kibo. */
            allocations?: components["schemas"]["AllocationOutcome"][];
        };
        /**
         * @description This project's extension: what allocation did for one request item. `allocated` units were
         *     reserved from the item's segment; `pending` units were made pending (the shortfall, released
         *     into allocated as stock arrives, D12); `unallocated` units were left unallocated, which
         *     happens only when the tenant setting `pendingOnShortfall` is false. The three add up to the
         *     item's `quantity`. The owner is the order item (`orderID`, `orderItemID`, `shipmentID`) or,
         *     for a cart reservation, the cart item (`cartID`, `cartItemID`).
         */
        AllocationOutcome: {
            /** @description Position of the item in the request's `items`. */
            index: number;
            /** @description Order of the item (absent for a cart reservation). */
            orderID?: number;
            /** @description Order item (absent for a cart reservation). */
            orderItemID?: number;
            /** @description Shipment of the order item (absent for a cart reservation). */
            shipmentID?: number;
            /** @description Cart of a cart reservation (only then). */
            cartID?: string;
            /** @description Cart item of a cart reservation (only then). */
            cartItemID?: string;
            /** @description Units allocated to the item. */
            allocated: number;
            /** @description Units made pending because the segment was short (D12). */
            pending: number;
            /** @description Units left unallocated (only when `pendingOnShortfall` is false). */
            unallocated: number;
        };
        /**
         * @description What a job does. `EXPORT` (an export run) is this project's addition; Kibo lists no type for it.
         * @enum {string}
         */
        JobType: "REFRESH" | "ADJUST" | "RELEASE_SHIPMENTS" | "CREATE_PICK_WAVE" | "CLOSE_PICK_WAVE" | "PUT_AWAY_FILE" | "SHORT_PICK_ERROR" | "BIN_AUDIT_START" | "BIN_AUDIT_COMPLETION" | "CREATE_BIN_AUDIT" | "RELEASE_PENDING_ITEMS" | "ALLOCATE" | "DEALLOCATE" | "FULFILL" | "DELETE" | "EXPORT";
        /**
         * @description Where a job is; `SUCCESS` and `FAILED` are final.
         * @enum {string}
         */
        JobStatus: "PENDING" | "WORKING" | "SUCCESS" | "FAILED";
        /** @description A cart and the order items its reservations move to. */
        TransitionCartRequest: {
            cartID: string;
            orderID: number;
            items: components["schemas"]["TransitionCartItem"][];
            locationCode?: string;
            pageNum?: number;
            pageSize?: number;
            sortBy?: string;
            userID?: number;
        };
        TransitionCartItem: {
            cartItemID: string;
            orderItemID: number;
            shipmentID: number;
            /** @description Used instead of `orderItemID` when given. */
            transitionItemID?: number;
            futureDate?: components["schemas"]["KiboDateTime"];
            locationCode?: string;
        };
        BlockAssignmentRequest: {
            items: components["schemas"]["BlockAssignmentItem"][];
            /** @description The location the products are (un)blocked at. */
            locationCode?: string;
            pageNum?: number;
            pageSize?: number;
            sortBy?: string;
            userID?: number;
        };
        BlockAssignmentItem: {
            blockAssignment: boolean;
            holdBlockAssignment?: boolean;
            upc?: string;
            partNumber?: string;
            sku?: string;
            quantity?: number;
        };
        OrderItemInformationRequest: {
            orderID?: number;
            items?: components["schemas"]["InventoryItem"][];
            locationCode?: string;
            pageNum?: number;
            pageSize?: number;
            sortBy?: string;
            userID?: number;
        };
        /** @description Inventory history of one order item at one location. Kibo's published contract types `locationCode` as a number and `ltd` as a string; here they match every other row (string and number). */
        OrderItemInformation: {
            orderID?: number;
            orderItemID?: number;
            locationID?: number;
            locationCode?: string;
            locationName?: string;
            locationActive?: boolean;
            binID?: number;
            upc?: string;
            partNumber?: string;
            sku?: string;
            onHand?: number;
            available?: number;
            allocated?: number;
            floor?: number;
            safetyStock?: number;
            ltd?: number;
            allocates?: number;
            deallocates?: number;
            fulfills?: number;
            picks?: number;
            pendingQuantity?: number;
            events?: components["schemas"]["OrderItemInformationEvent"][];
        } & components["schemas"]["BaseResponse"];
        /** @description One allocation, deallocation or fulfillment event of an order item. */
        OrderItemInformationEvent: {
            date?: string;
            /** @enum {string} */
            eventType?: "ALLOCATED" | "DEALLOCATED" | "FULFILLED" | "PICKED" | "DEALLOCATE_FULFILL";
            quantity?: number;
        } & components["schemas"]["BaseResponse"];
        ShipmentInventoryAllocationRequest: {
            shipmentIDs: number[];
        };
        ShipmentInventoryAllocationResponse: {
            /** @description Allocations keyed by shipment id (as a string). */
            shipments?: {
                [key: string]: components["schemas"]["ShipmentAllocations"];
            };
        };
        ShipmentAllocations: {
            currentAllocations?: components["schemas"]["InventoryAllocationResponse"][];
            futureAllocations?: components["schemas"]["InventoryAllocationResponse"][];
        };
        /** @description Units of one order item allocated from one record and segment. */
        InventoryAllocationResponse: {
            orderItemID?: number;
            quantity?: number;
            upc?: string;
            state?: string;
            futureDate?: string;
            /** @description External id of the future record allocated from (Kibo's casing). */
            externalId?: string;
            tags?: components["schemas"]["Tags"];
            lotCode?: string;
            date?: string;
            condition?: string;
            serialNumber?: string;
        };
        /** @description A tag category and its values; both the body of `updateTagCategory` and the answer of the tag-category reads. Ids and timestamps are assigned by the server and ignored on input. */
        TagCategory: {
            tagCategoryID?: number;
            /** @description Category name, unique per tenant. */
            name?: string;
            created?: string;
            /** @description The category's values. */
            tags?: components["schemas"]["InventoryTag"][];
            /** @description Jobs that strip deleted values from inventory records. Spelled as the official SDK reads it; Kibo's published document writes `deletion_job_ids`. */
            deletionJobIds?: number[];
        };
        /** @description A value of a tag category. */
        InventoryTag: {
            tagID?: number;
            /** @description The value, unique within its category. */
            tagValue?: string;
            /** @description Whether this is the category's default, used when an item leaves the category out. Each category has exactly one. */
            isDefault?: boolean;
            /** @description Share of the stock this value receives, in whole percent (0 to 100). Absent in a discrete category, where each value's units are set directly. */
            percent?: number;
            created?: string;
            updated?: string;
        };
        DeletedCountResponse: {
            /** @description How many things were deleted. */
            deleted?: number;
        };
        DeletedResponse: {
            /** @description Whether the thing was deleted. */
            deleted?: boolean;
        };
        /** @description A location as the Inventory service stores it. */
        LocationRequest: {
            locationCode: string;
            locationName: string;
            tenantID: number;
            active: boolean;
            directShip: boolean;
            pickup: boolean;
            transferEnabled?: boolean;
            express?: boolean;
            wmsEnabled?: boolean;
            /** @description Count the location in aggregate answers. (The admin location spells its twin `includeInInventoryAggregrate`.) */
            includeInAggregate?: boolean;
            includeInLocationExport?: boolean;
            countryCode?: string;
            postalCode?: string;
            latitude?: number;
            longitude?: number;
        };
        /** @description A location as the Inventory service reports it. */
        LocationResponse: {
            locationID?: number;
            locationCode?: string;
            locationName?: string;
            tenantID?: number;
            active?: boolean;
            directShip?: boolean;
            pickup?: boolean;
            transferEnabled?: boolean;
            deliveryEnabled?: boolean;
            express?: boolean;
            wmsEnabled?: boolean;
            includeInAggregate?: boolean;
            includeInLocationExport?: boolean;
            countryCode?: string;
            postalCode?: string;
            latitude?: number;
            longitude?: number;
        } & components["schemas"]["BaseResponse"];
        /** @description A location group as the Inventory service reports it. */
        LocationGroupResponse: {
            locationGroupID?: number;
            adminLocationGroupID?: number;
            locationGroupCode?: string;
            locationCodes?: string[];
            sites?: number[];
            tenantID?: number;
            created?: string;
        } & components["schemas"]["BaseResponse"];
        /**
         * @description The subset of Kibo's admin location that inventory depends on. Other admin fields (hours,
         *     cut-off times, contacts, …) are not modelled. Note Kibo's misspelling
         *     `includeInInventoryAggregrate`.
         */
        AdminLocation: {
            /** @description Location code, unique per tenant. */
            code: string;
            name: string;
            description?: string;
            /** @description Whether the location holds inventory. */
            supportsInventory?: boolean;
            /** @description Whether the location may fulfill beyond its on-hand stock. */
            allowFulfillmentWithNoStock?: boolean;
            isDisabled?: boolean;
            /** @description How the location fulfills, for example `DS` (direct ship) or `SP` (in-store pickup). */
            fulfillmentTypes?: components["schemas"]["AdminCodeName"][];
            locationTypes?: components["schemas"]["AdminCodeName"][];
            express?: boolean;
            transferEnabled?: boolean;
            warehouseEnabled?: boolean;
            /** @description Count the location in aggregate inventory (Kibo's spelling). */
            includeInInventoryAggregrate?: boolean;
            includeInLocationExport?: boolean;
            /** @description Free-form labels of the location (not inventory tags). */
            tags?: string[];
            phone?: string;
            address?: components["schemas"]["AdminAddress"];
            geo?: components["schemas"]["AdminCoordinates"];
        };
        AdminCodeName: {
            code: string;
            name?: string;
        };
        AdminAddress: {
            address1?: string;
            address2?: string;
            cityOrTown?: string;
            stateOrProvince?: string;
            postalOrZipCode?: string;
            countryCode?: string;
        };
        AdminCoordinates: {
            lat?: number;
            lng?: number;
        };
        /** @description A page of admin locations. */
        AdminLocationCollection: {
            startIndex?: number;
            pageSize?: number;
            pageCount?: number;
            totalCount?: number;
            items?: components["schemas"]["AdminLocation"][];
        };
        /** @description What an export contains, in which format and where it goes. */
        ExportSettings: {
            /** @description This project's extension (Kibo schedules exports and fetches outside the API): when the job would run, as a cron expression in UTC (5 fields, or 6 with seconds; `@daily`-style nicknames). Checked and stored; the reference server does not run schedules. */
            cronExpression?: string;
            name: string;
            /** @enum {string} */
            exportType: "AGGREGATE" | "LOCATION";
            /** @enum {string} */
            fileFormat: "XML" | "CSV";
            ftpInformation: components["schemas"]["ExportSettingsFTP"][];
            s3Information?: components["schemas"]["ExportSettingsS3"][];
            fileName?: string;
            zipFileName?: string;
            untransformedFileName?: string;
            untransformedZipFileName?: string;
            /** @enum {string} */
            floor?: "FLOOR_MAX" | "FLOOR_MIN" | "FLOOR_AVG" | "FLOOR_SUM";
            /** @enum {string} */
            ltd?: "LTD_MAX" | "LTD_MIN" | "LTD_AVG" | "LTD_SUM";
            /** @enum {string} */
            safetyStock?: "SAFETY_STOCK_MAX" | "SAFETY_STOCK_MIN" | "SAFETY_STOCK_AVG" | "SAFETY_STOCK_SUM";
            /** @enum {string} */
            productMapping?: "SWAP_PART_NUMBER_WITH_UPC" | "SWAP_SKU_WITH_UPC";
            locationGroupIDs?: number[];
            siteIDs?: number[];
            tags?: components["schemas"]["Tags"];
            directShip?: boolean;
            pickup?: boolean;
            transfer?: boolean;
            exportSingleFile?: boolean;
            ignoreNegativeInventoryLocations?: boolean;
            includeAttributes?: boolean;
            isClassic?: boolean;
            onlySendActiveLocations?: boolean;
            onlySendAvailable?: boolean;
            shortenFilename?: boolean;
            zipFiles?: boolean;
        };
        /** @description An FTP destination of an export. */
        ExportSettingsFTP: {
            name: string;
            ftpServer: string;
            ftpPort: number;
            ftpDirectory: string;
            ftpUser?: string;
            ftpPassword?: string;
            active?: boolean;
            exportSettingsFTPID?: number;
            exportSettingsID?: number;
            controlFile?: string;
            controlFileEmail?: string;
            controlFileName?: string;
            ftpDirectoryControlFile?: string;
            deliveryClass?: string;
            endpoint?: string;
            environment?: string;
            remoteFileName?: string;
        };
        /** @description An S3 destination of an export. */
        ExportSettingsS3: {
            name: string;
            bucket: string;
            region: string;
            active?: boolean;
            exportSettingsS3ID?: number;
            exportSettingsID?: number;
        };
        /** @description The body of `createExportSettings` and `updateExportSettings`. */
        ExportSettingsRequest: {
            exportSettings: components["schemas"]["ExportSettings"];
            locationCode?: string;
            pageNum?: number;
            pageSize?: number;
            sortBy?: string;
            userID?: number;
        };
        /** @description The body of `createExportSettingsFTP` and `updateExportSettingsFTP`. */
        ExportSettingsFTPRequest: {
            exportSettingsName: string;
            exportSettingsFTP: components["schemas"]["ExportSettingsFTP"];
            locationCode?: string;
            pageNum?: number;
            pageSize?: number;
            sortBy?: string;
            userID?: number;
        };
        /** @description The body of `createExportSettingsS3` and `updateExportSettingsS3`. */
        ExportSettingsS3Request: {
            exportSettingsName: string;
            exportSettingsS3: components["schemas"]["ExportSettingsS3"];
            locationCode?: string;
            pageNum?: number;
            pageSize?: number;
            sortBy?: string;
            userID?: number;
        };
        /** @description Which export settings (and optionally which destination) to run. */
        ExportInventoryRequest: {
            exportSettingsName?: string;
            exportSettingsFTPName?: string;
            exportSettingsS3Name?: string;
            /** @description Send the file to the development drop point. */
            development?: boolean;
            locationCode?: string;
            pageNum?: number;
            pageSize?: number;
            sortBy?: string;
            userID?: number;
        };
        ExportSettingsResponse: {
            exportSettingsName?: string;
            exportSettingsFTPName?: string;
            exportSettingsS3Name?: string;
        };
        UpdateExportSettingsResponse: {
            tenantID?: number;
            name?: string;
        } & components["schemas"]["BaseResponse"];
        UpdateExportSettingsFTPResponse: {
            tenantID?: number;
            exportSettingsName?: string;
            exportSettingsFTPName?: string;
        } & components["schemas"]["BaseResponse"];
        UpdateExportSettingsS3Response: {
            tenantID?: number;
            exportSettingsID?: number;
            exportSettingsS3ID?: number;
        } & components["schemas"]["BaseResponse"];
        GetExportSettingsResponse: {
            exportSettings?: components["schemas"]["ExportSettings"];
        };
        ExportInventoryResponse: {
            exportInventoryJobResponses?: components["schemas"]["ExportInventoryJobResponse"][];
        };
        ExportInventoryJobResponse: {
            exportSettingsID?: number;
            jobID?: number;
        };
        /** @description Where to fetch inventory files from and how to process them. */
        FetchFileConfigRequest: {
            /** @description This project's extension (Kibo schedules exports and fetches outside the API): when the job would run, as a cron expression in UTC (5 fields, or 6 with seconds; `@daily`-style nicknames). Checked and stored; the reference server does not run schedules. */
            cronExpression?: string;
            fetchFileConfigID?: number;
            active: boolean;
            ftpServer: string;
            ftpUsername: string;
            ftpPassword: string;
            ftpPort?: number;
            ftpRemotePath: string;
            ftpRemotePathArchive?: string;
            bucket?: string;
            archiveBucket?: string;
            region?: string;
            s3Path?: string;
            s3ArchivePath?: string;
            lockName: string;
            /** @description What to do with a file once processed (Kibo's numeric code). */
            postProcessAction: number;
            csvDelimiter?: string;
            emailList?: string;
            fieldNameMap?: string[];
            refreshEnabled?: boolean;
            refreshFileDescription?: string;
            updateEnabled?: boolean;
            updateFileDescription?: string;
            /** @enum {string} */
            productMapping?: "SWAP_PART_NUMBER_WITH_UPC" | "SWAP_SKU_WITH_UPC";
            blankQuantityIsZero?: boolean;
            ignoreExtraFields?: boolean;
            multipleFiles?: boolean;
            useControlFile?: boolean;
            zeroOutNegatives?: boolean;
            testFTPConfigs?: boolean;
            locationCode?: string;
            pageNum?: number;
            pageSize?: number;
            sortBy?: string;
            userID?: number;
        };
        /** @description The stored fetch-file configuration, as one object (as the official SDK reads it). */
        FetchFileConfig: {
            /** @description This project's extension (Kibo schedules exports and fetches outside the API): when the job would run, as a cron expression in UTC (5 fields, or 6 with seconds; `@daily`-style nicknames). Checked and stored; the reference server does not run schedules. */
            cronExpression?: string;
            fetchFileConfigID?: number;
            tenantID?: number;
            active?: boolean;
            lastModified?: string;
            ftpServer?: string;
            ftpUsername?: string;
            ftpPassword?: string;
            ftpPort?: number;
            ftpRemotePath?: string;
            ftpRemotePathArchive?: string;
            bucket?: string;
            archiveBucket?: string;
            region?: string;
            s3Path?: string;
            s3ArchivePath?: string;
            s3Key?: string;
            secret?: string;
            lockName?: string;
            postProcessAction?: number;
            csvDelimiter?: string;
            emailList?: string;
            fieldNameMap?: string[];
            refreshEnabled?: boolean;
            refreshFileDescription?: string;
            updateEnabled?: boolean;
            updateFileDescription?: string;
            /** @enum {string} */
            productMapping?: "SWAP_PART_NUMBER_WITH_UPC" | "SWAP_SKU_WITH_UPC";
            blankQuantityIsZero?: boolean;
            ignoreExtraFields?: boolean;
            multipleFiles?: boolean;
            useControlFile?: boolean;
            zeroOutNegatives?: boolean;
            failedAttempts?: number;
            exportAfterRefresh?: boolean;
            postImportExportId?: number;
            postImportFtpId?: number;
        };
        /** @description Files found when testing a fetch-file configuration. */
        FetchFileConnectionResponse: {
            /** @description This project's extension: what a real connection test would have checked (the reference server does no network I/O). */
            checks?: string[];
            ftpFiles?: string[];
            ftpArchiveFiles?: string[];
            s3Files?: string[];
            s3ArchiveFiles?: string[];
        };
        /** @description A rule for one product condition (modelled). */
        ConditionAvailabilityRequest: {
            condition: components["schemas"]["ItemCondition"];
            /** @description Whether stock in this condition counts as available. */
            includeInAvailable: boolean;
        };
        /** @description A stored condition-availability rule (modelled). */
        ConditionAvailability: {
            id: number;
            condition: components["schemas"]["ItemCondition"];
            includeInAvailable: boolean;
        };
        /** @description A GraphQL request. */
        RisGraphqlRequest: {
            /** @description The GraphQL document. */
            query: string;
            /** @description Values of the document's variables. */
            variables?: {
                [key: string]: unknown;
            } | null;
            /** @description Which operation of the document to run, when it holds several. */
            operationName?: string | null;
        };
        /** @description A GraphQL result; `data` and `errors` may both be present. */
        RisGraphqlResponse: {
            /** @description The result, keyed by query name. */
            data?: {
                [key: string]: unknown;
            } | null;
            errors?: components["schemas"]["RisGraphqlError"][];
        };
        RisGraphqlError: {
            message: string;
            /** @description Where in the result the error happened. */
            path?: (string | number)[];
            /** @description Extra details, such as an error code. */
            extensions?: {
                [key: string]: unknown;
            };
        };
    };
    responses: {
        /** @description Kibo's answer to this call. Not modelled, because the reference server does not simulate the call. */
        NotModeled: {
            headers: {
                "x-vol-correlation": components["headers"]["XVolCorrelation"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["NotModeledBody"];
            };
        };
        /** @description The request is malformed or breaks a rule (`VALIDATION_ERROR`). Each offending item is listed in `items`, and nothing was applied. */
        BadRequest: {
            headers: {
                "x-vol-correlation": components["headers"]["XVolCorrelation"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "Validation failed: 1 problem",
                 *       "errorCode": "VALIDATION_ERROR",
                 *       "applicationName": "Inventory",
                 *       "correlationId": "8f1c2d0e-5b7a-4c1e-9a51-2f6f3a0c9b11",
                 *       "additionalErrorData": [],
                 *       "items": [
                 *         {
                 *           "index": 0,
                 *           "field": "items[0].serialNumber",
                 *           "code": "too_big",
                 *           "message": "serialNumber must be at most 30 characters"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["KiboError"];
            };
        };
        /** @description No token, an expired or unknown token, or (for the ticket exchange) wrong application credentials (`UNAUTHORIZED`). */
        Unauthorized: {
            headers: {
                "x-vol-correlation": components["headers"]["XVolCorrelation"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "Invalid credentials",
                 *       "errorCode": "UNAUTHORIZED",
                 *       "applicationName": "Inventory",
                 *       "correlationId": "0b6e6a7e-3a51-4d0e-8d7f-4b9f9d7d3c21",
                 *       "additionalErrorData": [],
                 *       "items": []
                 *     }
                 */
                "application/json": components["schemas"]["KiboError"];
            };
        };
        /** @description The token is valid but not for this tenant or call (`FORBIDDEN`). */
        Forbidden: {
            headers: {
                "x-vol-correlation": components["headers"]["XVolCorrelation"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["KiboError"];
            };
        };
        /** @description Something the call names does not exist: `ITEM_NOT_FOUND`, `LOCATION_NOT_FOUND`, or `NOT_FOUND` for anything else (job, tag category, tag, tenant, settings, rule). */
        NotFound: {
            headers: {
                "x-vol-correlation": components["headers"]["XVolCorrelation"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "Location not found: WH9",
                 *       "errorCode": "LOCATION_NOT_FOUND",
                 *       "applicationName": "Inventory",
                 *       "correlationId": "5d3f7a44-1e0c-4f8e-b2c4-7a8e6f1d2c90",
                 *       "additionalErrorData": [
                 *         {
                 *           "name": "locationCode",
                 *           "value": "WH9"
                 *         }
                 *       ],
                 *       "items": []
                 *     }
                 */
                "application/json": components["schemas"]["KiboError"];
            };
        };
        /** @description The call clashes with the current state (`CONFLICT`), for example deleting a tag value that still holds allocated units, or an equal job is already queued (`JOB_ALREADY_EXISTS`). */
        Conflict: {
            headers: {
                "x-vol-correlation": components["headers"]["XVolCorrelation"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["KiboError"];
            };
        };
        /** @description The request body is larger than the server accepts (`PAYLOAD_TOO_LARGE`). */
        PayloadTooLarge: {
            headers: {
                "x-vol-correlation": components["headers"]["XVolCorrelation"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["KiboError"];
            };
        };
        /** @description Too many calls; wait as long as `Retry-After` says (`RATE_LIMITED`). */
        TooManyRequests: {
            headers: {
                "x-vol-correlation": components["headers"]["XVolCorrelation"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["KiboError"];
            };
        };
        /** @description Something failed on the server (`INTERNAL_ERROR`). */
        InternalError: {
            headers: {
                "x-vol-correlation": components["headers"]["XVolCorrelation"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["KiboError"];
            };
        };
        /** @description The reference server does not simulate this call (`NOT_IMPLEMENTED`). */
        NotImplemented: {
            headers: {
                "x-vol-correlation": components["headers"]["XVolCorrelation"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "Bins are not simulated by the reference server",
                 *       "errorCode": "NOT_IMPLEMENTED",
                 *       "applicationName": "Inventory",
                 *       "correlationId": "2a9e4c61-7d3b-4b5f-8e0a-6c1d9f4e3b72",
                 *       "additionalErrorData": [],
                 *       "items": []
                 *     }
                 */
                "application/json": components["schemas"]["KiboError"];
            };
        };
    };
    parameters: {
        /**
         * @description Id of the tenant the call is for.
         * @example 1000
         */
        XVolTenant: number;
        /**
         * @description Id of the site the call is for, when the caller has one.
         * @example 2000
         */
        XVolSite: number;
        /** @description The site id again, as a query parameter. The official SDK sends it here, in addition to the header, on the operations that declare it. */
        XVolSiteQuery: number;
        /** @description Id of the tenant. */
        TenantIdPath: number;
        /** @description Id of the future inventory record. */
        FutureInventoryIDPath: number;
        /** @description Id of the job. */
        JobIDPath: number;
        /** @description Name of the tag category (URL-encoded, so `Channel Name` becomes `Channel%20Name`). */
        TagCategoryNamePath: string;
        /** @description The tag value, URL-encoded. */
        TagValuePath: string;
        /** @description Code of the location. */
        LocationCodePath: string;
        /** @description Name of the export settings. */
        ExportSettingsNamePath: string;
        /** @description Id of the fetch-file configuration. */
        FetchFileConfigIDPath: number;
        /** @description Age in months. */
        MonthsPath: number;
        /** @description Fields to include in the answer (the reference server always answers in full). */
        ResponseFieldsQuery: string;
    };
    requestBodies: {
        /** @description Kibo's body for this call. Not modelled, because the reference server does not simulate the call. */
        NotModeled: {
            content: {
                "application/json": components["schemas"]["NotModeledBody"];
            };
        };
    };
    headers: {
        /** @description Correlation id of the request, also found in error bodies as `correlationId`. Quote it when reporting a problem. */
        XVolCorrelation: string;
        /** @description Seconds to wait before trying again. */
        RetryAfter: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    oauthAuthenticateApp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OAuthTicketRequest"];
            };
        };
        responses: {
            /** @description A fresh ticket. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthTicket"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getTenant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the tenant. */
                tenantId: components["parameters"]["TenantIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tenant. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tenant"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    postQueryInventory: {
        parameters: {
            query?: {
                /** @description The site id again, as a query parameter. The official SDK sends it here, in addition to the header, on the operations that declare it. */
                "x-vol-site"?: components["parameters"]["XVolSiteQuery"];
            };
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InventoryRequest"];
            };
        };
        responses: {
            /** @description Matching inventory rows. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InventoryResponse"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    postQueryInventoryV1: {
        parameters: {
            query?: {
                /** @description The site id again, as a query parameter. The official SDK sends it here, in addition to the header, on the operations that declare it. */
                "x-vol-site"?: components["parameters"]["XVolSiteQuery"];
            };
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InventoryRequest"];
            };
        };
        responses: {
            /** @description Matching inventory rows. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InventoryResponse"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    aggregate: {
        parameters: {
            query?: {
                /** @description The site id again, as a query parameter. The official SDK sends it here, in addition to the header, on the operations that declare it. */
                "x-vol-site"?: components["parameters"]["XVolSiteQuery"];
            };
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AggregateRequest"];
            };
        };
        responses: {
            /** @description One aggregated row per product. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AggregateResponse"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    postQueryRealtimeInventory: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InventoryRequest"];
            };
        };
        responses: {
            /** @description Matching real-time inventory rows. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RealtimeInventoryResponse"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    postRealtimeInventoryGraphql: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RisGraphqlRequest"];
            };
        };
        responses: {
            /** @description The GraphQL result. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RisGraphqlResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    refresh: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            /** @description The job that applies the refresh. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobIDResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    adjust: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdjustRequest"];
            };
        };
        responses: {
            /** @description The job that applies the adjustment. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobIDResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    smartRefreshInventory: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            /** @description How the refresh was processed. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmartInventoryResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    smartAdjustInventory: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdjustRequest"];
            };
        };
        responses: {
            /** @description How the adjustment was processed. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmartInventoryResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteInventory: {
        parameters: {
            query?: {
                /** @description The site id again, as a query parameter. The official SDK sends it here, in addition to the header, on the operations that declare it. */
                "x-vol-site"?: components["parameters"]["XVolSiteQuery"];
            };
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteItemRequest"];
            };
        };
        responses: {
            /** @description What was (or, in a dry run, would be) deleted. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteItemResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteItems: {
        parameters: {
            query?: {
                /** @description The site id again, as a query parameter. The official SDK sends it here, in addition to the header, on the operations that declare it. */
                "x-vol-site"?: components["parameters"]["XVolSiteQuery"];
            };
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteItemsRequest"];
            };
        };
        responses: {
            /** @description What was (or, in a dry run, would be) deleted. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteItemResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteFutureInventory: {
        parameters: {
            query?: {
                /** @description The site id again, as a query parameter. The official SDK sends it here, in addition to the header, on the operations that declare it. */
                "x-vol-site"?: components["parameters"]["XVolSiteQuery"];
            };
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteFutureItemRequest"];
            };
        };
        responses: {
            /** @description What was (or, in a dry run, would be) deleted. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteFutureItemResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    adjustFutureDate: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path: {
                /** @description Id of the future inventory record. */
                futureInventoryID: components["parameters"]["FutureInventoryIDPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdjustFutureDateRequest"];
            };
        };
        responses: {
            /** @description The job that moved the record. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobQueueResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    allocateInventory: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AllocateInventoryRequest"];
            };
        };
        responses: {
            /** @description The allocation job, with this project's per-item `allocations` extension. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocateInventoryResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    deallocateInventory: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AllocateInventoryRequest"];
            };
        };
        responses: {
            /** @description Outcome of the deallocation. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BaseResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    fulfillInventory: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AllocateInventoryRequest"];
            };
        };
        responses: {
            /** @description Outcome of the fulfillment. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BaseResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    transitionCart: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransitionCartRequest"];
            };
        };
        responses: {
            /** @description Outcome of the transition. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BaseResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    blockAssignment: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BlockAssignmentRequest"];
            };
        };
        responses: {
            /** @description Outcome of the change. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BaseResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    getOrderItemInformation: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderItemInformationRequest"];
            };
        };
        responses: {
            /** @description One entry per order item and location. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderItemInformation"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getShipmentInventoryAllocations: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ShipmentInventoryAllocationRequest"];
            };
        };
        responses: {
            /** @description Allocations per shipment. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShipmentInventoryAllocationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getJob: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path: {
                /** @description Id of the job. */
                jobID: components["parameters"]["JobIDPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobQueueResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getJobs: {
        parameters: {
            query?: {
                /** @description Matching jobs to skip (0 when absent). */
                startIndex?: number;
                /** @description Largest number of jobs to return. */
                pageSize?: number;
                /** @description Only jobs of this location. */
                locationCode?: string;
                /** @description Largest number of jobs to return (100 when absent). */
                limit?: number;
                /** @description Only jobs started by this owner. */
                owner?: string;
                /** @description Only jobs of these types. */
                types?: components["schemas"]["JobType"][];
                /** @description Only jobs created from this fetched import file. */
                originalFilename?: string;
            };
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Matching jobs. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    /** @description The number of jobs matching the filters, before `startIndex` and `pageSize`. */
                    "x-total-count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobQueueResponse"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getTagCategoryAll: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tenant's tag categories. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagCategory"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getTagCategory: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path: {
                /** @description Name of the tag category (URL-encoded, so `Channel Name` becomes `Channel%20Name`). */
                tagCategoryName: components["parameters"]["TagCategoryNamePath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tag category. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagCategory"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateTagCategory: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path: {
                /** @description Name of the tag category (URL-encoded, so `Channel Name` becomes `Channel%20Name`). */
                tagCategoryName: components["parameters"]["TagCategoryNamePath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagCategory"];
            };
        };
        responses: {
            /** @description The stored tag category. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagCategory"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteTagCategory: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path: {
                /** @description Name of the tag category (URL-encoded, so `Channel Name` becomes `Channel%20Name`). */
                tagCategoryName: components["parameters"]["TagCategoryNamePath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How many categories were deleted. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletedCountResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createTag: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path: {
                /** @description Name of the tag category (URL-encoded, so `Channel Name` becomes `Channel%20Name`). */
                tagCategoryName: components["parameters"]["TagCategoryNamePath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InventoryTag"];
            };
        };
        responses: {
            /** @description The stored value. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InventoryTag"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getTag: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path: {
                /** @description Name of the tag category (URL-encoded, so `Channel Name` becomes `Channel%20Name`). */
                tagCategoryName: components["parameters"]["TagCategoryNamePath"];
                /** @description The tag value, URL-encoded. */
                tagValue: components["parameters"]["TagValuePath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The value. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InventoryTag"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateTag: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path: {
                /** @description Name of the tag category (URL-encoded, so `Channel Name` becomes `Channel%20Name`). */
                tagCategoryName: components["parameters"]["TagCategoryNamePath"];
                /** @description The tag value, URL-encoded. */
                tagValue: components["parameters"]["TagValuePath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InventoryTag"];
            };
        };
        responses: {
            /** @description The stored value. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InventoryTag"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteTag: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path: {
                /** @description Name of the tag category (URL-encoded, so `Channel Name` becomes `Channel%20Name`). */
                tagCategoryName: components["parameters"]["TagCategoryNamePath"];
                /** @description The tag value, URL-encoded. */
                tagValue: components["parameters"]["TagValuePath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How many values were deleted. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletedCountResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getLocationsAll: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tenant's inventory locations. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LocationResponse"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    saveLocation: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LocationRequest"];
            };
        };
        responses: {
            /** @description The saved location. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LocationResponse"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getLocations: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path: {
                /** @description Code of the location. */
                locationCode: components["parameters"]["LocationCodePath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The location, or the location group, as a one-element array. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LocationResponse"][] | components["schemas"]["LocationGroupResponse"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getLocationGroups: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tenant's location groups. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LocationGroupResponse"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getAdminLocations: {
        parameters: {
            query?: {
                /** @description Zero-based index of the first location to return. */
                startIndex?: number;
                /** @description Largest number of locations to return. */
                pageSize?: number;
                /** @description Property to sort by, optionally followed by `asc` or `desc`. */
                sortBy?: string;
                /** @description Filter expression, for example `supportsInventory eq true`. */
                filter?: string;
                /** @description Fields to include in the answer. */
                responseFields?: string;
            };
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of locations. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminLocationCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    addAdminLocation: {
        parameters: {
            query?: {
                /** @description Fields to include in the answer (the reference server always answers in full). */
                responseFields?: components["parameters"]["ResponseFieldsQuery"];
            };
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdminLocation"];
            };
        };
        responses: {
            /** @description The created location. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminLocation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getAdminLocation: {
        parameters: {
            query?: {
                /** @description Fields to include in the answer (the reference server always answers in full). */
                responseFields?: components["parameters"]["ResponseFieldsQuery"];
            };
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path: {
                /** @description Code of the location. */
                locationCode: components["parameters"]["LocationCodePath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The location. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminLocation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateAdminLocation: {
        parameters: {
            query?: {
                /** @description Fields to include in the answer (the reference server always answers in full). */
                responseFields?: components["parameters"]["ResponseFieldsQuery"];
            };
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path: {
                /** @description Code of the location. */
                locationCode: components["parameters"]["LocationCodePath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdminLocation"];
            };
        };
        responses: {
            /** @description The updated location. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminLocation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getExportSettings: {
        parameters: {
            query?: {
                /** @description Only the export settings with this name. */
                exportSettingsName?: string;
            };
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Matching export settings. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetExportSettingsResponse"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    runExport: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExportInventoryRequest"];
            };
        };
        responses: {
            /** @description The export jobs started. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportInventoryResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createExportSettings: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExportSettingsRequest"];
            };
        };
        responses: {
            /** @description Names of what was created. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportSettingsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createExportSettingsFTP: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExportSettingsFTPRequest"];
            };
        };
        responses: {
            /** @description Names of what was created. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportSettingsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createExportSettingsS3: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExportSettingsS3Request"];
            };
        };
        responses: {
            /** @description Names of what was created. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportSettingsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateExportSettings: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExportSettingsRequest"];
            };
        };
        responses: {
            /** @description The updated settings' name. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateExportSettingsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateExportSettingsFTP: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExportSettingsFTPRequest"];
            };
        };
        responses: {
            /** @description Names of what was updated. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateExportSettingsFTPResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateExportSettingsS3: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExportSettingsS3Request"];
            };
        };
        responses: {
            /** @description Ids of what was updated. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateExportSettingsS3Response"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteExportSettings: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path: {
                /** @description Name of the export settings. */
                exportSettingsName: components["parameters"]["ExportSettingsNamePath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How many settings were deleted. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletedCountResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteExportSettingsFTP: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path: {
                /** @description Name of the export settings. */
                exportSettingsName: components["parameters"]["ExportSettingsNamePath"];
                /** @description Name of the FTP destination. */
                exportSettingsFTPName: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How many destinations were deleted. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletedCountResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteExportSettingsS3: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path: {
                /** @description Name of the export settings. */
                exportSettingsName: components["parameters"]["ExportSettingsNamePath"];
                /** @description Name of the S3 destination. */
                exportSettingsS3Name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How many destinations were deleted. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletedCountResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getFetchConfig: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The configuration. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FetchFileConfig"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    saveFetchConfig: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FetchFileConfigRequest"];
            };
        };
        responses: {
            /** @description Outcome of the save. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BaseResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteFetchConfig: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path: {
                /** @description Id of the fetch-file configuration. */
                fetchFileConfigID: components["parameters"]["FetchFileConfigIDPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Whether it was deleted. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletedResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    testConnection: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path: {
                /** @description Id of the fetch-file configuration. */
                fetchFileConfigID: components["parameters"]["FetchFileConfigIDPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Files found. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FetchFileConnectionResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getConditionAvailabilities: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tenant's rules. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConditionAvailability"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createConditionAvailability: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConditionAvailabilityRequest"];
            };
        };
        responses: {
            /** @description The stored rule. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConditionAvailability"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteConditionAvailability: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path: {
                /** @description Id of the condition-availability rule. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Whether it was deleted. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletedResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    redistributeInventoryAcrossTags: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description In Kibo, the jobs queued. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobQueueResponse"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            501: components["responses"]["NotImplemented"];
        };
    };
    deleteOldInventory: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path: {
                /** @description Age in months. */
                months: components["parameters"]["MonthsPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description In Kibo, the clean-up job. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobIDResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            501: components["responses"]["NotImplemented"];
        };
    };
    deleteAllOldInventory: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path: {
                /** @description Age in months. */
                months: components["parameters"]["MonthsPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description In Kibo, one clean-up job per silo. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobIDResponse"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            501: components["responses"]["NotImplemented"];
        };
    };
    getBins: {
        parameters: {
            query: {
                /** @description Internal id of the location. */
                locationID: number;
                /** @description Text to search bins by. */
                searchTerm?: string;
                /** @description Page size. */
                perPage?: number;
                /** @description Page number. */
                page?: number;
            };
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["NotModeled"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            501: components["responses"]["NotImplemented"];
        };
    };
    createBin: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["NotModeled"];
        responses: {
            200: components["responses"]["NotModeled"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            501: components["responses"]["NotImplemented"];
        };
    };
    getBinStatuses: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["NotModeled"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            501: components["responses"]["NotImplemented"];
        };
    };
    getBinTypes: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["NotModeled"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            501: components["responses"]["NotImplemented"];
        };
    };
    updateBin: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path: {
                /** @description Id of the bin (Kibo's snake_case parameter name). */
                bin_id: number;
            };
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["NotModeled"];
        responses: {
            200: components["responses"]["NotModeled"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            501: components["responses"]["NotImplemented"];
        };
    };
    updateBins: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["NotModeled"];
        responses: {
            200: components["responses"]["NotModeled"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            501: components["responses"]["NotImplemented"];
        };
    };
    loadInventory: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["NotModeled"];
        responses: {
            200: components["responses"]["NotModeled"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            501: components["responses"]["NotImplemented"];
        };
    };
    searchBins: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["NotModeled"];
        responses: {
            200: components["responses"]["NotModeled"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            501: components["responses"]["NotImplemented"];
        };
    };
    updateTenantSiloConfig: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the tenant the call is for.
                 * @example 1000
                 */
                "x-vol-tenant": components["parameters"]["XVolTenant"];
                /**
                 * @description Id of the site the call is for, when the caller has one.
                 * @example 2000
                 */
                "x-vol-site"?: components["parameters"]["XVolSite"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["NotModeled"];
        responses: {
            200: components["responses"]["NotModeled"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            501: components["responses"]["NotImplemented"];
        };
    };
}
