// This file is auto-generated from openapi/ by `npm run generate`. Do not edit.
// Source: openapi/commerce.yaml. Regenerate: npm run generate -w @kibo-inventory/spec
export interface paths {
    "/commerce/orders": {
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
         * List orders
         * @description Pages through the tenant's orders, ordered by `orderNumber` ascending unless `sortBy` says
         *     otherwise. `filter` supports `field eq value` clauses joined by ` and ` over `id`, `orderNumber`,
         *     `status`, `originalCartId` and `parentCheckoutId` (for example `parentCheckoutId eq 5f0c…`);
         *     anything else is 400. `q`, `qLimit`, `includeBin`, `responseGroups` and `mode` are accepted and
         *     ignored.
         */
        get: operations["getOrders"];
        put?: never;
        /**
         * Create an order
         * @description Creates a `Pending` order. With `cartId`, the order's items are that cart's items (tags, locations
         *     and methods copied, `originalCartItemId` set), the body may be absent and its `items` must be empty
         *     or absent, and the cart is used up (it no longer exists). Without `cartId`, the items are the
         *     body's. Creating an order allocates nothing; `SubmitOrder` does. Tag rules (D19): a name without a
         *     value, a name given twice on one item, or a name or value the tenant does not have → 400
         *     (`VALIDATION_ERROR`) listing every bad tag (`items[i].inventoryTags[j].name` / `.value`), nothing
         *     changed. `quoteId` (orders from quotes) answers 501.
         */
        post: operations["createOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
            cookie?: never;
        };
        /**
         * Get an order
         * @description Returns one order with its items, per-item `allocationResult`, shipments (with
         *     `inventoryAllocations`) and packages. Drafts are not simulated: `draft=true` answers the order
         *     itself; `includeBin` and `mode` are ignored.
         */
        get: operations["getOrder"];
        /**
         * Update an order
         * @description Replaces the order's client-supplied content with the body. When `items` is present it becomes the
         *     item list: an item whose `id` names an existing item keeps that id and `lineId`; other items are
         *     new. Only while the order is `Pending`; afterwards 409 (`CONFLICT`), nothing changed. Tag rules
         *     (D19): a name without a value, a name given twice on one item, or a name or value the tenant does
         *     not have → 400 (`VALIDATION_ERROR`) listing every bad tag (`items[i].inventoryTags[j].name` /
         *     `.value`), nothing changed.
         */
        put: operations["updateOrder"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/items": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
            cookie?: never;
        };
        /**
         * List an order's items
         * @description The order's items in line order.
         */
        get: operations["getOrderItems"];
        put?: never;
        /**
         * Add an item to an order
         * @description Adds one item (next `lineId`). Only while the order is `Pending`; afterwards 409 (`CONFLICT`),
         *     nothing changed. Tag rules (D19): a name without a value, a name given twice on one item, or a name
         *     or value the tenant does not have → 400 (`VALIDATION_ERROR`) listing every bad tag
         *     (`items[i].inventoryTags[j].name` / `.value`), nothing changed. `skipInventoryCheck` and `zipCode`
         *     are accepted and ignored (adding never checks or allocates stock).
         */
        post: operations["createOrderItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/items/{orderItemId}": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Id of the order item (or its `lineId` on the read). */
                orderItemId: components["parameters"]["OrderItemIdPath"];
            };
            cookie?: never;
        };
        /**
         * Get an order item
         * @description One item. The path segment may also be the item's `lineId`, which makes this the answer to
         *     `OrderApi.getOrderItemViaLineId` too (same URL).
         */
        get: operations["getOrderItem"];
        put?: never;
        post?: never;
        /**
         * Remove an item from an order
         * @description Removes one item; the other items keep their lines. Only while the order is `Pending`; afterwards
         *     409 (`CONFLICT`), nothing changed.
         */
        delete: operations["deleteOrderItem"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/items/{orderItemId}/quantity/{quantity}": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Id of the order item (or its `lineId` on the read). */
                orderItemId: components["parameters"]["OrderItemIdPath"];
                /** @description The new quantity, at least 1. */
                quantity: components["parameters"]["QuantityPath"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Change an order item's quantity
         * @description Sets the item's quantity (at least 1, else 400). Only while the order is `Pending`; afterwards 409
         *     (`CONFLICT`), nothing changed. The optional body's price override is echoed, not simulated.
         */
        put: operations["updateItemQuantity"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/items/{orderItemId}/upsertInventoryTags": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Id of the order item (or its `lineId` on the read). */
                orderItemId: components["parameters"]["OrderItemIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Replace an order item's inventory tags
         * @description Replaces the item's whole tag set with the body (send every tag each time; categories left out take
         *     their default). Only while the order is `Pending`; afterwards 409 (`CONFLICT`), nothing changed. Tag
         *     rules (D19): a name without a value, a name given twice on one item, or a name or value the tenant
         *     does not have → 400 (`VALIDATION_ERROR`) listing every bad tag (`items[i].inventoryTags[j].name` /
         *     `.value`, `i` the item's position in the order; a body that is not an array is 400 at
         *     `items[i].inventoryTags`), nothing changed.
         */
        put: operations["upsertInventoryTags"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/actions": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
            cookie?: never;
        };
        /**
         * List the order actions allowed now
         * @description The order's `availableActions`, as a bare array of action names.
         */
        get: operations["getAvailableActions"];
        put?: never;
        /**
         * Submit or cancel an order
         * @description `SubmitOrder` (Pending → Submitted): every non-digital item must have a fulfillment location (its
         *     own or the order's `locationCode`; 400 listing `items[i].fulfillmentLocationCode` otherwise, nothing
         *     changed). Each item then allocates from **its own segment only** (its tags, defaults for the rest)
         *     at its location, by D11 (condition and serial number respected) — never from the default or another
         *     segment. A shortfall becomes pending units (D12) or, with the tenant's `pendingOnShortfall: false`,
         *     stays unallocated. Shipments are created per location and method. The whole submit is one atomic
         *     write. `CancelOrder` (Pending or Submitted → Cancelled; 409 once anything is fulfilled): every
         *     allocated unit goes back to the segment and record it came from, pending units are dropped. An
         *     action not in `availableActions` answers 409.
         */
        post: operations["performOrderAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/cancel/{orderId}": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Cancel an order with a reason
         * @description Same as `performOrderAction` with `CancelOrder`; the reason is stored as the order's
         *     `canceledReason`.
         */
        put: operations["cancelOrder"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/shipments/{shipmentId}": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Id or number of the shipment. */
                shipmentId: components["parameters"]["ShipmentIdPath"];
            };
            cookie?: never;
        };
        /**
         * Get a shipment of an order
         * @description One shipment of the order, named by its id or number.
         */
        get: operations["getShipment"];
        put?: never;
        post?: never;
        /**
         * Not simulated: OrderApi.deleteShipment
         * @description The official SDK's `OrderApi.deleteShipment` (orders). Not simulated by the reference server;
         *     answers `501`.
         */
        delete: operations["deleteShipment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/packages": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Put units of an order into a package
         * @description Creates a `NotFulfilled` package. Only on Submitted or Processing orders (409 otherwise). See
         *     `PackageRequest` for the rules (400).
         */
        post: operations["createPackage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/packages/{packageId}": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Id of the package. */
                packageId: components["parameters"]["PackageIdPath"];
            };
            cookie?: never;
        };
        /**
         * Get a package of an order
         * @description One package.
         */
        get: operations["getPackage"];
        /**
         * Not simulated: OrderApi.updatePackage
         * @description The official SDK's `OrderApi.updatePackage` (orders). Not simulated by the reference server; answers
         *     `501`.
         */
        put: operations["updatePackage"];
        post?: never;
        /**
         * Not simulated: OrderApi.deletePackage
         * @description The official SDK's `OrderApi.deletePackage` (orders). Not simulated by the reference server; answers
         *     `501`.
         */
        delete: operations["deletePackage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/fulfillment/actions": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ship packages
         * @description `Ship` fulfills every named package (all or nothing; a package already shipped or of another order →
         *     400): each package's units turn from allocated into an onHand deduction at the package's location,
         *     in the item's segment, from the records they were allocated from (`inventoryAllocations` become
         *     `Fulfilled`). A shipment whose units are all shipped becomes `FULFILLED`; the order becomes
         *     `Processing`, then `Completed`. Units that are pending or unallocated cannot be packaged, so they
         *     cannot be shipped.
         */
        post: operations["performFulfillmentAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/shipments/{shipmentNumber}": {
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
                /** @description Number of the shipment. */
                shipmentNumber: components["parameters"]["ShipmentNumberPath"];
            };
            cookie?: never;
        };
        /**
         * Get a shipment (Fulfillment API)
         * @description One shipment by number, in the Fulfillment API's shape.
         */
        get: operations["getShipmentForFulfillment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/shipments/{shipmentNumber}/fulfilled": {
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
                /** @description Number of the shipment. */
                shipmentNumber: components["parameters"]["ShipmentNumberPath"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Mark a shipment fulfilled
         * @description Fulfills the whole shipment: its allocated units become an onHand deduction in each item's segment,
         *     from the records they came from (D13). The shipment becomes `FULFILLED`, its order `Processing` or
         *     `Completed`. A shipment with pending or unallocated units (`BACKORDER`), already fulfilled, or
         *     cancelled answers 409, nothing changed. No body; `If-Match` is accepted and ignored.
         */
        put: operations["fulfillShipment"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/carts/current": {
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
         * Get the current cart
         * @description The current cart is the one anonymous cart of the tenant and site (created empty on first use); this
         *     returns it, creating it when there is none.
         */
        get: operations["getOrCreateCart"];
        /**
         * Not simulated: CartApi.updateCart
         * @description The official SDK's `CartApi.updateCart` (carts). Not simulated by the reference server; answers
         *     `501`.
         */
        put: operations["updateCart"];
        post?: never;
        /**
         * Not simulated: deleteCurrentCart
         * @description A call of Kibo's commerce document that the official SDK does not wrap (carts). Not simulated by the
         *     reference server; answers `501`.
         */
        delete: operations["deleteCurrentCart"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/carts/{cartId}": {
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
                /** @description Id of the cart. */
                cartId: components["parameters"]["CartIdPath"];
            };
            cookie?: never;
        };
        /**
         * Get a cart
         * @description One cart by id.
         */
        get: operations["getCart"];
        /**
         * Not simulated: CartApi.updateCartByCartId
         * @description The official SDK's `CartApi.updateCartByCartId` (carts). Not simulated by the reference server;
         *     answers `501`.
         */
        put: operations["updateCartByCartId"];
        post?: never;
        /**
         * Delete a cart
         * @description Deletes the cart and its items (no stock is involved).
         */
        delete: operations["deleteCart"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/carts/current/items": {
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
         * List the items of the current cart
         * @description The items in line order.
         */
        get: operations["getCartItems"];
        put?: never;
        /**
         * Add an item to the current cart
         * @description The current cart is the one anonymous cart of the tenant and site (created empty on first use); this
         *     adds to it. Adds one item (next `lineId`). The item is checked, never allocated, against its
         *     segment's `available` (D2) at its `fulfillmentLocationCode`, or summed over every location that
         *     supports inventory when it has none. When the quantity exceeds it, the call still succeeds and the
         *     cart gets an `OutOfStock` message for the item (`Backorder` when the item `allowsBackOrder`). Tag
         *     rules (D19): a name without a value, a name given twice on one item, or a name or value the tenant
         *     does not have → 400 (`VALIDATION_ERROR`) listing every bad tag (`items[i].inventoryTags[j].name` / `.value`, `i` the item's position in the cart),
         *     nothing changed. `zipCode` is ignored.
         */
        post: operations["addItemToCart"];
        /**
         * Not simulated: removeAllCartItems
         * @description A call of Kibo's commerce document that the official SDK does not wrap (carts). Not simulated by the
         *     reference server; answers `501`.
         */
        delete: operations["removeAllCartItems"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/carts/current/items/{cartItemId}": {
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
                /** @description Id of the cart item. */
                cartItemId: components["parameters"]["CartItemIdPath"];
            };
            cookie?: never;
        };
        /**
         * Get an item of the current cart
         * @description One cart item.
         */
        get: operations["getCartItem"];
        /**
         * Update an item of the current cart
         * @description Replaces the item (quantity, location, method, tags, echoed fields); its id and line stay. The item
         *     is checked, never allocated, against its segment's `available` (D2) at its
         *     `fulfillmentLocationCode`, or summed over every location that supports inventory when it has none.
         *     When the quantity exceeds it, the call still succeeds and the cart gets an `OutOfStock` message for
         *     the item (`Backorder` when the item `allowsBackOrder`). Tag rules (D19): a name without a value, a
         *     name given twice on one item, or a name or value the tenant does not have → 400 (`VALIDATION_ERROR`)
         *     listing every bad tag (`items[i].inventoryTags[j].name` / `.value`, `i` the item's position in the cart), nothing changed.
         */
        put: operations["updateCartItem"];
        post?: never;
        /**
         * Remove an item from the current cart
         * @description Removes the item and its message, if any.
         */
        delete: operations["deleteCartItem"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/carts/current/items/{cartItemId}/{quantity}": {
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
                /** @description Id of the cart item. */
                cartItemId: components["parameters"]["CartItemIdPath"];
                /** @description The new quantity, at least 1. */
                quantity: components["parameters"]["QuantityPath"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Change the quantity of an item of the current cart
         * @description Sets the quantity (at least 1, else 400) and re-checks stock as `addItemToCart` does. The optional
         *     body's price override is echoed, not simulated.
         */
        put: operations["updateCartItemQuantity"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/carts/{cartId}/items": {
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
                /** @description Id of the cart. */
                cartId: components["parameters"]["CartIdPath"];
            };
            cookie?: never;
        };
        /**
         * List the items of a cart named by id
         * @description The items in line order.
         */
        get: operations["getCartItemsByCartId"];
        put?: never;
        /**
         * Add an item to a cart named by id
         * @description Adds one item (next `lineId`). The item is checked, never allocated, against its segment's
         *     `available` (D2) at its `fulfillmentLocationCode`, or summed over every location that supports
         *     inventory when it has none. When the quantity exceeds it, the call still succeeds and the cart gets
         *     an `OutOfStock` message for the item (`Backorder` when the item `allowsBackOrder`). Tag rules (D19):
         *     a name without a value, a name given twice on one item, or a name or value the tenant does not have
         *     → 400 (`VALIDATION_ERROR`) listing every bad tag (`items[i].inventoryTags[j].name` / `.value`, `i` the item's position in the cart), nothing
         *     changed. `zipCode` is ignored.
         */
        post: operations["addItemToCartByCartId"];
        /**
         * Empty a cart
         * @description Removes every item and message.
         */
        delete: operations["removeAllCartItemsByCartId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/carts/{cartId}/items/{cartItemId}": {
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
                /** @description Id of the cart. */
                cartId: components["parameters"]["CartIdPath"];
                /** @description Id of the cart item. */
                cartItemId: components["parameters"]["CartItemIdPath"];
            };
            cookie?: never;
        };
        /**
         * Get an item of a cart named by id
         * @description One cart item.
         */
        get: operations["getCartItemByCartId"];
        /**
         * Update an item of a cart named by id
         * @description Replaces the item (quantity, location, method, tags, echoed fields); its id and line stay. The item
         *     is checked, never allocated, against its segment's `available` (D2) at its
         *     `fulfillmentLocationCode`, or summed over every location that supports inventory when it has none.
         *     When the quantity exceeds it, the call still succeeds and the cart gets an `OutOfStock` message for
         *     the item (`Backorder` when the item `allowsBackOrder`). Tag rules (D19): a name without a value, a
         *     name given twice on one item, or a name or value the tenant does not have → 400 (`VALIDATION_ERROR`)
         *     listing every bad tag (`items[i].inventoryTags[j].name` / `.value`, `i` the item's position in the cart), nothing changed.
         */
        put: operations["updateCartItemByCartId"];
        post?: never;
        /**
         * Remove an item from a cart named by id
         * @description Removes the item and its message, if any.
         */
        delete: operations["deleteCartItemByCartId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/carts/{cartId}/items/{cartItemId}/{quantity}": {
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
                /** @description Id of the cart. */
                cartId: components["parameters"]["CartIdPath"];
                /** @description Id of the cart item. */
                cartItemId: components["parameters"]["CartItemIdPath"];
                /** @description The new quantity, at least 1. */
                quantity: components["parameters"]["QuantityPath"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Change the quantity of an item of a cart named by id
         * @description Sets the quantity (at least 1, else 400) and re-checks stock as `addItemToCart` does. The optional
         *     body's price override is echoed, not simulated.
         */
        put: operations["updateCartItemQuantityByCartId"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/checkouts": {
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
         * List checkouts
         * @description Pages through the tenant's checkouts by `number`. `filter` supports `field eq value` over `id`,
         *     `number` and `originalCartId` (joined by ` and `); `q` and `qLimit` are ignored.
         */
        get: operations["getCheckouts"];
        put?: never;
        /**
         * Create a checkout from a cart
         * @description Copies the cart's items (tags, locations, methods, echoed fields) into a new checkout; the cart
         *     stays as it is. `cartId` is required (400 without it); a cart without items is 400. No body.
         */
        post: operations["createCheckoutFromCart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/checkouts/{checkoutId}": {
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
                /** @description Id of the checkout. */
                checkoutId: components["parameters"]["CheckoutIdPath"];
            };
            cookie?: never;
        };
        /**
         * Get a checkout
         * @description One checkout.
         */
        get: operations["getCheckout"];
        put?: never;
        /**
         * Not simulated: CheckoutApi.updateCheckout
         * @description The official SDK's `CheckoutApi.updateCheckout` (checkouts). Not simulated by the reference server;
         *     answers `501`.
         */
        post: operations["updateCheckout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/checkouts/{checkoutId}/items": {
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
                /** @description Id of the checkout. */
                checkoutId: components["parameters"]["CheckoutIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add an item to a checkout
         * @description Adds one item. Only until the checkout is submitted; afterwards 409, nothing changed. Tag rules
         *     (D19): a name without a value, a name given twice on one item, or a name or value the tenant does
         *     not have → 400 (`VALIDATION_ERROR`) listing every bad tag (`items[i].inventoryTags[j].name` /
         *     `.value`), nothing changed.
         */
        post: operations["addCheckoutItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/checkouts/{checkoutId}/items/{itemId}": {
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
                /** @description Id of the checkout. */
                checkoutId: components["parameters"]["CheckoutIdPath"];
                /** @description Id of the checkout item. */
                itemId: components["parameters"]["CheckoutItemIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove an item from a checkout
         * @description Removes one item. Only until the checkout is submitted; afterwards 409, nothing changed.
         */
        delete: operations["deleteCheckoutItem"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/checkouts/{checkoutId}/items/{itemId}/upsert-inventory-tags": {
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
                /** @description Id of the checkout. */
                checkoutId: components["parameters"]["CheckoutIdPath"];
                /** @description Id of the checkout item. */
                itemId: components["parameters"]["CheckoutItemIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Replace a checkout item's inventory tags
         * @description Replaces the item's whole tag set, as `upsertInventoryTags` does for order items (note Kibo's
         *     different path spelling). Only until the checkout is submitted; afterwards 409, nothing changed. Tag
         *     rules (D19): a name without a value, a name given twice on one item, or a name or value the tenant
         *     does not have → 400 (`VALIDATION_ERROR`) listing every bad tag (`items[i].inventoryTags[j].name` /
         *     `.value`), nothing changed.
         */
        put: operations["upsertInventoryTagsForCheckout"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/checkouts/{checkoutId}/items/{itemId}/split": {
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
                /** @description Id of the checkout. */
                checkoutId: components["parameters"]["CheckoutIdPath"];
                /** @description Id of the checkout item. */
                itemId: components["parameters"]["CheckoutItemIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Split a checkout item
         * @description Moves `quantity` units (default 1) of the item into a new item that copies its product, location,
         *     method, echoed fields and tags; the copy's tags stay editable on their own. `quantity` must be at
         *     least 1 and less than the item's quantity (400). No body. Only until the checkout is submitted;
         *     afterwards 409, nothing changed.
         */
        post: operations["splitItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/checkouts/{checkoutId}/actions": {
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
                /** @description Id of the checkout. */
                checkoutId: components["parameters"]["CheckoutIdPath"];
            };
            cookie?: never;
        };
        /**
         * List the checkout actions allowed now
         * @description The checkout's `availableActions`, as a bare array.
         */
        get: operations["getAvailableActionsForCheckout"];
        put?: never;
        /**
         * Submit a checkout
         * @description `SubmitCheckout` creates an order from the checkout's items
         *     (`parentCheckoutId`/`parentCheckoutNumber` set; find it with `getOrders` `filter=parentCheckoutId eq
         *     <id>`) and submits it exactly as `SubmitOrder` does; if the submit fails (400) nothing is created.
         *     The checkout becomes read-only and its source cart, if it still exists, is used up. Submitting twice
         *     → 409.
         */
        post: operations["performCheckoutAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/returns": {
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
         * List returns
         * @description Pages through the tenant's returns by `returnNumber`. `filter` supports `field eq value` over `id`,
         *     `returnNumber`, `status` and `originalOrderId` (joined by ` and `); `q` is ignored.
         */
        get: operations["getReturns"];
        put?: never;
        /**
         * Create a return
         * @description Creates a return in status `Created`. Nothing moves in inventory until `restockReturnItems`. See
         *     `ReturnRequest` and `ReturnItemRequest` for the rules (400, 404 for an unknown order or item, 409
         *     for an order that was never submitted or is cancelled).
         */
        post: operations["createReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/returns/actions": {
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
         * Act on returns
         * @description Applies one `ReturnActionName` to every named return; if any return does not exist (404) or does not
         *     allow the action (409), none changes.
         */
        post: operations["performReturnActions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/returns/{returnId}": {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
            };
            cookie?: never;
        };
        /**
         * Get a return
         * @description One return.
         */
        get: operations["getReturn"];
        /**
         * Not simulated: ReturnApi.updateReturn
         * @description The official SDK's `ReturnApi.updateReturn` (returns). Not simulated by the reference server;
         *     answers `501`.
         */
        put: operations["updateReturn"];
        post?: never;
        /**
         * Not simulated: ReturnApi.deleteReturn
         * @description The official SDK's `ReturnApi.deleteReturn` (returns). Not simulated by the reference server;
         *     answers `501`.
         */
        delete: operations["deleteReturn"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/returns/{returnId}/actions": {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
            };
            cookie?: never;
        };
        /**
         * List the return actions allowed now
         * @description The return's `availableActions`, as a bare array.
         */
        get: operations["getAvailableReturnActions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/returns/{returnId}/restock": {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Put returned units back into inventory
         * @description For each entry, adds `quantity` units to onHand **in the segment they were allocated from, at the
         *     location they were fulfilled from**, into the records they came from (most recently fulfilled
         *     first). When the units' origin was not recorded, they go into the default segment of the entry's
         *     `locationCode`. Pending units of that segment are released as stock arrives (D12). Per item,
         *     restocked units may not exceed `quantityRestockable` (400, field `[i].quantity`). Not on Cancelled
         *     or Closed returns (409). All entries or none.
         */
        post: operations["restockReturnItems"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/extendedproperties": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
            cookie?: never;
        };
        /**
         * Not simulated: OrderApi.getExtendedProperties
         * @description The official SDK's `OrderApi.getExtendedProperties` (orders). Not simulated by the reference server;
         *     answers `501`.
         */
        get: operations["getExtendedProperties"];
        /**
         * Not simulated: OrderApi.updateExtendedProperties
         * @description The official SDK's `OrderApi.updateExtendedProperties` (orders). Not simulated by the reference
         *     server; answers `501`.
         */
        put: operations["updateExtendedProperties"];
        /**
         * Not simulated: OrderApi.addExtendedProperties
         * @description The official SDK's `OrderApi.addExtendedProperties` (orders). Not simulated by the reference server;
         *     answers `501`.
         */
        post: operations["addExtendedProperties"];
        /**
         * Not simulated: OrderApi.deleteExtendedProperties
         * @description The official SDK's `OrderApi.deleteExtendedProperties` (orders). Not simulated by the reference
         *     server; answers `501`.
         */
        delete: operations["deleteExtendedProperties"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/validationresults": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
            cookie?: never;
        };
        /**
         * Not simulated: OrderApi.getValidationResults
         * @description The official SDK's `OrderApi.getValidationResults` (orders). Not simulated by the reference server;
         *     answers `501`.
         */
        get: operations["getValidationResults"];
        /**
         * Not simulated: OrderApi.addValidationResult
         * @description The official SDK's `OrderApi.addValidationResult` (orders). Not simulated by the reference server;
         *     answers `501`.
         */
        put: operations["addValidationResult"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/adjustment": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Not simulated: OrderApi.applyAdjustment
         * @description The official SDK's `OrderApi.applyAdjustment` (orders). Not simulated by the reference server;
         *     answers `501`.
         */
        put: operations["applyAdjustment"];
        post?: never;
        /**
         * Not simulated: OrderApi.removeAdjustment
         * @description The official SDK's `OrderApi.removeAdjustment` (orders). Not simulated by the reference server;
         *     answers `501`.
         */
        delete: operations["removeAdjustment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/coupons/{couponCode}": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Kibo's `couponCode`. */
                couponCode: string;
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Not simulated: OrderApi.applyCoupon
         * @description The official SDK's `OrderApi.applyCoupon` (orders). Not simulated by the reference server; answers
         *     `501`.
         */
        put: operations["applyCoupon"];
        post?: never;
        /**
         * Not simulated: OrderApi.removeCoupon
         * @description The official SDK's `OrderApi.removeCoupon` (orders). Not simulated by the reference server; answers
         *     `501`.
         */
        delete: operations["removeCoupon"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/adjustment/handling": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Not simulated: OrderApi.applyHandlingAdjustment
         * @description The official SDK's `OrderApi.applyHandlingAdjustment` (orders). Not simulated by the reference
         *     server; answers `501`.
         */
        put: operations["applyHandlingAdjustment"];
        post?: never;
        /**
         * Not simulated: OrderApi.removeHandlingAdjustment
         * @description The official SDK's `OrderApi.removeHandlingAdjustment` (orders). Not simulated by the reference
         *     server; answers `501`.
         */
        delete: operations["removeHandlingAdjustment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/adjustment/shipping": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Not simulated: OrderApi.applyShippingAdjustment
         * @description The official SDK's `OrderApi.applyShippingAdjustment` (orders). Not simulated by the reference
         *     server; answers `501`.
         */
        put: operations["applyShippingAdjustment"];
        post?: never;
        /**
         * Not simulated: OrderApi.removeShippingAdjustment
         * @description The official SDK's `OrderApi.removeShippingAdjustment` (orders). Not simulated by the reference
         *     server; answers `501`.
         */
        delete: operations["removeShippingAdjustment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/payments/autocapture": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Not simulated: OrderApi.autoCapturePayments
         * @description The official SDK's `OrderApi.autoCapturePayments` (orders). Not simulated by the reference server;
         *     answers `501`.
         */
        post: operations["autoCapturePayments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/priceList": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Not simulated: OrderApi.changeOrderPriceList
         * @description The official SDK's `OrderApi.changeOrderPriceList` (orders). Not simulated by the reference server;
         *     answers `501`.
         */
        put: operations["changeOrderPriceList"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/users": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Not simulated: OrderApi.changeOrderUserId
         * @description The official SDK's `OrderApi.changeOrderUserId` (orders). Not simulated by the reference server;
         *     answers `501`.
         */
        put: operations["changeOrderUserId"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/digitalpackages": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Not simulated: OrderApi.createDigitalPackage
         * @description The official SDK's `OrderApi.createDigitalPackage` (orders). Not simulated by the reference server;
         *     answers `501`.
         */
        post: operations["createDigitalPackage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/attributes": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
            cookie?: never;
        };
        /**
         * Not simulated: OrderApi.getOrderAttributes
         * @description The official SDK's `OrderApi.getOrderAttributes` (orders). Not simulated by the reference server;
         *     answers `501`.
         */
        get: operations["getOrderAttributes"];
        /**
         * Not simulated: OrderApi.updateOrderAttributes
         * @description The official SDK's `OrderApi.updateOrderAttributes` (orders). Not simulated by the reference server;
         *     answers `501`.
         */
        put: operations["updateOrderAttributes"];
        /**
         * Not simulated: OrderApi.createOrderAttributes
         * @description The official SDK's `OrderApi.createOrderAttributes` (orders). Not simulated by the reference server;
         *     answers `501`.
         */
        post: operations["createOrderAttributes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/items/{orderItemId}/attributes": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Id of the order item (or its `lineId` on the read). */
                orderItemId: components["parameters"]["OrderItemIdPath"];
            };
            cookie?: never;
        };
        /**
         * Not simulated: OrderApi.getOrderLineAttributes
         * @description The official SDK's `OrderApi.getOrderLineAttributes` (orders). Not simulated by the reference
         *     server; answers `501`.
         */
        get: operations["getOrderLineAttributes"];
        /**
         * Not simulated: OrderApi.updateOrderLineAttributes
         * @description The official SDK's `OrderApi.updateOrderLineAttributes` (orders). Not simulated by the reference
         *     server; answers `501`.
         */
        put: operations["updateOrderLineAttributes"];
        /**
         * Not simulated: OrderApi.createOrderLineAttributes
         * @description The official SDK's `OrderApi.createOrderLineAttributes` (orders). Not simulated by the reference
         *     server; answers `501`.
         */
        post: operations["createOrderLineAttributes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/notes": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
            cookie?: never;
        };
        /**
         * Not simulated: OrderApi.getOrderNotes
         * @description The official SDK's `OrderApi.getOrderNotes` (orders). Not simulated by the reference server; answers
         *     `501`.
         */
        get: operations["getOrderNotes"];
        put?: never;
        /**
         * Not simulated: OrderApi.createOrderNote
         * @description The official SDK's `OrderApi.createOrderNote` (orders). Not simulated by the reference server;
         *     answers `501`.
         */
        post: operations["createOrderNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/shipments": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Not simulated: OrderApi.createPackageShipments
         * @description The official SDK's `OrderApi.createPackageShipments` (orders). Not simulated by the reference
         *     server; answers `501`.
         */
        post: operations["createPackageShipments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/payments/actions": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Not simulated: OrderApi.createPaymentAction
         * @description The official SDK's `OrderApi.createPaymentAction` (orders). Not simulated by the reference server;
         *     answers `501`.
         */
        post: operations["createPaymentAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/pickups": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Not simulated: OrderApi.createPickup
         * @description The official SDK's `OrderApi.createPickup` (orders). Not simulated by the reference server; answers
         *     `501`.
         */
        post: operations["createPickup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/refunds": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Not simulated: OrderApi.createRefund
         * @description The official SDK's `OrderApi.createRefund` (orders). Not simulated by the reference server; answers
         *     `501`.
         */
        post: operations["createRefund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/shipments/{shipmentNumber}/attributes": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Number of the shipment. */
                shipmentNumber: components["parameters"]["ShipmentNumberPath"];
            };
            cookie?: never;
        };
        /**
         * Not simulated: OrderApi.getShipmentAttributes
         * @description The official SDK's `OrderApi.getShipmentAttributes` (orders). Not simulated by the reference server;
         *     answers `501`.
         */
        get: operations["getShipmentAttributes"];
        /**
         * Not simulated: OrderApi.updateShipmentAttributes
         * @description The official SDK's `OrderApi.updateShipmentAttributes` (orders). Not simulated by the reference
         *     server; answers `501`.
         */
        put: operations["updateShipmentAttributes"];
        /**
         * Not simulated: OrderApi.createShipmentAttributes
         * @description The official SDK's `OrderApi.createShipmentAttributes` (orders). Not simulated by the reference
         *     server; answers `501`.
         */
        post: operations["createShipmentAttributes"];
        /**
         * Not simulated: OrderApi.deleteShipmentAttributes
         * @description The official SDK's `OrderApi.deleteShipmentAttributes` (orders). Not simulated by the reference
         *     server; answers `501`.
         */
        delete: operations["deleteShipmentAttributes"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/digitalpackages/{digitalPackageId}": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Kibo's `digitalPackageId`. */
                digitalPackageId: string;
            };
            cookie?: never;
        };
        /**
         * Not simulated: OrderApi.getDigitalPackage
         * @description The official SDK's `OrderApi.getDigitalPackage` (orders). Not simulated by the reference server;
         *     answers `501`.
         */
        get: operations["getDigitalPackage"];
        /**
         * Not simulated: OrderApi.updateDigitalPackage
         * @description The official SDK's `OrderApi.updateDigitalPackage` (orders). Not simulated by the reference server;
         *     answers `501`.
         */
        put: operations["updateDigitalPackage"];
        post?: never;
        /**
         * Not simulated: OrderApi.deleteDigitalPackage
         * @description The official SDK's `OrderApi.deleteDigitalPackage` (orders). Not simulated by the reference server;
         *     answers `501`.
         */
        delete: operations["deleteDigitalPackage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/extendedproperties/{key}": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Kibo's `key`. */
                key: string;
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Not simulated: OrderApi.updateExtendedProperty
         * @description The official SDK's `OrderApi.updateExtendedProperty` (orders). Not simulated by the reference
         *     server; answers `501`.
         */
        put: operations["updateExtendedProperty"];
        post?: never;
        /**
         * Not simulated: OrderApi.deleteExtendedProperty
         * @description The official SDK's `OrderApi.deleteExtendedProperty` (orders). Not simulated by the reference
         *     server; answers `501`.
         */
        delete: operations["deleteExtendedProperty"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/data/{orderDataId}": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Kibo's `orderDataId`. */
                orderDataId: string;
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Not simulated: OrderApi.updateOrderData
         * @description The official SDK's `OrderApi.updateOrderData` (orders). Not simulated by the reference server;
         *     answers `501`.
         */
        put: operations["updateOrderData"];
        post?: never;
        /**
         * Not simulated: OrderApi.deleteOrderData
         * @description The official SDK's `OrderApi.deleteOrderData` (orders). Not simulated by the reference server;
         *     answers `501`.
         */
        delete: operations["deleteOrderData"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/draft": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Not simulated: OrderApi.deleteOrderDraft
         * @description The official SDK's `OrderApi.deleteOrderDraft` (orders). Not simulated by the reference server;
         *     answers `501`.
         */
        put: operations["deleteOrderDraft"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/item/{orderItemId}/data/{orderItemDataId}": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Id of the order item (or its `lineId` on the read). */
                orderItemId: components["parameters"]["OrderItemIdPath"];
                /** @description Kibo's `orderItemDataId`. */
                orderItemDataId: string;
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Not simulated: OrderApi.updateOrderItemData
         * @description The official SDK's `OrderApi.updateOrderItemData` (orders). Not simulated by the reference server;
         *     answers `501`.
         */
        put: operations["updateOrderItemData"];
        post?: never;
        /**
         * Not simulated: OrderApi.deleteOrderItemData
         * @description The official SDK's `OrderApi.deleteOrderItemData` (orders). Not simulated by the reference server;
         *     answers `501`.
         */
        delete: operations["deleteOrderItemData"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/items/{orderItemId}/attributes/{attributeFqn}": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Id of the order item (or its `lineId` on the read). */
                orderItemId: components["parameters"]["OrderItemIdPath"];
                /** @description Kibo's `attributeFqn`. */
                attributeFqn: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Not simulated: OrderApi.deleteOrderLineAttribute
         * @description The official SDK's `OrderApi.deleteOrderLineAttribute` (orders). Not simulated by the reference
         *     server; answers `501`.
         */
        delete: operations["deleteOrderLineAttribute"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/notes/{noteId}": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Kibo's `noteId`. */
                noteId: string;
            };
            cookie?: never;
        };
        /**
         * Not simulated: OrderApi.getOrderNote
         * @description The official SDK's `OrderApi.getOrderNote` (orders). Not simulated by the reference server; answers
         *     `501`.
         */
        get: operations["getOrderNote"];
        /**
         * Not simulated: OrderApi.updateOrderNote
         * @description The official SDK's `OrderApi.updateOrderNote` (orders). Not simulated by the reference server;
         *     answers `501`.
         */
        put: operations["updateOrderNote"];
        post?: never;
        /**
         * Not simulated: OrderApi.deleteOrderNote
         * @description The official SDK's `OrderApi.deleteOrderNote` (orders). Not simulated by the reference server;
         *     answers `501`.
         */
        delete: operations["deleteOrderNote"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/pickups/{pickupId}": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Kibo's `pickupId`. */
                pickupId: string;
            };
            cookie?: never;
        };
        /**
         * Not simulated: OrderApi.getPickup
         * @description The official SDK's `OrderApi.getPickup` (orders). Not simulated by the reference server; answers
         *     `501`.
         */
        get: operations["getPickup"];
        /**
         * Not simulated: OrderApi.updatePickup
         * @description The official SDK's `OrderApi.updatePickup` (orders). Not simulated by the reference server; answers
         *     `501`.
         */
        put: operations["updatePickup"];
        post?: never;
        /**
         * Not simulated: OrderApi.deletePickup
         * @description The official SDK's `OrderApi.deletePickup` (orders). Not simulated by the reference server; answers
         *     `501`.
         */
        delete: operations["deletePickup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/evaluaterollupstatus": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Not simulated: OrderApi.evaluateOrderRollupStatus
         * @description The official SDK's `OrderApi.evaluateOrderRollupStatus` (orders). Not simulated by the reference
         *     server; answers `501`.
         */
        put: operations["evaluateOrderRollupStatus"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/digitalpackages/{digitalPackageId}/actions": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Kibo's `digitalPackageId`. */
                digitalPackageId: string;
            };
            cookie?: never;
        };
        /**
         * Not simulated: OrderApi.getAvailableDigitalPackageFulfillmentActions
         * @description The official SDK's `OrderApi.getAvailableDigitalPackageFulfillmentActions` (orders). Not simulated
         *     by the reference server; answers `501`.
         */
        get: operations["getAvailableDigitalPackageFulfillmentActions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/packages/{packageId}/actions": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Id of the package. */
                packageId: components["parameters"]["PackageIdPath"];
            };
            cookie?: never;
        };
        /**
         * Not simulated: OrderApi.getAvailablePackageFulfillmentActions
         * @description The official SDK's `OrderApi.getAvailablePackageFulfillmentActions` (orders). Not simulated by the
         *     reference server; answers `501`.
         */
        get: operations["getAvailablePackageFulfillmentActions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/payments/{paymentId}/actions": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Kibo's `paymentId`. */
                paymentId: string;
            };
            cookie?: never;
        };
        /**
         * Not simulated: OrderApi.getAvailablePaymentActions
         * @description The official SDK's `OrderApi.getAvailablePaymentActions` (orders). Not simulated by the reference
         *     server; answers `501`.
         */
        get: operations["getAvailablePaymentActions"];
        put?: never;
        /**
         * Not simulated: OrderApi.performPaymentAction
         * @description The official SDK's `OrderApi.performPaymentAction` (orders). Not simulated by the reference server;
         *     answers `501`.
         */
        post: operations["performPaymentAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/pickups/{pickupId}/actions": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Kibo's `pickupId`. */
                pickupId: string;
            };
            cookie?: never;
        };
        /**
         * Not simulated: OrderApi.getAvailablePickupFulfillmentActions
         * @description The official SDK's `OrderApi.getAvailablePickupFulfillmentActions` (orders). Not simulated by the
         *     reference server; answers `501`.
         */
        get: operations["getAvailablePickupFulfillmentActions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/shipments/methods": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
            cookie?: never;
        };
        /**
         * Not simulated: OrderApi.getAvailableShipmentMethods
         * @description The official SDK's `OrderApi.getAvailableShipmentMethods` (orders). Not simulated by the reference
         *     server; answers `501`.
         */
        get: operations["getAvailableShipmentMethods"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/billinginfo": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
            cookie?: never;
        };
        /**
         * Not simulated: OrderApi.getBillingInfo
         * @description The official SDK's `OrderApi.getBillingInfo` (orders). Not simulated by the reference server;
         *     answers `501`.
         */
        get: operations["getBillingInfo"];
        /**
         * Not simulated: OrderApi.setBillingInfo
         * @description The official SDK's `OrderApi.setBillingInfo` (orders). Not simulated by the reference server;
         *     answers `501`.
         */
        put: operations["setBillingInfo"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/fulfillmentinfo": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
            cookie?: never;
        };
        /**
         * Not simulated: OrderApi.getFulfillmentInfo
         * @description The official SDK's `OrderApi.getFulfillmentInfo` (orders). Not simulated by the reference server;
         *     answers `501`.
         */
        get: operations["getFulfillmentInfo"];
        /**
         * Not simulated: OrderApi.setFulFillmentInfo
         * @description The official SDK's `OrderApi.setFulFillmentInfo` (orders). Not simulated by the reference server;
         *     answers `501`.
         */
        put: operations["setFulFillmentInfo"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/data": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
            cookie?: never;
        };
        /**
         * Not simulated: OrderApi.getOrderData
         * @description The official SDK's `OrderApi.getOrderData` (orders). Not simulated by the reference server; answers
         *     `501`.
         */
        get: operations["getOrderData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/item/{orderItemId}/data": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Id of the order item (or its `lineId` on the read). */
                orderItemId: components["parameters"]["OrderItemIdPath"];
            };
            cookie?: never;
        };
        /**
         * Not simulated: OrderApi.getOrderItemData
         * @description The official SDK's `OrderApi.getOrderItemData` (orders). Not simulated by the reference server;
         *     answers `501`.
         */
        get: operations["getOrderItemData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/returnableitems": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
            cookie?: never;
        };
        /**
         * Not simulated: OrderApi.getOrderReturnableItems
         * @description The official SDK's `OrderApi.getOrderReturnableItems` (orders). Not simulated by the reference
         *     server; answers `501`.
         */
        get: operations["getOrderReturnableItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/packages/{packageId}/label": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Id of the package. */
                packageId: components["parameters"]["PackageIdPath"];
            };
            cookie?: never;
        };
        /**
         * Not simulated: OrderApi.getPackageLabel
         * @description The official SDK's `OrderApi.getPackageLabel` (orders). Not simulated by the reference server;
         *     answers `501`.
         */
        get: operations["getPackageLabel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/payments/{paymentId}": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Kibo's `paymentId`. */
                paymentId: string;
            };
            cookie?: never;
        };
        /**
         * Not simulated: OrderApi.getPayment
         * @description The official SDK's `OrderApi.getPayment` (orders). Not simulated by the reference server; answers
         *     `501`.
         */
        get: operations["getPayment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/payments": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
            cookie?: never;
        };
        /**
         * Not simulated: OrderApi.getPayments
         * @description The official SDK's `OrderApi.getPayments` (orders). Not simulated by the reference server; answers
         *     `501`.
         */
        get: operations["getPayments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/queuedorders/historical/{orderId}": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
            cookie?: never;
        };
        /**
         * Not simulated: OrderApi.getQueuedHistoricalOrder
         * @description The official SDK's `OrderApi.getQueuedHistoricalOrder` (orders). Not simulated by the reference
         *     server; answers `501`.
         */
        get: operations["getQueuedHistoricalOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/queuedorders/historical": {
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
         * Not simulated: OrderApi.getQueuedHistoricalOrders
         * @description The official SDK's `OrderApi.getQueuedHistoricalOrders` (orders). Not simulated by the reference
         *     server; answers `501`.
         */
        get: operations["getQueuedHistoricalOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/queuedorders/{orderId}": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
            cookie?: never;
        };
        /**
         * Not simulated: OrderApi.getQueuedOrder
         * @description The official SDK's `OrderApi.getQueuedOrder` (orders). Not simulated by the reference server;
         *     answers `501`.
         */
        get: operations["getQueuedOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/queuedorders": {
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
         * Not simulated: OrderApi.getQueuedOrders
         * @description The official SDK's `OrderApi.getQueuedOrders` (orders). Not simulated by the reference server;
         *     answers `501`.
         */
        get: operations["getQueuedOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/cancel/reasons": {
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
         * Not simulated: OrderApi.getReasons
         * @description The official SDK's `OrderApi.getReasons` (orders). Not simulated by the reference server; answers
         *     `501`.
         */
        get: operations["getReasons"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/refunds/refundreasons": {
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
         * Not simulated: OrderApi.getRefundReasons
         * @description The official SDK's `OrderApi.getRefundReasons` (orders). Not simulated by the reference server;
         *     answers `501`.
         */
        get: operations["getRefundReasons"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/taxableorders": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
            cookie?: never;
        };
        /**
         * Not simulated: OrderApi.getTaxableOrders
         * @description The official SDK's `OrderApi.getTaxableOrders` (orders). Not simulated by the reference server;
         *     answers `501`.
         */
        get: operations["getTaxableOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/price": {
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
         * Not simulated: OrderApi.priceOrder
         * @description The official SDK's `OrderApi.priceOrder` (orders). Not simulated by the reference server; answers
         *     `501`.
         */
        post: operations["priceOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/digitalWallet/{digitalWalletType}": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Kibo's `digitalWalletType`. */
                digitalWalletType: string;
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Not simulated: OrderApi.processDigitalWallet
         * @description The official SDK's `OrderApi.processDigitalWallet` (orders). Not simulated by the reference server;
         *     answers `501`.
         */
        put: operations["processDigitalWallet"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/processreturnrules": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Not simulated: OrderApi.processReturnRules
         * @description The official SDK's `OrderApi.processReturnRules` (orders). Not simulated by the reference server;
         *     answers `501`.
         */
        post: operations["processReturnRules"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/removealternatecontact": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Not simulated: OrderApi.removeAlternateContact
         * @description The official SDK's `OrderApi.removeAlternateContact` (orders). Not simulated by the reference
         *     server; answers `501`.
         */
        put: operations["removeAlternateContact"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/coupons": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Not simulated: OrderApi.removeCoupons
         * @description The official SDK's `OrderApi.removeCoupons` (orders). Not simulated by the reference server; answers
         *     `501`.
         */
        delete: operations["removeCoupons"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/shipments/repricecanceledshipment": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Not simulated: OrderApi.repriceCanceledShipment
         * @description The official SDK's `OrderApi.repriceCanceledShipment` (orders). Not simulated by the reference
         *     server; answers `501`.
         */
        post: operations["repriceCanceledShipment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/shipments/{shipmentNumber}/reprice": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Number of the shipment. */
                shipmentNumber: components["parameters"]["ShipmentNumberPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Not simulated: OrderApi.repriceShipment
         * @description The official SDK's `OrderApi.repriceShipment` (orders). Not simulated by the reference server;
         *     answers `501`.
         */
        post: operations["repriceShipment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/shipments/{shipmentNumber}/repricesubstitutes": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Number of the shipment. */
                shipmentNumber: components["parameters"]["ShipmentNumberPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Not simulated: OrderApi.repriceSubstitutes
         * @description The official SDK's `OrderApi.repriceSubstitutes` (orders). Not simulated by the reference server;
         *     answers `501`.
         */
        post: operations["repriceSubstitutes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/giftcard/{giftcardId}/resend": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Kibo's `giftcardId`. */
                giftcardId: string;
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Not simulated: OrderApi.resendGatewayGiftCardEmail
         * @description The official SDK's `OrderApi.resendGatewayGiftCardEmail` (orders). Not simulated by the reference
         *     server; answers `501`.
         */
        put: operations["resendGatewayGiftCardEmail"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/email/resend": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Not simulated: OrderApi.resendOrderConfirmationEmail
         * @description The official SDK's `OrderApi.resendOrderConfirmationEmail` (orders). Not simulated by the reference
         *     server; answers `501`.
         */
        put: operations["resendOrderConfirmationEmail"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/fulfillment/email/resend": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Not simulated: OrderApi.resendPackageFulfillmentEmail
         * @description The official SDK's `OrderApi.resendPackageFulfillmentEmail` (orders). Not simulated by the reference
         *     server; answers `501`.
         */
        post: operations["resendPackageFulfillmentEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/refunds/{refundId}": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Kibo's `refundId`. */
                refundId: string;
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Not simulated: OrderApi.resendRefundEmail
         * @description The official SDK's `OrderApi.resendRefundEmail` (orders). Not simulated by the reference server;
         *     answers `501`.
         */
        put: operations["resendRefundEmail"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/sms/optout/{siteId}": {
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
                /** @description Kibo's `siteId`. */
                siteId: string;
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Not simulated: OrderApi.smsOptOut
         * @description The official SDK's `OrderApi.smsOptOut` (orders). Not simulated by the reference server; answers
         *     `501`.
         */
        put: operations["smsOptOut"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/converttoship": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
            cookie?: never;
        };
        /**
         * Not simulated: OrderApi.splitOrderIntoShipment
         * @description The official SDK's `OrderApi.splitOrderIntoShipment` (orders). Not simulated by the reference
         *     server; answers `501`.
         */
        get: operations["splitOrderIntoShipment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/shipments/{shipmentNumber}/split": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Number of the shipment. */
                shipmentNumber: components["parameters"]["ShipmentNumberPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Not simulated: OrderApi.splitShipments
         * @description The official SDK's `OrderApi.splitShipments` (orders). Not simulated by the reference server;
         *     answers `501`.
         */
        post: operations["splitShipments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/items/{orderItemId}/updateGiftInfo": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Id of the order item (or its `lineId` on the read). */
                orderItemId: components["parameters"]["OrderItemIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Not simulated: OrderApi.updateGiftInfo
         * @description The official SDK's `OrderApi.updateGiftInfo` (orders). Not simulated by the reference server;
         *     answers `501`.
         */
        put: operations["updateGiftInfo"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/items/{orderItemId}/deliverydate": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Id of the order item (or its `lineId` on the read). */
                orderItemId: components["parameters"]["OrderItemIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Not simulated: OrderApi.updateItemDeliveryDate
         * @description The official SDK's `OrderApi.updateItemDeliveryDate` (orders). Not simulated by the reference
         *     server; answers `501`.
         */
        put: operations["updateItemDeliveryDate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/items/{orderItemId}/dutyAmount/{dutyAmount}": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Id of the order item (or its `lineId` on the read). */
                orderItemId: components["parameters"]["OrderItemIdPath"];
                /** @description Kibo's `dutyAmount`. */
                dutyAmount: string;
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Not simulated: OrderApi.updateItemDuty
         * @description The official SDK's `OrderApi.updateItemDuty` (orders). Not simulated by the reference server;
         *     answers `501`.
         */
        put: operations["updateItemDuty"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/items/{orderItemId}/fulfillment": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Id of the order item (or its `lineId` on the read). */
                orderItemId: components["parameters"]["OrderItemIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Not simulated: OrderApi.updateItemFulfillment
         * @description The official SDK's `OrderApi.updateItemFulfillment` (orders). Not simulated by the reference server;
         *     answers `501`.
         */
        put: operations["updateItemFulfillment"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/items/{orderItemId}/price/{price}": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Id of the order item (or its `lineId` on the read). */
                orderItemId: components["parameters"]["OrderItemIdPath"];
                /** @description Kibo's `price`. */
                price: string;
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Not simulated: OrderApi.updateItemProductPrice
         * @description The official SDK's `OrderApi.updateItemProductPrice` (orders). Not simulated by the reference
         *     server; answers `501`.
         */
        put: operations["updateItemProductPrice"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/discounts/{discountId}": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Kibo's `discountId`. */
                discountId: string;
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Not simulated: OrderApi.updateOrderDiscount
         * @description The official SDK's `OrderApi.updateOrderDiscount` (orders). Not simulated by the reference server;
         *     answers `501`.
         */
        put: operations["updateOrderDiscount"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/items/{orderItemId}/discounts/{discountId}": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Id of the order item (or its `lineId` on the read). */
                orderItemId: components["parameters"]["OrderItemIdPath"];
                /** @description Kibo's `discountId`. */
                discountId: string;
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Not simulated: OrderApi.updateOrderItemDiscount
         * @description The official SDK's `OrderApi.updateOrderItemDiscount` (orders). Not simulated by the reference
         *     server; answers `501`.
         */
        put: operations["updateOrderItemDiscount"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/updateorderrestrictions": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Not simulated: OrderApi.updateOrderRestrictions
         * @description The official SDK's `OrderApi.updateOrderRestrictions` (orders). Not simulated by the reference
         *     server; answers `501`.
         */
        put: operations["updateOrderRestrictions"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/shipments/{shipmentNumber}/adjustments": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Number of the shipment. */
                shipmentNumber: components["parameters"]["ShipmentNumberPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Not simulated: OrderApi.updateShipmentAdjustments
         * @description The official SDK's `OrderApi.updateShipmentAdjustments` (orders). Not simulated by the reference
         *     server; answers `501`.
         */
        post: operations["updateShipmentAdjustments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/shipments/{shipmentNumber}/adjustments/bulk": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Number of the shipment. */
                shipmentNumber: components["parameters"]["ShipmentNumberPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Not simulated: OrderApi.updateShipmentAndItemsAdjustment
         * @description The official SDK's `OrderApi.updateShipmentAndItemsAdjustment` (orders). Not simulated by the
         *     reference server; answers `501`.
         */
        post: operations["updateShipmentAndItemsAdjustment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/shipments/{shipmentNumber}/item/{itemId}/adjustments": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Number of the shipment. */
                shipmentNumber: components["parameters"]["ShipmentNumberPath"];
                /** @description Id of the checkout item. */
                itemId: components["parameters"]["CheckoutItemIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Not simulated: OrderApi.updateShipmentItem
         * @description The official SDK's `OrderApi.updateShipmentItem` (orders). Not simulated by the reference server;
         *     answers `501`.
         */
        post: operations["updateShipmentItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/items/{orderItemId}/UpdateShippingAndSuggestions": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Id of the order item (or its `lineId` on the read). */
                orderItemId: components["parameters"]["OrderItemIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Not simulated: OrderApi.updateShippingAndSuggestions
         * @description The official SDK's `OrderApi.updateShippingAndSuggestions` (orders). Not simulated by the reference
         *     server; answers `501`.
         */
        put: operations["updateShippingAndSuggestions"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/items/{orderItemId}/subscriptionInfo": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Id of the order item (or its `lineId` on the read). */
                orderItemId: components["parameters"]["OrderItemIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Not simulated: OrderApi.updateSubscriptionInfo
         * @description The official SDK's `OrderApi.updateSubscriptionInfo` (orders). Not simulated by the reference
         *     server; answers `501`.
         */
        put: operations["updateSubscriptionInfo"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/upsertalternatecontact": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Not simulated: OrderApi.upsertAlternateContact
         * @description The official SDK's `OrderApi.upsertAlternateContact` (orders). Not simulated by the reference
         *     server; answers `501`.
         */
        put: operations["upsertAlternateContact"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/shipments/upsertgiftmessage": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Not simulated: OrderApi.upsertGiftMessage
         * @description The official SDK's `OrderApi.upsertGiftMessage` (orders). Not simulated by the reference server;
         *     answers `501`.
         */
        post: operations["upsertGiftMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/orders/{orderId}/items/{orderItemId}/upsertSubstituteInfo": {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Id of the order item (or its `lineId` on the read). */
                orderItemId: components["parameters"]["OrderItemIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Not simulated: OrderApi.upsertSubstituteInfo
         * @description The official SDK's `OrderApi.upsertSubstituteInfo` (orders). Not simulated by the reference server;
         *     answers `501`.
         */
        put: operations["upsertSubstituteInfo"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/carts/current/extendedproperties": {
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
         * Not simulated: CartApi.getExtendedProperties
         * @description The official SDK's `CartApi.getExtendedProperties` (carts). Not simulated by the reference server;
         *     answers `501`.
         */
        get: operations["getExtendedPropertiesForCart"];
        /**
         * Not simulated: CartApi.updateExtendedProperties
         * @description The official SDK's `CartApi.updateExtendedProperties` (carts). Not simulated by the reference
         *     server; answers `501`.
         */
        put: operations["updateExtendedPropertiesForCart"];
        /**
         * Not simulated: CartApi.addExtendedProperties
         * @description The official SDK's `CartApi.addExtendedProperties` (carts). Not simulated by the reference server;
         *     answers `501`.
         */
        post: operations["addExtendedPropertiesForCart"];
        /**
         * Not simulated: CartApi.deleteExtendedProperties
         * @description The official SDK's `CartApi.deleteExtendedProperties` (carts). Not simulated by the reference
         *     server; answers `501`.
         */
        delete: operations["deleteExtendedPropertiesForCart"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/carts/current/bulkitems": {
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
        /**
         * Not simulated: CartApi.updateCartItems
         * @description The official SDK's `CartApi.updateCartItems` (carts). Not simulated by the reference server; answers
         *     `501`.
         */
        put: operations["updateCartItems"];
        /**
         * Not simulated: CartApi.addItemsToCart
         * @description The official SDK's `CartApi.addItemsToCart` (carts). Not simulated by the reference server; answers
         *     `501`.
         */
        post: operations["addItemsToCart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/carts/{cartId}/bulkitems": {
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
                /** @description Id of the cart. */
                cartId: components["parameters"]["CartIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Not simulated: CartApi.updateCartItemsByCartId
         * @description The official SDK's `CartApi.updateCartItemsByCartId` (carts). Not simulated by the reference server;
         *     answers `501`.
         */
        put: operations["updateCartItemsByCartId"];
        /**
         * Not simulated: CartApi.addItemsToCartByCartId
         * @description The official SDK's `CartApi.addItemsToCartByCartId` (carts). Not simulated by the reference server;
         *     answers `501`.
         */
        post: operations["addItemsToCartByCartId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/carts/{cartId}/coupons/{couponCode}": {
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
                /** @description Id of the cart. */
                cartId: components["parameters"]["CartIdPath"];
                /** @description Kibo's `couponCode`. */
                couponCode: string;
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Not simulated: CartApi.applyCoupon
         * @description The official SDK's `CartApi.applyCoupon` (carts). Not simulated by the reference server; answers
         *     `501`.
         */
        put: operations["applyCouponForCart"];
        post?: never;
        /**
         * Not simulated: CartApi.removeCoupon
         * @description The official SDK's `CartApi.removeCoupon` (carts). Not simulated by the reference server; answers
         *     `501`.
         */
        delete: operations["removeCouponForCart"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/carts/current/bulkitems/delete": {
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
        /**
         * Not simulated: CartApi.deleteCartItems
         * @description The official SDK's `CartApi.deleteCartItems` (carts). Not simulated by the reference server; answers
         *     `501`.
         */
        put: operations["deleteCartItems"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/carts/{cartId}/bulkitems/delete": {
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
                /** @description Id of the cart. */
                cartId: components["parameters"]["CartIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Not simulated: CartApi.deleteCartItemsByCartId
         * @description The official SDK's `CartApi.deleteCartItemsByCartId` (carts). Not simulated by the reference server;
         *     answers `501`.
         */
        put: operations["deleteCartItemsByCartId"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/carts/current/extendedproperties/{key}": {
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
                /** @description Kibo's `key`. */
                key: string;
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Not simulated: CartApi.updateExtendedProperty
         * @description The official SDK's `CartApi.updateExtendedProperty` (carts). Not simulated by the reference server;
         *     answers `501`.
         */
        put: operations["updateExtendedPropertyForCart"];
        post?: never;
        /**
         * Not simulated: CartApi.deleteExtendedProperty
         * @description The official SDK's `CartApi.deleteExtendedProperty` (carts). Not simulated by the reference server;
         *     answers `501`.
         */
        delete: operations["deleteExtendedPropertyForCart"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/carts/user/{userId}": {
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
                /** @description Kibo's `userId`. */
                userId: string;
            };
            cookie?: never;
        };
        /**
         * Not simulated: CartApi.getUserCart
         * @description The official SDK's `CartApi.getUserCart` (carts). Not simulated by the reference server; answers
         *     `501`.
         */
        get: operations["getUserCart"];
        /**
         * Not simulated: CartApi.updateUserCart
         * @description The official SDK's `CartApi.updateUserCart` (carts). Not simulated by the reference server; answers
         *     `501`.
         */
        put: operations["updateUserCart"];
        /**
         * Not simulated: CartApi.getOrCreateUserCart
         * @description The official SDK's `CartApi.getOrCreateUserCart` (carts). Not simulated by the reference server;
         *     answers `501`.
         */
        post: operations["getOrCreateUserCart"];
        /**
         * Not simulated: CartApi.deleteUserCart
         * @description The official SDK's `CartApi.deleteUserCart` (carts). Not simulated by the reference server; answers
         *     `501`.
         */
        delete: operations["deleteUserCart"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/carts/summary": {
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
         * Not simulated: CartApi.getCartSummary
         * @description The official SDK's `CartApi.getCartSummary` (carts). Not simulated by the reference server; answers
         *     `501`.
         */
        get: operations["getCartSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/carts/{cartId}/summary": {
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
                /** @description Id of the cart. */
                cartId: components["parameters"]["CartIdPath"];
            };
            cookie?: never;
        };
        /**
         * Not simulated: CartApi.getCartSummaryByCartId
         * @description The official SDK's `CartApi.getCartSummaryByCartId` (carts). Not simulated by the reference server;
         *     answers `501`.
         */
        get: operations["getCartSummaryByCartId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/carts/current/messages": {
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
         * Not simulated: CartApi.getMessages
         * @description The official SDK's `CartApi.getMessages` (carts). Not simulated by the reference server; answers
         *     `501`.
         */
        get: operations["getMessages"];
        put?: never;
        post?: never;
        /**
         * Not simulated: removeAllMessages
         * @description A call of Kibo's commerce document that the official SDK does not wrap (carts). Not simulated by the
         *     reference server; answers `501`.
         */
        delete: operations["removeAllMessages"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/carts/user/{userId}/summary": {
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
                /** @description Kibo's `userId`. */
                userId: string;
            };
            cookie?: never;
        };
        /**
         * Not simulated: CartApi.getUserCartSummary
         * @description The official SDK's `CartApi.getUserCartSummary` (carts). Not simulated by the reference server;
         *     answers `501`.
         */
        get: operations["getUserCartSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/carts/{cartId}/rejectautodiscount/{discountId}": {
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
                /** @description Id of the cart. */
                cartId: components["parameters"]["CartIdPath"];
                /** @description Kibo's `discountId`. */
                discountId: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Not simulated: CartApi.rejectSuggestedDiscount
         * @description The official SDK's `CartApi.rejectSuggestedDiscount` (carts). Not simulated by the reference server;
         *     answers `501`.
         */
        post: operations["rejectSuggestedDiscount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/carts/{cartId}/coupons": {
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
                /** @description Id of the cart. */
                cartId: components["parameters"]["CartIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Not simulated: CartApi.removeCoupons
         * @description The official SDK's `CartApi.removeCoupons` (carts). Not simulated by the reference server; answers
         *     `501`.
         */
        delete: operations["removeCouponsForCart"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/carts/current/messages/{messageId}": {
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
                /** @description Kibo's `messageId`. */
                messageId: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Not simulated: CartApi.removeMessage
         * @description The official SDK's `CartApi.removeMessage` (carts). Not simulated by the reference server; answers
         *     `501`.
         */
        delete: operations["removeMessage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/checkouts/{checkoutId}/destinations": {
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
                /** @description Id of the checkout. */
                checkoutId: components["parameters"]["CheckoutIdPath"];
            };
            cookie?: never;
        };
        /**
         * Not simulated: CheckoutApi.getDestinations
         * @description The official SDK's `CheckoutApi.getDestinations` (checkouts). Not simulated by the reference server;
         *     answers `501`.
         */
        get: operations["getDestinations"];
        put?: never;
        /**
         * Not simulated: CheckoutApi.addDestination
         * @description The official SDK's `CheckoutApi.addDestination` (checkouts). Not simulated by the reference server;
         *     answers `501`.
         */
        post: operations["addDestination"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/checkouts/{checkoutId}/coupons/{couponCode}": {
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
                /** @description Id of the checkout. */
                checkoutId: components["parameters"]["CheckoutIdPath"];
                /** @description Kibo's `couponCode`. */
                couponCode: string;
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Not simulated: CheckoutApi.applyCoupon
         * @description The official SDK's `CheckoutApi.applyCoupon` (checkouts). Not simulated by the reference server;
         *     answers `501`.
         */
        put: operations["applyCouponForCheckout"];
        post?: never;
        /**
         * Not simulated: CheckoutApi.removeCoupon
         * @description The official SDK's `CheckoutApi.removeCoupon` (checkouts). Not simulated by the reference server;
         *     answers `501`.
         */
        delete: operations["removeCouponForCheckout"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/checkouts/{checkoutId}/items/deliverydates": {
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
                /** @description Id of the checkout. */
                checkoutId: components["parameters"]["CheckoutIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Not simulated: CheckoutApi.bulkUpdateDeliveryDates
         * @description The official SDK's `CheckoutApi.bulkUpdateDeliveryDates` (checkouts). Not simulated by the reference
         *     server; answers `501`.
         */
        post: operations["bulkUpdateDeliveryDates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/checkouts/{checkoutId}/items/destinations": {
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
                /** @description Id of the checkout. */
                checkoutId: components["parameters"]["CheckoutIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Not simulated: CheckoutApi.bulkUpdateItemDestinations
         * @description The official SDK's `CheckoutApi.bulkUpdateItemDestinations` (checkouts). Not simulated by the
         *     reference server; answers `501`.
         */
        post: operations["bulkUpdateItemDestinations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/checkouts/{checkoutId}/priceList": {
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
                /** @description Id of the checkout. */
                checkoutId: components["parameters"]["CheckoutIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Not simulated: CheckoutApi.changeCheckoutPriceList
         * @description The official SDK's `CheckoutApi.changeCheckoutPriceList` (checkouts). Not simulated by the reference
         *     server; answers `501`.
         */
        put: operations["changeCheckoutPriceList"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/checkouts/{checkoutId}/attributes": {
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
                /** @description Id of the checkout. */
                checkoutId: components["parameters"]["CheckoutIdPath"];
            };
            cookie?: never;
        };
        /**
         * Not simulated: CheckoutApi.getCheckoutAttributes
         * @description The official SDK's `CheckoutApi.getCheckoutAttributes` (checkouts). Not simulated by the reference
         *     server; answers `501`.
         */
        get: operations["getCheckoutAttributes"];
        /**
         * Not simulated: CheckoutApi.updateCheckoutAttribute
         * @description The official SDK's `CheckoutApi.updateCheckoutAttribute` (checkouts). Not simulated by the reference
         *     server; answers `501`.
         */
        put: operations["updateCheckoutAttribute"];
        /**
         * Not simulated: CheckoutApi.createCheckoutAttributes
         * @description The official SDK's `CheckoutApi.createCheckoutAttributes` (checkouts). Not simulated by the
         *     reference server; answers `501`.
         */
        post: operations["createCheckoutAttributes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/checkouts/{checkoutId}/payments/actions": {
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
                /** @description Id of the checkout. */
                checkoutId: components["parameters"]["CheckoutIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Not simulated: CheckoutApi.createPaymentAction
         * @description The official SDK's `CheckoutApi.createPaymentAction` (checkouts). Not simulated by the reference
         *     server; answers `501`.
         */
        post: operations["createPaymentActionForCheckout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/checkouts/{checkoutId}/shippingMethods": {
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
                /** @description Id of the checkout. */
                checkoutId: components["parameters"]["CheckoutIdPath"];
            };
            cookie?: never;
        };
        /**
         * Not simulated: CheckoutApi.getAvailableShippingMethods
         * @description The official SDK's `CheckoutApi.getAvailableShippingMethods` (checkouts). Not simulated by the
         *     reference server; answers `501`.
         */
        get: operations["getAvailableShippingMethods"];
        put?: never;
        /**
         * Not simulated: CheckoutApi.setShippingMethods
         * @description The official SDK's `CheckoutApi.setShippingMethods` (checkouts). Not simulated by the reference
         *     server; answers `501`.
         */
        post: operations["setShippingMethods"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/checkouts/{checkoutId}/destinations/{destinationId}": {
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
                /** @description Id of the checkout. */
                checkoutId: components["parameters"]["CheckoutIdPath"];
                /** @description Kibo's `destinationId`. */
                destinationId: string;
            };
            cookie?: never;
        };
        /**
         * Not simulated: CheckoutApi.getDestination
         * @description The official SDK's `CheckoutApi.getDestination` (checkouts). Not simulated by the reference server;
         *     answers `501`.
         */
        get: operations["getDestination"];
        /**
         * Not simulated: CheckoutApi.updateDestination
         * @description The official SDK's `CheckoutApi.updateDestination` (checkouts). Not simulated by the reference
         *     server; answers `501`.
         */
        put: operations["updateDestination"];
        post?: never;
        /**
         * Not simulated: CheckoutApi.removeDestination
         * @description The official SDK's `CheckoutApi.removeDestination` (checkouts). Not simulated by the reference
         *     server; answers `501`.
         */
        delete: operations["removeDestination"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/checkouts/{checkoutId}/payments/{paymentId}/actions": {
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
                /** @description Id of the checkout. */
                checkoutId: components["parameters"]["CheckoutIdPath"];
                /** @description Kibo's `paymentId`. */
                paymentId: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Not simulated: CheckoutApi.performPaymentAction
         * @description The official SDK's `CheckoutApi.performPaymentAction` (checkouts). Not simulated by the reference
         *     server; answers `501`.
         */
        post: operations["performPaymentActionForCheckout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/checkouts/{checkoutId}/digitalWallet/{digitalWalletType}": {
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
                /** @description Id of the checkout. */
                checkoutId: components["parameters"]["CheckoutIdPath"];
                /** @description Kibo's `digitalWalletType`. */
                digitalWalletType: string;
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Not simulated: CheckoutApi.processDigitalWallet
         * @description The official SDK's `CheckoutApi.processDigitalWallet` (checkouts). Not simulated by the reference
         *     server; answers `501`.
         */
        put: operations["processDigitalWalletForCheckout"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/checkouts/{checkoutId}/coupons": {
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
                /** @description Id of the checkout. */
                checkoutId: components["parameters"]["CheckoutIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Not simulated: CheckoutApi.removeCoupons
         * @description The official SDK's `CheckoutApi.removeCoupons` (checkouts). Not simulated by the reference server;
         *     answers `501`.
         */
        delete: operations["removeCouponsForCheckout"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/checkouts/{checkoutId}/email/resend": {
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
                /** @description Id of the checkout. */
                checkoutId: components["parameters"]["CheckoutIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Not simulated: CheckoutApi.resendCheckoutConfirmationEmail
         * @description The official SDK's `CheckoutApi.resendCheckoutConfirmationEmail` (checkouts). Not simulated by the
         *     reference server; answers `501`.
         */
        post: operations["resendCheckoutConfirmationEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/checkouts/{checkoutId}/items/{itemId}/updateGiftInfo": {
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
                /** @description Id of the checkout. */
                checkoutId: components["parameters"]["CheckoutIdPath"];
                /** @description Id of the checkout item. */
                itemId: components["parameters"]["CheckoutItemIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Not simulated: CheckoutApi.updateGiftInfo
         * @description The official SDK's `CheckoutApi.updateGiftInfo` (checkouts). Not simulated by the reference server;
         *     answers `501`.
         */
        put: operations["updateGiftInfoForCheckout"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/checkouts/{checkoutId}/items/{itemId}/deliverydate": {
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
                /** @description Id of the checkout. */
                checkoutId: components["parameters"]["CheckoutIdPath"];
                /** @description Id of the checkout item. */
                itemId: components["parameters"]["CheckoutItemIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Not simulated: CheckoutApi.updateItemDeliveryDate
         * @description The official SDK's `CheckoutApi.updateItemDeliveryDate` (checkouts). Not simulated by the reference
         *     server; answers `501`.
         */
        put: operations["updateItemDeliveryDateForCheckout"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/checkouts/{checkoutId}/items/{itemId}/destination/{destinationId}": {
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
                /** @description Id of the checkout. */
                checkoutId: components["parameters"]["CheckoutIdPath"];
                /** @description Id of the checkout item. */
                itemId: components["parameters"]["CheckoutItemIdPath"];
                /** @description Kibo's `destinationId`. */
                destinationId: string;
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Not simulated: CheckoutApi.updateItemDestination
         * @description The official SDK's `CheckoutApi.updateItemDestination` (checkouts). Not simulated by the reference
         *     server; answers `501`.
         */
        put: operations["updateItemDestination"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/checkouts/{checkoutId}/items/{itemId}/subscriptionInfo": {
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
                /** @description Id of the checkout. */
                checkoutId: components["parameters"]["CheckoutIdPath"];
                /** @description Id of the checkout item. */
                itemId: components["parameters"]["CheckoutItemIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Not simulated: CheckoutApi.updateSubscriptionInfo
         * @description The official SDK's `CheckoutApi.updateSubscriptionInfo` (checkouts). Not simulated by the reference
         *     server; answers `501`.
         */
        put: operations["updateSubscriptionInfoForCheckout"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/checkouts/{checkoutId}/items/{itemId}/upsertSubstituteInfo": {
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
                /** @description Id of the checkout. */
                checkoutId: components["parameters"]["CheckoutIdPath"];
                /** @description Id of the checkout item. */
                itemId: components["parameters"]["CheckoutItemIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Not simulated: CheckoutApi.upsertSubstituteInfo
         * @description The official SDK's `CheckoutApi.upsertSubstituteInfo` (checkouts). Not simulated by the reference
         *     server; answers `501`.
         */
        put: operations["upsertSubstituteInfoForCheckout"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/returns/{returnId}/autorefund": {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Not simulated: ReturnApi.autoRefund
         * @description The official SDK's `ReturnApi.autoRefund` (returns). Not simulated by the reference server; answers
         *     `501`.
         */
        post: operations["autoRefund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/returns/{returnId}/packages": {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Not simulated: ReturnApi.createPackage
         * @description The official SDK's `ReturnApi.createPackage` (returns). Not simulated by the reference server;
         *     answers `501`.
         */
        post: operations["createPackageForReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/returns/{returnId}/shipments": {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Not simulated: ReturnApi.createPackageShipments
         * @description The official SDK's `ReturnApi.createPackageShipments` (returns). Not simulated by the reference
         *     server; answers `501`.
         */
        post: operations["createPackageShipmentsForReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/returns/{returnId}/payments/actions": {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Not simulated: ReturnApi.createPaymentActionForReturn
         * @description The official SDK's `ReturnApi.createPaymentActionForReturn` (returns). Not simulated by the
         *     reference server; answers `501`.
         */
        post: operations["createPaymentActionForReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/returns/{returnId}/attributes": {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
            };
            cookie?: never;
        };
        /**
         * Not simulated: ReturnApi.getReturnAttributes
         * @description The official SDK's `ReturnApi.getReturnAttributes` (returns). Not simulated by the reference server;
         *     answers `501`.
         */
        get: operations["getReturnAttributes"];
        /**
         * Not simulated: ReturnApi.updateReturnAttributes
         * @description The official SDK's `ReturnApi.updateReturnAttributes` (returns). Not simulated by the reference
         *     server; answers `501`.
         */
        put: operations["updateReturnAttributes"];
        /**
         * Not simulated: ReturnApi.createReturnAttributes
         * @description The official SDK's `ReturnApi.createReturnAttributes` (returns). Not simulated by the reference
         *     server; answers `501`.
         */
        post: operations["createReturnAttributes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/returns/{returnId}/items": {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
            };
            cookie?: never;
        };
        /**
         * Not simulated: ReturnApi.getReturnItems
         * @description The official SDK's `ReturnApi.getReturnItems` (returns). Not simulated by the reference server;
         *     answers `501`.
         */
        get: operations["getReturnItems"];
        put?: never;
        /**
         * Not simulated: ReturnApi.createReturnItem
         * @description The official SDK's `ReturnApi.createReturnItem` (returns). Not simulated by the reference server;
         *     answers `501`.
         */
        post: operations["createReturnItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/returns/{returnId}/items/{returnItemId}/attributes": {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
                /** @description Kibo's `returnItemId`. */
                returnItemId: string;
            };
            cookie?: never;
        };
        /**
         * Not simulated: ReturnApi.getReturnItemAttributes
         * @description The official SDK's `ReturnApi.getReturnItemAttributes` (returns). Not simulated by the reference
         *     server; answers `501`.
         */
        get: operations["getReturnItemAttributes"];
        /**
         * Not simulated: ReturnApi.updateReturnItemAttributes
         * @description The official SDK's `ReturnApi.updateReturnItemAttributes` (returns). Not simulated by the reference
         *     server; answers `501`.
         */
        put: operations["updateReturnItemAttributes"];
        /**
         * Not simulated: ReturnApi.createReturnItemAttributes
         * @description The official SDK's `ReturnApi.createReturnItemAttributes` (returns). Not simulated by the reference
         *     server; answers `501`.
         */
        post: operations["createReturnItemAttributes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/returns/{returnId}/notes": {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
            };
            cookie?: never;
        };
        /**
         * Not simulated: ReturnApi.getReturnNotes
         * @description The official SDK's `ReturnApi.getReturnNotes` (returns). Not simulated by the reference server;
         *     answers `501`.
         */
        get: operations["getReturnNotes"];
        put?: never;
        /**
         * Not simulated: ReturnApi.createReturnNote
         * @description The official SDK's `ReturnApi.createReturnNote` (returns). Not simulated by the reference server;
         *     answers `501`.
         */
        post: operations["createReturnNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/returns/{returnId}/ship": {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Not simulated: ReturnApi.createReturnShippingOrder
         * @description The official SDK's `ReturnApi.createReturnShippingOrder` (returns). Not simulated by the reference
         *     server; answers `501`.
         */
        post: operations["createReturnShippingOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/returns/{returnId}/items/{returnItemId}": {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
                /** @description Kibo's `returnItemId`. */
                returnItemId: string;
            };
            cookie?: never;
        };
        /**
         * Not simulated: ReturnApi.getReturnItem
         * @description The official SDK's `ReturnApi.getReturnItem` (returns). Not simulated by the reference server;
         *     answers `501`.
         */
        get: operations["getReturnItem"];
        put?: never;
        post?: never;
        /**
         * Not simulated: ReturnApi.deleteOrderItem
         * @description The official SDK's `ReturnApi.deleteOrderItem` (returns). Not simulated by the reference server;
         *     answers `501`. Kibo names this path's segments `{orderId}` and `{orderItemId}` for this call (and
         *     passes the return in the `returnId` query parameter).
         */
        delete: operations["deleteOrderItemForReturn"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/returns/{returnId}/packages/{packageId}": {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
                /** @description Id of the package. */
                packageId: components["parameters"]["PackageIdPath"];
            };
            cookie?: never;
        };
        /**
         * Not simulated: ReturnApi.getPackage
         * @description The official SDK's `ReturnApi.getPackage` (returns). Not simulated by the reference server; answers
         *     `501`.
         */
        get: operations["getPackageForReturn"];
        /**
         * Not simulated: ReturnApi.updatePackage
         * @description The official SDK's `ReturnApi.updatePackage` (returns). Not simulated by the reference server;
         *     answers `501`.
         */
        put: operations["updatePackageForReturn"];
        post?: never;
        /**
         * Not simulated: ReturnApi.deletePackage
         * @description The official SDK's `ReturnApi.deletePackage` (returns). Not simulated by the reference server;
         *     answers `501`.
         */
        delete: operations["deletePackageForReturn"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/returns/{returnId}/notes/{noteId}": {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
                /** @description Kibo's `noteId`. */
                noteId: string;
            };
            cookie?: never;
        };
        /**
         * Not simulated: ReturnApi.getReturnNote
         * @description The official SDK's `ReturnApi.getReturnNote` (returns). Not simulated by the reference server;
         *     answers `501`.
         */
        get: operations["getReturnNote"];
        /**
         * Not simulated: ReturnApi.updateReturnNote
         * @description The official SDK's `ReturnApi.updateReturnNote` (returns). Not simulated by the reference server;
         *     answers `501`.
         */
        put: operations["updateReturnNote"];
        post?: never;
        /**
         * Not simulated: ReturnApi.deleteReturnNote
         * @description The official SDK's `ReturnApi.deleteReturnNote` (returns). Not simulated by the reference server;
         *     answers `501`.
         */
        delete: operations["deleteReturnNote"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/returns/{returnId}/shipments/{shipmentId}": {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
                /** @description Id or number of the shipment. */
                shipmentId: components["parameters"]["ShipmentIdPath"];
            };
            cookie?: never;
        };
        /**
         * Not simulated: ReturnApi.getShipment
         * @description The official SDK's `ReturnApi.getShipment` (returns). Not simulated by the reference server; answers
         *     `501`.
         */
        get: operations["getShipmentForReturn"];
        put?: never;
        post?: never;
        /**
         * Not simulated: ReturnApi.deleteShipment
         * @description The official SDK's `ReturnApi.deleteShipment` (returns). Not simulated by the reference server;
         *     answers `501`.
         */
        delete: operations["deleteShipmentForReturn"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/returns/{returnId}/disposition": {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Not simulated: ReturnApi.disposeReturnItems
         * @description The official SDK's `ReturnApi.disposeReturnItems` (returns). Not simulated by the reference server;
         *     answers `501`.
         */
        post: operations["disposeReturnItems"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/returns/{returnId}/packages/{packageId}/label": {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
                /** @description Id of the package. */
                packageId: components["parameters"]["PackageIdPath"];
            };
            cookie?: never;
        };
        /**
         * Not simulated: ReturnApi.getPackageLabel
         * @description The official SDK's `ReturnApi.getPackageLabel` (returns). Not simulated by the reference server;
         *     answers `501`.
         */
        get: operations["getPackageLabelForReturn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/returns/{returnId}/payments/{paymentId}": {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
                /** @description Kibo's `paymentId`. */
                paymentId: string;
            };
            cookie?: never;
        };
        /**
         * Not simulated: ReturnApi.getPayment
         * @description The official SDK's `ReturnApi.getPayment` (returns). Not simulated by the reference server; answers
         *     `501`.
         */
        get: operations["getPaymentForReturn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/returns/{returnId}/paymentDistribution": {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
            };
            cookie?: never;
        };
        /**
         * Not simulated: ReturnApi.getPaymentDistribution
         * @description The official SDK's `ReturnApi.getPaymentDistribution` (returns). Not simulated by the reference
         *     server; answers `501`.
         */
        get: operations["getPaymentDistribution"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/returns/{returnId}/payments": {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
            };
            cookie?: never;
        };
        /**
         * Not simulated: ReturnApi.getPayments
         * @description The official SDK's `ReturnApi.getPayments` (returns). Not simulated by the reference server; answers
         *     `501`.
         */
        get: operations["getPaymentsForReturn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/returns/reasons": {
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
         * Not simulated: ReturnApi.getReasons
         * @description The official SDK's `ReturnApi.getReasons` (returns). Not simulated by the reference server; answers
         *     `501`.
         */
        get: operations["getReasonsForReturn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/returns/{returnId}/shipping/label": {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
            };
            cookie?: never;
        };
        /**
         * Not simulated: ReturnApi.getReturnLabel
         * @description The official SDK's `ReturnApi.getReturnLabel` (returns). Not simulated by the reference server;
         *     answers `501`.
         */
        get: operations["getReturnLabel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/returns/restock/conditions": {
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
         * Not simulated: ReturnApi.getReturnedItemConditions
         * @description The official SDK's `ReturnApi.getReturnedItemConditions` (returns). Not simulated by the reference
         *     server; answers `501`.
         */
        get: operations["getReturnedItemConditions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/returns/{returnId}/payments/{paymentId}/actions": {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
                /** @description Kibo's `paymentId`. */
                paymentId: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Not simulated: ReturnApi.performPaymentActionForReturn
         * @description The official SDK's `ReturnApi.performPaymentActionForReturn` (returns). Not simulated by the
         *     reference server; answers `501`.
         */
        post: operations["performPaymentActionForReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commerce/returns/email/resend": {
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
        /**
         * Not simulated: ReturnApi.resendReturnEmail
         * @description The official SDK's `ReturnApi.resendReturnEmail` (returns). Not simulated by the reference server;
         *     answers `501`.
         */
        put: operations["resendReturnEmail"];
        post?: never;
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
         * @description The one error body of every failing call, in the shape of Kibo's platform errors (the same body as
         *     in
         *     openapi/inventory.yaml). `message` and `errorCode` are always present; the reference server always
         *     sends the other fields too. `applicationName` is `Commerce` for the calls of this document.
         */
        KiboError: {
            /** @description What went wrong, for people. */
            message: string;
            errorCode: components["schemas"]["KiboErrorCode"];
            /** @description The service that answered: `Commerce` for the calls of this document. */
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
            /** @description Path of the offending field, for example `items[1].inventoryTags[0].value`. */
            field?: string;
            /** @description Short code of the rule that was broken, for example `INVALID_TYPE`. */
            code: string;
            /** @description What is wrong with it, for people. */
            message: string;
        };
        /** @description A JSON object whose shape is not modelled in this contract. */
        NotModeledBody: {
            [key: string]: unknown;
        };
        /**
         * @description A segment as the Inventory API writes it: a map from tag category name to tag value, with every
         *     category of the tenant present (the ones an item did not name hold their default).
         */
        Tags: {
            [key: string]: string;
        };
        /**
         * @description One tag of an order, cart or checkout item: a tag category `name` and one of its values. This is
         *     Kibo's order-side spelling of the Inventory API's `tags` map (`{"Channel": "Target"}` there is
         *     `[{"name": "Channel", "value": "Target"}]` here). Both fields are required: a name without a
         *     value is 400 (`VALIDATION_ERROR`, field `…inventoryTags[j].value`). Names and values must exist in
         *     the tenant's tag categories (400 otherwise, field `…inventoryTags[j].name` or `.value`).
         */
        OrderInventoryTag: {
            /** @description Name of a tag category of the tenant. */
            name: string;
            /** @description A value of that category. */
            value: string;
        };
        /**
         * @description The tags of one item. Each category at most once: a name given twice is 400 (`VALIDATION_ERROR`,
         *     field `…inventoryTags[j].name` at the second occurrence). Categories not
         *     named take their default value. An empty array means every category takes its default. Different
         *     items may use different values of the same category. As a request body (the two upsert calls) the
         *     array is the item's whole new tag set: it replaces the old one, it is not merged into it.
         */
        InventoryTags: components["schemas"]["OrderInventoryTag"][];
        /**
         * @description The product of an order, cart, checkout or return item (Kibo's `CommerceRuntimeProduct`). Only the
         *     fields below are modelled; every other field Kibo defines (name, price, options, properties,
         *     measurements, …) is accepted and echoed unchanged.
         *
         *     **Which inventory an item draws on** (modelled: Kibo resolves this through its catalog, which the
         *     reference server does not have): the Inventory API `upc` of the item is `variationProductCode` when
         *     present, otherwise `productCode`, otherwise `upc`. At least one of the three is required (400,
         *     field `…product`). `sku` and `mfgPartNumber` are echoed but do not narrow the match. `condition` and
         *     `serialNumber` restrict allocation to granular records with that condition or that serial number
         *     (D11), exactly as on an Inventory API allocate item.
         */
        ItemProduct: {
            /** @description The product's code. */
            productCode?: string | null;
            /** @description Code of the product variation, for configurable products. */
            variationProductCode?: string | null;
            /** @description The product's UPC. */
            upc?: string | null;
            /** @description The product's SKU (echoed). */
            sku?: string | null;
            /** @description The manufacturer part number (echoed). */
            mfgPartNumber?: string | null;
            /** @description Display name (echoed). */
            name?: string | null;
            /** @description Allocate only from granular records in this condition, for example `New`. */
            condition?: string | null;
            /** @description Allocate exactly this unit (the granular record with this serial number). */
            serialNumber?: string | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description How an item is fulfilled. `Ship` (ship to home) and `Delivery` allocate at the item's fulfillment
         *     location like `Pickup` (buy online, pick up in store); `Digital` items hold no stock and are never
         *     allocated and get no shipment. Shipments are typed from it: `Ship` → `STH`, `Pickup` → `BOPIS`,
         *     `Delivery` → `Delivery`. Absent means `Ship`.
         * @enum {string}
         */
        FulfillmentMethod: "Ship" | "Pickup" | "Digital" | "Delivery";
        /**
         * @description An item as a client sends it: in `createOrder`/`updateOrder` (`items`), `createOrderItem` and
         *     `addCheckoutItem`. Server-assigned fields (`lineId`, `allocationResult`) are ignored on input;
         *     every unmodelled field (prices and totals included) is accepted and echoed as sent, never
         *     recomputed.
         */
        OrderItemRequest: {
            /**
             * @description In `updateOrder`, the id of an existing item to keep (its id and line stay). Ignored elsewhere; new
             *     items get a server-assigned id.
             */
            id?: string | null;
            product: components["schemas"]["ItemProduct"];
            /** @description Units ordered, at least 1. */
            quantity: number;
            /**
             * @description Location the item is fulfilled from. Submitting allocates there; an item without it falls back to
             *     the order's `locationCode`, and with neither the submit is 400 (field
             *     `items[i].fulfillmentLocationCode`).
             */
            fulfillmentLocationCode?: string | null;
            fulfillmentMethod?: components["schemas"]["FulfillmentMethod"] | null;
            inventoryTags?: components["schemas"]["InventoryTags"] | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Body of `createOrder` and `updateOrder`: Kibo's whole order shape is accepted. The modelled fields
         *     are below; every other field (contacts, billing, payments, discounts, prices, notes, attributes,
         *     …) is stored and echoed without being simulated. Server-assigned fields (`id`, `orderNumber`,
         *     `status`, `submittedDate`, `shipments`, `packages`, `availableActions`, …) are ignored on input, so
         *     a
         *     full order read from Kibo can be sent as it is.
         */
        OrderRequest: {
            items?: components["schemas"]["OrderItemRequest"][] | null;
            /** @description The order's location; items without a `fulfillmentLocationCode` are fulfilled from it. */
            locationCode?: string | null;
            /** @description Shopper e-mail (echoed). */
            email?: string | null;
            /** @description Shopper account (echoed). */
            customerAccountId?: number | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Body of `addItemToCart`, `updateCartItem` and their by-cart-id variants (Kibo's `CartItem`).
         *     Unmodelled fields are accepted and echoed.
         */
        CartItemRequest: {
            /** @description Ignored on input; the path names the item on updates. */
            id?: string | null;
            product: components["schemas"]["ItemProduct"];
            /** @description Units, at least 1. */
            quantity: number;
            /** @description Location the item will be fulfilled from; the stock check uses it (see `addItemToCart`). */
            fulfillmentLocationCode?: string | null;
            fulfillmentMethod?: components["schemas"]["FulfillmentMethod"] | null;
            inventoryTags?: components["schemas"]["InventoryTags"] | null;
            /**
             * @description Extension of this project: Kibo does not send this field. Whether the product may be backordered
             *     (Kibo reads this from the catalog). When true, a stock shortfall adds a `Backorder` cart message
             *     instead of `OutOfStock`. Copied to the checkout and order item.
             */
            allowsBackOrder?: boolean | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Optional body of the quantity updates; the new quantity is in the path. Its price override fields
         *     are accepted and echoed but do not change anything (prices are not simulated).
         */
        ItemQuantityUpdate: {
            /** @description Accepted, not simulated. */
            tenantOverridePrice?: number | null;
            /** @description Accepted, not simulated. */
            isOverRidePriceSalePrice?: boolean | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description The order actions the reference server simulates. `SubmitOrder` allocates the order (Pending →
         *     Submitted); `CancelOrder` releases it (→ Cancelled). Kibo's other order actions answer 400
         *     (`VALIDATION_ERROR`, field `actionName`).
         * @enum {string}
         */
        OrderActionName: "SubmitOrder" | "CancelOrder";
        /** @description Body of `performOrderAction`. */
        OrderAction: {
            actionName: components["schemas"]["OrderActionName"];
        };
        /** @description Body of `cancelOrder`: why the order is cancelled. Stored and echoed. */
        CanceledReason: {
            /** @description Code of the reason. */
            reasonCode?: string | null;
            /** @description The reason, for people. */
            description?: string | null;
            /** @description Free text. */
            moreInfo?: string | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description The fulfillment actions the reference server simulates: `Ship` fulfills the packages named in
         *     `packageIds`. Kibo's other fulfillment actions answer 400 (`VALIDATION_ERROR`, field `actionName`).
         * @enum {string}
         */
        FulfillmentActionName: "Ship";
        /**
         * @description Body of `performFulfillmentAction`. Pickups and digital packages are not simulated: a non-empty
         *     `pickupIds` or `digitalPackageIds` answers 501.
         */
        FulfillmentAction: {
            actionName: components["schemas"]["FulfillmentActionName"];
            /** @description Ids of the order's packages to ship (at least one). */
            packageIds: string[];
            /** @description Not simulated (501 when non-empty). */
            pickupIds?: string[] | null;
            /** @description Not simulated (501 when non-empty). */
            digitalPackageIds?: string[] | null;
        };
        /**
         * @description Units of one order item in a package. The item is named by `lineId`, or by `productCode` when
         *     exactly one item of the order has that product (400 otherwise, field `items[i]`).
         */
        PackageItemRequest: {
            /** @description The order item's line. */
            lineId?: number | null;
            /** @description The order item's product code, when `lineId` is absent. */
            productCode?: string | null;
            /** @description Units of the item in this package, at least 1. */
            quantity: number;
            /** @description Kibo's item type (`Physical`, …); echoed. */
            fulfillmentItemType?: string | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Body of `createPackage`. The items must belong to submitted shipments at one fulfillment location
         *     and, over all packages not yet shipped, may not exceed the allocated units of each item (400).
         *     Unmodelled fields (tracking, measurements, carrier, …) are echoed.
         */
        PackageRequest: {
            /** @description The package's code (echoed). */
            code?: string | null;
            /** @description Location the package ships from; absent means the location of its items. */
            fulfillmentLocationCode?: string | null;
            /** @description What the package holds (at least one item). */
            items: components["schemas"]["PackageItemRequest"][];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description The checkout actions the reference server simulates: `SubmitCheckout` turns the checkout into an
         *     order and submits it (as `SubmitOrder`). Kibo's other checkout actions answer 400.
         * @enum {string}
         */
        CheckoutActionName: "SubmitCheckout";
        /** @description Body of `performCheckoutAction`. */
        CheckoutAction: {
            actionName: components["schemas"]["CheckoutActionName"];
        };
        /**
         * @description Units of a return item returned for one reason. The item's returned quantity is the sum over its
         *     reasons.
         */
        ReturnReason: {
            /** @description Why, for example `Damaged` (echoed). */
            reason?: string | null;
            /** @description Units returned for this reason, at least 1. */
            quantity: number;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description One item of a return as a client sends it (Kibo's `ReturnItem`). Kibo's return items carry no
         *     quantity of their own: the units returned are the sum of `reasons[].quantity`, which may not exceed
         *     the item's fulfilled units minus units already on other (not cancelled) returns (400, field
         *     `items[i].reasons`).
         */
        ReturnItemRequest: {
            /** @description Id of the item of the original order. */
            orderItemId: string;
            /** @description Line of the order item (echoed; `orderItemId` decides). */
            orderLineId?: number | null;
            product?: components["schemas"]["ItemProduct"] | null;
            /** @description Units returned and why (at least one entry). */
            reasons: components["schemas"]["ReturnReason"][];
            /** @description Units received back (echoed; the `Receive` action sets it). */
            quantityReceived?: number | null;
            /** @description Units that may go back into inventory; absent means all returned units. */
            quantityRestockable?: number | null;
            /** @description `Refund` or `Replace` (echoed). */
            returnType?: string | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Body of `createReturn`. The original order must exist and be Submitted, Processing or Completed
         *     (409 otherwise). Unmodelled fields (contact, payments, notes, …) are echoed.
         */
        ReturnRequest: {
            /** @description Id of the order the units came from. */
            originalOrderId: string;
            /** @description `Refund` or `Replace` (echoed). */
            returnType?: string | null;
            /** @description Location receiving the return (echoed; restocking is decided per item, see `restockReturnItems`). */
            locationCode?: string | null;
            /** @description The returned items (at least one). */
            items: components["schemas"]["ReturnItemRequest"][];
        } & {
            [key: string]: unknown;
        };
        /** @description Units of one return item to put back into inventory. */
        RestockableReturnItem: {
            /** @description Id of the return item. */
            returnItemId: string;
            /** @description Units to restock, at least 1. */
            quantity: number;
            /**
             * @description Location to restock into when the units' origin was not recorded (an order placed before tags): they
             *     go into the default segment there. When the origin is known it wins and this field is ignored.
             *     Neither → 400 (field `[i].locationCode`).
             */
            locationCode?: string | null;
        };
        /**
         * @description The return actions the reference server simulates: `Authorize` (Created → ReturnAuthorized),
         *     `Receive` (→ ReturnReceived; items without `quantityReceived` get their returned quantity), `Cancel`
         *     (→ Cancelled; only while nothing is restocked) and `Close` (→ Closed). Other Kibo actions answer
         *     400;
         *     an action not in a return's `availableActions` answers 409.
         * @enum {string}
         */
        ReturnActionName: "Authorize" | "Receive" | "Cancel" | "Close";
        /** @description Body of `performReturnActions`: one action applied to every named return, all or nothing. */
        ReturnAction: {
            actionName: components["schemas"]["ReturnActionName"];
            /** @description Ids of the returns to act on (at least one). */
            returnIds: string[];
        };
        /**
         * @description Where an order is, as Kibo spells it. `Pending`: created, editable (items, quantities, tags);
         *     `Submitted`: allocated by `SubmitOrder`; `Processing`: at least one shipment fulfilled, not all;
         *     `Completed`: every shipment fulfilled; `Cancelled`: cancelled, its units released. Only `Pending`
         *     orders can be edited (409 otherwise).
         * @enum {string}
         */
        OrderStatus: "Pending" | "Submitted" | "Processing" | "Completed" | "Cancelled";
        /**
         * @description Extension of this project: Kibo does not send this field.
         *
         *     What submitting did for one order item, kept up to date afterwards. `allocated` units are reserved
         *     from the item's segment at `locationCode`; `pending` units were short and wait for stock (D12; they
         *     move into `allocated` as the segment's available rises); `unallocated` units were short and left
         *     for order routing (only with the tenant setting `pendingOnShortfall: false`); `fulfilled` units were
         *     shipped (onHand deducted). Until the order is cancelled the four add up to the item's `quantity`;
         *     cancelling sets `allocated` and `pending` to 0. Absent while the order is Pending and on `Digital`
         *     items.
         */
        AllocationResult: {
            /** @description The location the item allocates at. */
            locationCode: string;
            tags: components["schemas"]["Tags"];
            /** @description Units allocated now. */
            allocated: number;
            /** @description Units pending (short, waiting for stock). */
            pending: number;
            /** @description Units left unallocated (only when `pendingOnShortfall` is false). */
            unallocated: number;
            /** @description Units fulfilled (onHand deducted). */
            fulfilled: number;
        };
        /**
         * @description An item of an order or checkout as the server answers it: the item as sent (unmodelled fields
         *     echoed) plus the server-assigned fields. `inventoryTags` are the tags as the client set them
         *     (absent or null → `[]`), not expanded with defaults; the full segment, defaults included, is
         *     `allocationResult.tags` once the order is submitted. `fulfillmentMethod` absent → `Ship`.
         */
        OrderItem: {
            /** @description The item's id (32 hex digits). */
            id: string;
            /**
             * @description The item's line number in its order, from 1. The Inventory API knows the item by it: allocations of
             *     this item have `orderItemID` = `lineId`.
             */
            lineId: number;
            product: components["schemas"]["ItemProduct"];
            /** @description Units ordered. */
            quantity: number;
            /** @description Location the item is fulfilled from. */
            fulfillmentLocationCode?: string | null;
            fulfillmentMethod: components["schemas"]["FulfillmentMethod"];
            inventoryTags: components["schemas"]["InventoryTags"];
            /** @description The cart item this item came from, if any. */
            originalCartItemId?: string | null;
            /** @description Extension of this project: Kibo does not send this field. Copied from the cart item. */
            allowsBackOrder?: boolean | null;
            allocationResult?: components["schemas"]["AllocationResult"];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Units of a shipment item taken from one granular inventory record (Kibo's Fulfillment API
         *     `InventoryAllocation`). `inventoryId` is the record's `inventoryID` in the Inventory API.
         */
        InventoryAllocation: {
            /** @description The inventory record the units came from. */
            inventoryId: number;
            /** @description Units from that record. */
            quantity: number;
            /** @description Units first allocated from it. */
            originalQuantity?: number;
            /** @description The record's sku, if it has one. */
            sku?: string;
            /** @description The record's lot, if it has one. */
            lotCode?: string;
            /** @description The record's serial number, if it has one. */
            serialNumber?: string;
            /** @description The record's condition, if it has one. */
            condition?: string;
            /** @description The record's granular date, if it has one. */
            date?: string;
            /** @description When these units were fulfilled (ISO 8601, UTC). */
            fulfilledDate?: string;
            /**
             * @description `Allocated` until fulfilled, then `Fulfilled`; `Released` after a cancel.
             * @enum {string}
             */
            status: "Allocated" | "Fulfilled" | "Released";
        };
        /**
         * @description One order item in a shipment. Kibo's order document gives shipment items no allocations; the
         *     Fulfillment API's do (`allocatedQuantity`, `inventoryAllocations`), and the reference server sends
         *     them in both places.
         */
        ShipmentItem: {
            /** @description The order item's `lineId`. */
            lineId: number;
            /** @description The order item's `id`. */
            originalOrderItemId: string;
            /** @description The product code. */
            productCode?: string | null;
            /** @description The variation code, for configurable products. */
            variationProductCode?: string | null;
            /** @description The product's UPC. */
            upc?: string | null;
            /** @description The product's SKU. */
            sku?: string | null;
            /** @description Units of the item in this shipment. */
            quantity: number;
            /** @description The shipment's location. */
            fulfillmentLocationCode?: string;
            inventoryTags: components["schemas"]["InventoryTags"];
            /** @description The item's condition restriction, if any. */
            condition?: string | null;
            /** @description The item's serial number restriction, if any. */
            serialNumber?: string | null;
            /** @description Units allocated now (pending and unallocated units are not). */
            allocatedQuantity: number;
            /** @description The granular records the units came from, one entry per record. */
            inventoryAllocations: components["schemas"]["InventoryAllocation"][];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Where a shipment is, in the Fulfillment API's spelling. `READY`: every unit allocated;
         *     `BACKORDER`: some units pending or unallocated (becomes `READY` when they are allocated);
         *     `FULFILLED`: shipped, onHand deducted; `CANCELED`: its order was cancelled.
         * @enum {string}
         */
        ShipmentStatus: "READY" | "BACKORDER" | "FULFILLED" | "CANCELED";
        /**
         * @description The shipment's type, from its items' fulfillment method (see `FulfillmentMethod`).
         * @enum {string}
         */
        ShipmentType: "STH" | "BOPIS" | "Delivery";
        /**
         * @description A shipment of an order (Kibo's order-side shipment). `SubmitOrder` creates one per fulfillment
         *     location and method, numbered across the tenant. The Inventory API knows it by its number:
         *     allocations of its items have `shipmentID` = `number` and `orderID` = the order's `orderNumber`,
         *     so `shipmentInventoryAllocations` and `getOrderItemInformation` report them.
         */
        Shipment: {
            /** @description The shipment's id (its number as a string). */
            id: string;
            /** @description The shipment number (the Fulfillment API's `shipmentNumber`). */
            number: number;
            /** @description The order's id. */
            orderId: string;
            /** @description The order's number. */
            orderNumber: number;
            shipmentType: components["schemas"]["ShipmentType"];
            /** @description The location it ships from. */
            fulfillmentLocationCode: string;
            shipmentStatus: components["schemas"]["ShipmentStatus"];
            /**
             * @description `NotFulfilled` or `Fulfilled`.
             * @enum {string}
             */
            fulfillmentStatus: "NotFulfilled" | "Fulfilled";
            /** @description When it was fulfilled (ISO 8601, UTC). */
            fulfillmentDate?: string;
            /** @description Its items. */
            items: components["schemas"]["ShipmentItem"][];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A shipment as Kibo's Fulfillment API answers it (`fulfillShipment`, `getShipmentForFulfillment`):
         *     the same shipment as in the order's `shipments`, numbered `shipmentNumber`.
         */
        FulfillmentShipment: {
            /** @description The shipment number. */
            shipmentNumber: number;
            /** @description The order's id. */
            orderId: string;
            /** @description The order's number. */
            orderNumber: number;
            shipmentType: components["schemas"]["ShipmentType"];
            /** @description The location it ships from. */
            fulfillmentLocationCode: string;
            shipmentStatus: components["schemas"]["ShipmentStatus"];
            /**
             * @description `NotFulfilled` or `Fulfilled`.
             * @enum {string}
             */
            fulfillmentStatus: "NotFulfilled" | "Fulfilled";
            /** @description When it was fulfilled (ISO 8601, UTC). */
            fulfillmentDate?: string;
            /** @description Its items. */
            items: components["schemas"]["ShipmentItem"][];
        } & {
            [key: string]: unknown;
        };
        /** @description Units of one order item in a package. */
        PackageItem: {
            /** @description The order item's line. */
            lineId: number;
            /** @description The order item's product code. */
            productCode?: string | null;
            /** @description Units in the package. */
            quantity: number;
            /** @description Echoed. */
            fulfillmentItemType?: string | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A package of an order. Shipping it (`performFulfillmentAction` `Ship`) fulfills its units from
         *     their shipments: allocated units become an onHand deduction, exactly like `fulfillInventory`.
         */
        Package: {
            /** @description The package's id. */
            id: string;
            /** @description The package's code. */
            code?: string | null;
            /**
             * @description `NotFulfilled` until shipped, then `Fulfilled`.
             * @enum {string}
             */
            status: "NotFulfilled" | "Fulfilled";
            /** @description Location it ships from. */
            fulfillmentLocationCode: string;
            /** @description When it was shipped (ISO 8601, UTC). */
            fulfillmentDate?: string;
            /** @description The shipment its units belong to. */
            shipmentNumber?: number;
            /** @description `["Ship"]` until shipped, then empty. */
            availableActions?: string[];
            /** @description What it holds. */
            items: components["schemas"]["PackageItem"][];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description An order as the server answers it: everything the client sent (unmodelled fields echoed) plus the
         *     server-assigned fields below.
         */
        Order: {
            /** @description The order's id (32 hex digits). */
            id: string;
            /**
             * @description The order's number, from 1 per tenant. The Inventory API knows the order by it: allocations have
             *     `orderID` = `orderNumber`.
             */
            orderNumber: number;
            /** @description The tenant. */
            tenantId?: number;
            /** @description The site, when the call named one. */
            siteId?: number | null;
            status: components["schemas"]["OrderStatus"];
            /**
             * @description `NotFulfilled`, `PartiallyFulfilled` or `Fulfilled` (Kibo's spelling).
             * @enum {string}
             */
            fulfillmentStatus: "NotFulfilled" | "PartiallyFulfilled" | "Fulfilled";
            /** @description The order's location. */
            locationCode?: string | null;
            /** @description The cart it was created from, if any. */
            originalCartId?: string | null;
            /** @description The checkout it was created from, if any. */
            parentCheckoutId?: string | null;
            /** @description That checkout's number. */
            parentCheckoutNumber?: number | null;
            /** @description When it was submitted (ISO 8601, UTC). */
            submittedDate?: string | null;
            /** @description When it was cancelled. */
            cancelledDate?: string | null;
            /** @description When it was completed. */
            closedDate?: string | null;
            /**
             * @description The `OrderActionName`s allowed now: Pending `[SubmitOrder, CancelOrder]`, Submitted `[CancelOrder]`,
             *     otherwise empty.
             */
            availableActions: string[];
            /** @description Its items, in line order. */
            items: components["schemas"]["OrderItem"][];
            /** @description Its shipments; empty until submitted. */
            shipments: components["schemas"]["Shipment"][];
            /** @description Its packages. */
            packages: components["schemas"]["Package"][];
        } & {
            [key: string]: unknown;
        };
        /** @description A page of orders (`getOrders`). */
        OrderCollection: {
            /** @description Index of the first order of the page. */
            startIndex: number;
            /** @description The page size asked for. */
            pageSize: number;
            /** @description Pages in all. */
            pageCount: number;
            /** @description Matching orders in all. */
            totalCount: number;
            /** @description This page's orders. */
            items: components["schemas"]["Order"][];
        };
        /** @description The items of an order (`getOrderItems`). */
        OrderItemCollection: {
            /** @description Number of items. */
            totalCount: number;
            /** @description The items. */
            items: components["schemas"]["OrderItem"][];
        };
        /**
         * @description An item of a cart: the item as sent (unmodelled fields echoed) plus its id and line; `inventoryTags`
         *     as the client set them (absent or null → `[]`), `fulfillmentMethod` absent → `Ship`.
         */
        CartItem: {
            /** @description The cart item's id (32 hex digits). */
            id: string;
            /** @description The item's line in its cart, from 1. */
            lineId: number;
            product: components["schemas"]["ItemProduct"];
            /** @description Units. */
            quantity: number;
            /** @description Location it will be fulfilled from. */
            fulfillmentLocationCode?: string | null;
            fulfillmentMethod: components["schemas"]["FulfillmentMethod"];
            inventoryTags: components["schemas"]["InventoryTags"];
            /** @description Extension of this project: Kibo does not send this field. See `CartItemRequest`. */
            allowsBackOrder?: boolean | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A message about the cart. The reference server adds one whenever an added or updated item asks for
         *     more units than its segment has available: `OutOfStock`, or `Backorder` when the item allows
         *     backorder. Carts never allocate.
         */
        CartMessage: {
            /** @description The message, for people; names the product and the units available. */
            message: string;
            /**
             * @description `OutOfStock` or `Backorder`.
             * @enum {string}
             */
            messageType: "OutOfStock" | "Backorder";
            /** @description Extension of this project: Kibo does not send this field. The cart item concerned. */
            cartItemId?: string;
            /**
             * @description Extension of this project: Kibo does not send this field. Units the item's segment had available
             *     when the message was made (never negative).
             */
            availableQuantity?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description A cart: its items and its stock messages. Prices, discounts and totals are not simulated. */
        Cart: {
            /** @description The cart's id (32 hex digits). */
            id: string;
            /** @description The tenant. */
            tenantId?: number;
            /** @description The site. */
            siteId?: number | null;
            /** @description Its items, in line order. */
            items: components["schemas"]["CartItem"][];
            /** @description Messages about the current items, one per item short of stock (recomputed on every change). */
            cartMessages: components["schemas"]["CartMessage"][];
        } & {
            [key: string]: unknown;
        };
        /** @description The items of a cart. */
        CartItemCollection: {
            /** @description Number of items. */
            totalCount: number;
            /** @description The items. */
            items: components["schemas"]["CartItem"][];
        };
        /**
         * @description A checkout: a cart's items copied as order items (tags and all), editable until submitted.
         *     Unmodelled fields are echoed.
         */
        Checkout: {
            /** @description The checkout's id (32 hex digits). */
            id: string;
            /** @description The checkout's number, from 1 per tenant. */
            number: number;
            /** @description The tenant. */
            tenantId?: number;
            /** @description The site. */
            siteId?: number | null;
            /** @description The cart it was created from. */
            originalCartId?: string | null;
            /** @description When `SubmitCheckout` ran; the checkout is read-only afterwards (409). */
            submittedDate?: string | null;
            /** @description `["SubmitCheckout"]` until submitted, then empty. */
            availableActions: string[];
            /** @description Its items (`allocationResult` is never set on them). */
            items: components["schemas"]["OrderItem"][];
        } & {
            [key: string]: unknown;
        };
        /** @description A page of checkouts. */
        CheckoutCollection: {
            /** @description Index of the first checkout of the page. */
            startIndex: number;
            /** @description The page size asked for. */
            pageSize: number;
            /** @description Pages in all. */
            pageCount: number;
            /** @description Matching checkouts in all. */
            totalCount: number;
            /** @description This page's checkouts. */
            items: components["schemas"]["Checkout"][];
        };
        /**
         * @description Where a return is, as Kibo spells it (the simulated subset).
         * @enum {string}
         */
        ReturnStatus: "Created" | "ReturnAuthorized" | "ReturnReceived" | "Cancelled" | "Closed";
        /**
         * @description Extension of this project: Kibo does not send this field. Units of a return item put back into
         *     inventory by one `restockReturnItems` call.
         */
        Restock: {
            /** @description Where they went. */
            locationCode: string;
            tags: components["schemas"]["Tags"];
            /** @description How many. */
            quantity: number;
            /** @description The granular record they went into. */
            inventoryId?: number;
        };
        /** @description An item of a return as the server answers it. */
        ReturnItem: {
            /** @description The return item's id (32 hex digits). */
            id: string;
            /** @description The original order item. */
            orderItemId: string;
            /** @description Its line in the original order. */
            orderLineId?: number;
            product?: components["schemas"]["ItemProduct"];
            /** @description Units returned and why. */
            reasons: components["schemas"]["ReturnReason"][];
            /** @description Units received back. */
            quantityReceived: number;
            /** @description Units that may be restocked. */
            quantityRestockable: number;
            /** @description Units restocked so far. */
            quantityRestocked: number;
            inventoryTags: components["schemas"]["InventoryTags"];
            /**
             * @description Extension of this project: Kibo does not send this field. Where restocked units went, one entry per
             *     record and call.
             */
            restocks?: components["schemas"]["Restock"][];
        } & {
            [key: string]: unknown;
        };
        /** @description A return as the server answers it; unmodelled fields are echoed. */
        Return: {
            /** @description The return's id (32 hex digits). */
            id: string;
            /** @description The return's number, from 1 per tenant. */
            returnNumber: number;
            /** @description The order it returns units of. */
            originalOrderId: string;
            /** @description That order's number. */
            originalOrderNumber: number;
            status: components["schemas"]["ReturnStatus"];
            /** @description `Refund` or `Replace` (echoed). */
            returnType?: string | null;
            /** @description Echoed. */
            locationCode?: string | null;
            /** @description The `ReturnActionName`s allowed now. */
            availableActions: string[];
            /** @description Its items. */
            items: components["schemas"]["ReturnItem"][];
        } & {
            [key: string]: unknown;
        };
        /** @description A page of returns. */
        ReturnCollection: {
            /** @description Index of the first return of the page. */
            startIndex: number;
            /** @description The page size asked for. */
            pageSize: number;
            /** @description Pages in all. */
            pageCount: number;
            /** @description Matching returns in all. */
            totalCount: number;
            /** @description This page's returns. */
            items: components["schemas"]["Return"][];
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
        /**
         * @description The request is malformed or breaks a rule (`VALIDATION_ERROR`). Each problem is listed in `items`
         *     (with `index` = the item's position when it concerns an item), and nothing was applied.
         */
        BadRequest: {
            headers: {
                "x-vol-correlation": components["headers"]["XVolCorrelation"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "Validation failed: 2 problems",
                 *       "errorCode": "VALIDATION_ERROR",
                 *       "applicationName": "Commerce",
                 *       "correlationId": "3c7d0a52-9e41-4b8a-a6f0-1d2e5b7c9a13",
                 *       "additionalErrorData": [],
                 *       "items": [
                 *         {
                 *           "index": 0,
                 *           "field": "items[0].inventoryTags[1].value",
                 *           "code": "INVALID_TYPE",
                 *           "message": "a tag name needs a value"
                 *         },
                 *         {
                 *           "index": 1,
                 *           "field": "items[1].inventoryTags[0].value",
                 *           "code": "UNKNOWN_TAG_VALUE",
                 *           "message": "tag category Channel has no value Outlet"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["KiboError"];
            };
        };
        /** @description No token, or an expired or unknown one (`UNAUTHORIZED`). */
        Unauthorized: {
            headers: {
                "x-vol-correlation": components["headers"]["XVolCorrelation"];
                [name: string]: unknown;
            };
            content: {
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
        /**
         * @description Something the call names does not exist (`NOT_FOUND`: order, item, cart, checkout, return, package,
         *     shipment), or a location it names does not (`LOCATION_NOT_FOUND`).
         */
        NotFound: {
            headers: {
                "x-vol-correlation": components["headers"]["XVolCorrelation"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["KiboError"];
            };
        };
        /**
         * @description The call clashes with the object's state (`CONFLICT`): editing an order that is no longer Pending
         *     (tags included), editing a submitted checkout, an action not in `availableActions`, fulfilling a
         *     backordered or fulfilled shipment. Nothing changed.
         */
        Conflict: {
            headers: {
                "x-vol-correlation": components["headers"]["XVolCorrelation"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "Order 5f0c2a9e3b7d4c1e8a6f0b2d4c6e8a10 is Submitted; inventory tags can be changed only while it is Pending",
                 *       "errorCode": "CONFLICT",
                 *       "applicationName": "Commerce",
                 *       "correlationId": "7a1e4c90-2b3d-4f5a-8c6e-9d0f1a2b3c4d",
                 *       "additionalErrorData": [
                 *         {
                 *           "name": "status",
                 *           "value": "Submitted"
                 *         }
                 *       ],
                 *       "items": []
                 *     }
                 */
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
        /** @description The reference server does not simulate this call or this option of it (`NOT_IMPLEMENTED`). */
        NotImplemented: {
            headers: {
                "x-vol-correlation": components["headers"]["XVolCorrelation"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "Coupons are not simulated by the reference server",
                 *       "errorCode": "NOT_IMPLEMENTED",
                 *       "applicationName": "Commerce",
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
        /** @description Accepted and ignored (no entity versions are simulated). */
        IfMatchHeader: string;
        /** @description Fields to include in the answer (the reference server always answers in full). */
        ResponseFieldsQuery: string;
        /**
         * @description Kibo's edit mode. `ApplyAndCommit` and `ApplyToOriginal` both edit the order; drafts are not
         *     simulated, so `ApplyToDraft` answers 501.
         */
        UpdateModeQuery: "ApplyAndCommit" | "ApplyToOriginal" | "ApplyToDraft";
        /** @description The order version the edit is based on. Accepted and ignored. */
        VersionQuery: string;
        /** @description Index of the first result to return (default 0). */
        StartIndexQuery: number;
        /** @description Results per page, 1 to 200 (default 20). */
        PageSizeQuery: number;
        /**
         * @description `<field> asc` or `<field> desc` over the list's number field (`orderNumber`, `number`,
         *     `returnNumber`); anything else is 400.
         */
        SortByQuery: string;
        /**
         * @description Kibo's filter syntax, restricted to `field eq value` clauses joined by ` and ` over the fields the
         *     operation names; anything else is 400.
         */
        FilterQuery: string;
        /** @description Full-text search. Accepted and ignored. */
        QQuery: string;
        /** @description Limit of the full-text search. Accepted and ignored. */
        QLimitQuery: number;
        /** @description Accepted and ignored. */
        IncludeBinQuery: boolean;
        /** @description Accepted and ignored. */
        ResponseGroupsQuery: string;
        /** @description Accepted and ignored. */
        ModeQuery: string;
        /** @description Read the order's draft. Drafts are not simulated: the order itself is answered. */
        DraftQuery: boolean;
        /** @description The cart to build from. */
        CartIdQuery: string;
        /** @description Build the order from a quote. Quotes are not simulated: answers 501. */
        QuoteIdQuery: string;
        /** @description Accepted and ignored (adding an item never checks stock). */
        SkipInventoryCheckQuery: boolean;
        /** @description Shopper zip code for shipping estimates. Accepted and ignored. */
        ZipCodeQuery: string;
        /** @description Units to move into the new item (default 1). */
        SplitQuantityQuery: number;
        /** @description Id of the order. */
        OrderIdPath: string;
        /** @description Id of the order item (or its `lineId` on the read). */
        OrderItemIdPath: string;
        /** @description The new quantity, at least 1. */
        QuantityPath: number;
        /** @description Id or number of the shipment. */
        ShipmentIdPath: string;
        /** @description Number of the shipment. */
        ShipmentNumberPath: number;
        /** @description Id of the package. */
        PackageIdPath: string;
        /** @description Id of the cart. */
        CartIdPath: string;
        /** @description Id of the cart item. */
        CartItemIdPath: string;
        /** @description Id of the checkout. */
        CheckoutIdPath: string;
        /** @description Id of the checkout item. */
        CheckoutItemIdPath: string;
        /** @description Id of the return. */
        ReturnIdPath: string;
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
        /**
         * @description Correlation id of the request, also found in error bodies as `correlationId`. Quote it when
         *     reporting a problem.
         */
        XVolCorrelation: string;
        /** @description Seconds to wait before trying again. */
        RetryAfter: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getOrders: {
        parameters: {
            query?: {
                /** @description Index of the first result to return (default 0). */
                startIndex?: components["parameters"]["StartIndexQuery"];
                /** @description Results per page, 1 to 200 (default 20). */
                pageSize?: components["parameters"]["PageSizeQuery"];
                /**
                 * @description `<field> asc` or `<field> desc` over the list's number field (`orderNumber`, `number`,
                 *     `returnNumber`); anything else is 400.
                 */
                sortBy?: components["parameters"]["SortByQuery"];
                /**
                 * @description Kibo's filter syntax, restricted to `field eq value` clauses joined by ` and ` over the fields the
                 *     operation names; anything else is 400.
                 */
                filter?: components["parameters"]["FilterQuery"];
                /** @description Full-text search. Accepted and ignored. */
                q?: components["parameters"]["QQuery"];
                /** @description Limit of the full-text search. Accepted and ignored. */
                qLimit?: components["parameters"]["QLimitQuery"];
                /** @description Accepted and ignored. */
                includeBin?: components["parameters"]["IncludeBinQuery"];
                /** @description Accepted and ignored. */
                responseGroups?: components["parameters"]["ResponseGroupsQuery"];
                /** @description Accepted and ignored. */
                mode?: components["parameters"]["ModeQuery"];
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
        requestBody?: never;
        responses: {
            /** @description A page of orders. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createOrder: {
        parameters: {
            query?: {
                /** @description The cart to build from. */
                cartId?: components["parameters"]["CartIdQuery"];
                /** @description Build the order from a quote. Quotes are not simulated: answers 501. */
                quoteId?: components["parameters"]["QuoteIdQuery"];
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
        requestBody?: {
            content: {
                "application/json": components["schemas"]["OrderRequest"];
            };
        };
        responses: {
            /** @description The new order, `Pending`. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
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
    getOrder: {
        parameters: {
            query?: {
                /** @description Read the order's draft. Drafts are not simulated: the order itself is answered. */
                draft?: components["parameters"]["DraftQuery"];
                /** @description Accepted and ignored. */
                includeBin?: components["parameters"]["IncludeBinQuery"];
                /** @description Accepted and ignored. */
                mode?: components["parameters"]["ModeQuery"];
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The order. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateOrder: {
        parameters: {
            query?: {
                /**
                 * @description Kibo's edit mode. `ApplyAndCommit` and `ApplyToOriginal` both edit the order; drafts are not
                 *     simulated, so `ApplyToDraft` answers 501.
                 */
                updateMode?: components["parameters"]["UpdateModeQuery"];
                /** @description The order version the edit is based on. Accepted and ignored. */
                version?: components["parameters"]["VersionQuery"];
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderRequest"];
            };
        };
        responses: {
            /** @description The updated order. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
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
    getOrderItems: {
        parameters: {
            query?: {
                /** @description Read the order's draft. Drafts are not simulated: the order itself is answered. */
                draft?: components["parameters"]["DraftQuery"];
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The items. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderItemCollection"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createOrderItem: {
        parameters: {
            query?: {
                /**
                 * @description Kibo's edit mode. `ApplyAndCommit` and `ApplyToOriginal` both edit the order; drafts are not
                 *     simulated, so `ApplyToDraft` answers 501.
                 */
                updateMode?: components["parameters"]["UpdateModeQuery"];
                /** @description The order version the edit is based on. Accepted and ignored. */
                version?: components["parameters"]["VersionQuery"];
                /** @description Fields to include in the answer (the reference server always answers in full). */
                responseFields?: components["parameters"]["ResponseFieldsQuery"];
                /** @description Accepted and ignored (adding an item never checks stock). */
                skipInventoryCheck?: components["parameters"]["SkipInventoryCheckQuery"];
                /** @description Shopper zip code for shipping estimates. Accepted and ignored. */
                zipCode?: components["parameters"]["ZipCodeQuery"];
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderItemRequest"];
            };
        };
        responses: {
            /** @description The order with the new item. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
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
    getOrderItem: {
        parameters: {
            query?: {
                /** @description Read the order's draft. Drafts are not simulated: the order itself is answered. */
                draft?: components["parameters"]["DraftQuery"];
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Id of the order item (or its `lineId` on the read). */
                orderItemId: components["parameters"]["OrderItemIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The item. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderItem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteOrderItem: {
        parameters: {
            query?: {
                /**
                 * @description Kibo's edit mode. `ApplyAndCommit` and `ApplyToOriginal` both edit the order; drafts are not
                 *     simulated, so `ApplyToDraft` answers 501.
                 */
                updateMode?: components["parameters"]["UpdateModeQuery"];
                /** @description The order version the edit is based on. Accepted and ignored. */
                version?: components["parameters"]["VersionQuery"];
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Id of the order item (or its `lineId` on the read). */
                orderItemId: components["parameters"]["OrderItemIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The order without the item. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    updateItemQuantity: {
        parameters: {
            query?: {
                /**
                 * @description Kibo's edit mode. `ApplyAndCommit` and `ApplyToOriginal` both edit the order; drafts are not
                 *     simulated, so `ApplyToDraft` answers 501.
                 */
                updateMode?: components["parameters"]["UpdateModeQuery"];
                /** @description The order version the edit is based on. Accepted and ignored. */
                version?: components["parameters"]["VersionQuery"];
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Id of the order item (or its `lineId` on the read). */
                orderItemId: components["parameters"]["OrderItemIdPath"];
                /** @description The new quantity, at least 1. */
                quantity: components["parameters"]["QuantityPath"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ItemQuantityUpdate"];
            };
        };
        responses: {
            /** @description The updated order. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
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
    upsertInventoryTags: {
        parameters: {
            query?: {
                /**
                 * @description Kibo's edit mode. `ApplyAndCommit` and `ApplyToOriginal` both edit the order; drafts are not
                 *     simulated, so `ApplyToDraft` answers 501.
                 */
                updateMode?: components["parameters"]["UpdateModeQuery"];
                /** @description The order version the edit is based on. Accepted and ignored. */
                version?: components["parameters"]["VersionQuery"];
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Id of the order item (or its `lineId` on the read). */
                orderItemId: components["parameters"]["OrderItemIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InventoryTags"];
            };
        };
        responses: {
            /** @description The order with the item's new tags. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
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
    getAvailableActions: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Action names. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string[];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    performOrderAction: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderAction"];
            };
        };
        responses: {
            /** @description The order after the action. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
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
    cancelOrder: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CanceledReason"];
            };
        };
        responses: {
            /** @description The cancelled order. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
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
    getShipment: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Id or number of the shipment. */
                shipmentId: components["parameters"]["ShipmentIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The shipment. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Shipment"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteShipment: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Id or number of the shipment. */
                shipmentId: components["parameters"]["ShipmentIdPath"];
            };
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
    createPackage: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PackageRequest"];
            };
        };
        responses: {
            /** @description The new package. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Package"];
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
    getPackage: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Id of the package. */
                packageId: components["parameters"]["PackageIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The package. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Package"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updatePackage: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Id of the package. */
                packageId: components["parameters"]["PackageIdPath"];
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
    deletePackage: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Id of the package. */
                packageId: components["parameters"]["PackageIdPath"];
            };
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
    performFulfillmentAction: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FulfillmentAction"];
            };
        };
        responses: {
            /** @description The order after shipping. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
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
    getShipmentForFulfillment: {
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
                /** @description Number of the shipment. */
                shipmentNumber: components["parameters"]["ShipmentNumberPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The shipment. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FulfillmentShipment"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    fulfillShipment: {
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
                /** @description Accepted and ignored (no entity versions are simulated). */
                "If-Match"?: components["parameters"]["IfMatchHeader"];
            };
            path: {
                /** @description Number of the shipment. */
                shipmentNumber: components["parameters"]["ShipmentNumberPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The fulfilled shipment. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FulfillmentShipment"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getOrCreateCart: {
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
        requestBody?: never;
        responses: {
            /** @description The current cart. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cart"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateCart: {
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
    deleteCurrentCart: {
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
    getCart: {
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
                /** @description Id of the cart. */
                cartId: components["parameters"]["CartIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cart. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cart"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateCartByCartId: {
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
                /** @description Id of the cart. */
                cartId: components["parameters"]["CartIdPath"];
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
    deleteCart: {
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
                /** @description Id of the cart. */
                cartId: components["parameters"]["CartIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; no body. */
            204: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getCartItems: {
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
        requestBody?: never;
        responses: {
            /** @description The items. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CartItemCollection"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    addItemToCart: {
        parameters: {
            query?: {
                /** @description Shopper zip code for shipping estimates. Accepted and ignored. */
                zipCode?: components["parameters"]["ZipCodeQuery"];
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
                "application/json": components["schemas"]["CartItemRequest"];
            };
        };
        responses: {
            /** @description The new cart item (messages are on the cart). */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CartItem"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    removeAllCartItems: {
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
    getCartItem: {
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
                /** @description Id of the cart item. */
                cartItemId: components["parameters"]["CartItemIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The item. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CartItem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateCartItem: {
        parameters: {
            query?: {
                /** @description Shopper zip code for shipping estimates. Accepted and ignored. */
                zipCode?: components["parameters"]["ZipCodeQuery"];
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
                /** @description Id of the cart item. */
                cartItemId: components["parameters"]["CartItemIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CartItemRequest"];
            };
        };
        responses: {
            /** @description The updated item. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CartItem"];
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
    deleteCartItem: {
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
                /** @description Id of the cart item. */
                cartItemId: components["parameters"]["CartItemIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed; no body. */
            204: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateCartItemQuantity: {
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
                /** @description Id of the cart item. */
                cartItemId: components["parameters"]["CartItemIdPath"];
                /** @description The new quantity, at least 1. */
                quantity: components["parameters"]["QuantityPath"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ItemQuantityUpdate"];
            };
        };
        responses: {
            /** @description The updated item. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CartItem"];
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
    getCartItemsByCartId: {
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
                /** @description Id of the cart. */
                cartId: components["parameters"]["CartIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The items. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CartItemCollection"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    addItemToCartByCartId: {
        parameters: {
            query?: {
                /** @description Shopper zip code for shipping estimates. Accepted and ignored. */
                zipCode?: components["parameters"]["ZipCodeQuery"];
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
                /** @description Id of the cart. */
                cartId: components["parameters"]["CartIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CartItemRequest"];
            };
        };
        responses: {
            /** @description The new cart item (messages are on the cart). */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CartItem"];
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
    removeAllCartItemsByCartId: {
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
                /** @description Id of the cart. */
                cartId: components["parameters"]["CartIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The empty cart. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cart"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getCartItemByCartId: {
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
                /** @description Id of the cart. */
                cartId: components["parameters"]["CartIdPath"];
                /** @description Id of the cart item. */
                cartItemId: components["parameters"]["CartItemIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The item. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CartItem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateCartItemByCartId: {
        parameters: {
            query?: {
                /** @description Shopper zip code for shipping estimates. Accepted and ignored. */
                zipCode?: components["parameters"]["ZipCodeQuery"];
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
                /** @description Id of the cart. */
                cartId: components["parameters"]["CartIdPath"];
                /** @description Id of the cart item. */
                cartItemId: components["parameters"]["CartItemIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CartItemRequest"];
            };
        };
        responses: {
            /** @description The updated item. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CartItem"];
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
    deleteCartItemByCartId: {
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
                /** @description Id of the cart. */
                cartId: components["parameters"]["CartIdPath"];
                /** @description Id of the cart item. */
                cartItemId: components["parameters"]["CartItemIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed; no body. */
            204: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateCartItemQuantityByCartId: {
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
                /** @description Id of the cart. */
                cartId: components["parameters"]["CartIdPath"];
                /** @description Id of the cart item. */
                cartItemId: components["parameters"]["CartItemIdPath"];
                /** @description The new quantity, at least 1. */
                quantity: components["parameters"]["QuantityPath"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ItemQuantityUpdate"];
            };
        };
        responses: {
            /** @description The updated item. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CartItem"];
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
    getCheckouts: {
        parameters: {
            query?: {
                /** @description Index of the first result to return (default 0). */
                startIndex?: components["parameters"]["StartIndexQuery"];
                /** @description Results per page, 1 to 200 (default 20). */
                pageSize?: components["parameters"]["PageSizeQuery"];
                /**
                 * @description `<field> asc` or `<field> desc` over the list's number field (`orderNumber`, `number`,
                 *     `returnNumber`); anything else is 400.
                 */
                sortBy?: components["parameters"]["SortByQuery"];
                /**
                 * @description Kibo's filter syntax, restricted to `field eq value` clauses joined by ` and ` over the fields the
                 *     operation names; anything else is 400.
                 */
                filter?: components["parameters"]["FilterQuery"];
                /** @description Full-text search. Accepted and ignored. */
                q?: components["parameters"]["QQuery"];
                /** @description Limit of the full-text search. Accepted and ignored. */
                qLimit?: components["parameters"]["QLimitQuery"];
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
        requestBody?: never;
        responses: {
            /** @description A page of checkouts. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckoutCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createCheckoutFromCart: {
        parameters: {
            query?: {
                /** @description The cart to build from. */
                cartId?: components["parameters"]["CartIdQuery"];
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
        requestBody?: never;
        responses: {
            /** @description The new checkout. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Checkout"];
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
    getCheckout: {
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
                /** @description Id of the checkout. */
                checkoutId: components["parameters"]["CheckoutIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The checkout. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Checkout"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateCheckout: {
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
                /** @description Id of the checkout. */
                checkoutId: components["parameters"]["CheckoutIdPath"];
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
    addCheckoutItem: {
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
                /** @description Id of the checkout. */
                checkoutId: components["parameters"]["CheckoutIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderItemRequest"];
            };
        };
        responses: {
            /** @description The checkout with the new item. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Checkout"];
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
    deleteCheckoutItem: {
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
                /** @description Id of the checkout. */
                checkoutId: components["parameters"]["CheckoutIdPath"];
                /** @description Id of the checkout item. */
                itemId: components["parameters"]["CheckoutItemIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The checkout without the item. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Checkout"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    upsertInventoryTagsForCheckout: {
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
                /** @description Id of the checkout. */
                checkoutId: components["parameters"]["CheckoutIdPath"];
                /** @description Id of the checkout item. */
                itemId: components["parameters"]["CheckoutItemIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InventoryTags"];
            };
        };
        responses: {
            /** @description The checkout with the item's new tags. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Checkout"];
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
    splitItem: {
        parameters: {
            query?: {
                /** @description Units to move into the new item (default 1). */
                quantity?: components["parameters"]["SplitQuantityQuery"];
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
                /** @description Id of the checkout. */
                checkoutId: components["parameters"]["CheckoutIdPath"];
                /** @description Id of the checkout item. */
                itemId: components["parameters"]["CheckoutItemIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The checkout with both items. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Checkout"];
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
    getAvailableActionsForCheckout: {
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
                /** @description Id of the checkout. */
                checkoutId: components["parameters"]["CheckoutIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Action names. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string[];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    performCheckoutAction: {
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
                /** @description Id of the checkout. */
                checkoutId: components["parameters"]["CheckoutIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckoutAction"];
            };
        };
        responses: {
            /** @description The submitted checkout. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Checkout"];
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
    getReturns: {
        parameters: {
            query?: {
                /** @description Index of the first result to return (default 0). */
                startIndex?: components["parameters"]["StartIndexQuery"];
                /** @description Results per page, 1 to 200 (default 20). */
                pageSize?: components["parameters"]["PageSizeQuery"];
                /**
                 * @description `<field> asc` or `<field> desc` over the list's number field (`orderNumber`, `number`,
                 *     `returnNumber`); anything else is 400.
                 */
                sortBy?: components["parameters"]["SortByQuery"];
                /**
                 * @description Kibo's filter syntax, restricted to `field eq value` clauses joined by ` and ` over the fields the
                 *     operation names; anything else is 400.
                 */
                filter?: components["parameters"]["FilterQuery"];
                /** @description Full-text search. Accepted and ignored. */
                q?: components["parameters"]["QQuery"];
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
        requestBody?: never;
        responses: {
            /** @description A page of returns. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturnCollection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createReturn: {
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
                "application/json": components["schemas"]["ReturnRequest"];
            };
        };
        responses: {
            /** @description The new return. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Return"];
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
    performReturnActions: {
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
                "application/json": components["schemas"]["ReturnAction"];
            };
        };
        responses: {
            /** @description The returns after the action. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturnCollection"];
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
    getReturn: {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The return. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Return"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateReturn: {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
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
    deleteReturn: {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
            };
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
    getAvailableReturnActions: {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Action names. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string[];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    restockReturnItems: {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RestockableReturnItem"][];
            };
        };
        responses: {
            /** @description The return with `quantityRestocked` and `restocks` updated. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Return"];
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
    getExtendedProperties: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
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
    updateExtendedProperties: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
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
    addExtendedProperties: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
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
    deleteExtendedProperties: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
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
    getValidationResults: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
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
    addValidationResult: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
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
    applyAdjustment: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
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
    removeAdjustment: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
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
    applyCoupon: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Kibo's `couponCode`. */
                couponCode: string;
            };
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
    removeCoupon: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Kibo's `couponCode`. */
                couponCode: string;
            };
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
    applyHandlingAdjustment: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
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
    removeHandlingAdjustment: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
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
    applyShippingAdjustment: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
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
    removeShippingAdjustment: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
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
    autoCapturePayments: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
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
    changeOrderPriceList: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
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
    changeOrderUserId: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
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
    createDigitalPackage: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
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
    getOrderAttributes: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
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
    updateOrderAttributes: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
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
    createOrderAttributes: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
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
    getOrderLineAttributes: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Id of the order item (or its `lineId` on the read). */
                orderItemId: components["parameters"]["OrderItemIdPath"];
            };
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
    updateOrderLineAttributes: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Id of the order item (or its `lineId` on the read). */
                orderItemId: components["parameters"]["OrderItemIdPath"];
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
    createOrderLineAttributes: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Id of the order item (or its `lineId` on the read). */
                orderItemId: components["parameters"]["OrderItemIdPath"];
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
    getOrderNotes: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
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
    createOrderNote: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
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
    createPackageShipments: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
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
    createPaymentAction: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
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
    createPickup: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
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
    createRefund: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
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
    getShipmentAttributes: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Number of the shipment. */
                shipmentNumber: components["parameters"]["ShipmentNumberPath"];
            };
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
    updateShipmentAttributes: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Number of the shipment. */
                shipmentNumber: components["parameters"]["ShipmentNumberPath"];
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
    createShipmentAttributes: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Number of the shipment. */
                shipmentNumber: components["parameters"]["ShipmentNumberPath"];
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
    deleteShipmentAttributes: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Number of the shipment. */
                shipmentNumber: components["parameters"]["ShipmentNumberPath"];
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
    getDigitalPackage: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Kibo's `digitalPackageId`. */
                digitalPackageId: string;
            };
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
    updateDigitalPackage: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Kibo's `digitalPackageId`. */
                digitalPackageId: string;
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
    deleteDigitalPackage: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Kibo's `digitalPackageId`. */
                digitalPackageId: string;
            };
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
    updateExtendedProperty: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Kibo's `key`. */
                key: string;
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
    deleteExtendedProperty: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Kibo's `key`. */
                key: string;
            };
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
    updateOrderData: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Kibo's `orderDataId`. */
                orderDataId: string;
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
    deleteOrderData: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Kibo's `orderDataId`. */
                orderDataId: string;
            };
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
    deleteOrderDraft: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
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
    updateOrderItemData: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Id of the order item (or its `lineId` on the read). */
                orderItemId: components["parameters"]["OrderItemIdPath"];
                /** @description Kibo's `orderItemDataId`. */
                orderItemDataId: string;
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
    deleteOrderItemData: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Id of the order item (or its `lineId` on the read). */
                orderItemId: components["parameters"]["OrderItemIdPath"];
                /** @description Kibo's `orderItemDataId`. */
                orderItemDataId: string;
            };
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
    deleteOrderLineAttribute: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Id of the order item (or its `lineId` on the read). */
                orderItemId: components["parameters"]["OrderItemIdPath"];
                /** @description Kibo's `attributeFqn`. */
                attributeFqn: string;
            };
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
    getOrderNote: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Kibo's `noteId`. */
                noteId: string;
            };
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
    updateOrderNote: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Kibo's `noteId`. */
                noteId: string;
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
    deleteOrderNote: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Kibo's `noteId`. */
                noteId: string;
            };
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
    getPickup: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Kibo's `pickupId`. */
                pickupId: string;
            };
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
    updatePickup: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Kibo's `pickupId`. */
                pickupId: string;
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
    deletePickup: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Kibo's `pickupId`. */
                pickupId: string;
            };
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
    evaluateOrderRollupStatus: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
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
    getAvailableDigitalPackageFulfillmentActions: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Kibo's `digitalPackageId`. */
                digitalPackageId: string;
            };
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
    getAvailablePackageFulfillmentActions: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Id of the package. */
                packageId: components["parameters"]["PackageIdPath"];
            };
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
    getAvailablePaymentActions: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Kibo's `paymentId`. */
                paymentId: string;
            };
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
    performPaymentAction: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Kibo's `paymentId`. */
                paymentId: string;
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
    getAvailablePickupFulfillmentActions: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Kibo's `pickupId`. */
                pickupId: string;
            };
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
    getAvailableShipmentMethods: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
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
    getBillingInfo: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
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
    setBillingInfo: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
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
    getFulfillmentInfo: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
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
    setFulFillmentInfo: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
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
    getOrderData: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
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
    getOrderItemData: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Id of the order item (or its `lineId` on the read). */
                orderItemId: components["parameters"]["OrderItemIdPath"];
            };
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
    getOrderReturnableItems: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
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
    getPackageLabel: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Id of the package. */
                packageId: components["parameters"]["PackageIdPath"];
            };
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
    getPayment: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Kibo's `paymentId`. */
                paymentId: string;
            };
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
    getPayments: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
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
    getQueuedHistoricalOrder: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
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
    getQueuedHistoricalOrders: {
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
    getQueuedOrder: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
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
    getQueuedOrders: {
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
    getReasons: {
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
    getRefundReasons: {
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
    getTaxableOrders: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
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
    priceOrder: {
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
    processDigitalWallet: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Kibo's `digitalWalletType`. */
                digitalWalletType: string;
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
    processReturnRules: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
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
    removeAlternateContact: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
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
    removeCoupons: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
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
    repriceCanceledShipment: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
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
    repriceShipment: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Number of the shipment. */
                shipmentNumber: components["parameters"]["ShipmentNumberPath"];
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
    repriceSubstitutes: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Number of the shipment. */
                shipmentNumber: components["parameters"]["ShipmentNumberPath"];
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
    resendGatewayGiftCardEmail: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Kibo's `giftcardId`. */
                giftcardId: string;
            };
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
    resendOrderConfirmationEmail: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
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
    resendPackageFulfillmentEmail: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
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
    resendRefundEmail: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Kibo's `refundId`. */
                refundId: string;
            };
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
    smsOptOut: {
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
                /** @description Kibo's `siteId`. */
                siteId: string;
            };
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
    splitOrderIntoShipment: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
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
    splitShipments: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Number of the shipment. */
                shipmentNumber: components["parameters"]["ShipmentNumberPath"];
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
    updateGiftInfo: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Id of the order item (or its `lineId` on the read). */
                orderItemId: components["parameters"]["OrderItemIdPath"];
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
    updateItemDeliveryDate: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Id of the order item (or its `lineId` on the read). */
                orderItemId: components["parameters"]["OrderItemIdPath"];
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
    updateItemDuty: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Id of the order item (or its `lineId` on the read). */
                orderItemId: components["parameters"]["OrderItemIdPath"];
                /** @description Kibo's `dutyAmount`. */
                dutyAmount: string;
            };
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
    updateItemFulfillment: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Id of the order item (or its `lineId` on the read). */
                orderItemId: components["parameters"]["OrderItemIdPath"];
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
    updateItemProductPrice: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Id of the order item (or its `lineId` on the read). */
                orderItemId: components["parameters"]["OrderItemIdPath"];
                /** @description Kibo's `price`. */
                price: string;
            };
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
    updateOrderDiscount: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Kibo's `discountId`. */
                discountId: string;
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
    updateOrderItemDiscount: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Id of the order item (or its `lineId` on the read). */
                orderItemId: components["parameters"]["OrderItemIdPath"];
                /** @description Kibo's `discountId`. */
                discountId: string;
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
    updateOrderRestrictions: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
            };
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
    updateShipmentAdjustments: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Number of the shipment. */
                shipmentNumber: components["parameters"]["ShipmentNumberPath"];
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
    updateShipmentAndItemsAdjustment: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Number of the shipment. */
                shipmentNumber: components["parameters"]["ShipmentNumberPath"];
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
    updateShipmentItem: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Number of the shipment. */
                shipmentNumber: components["parameters"]["ShipmentNumberPath"];
                /** @description Id of the checkout item. */
                itemId: components["parameters"]["CheckoutItemIdPath"];
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
    updateShippingAndSuggestions: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Id of the order item (or its `lineId` on the read). */
                orderItemId: components["parameters"]["OrderItemIdPath"];
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
    updateSubscriptionInfo: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Id of the order item (or its `lineId` on the read). */
                orderItemId: components["parameters"]["OrderItemIdPath"];
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
    upsertAlternateContact: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
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
    upsertGiftMessage: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
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
    upsertSubstituteInfo: {
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
                /** @description Id of the order. */
                orderId: components["parameters"]["OrderIdPath"];
                /** @description Id of the order item (or its `lineId` on the read). */
                orderItemId: components["parameters"]["OrderItemIdPath"];
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
    getExtendedPropertiesForCart: {
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
    updateExtendedPropertiesForCart: {
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
    addExtendedPropertiesForCart: {
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
    deleteExtendedPropertiesForCart: {
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
    updateCartItems: {
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
    addItemsToCart: {
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
    updateCartItemsByCartId: {
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
                /** @description Id of the cart. */
                cartId: components["parameters"]["CartIdPath"];
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
    addItemsToCartByCartId: {
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
                /** @description Id of the cart. */
                cartId: components["parameters"]["CartIdPath"];
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
    applyCouponForCart: {
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
                /** @description Id of the cart. */
                cartId: components["parameters"]["CartIdPath"];
                /** @description Kibo's `couponCode`. */
                couponCode: string;
            };
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
    removeCouponForCart: {
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
                /** @description Id of the cart. */
                cartId: components["parameters"]["CartIdPath"];
                /** @description Kibo's `couponCode`. */
                couponCode: string;
            };
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
    deleteCartItems: {
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
    deleteCartItemsByCartId: {
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
                /** @description Id of the cart. */
                cartId: components["parameters"]["CartIdPath"];
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
    updateExtendedPropertyForCart: {
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
                /** @description Kibo's `key`. */
                key: string;
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
    deleteExtendedPropertyForCart: {
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
                /** @description Kibo's `key`. */
                key: string;
            };
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
    getUserCart: {
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
                /** @description Kibo's `userId`. */
                userId: string;
            };
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
    updateUserCart: {
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
                /** @description Kibo's `userId`. */
                userId: string;
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
    getOrCreateUserCart: {
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
                /** @description Kibo's `userId`. */
                userId: string;
            };
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
    deleteUserCart: {
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
                /** @description Kibo's `userId`. */
                userId: string;
            };
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
    getCartSummary: {
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
    getCartSummaryByCartId: {
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
                /** @description Id of the cart. */
                cartId: components["parameters"]["CartIdPath"];
            };
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
    getMessages: {
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
    removeAllMessages: {
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
    getUserCartSummary: {
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
                /** @description Kibo's `userId`. */
                userId: string;
            };
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
    rejectSuggestedDiscount: {
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
                /** @description Id of the cart. */
                cartId: components["parameters"]["CartIdPath"];
                /** @description Kibo's `discountId`. */
                discountId: string;
            };
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
    removeCouponsForCart: {
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
                /** @description Id of the cart. */
                cartId: components["parameters"]["CartIdPath"];
            };
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
    removeMessage: {
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
                /** @description Kibo's `messageId`. */
                messageId: string;
            };
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
    getDestinations: {
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
                /** @description Id of the checkout. */
                checkoutId: components["parameters"]["CheckoutIdPath"];
            };
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
    addDestination: {
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
                /** @description Id of the checkout. */
                checkoutId: components["parameters"]["CheckoutIdPath"];
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
    applyCouponForCheckout: {
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
                /** @description Id of the checkout. */
                checkoutId: components["parameters"]["CheckoutIdPath"];
                /** @description Kibo's `couponCode`. */
                couponCode: string;
            };
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
    removeCouponForCheckout: {
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
                /** @description Id of the checkout. */
                checkoutId: components["parameters"]["CheckoutIdPath"];
                /** @description Kibo's `couponCode`. */
                couponCode: string;
            };
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
    bulkUpdateDeliveryDates: {
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
                /** @description Id of the checkout. */
                checkoutId: components["parameters"]["CheckoutIdPath"];
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
    bulkUpdateItemDestinations: {
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
                /** @description Id of the checkout. */
                checkoutId: components["parameters"]["CheckoutIdPath"];
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
    changeCheckoutPriceList: {
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
                /** @description Id of the checkout. */
                checkoutId: components["parameters"]["CheckoutIdPath"];
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
    getCheckoutAttributes: {
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
                /** @description Id of the checkout. */
                checkoutId: components["parameters"]["CheckoutIdPath"];
            };
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
    updateCheckoutAttribute: {
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
                /** @description Id of the checkout. */
                checkoutId: components["parameters"]["CheckoutIdPath"];
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
    createCheckoutAttributes: {
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
                /** @description Id of the checkout. */
                checkoutId: components["parameters"]["CheckoutIdPath"];
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
    createPaymentActionForCheckout: {
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
                /** @description Id of the checkout. */
                checkoutId: components["parameters"]["CheckoutIdPath"];
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
    getAvailableShippingMethods: {
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
                /** @description Id of the checkout. */
                checkoutId: components["parameters"]["CheckoutIdPath"];
            };
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
    setShippingMethods: {
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
                /** @description Id of the checkout. */
                checkoutId: components["parameters"]["CheckoutIdPath"];
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
    getDestination: {
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
                /** @description Id of the checkout. */
                checkoutId: components["parameters"]["CheckoutIdPath"];
                /** @description Kibo's `destinationId`. */
                destinationId: string;
            };
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
    updateDestination: {
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
                /** @description Id of the checkout. */
                checkoutId: components["parameters"]["CheckoutIdPath"];
                /** @description Kibo's `destinationId`. */
                destinationId: string;
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
    removeDestination: {
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
                /** @description Id of the checkout. */
                checkoutId: components["parameters"]["CheckoutIdPath"];
                /** @description Kibo's `destinationId`. */
                destinationId: string;
            };
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
    performPaymentActionForCheckout: {
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
                /** @description Id of the checkout. */
                checkoutId: components["parameters"]["CheckoutIdPath"];
                /** @description Kibo's `paymentId`. */
                paymentId: string;
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
    processDigitalWalletForCheckout: {
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
                /** @description Id of the checkout. */
                checkoutId: components["parameters"]["CheckoutIdPath"];
                /** @description Kibo's `digitalWalletType`. */
                digitalWalletType: string;
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
    removeCouponsForCheckout: {
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
                /** @description Id of the checkout. */
                checkoutId: components["parameters"]["CheckoutIdPath"];
            };
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
    resendCheckoutConfirmationEmail: {
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
                /** @description Id of the checkout. */
                checkoutId: components["parameters"]["CheckoutIdPath"];
            };
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
    updateGiftInfoForCheckout: {
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
                /** @description Id of the checkout. */
                checkoutId: components["parameters"]["CheckoutIdPath"];
                /** @description Id of the checkout item. */
                itemId: components["parameters"]["CheckoutItemIdPath"];
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
    updateItemDeliveryDateForCheckout: {
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
                /** @description Id of the checkout. */
                checkoutId: components["parameters"]["CheckoutIdPath"];
                /** @description Id of the checkout item. */
                itemId: components["parameters"]["CheckoutItemIdPath"];
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
    updateItemDestination: {
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
                /** @description Id of the checkout. */
                checkoutId: components["parameters"]["CheckoutIdPath"];
                /** @description Id of the checkout item. */
                itemId: components["parameters"]["CheckoutItemIdPath"];
                /** @description Kibo's `destinationId`. */
                destinationId: string;
            };
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
    updateSubscriptionInfoForCheckout: {
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
                /** @description Id of the checkout. */
                checkoutId: components["parameters"]["CheckoutIdPath"];
                /** @description Id of the checkout item. */
                itemId: components["parameters"]["CheckoutItemIdPath"];
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
    upsertSubstituteInfoForCheckout: {
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
                /** @description Id of the checkout. */
                checkoutId: components["parameters"]["CheckoutIdPath"];
                /** @description Id of the checkout item. */
                itemId: components["parameters"]["CheckoutItemIdPath"];
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
    autoRefund: {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
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
    createPackageForReturn: {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
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
    createPackageShipmentsForReturn: {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
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
    createPaymentActionForReturn: {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
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
    getReturnAttributes: {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
            };
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
    updateReturnAttributes: {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
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
    createReturnAttributes: {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
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
    getReturnItems: {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
            };
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
    createReturnItem: {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
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
    getReturnItemAttributes: {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
                /** @description Kibo's `returnItemId`. */
                returnItemId: string;
            };
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
    updateReturnItemAttributes: {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
                /** @description Kibo's `returnItemId`. */
                returnItemId: string;
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
    createReturnItemAttributes: {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
                /** @description Kibo's `returnItemId`. */
                returnItemId: string;
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
    getReturnNotes: {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
            };
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
    createReturnNote: {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
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
    createReturnShippingOrder: {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
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
    getReturnItem: {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
                /** @description Kibo's `returnItemId`. */
                returnItemId: string;
            };
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
    deleteOrderItemForReturn: {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
                /** @description Kibo's `returnItemId`. */
                returnItemId: string;
            };
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
    getPackageForReturn: {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
                /** @description Id of the package. */
                packageId: components["parameters"]["PackageIdPath"];
            };
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
    updatePackageForReturn: {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
                /** @description Id of the package. */
                packageId: components["parameters"]["PackageIdPath"];
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
    deletePackageForReturn: {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
                /** @description Id of the package. */
                packageId: components["parameters"]["PackageIdPath"];
            };
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
    getReturnNote: {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
                /** @description Kibo's `noteId`. */
                noteId: string;
            };
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
    updateReturnNote: {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
                /** @description Kibo's `noteId`. */
                noteId: string;
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
    deleteReturnNote: {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
                /** @description Kibo's `noteId`. */
                noteId: string;
            };
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
    getShipmentForReturn: {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
                /** @description Id or number of the shipment. */
                shipmentId: components["parameters"]["ShipmentIdPath"];
            };
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
    deleteShipmentForReturn: {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
                /** @description Id or number of the shipment. */
                shipmentId: components["parameters"]["ShipmentIdPath"];
            };
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
    disposeReturnItems: {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
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
    getPackageLabelForReturn: {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
                /** @description Id of the package. */
                packageId: components["parameters"]["PackageIdPath"];
            };
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
    getPaymentForReturn: {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
                /** @description Kibo's `paymentId`. */
                paymentId: string;
            };
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
    getPaymentDistribution: {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
            };
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
    getPaymentsForReturn: {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
            };
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
    getReasonsForReturn: {
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
    getReturnLabel: {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
            };
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
    getReturnedItemConditions: {
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
    performPaymentActionForReturn: {
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
                /** @description Id of the return. */
                returnId: components["parameters"]["ReturnIdPath"];
                /** @description Kibo's `paymentId`. */
                paymentId: string;
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
    resendReturnEmail: {
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
