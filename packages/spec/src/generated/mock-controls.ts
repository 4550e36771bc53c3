// This file is auto-generated from openapi/ by `npm run generate`. Do not edit.
// Source: openapi/mock-controls.yaml. Regenerate: npm run generate -w @kibo-inventory/spec
export interface paths {
    "/__mock/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check that the server is up
         * @description Answers `200` as soon as the server accepts requests, with a few facts about it.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset to the initial state
         * @description Drops all state and returns to what the server started with (its defaults and start-up seed). Faults are cleared and the clock returns to its start value. Takes no body, or `{}`.
         */
        post: operations["resetState"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/seed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Load seed data
         * @description Adds the tenants, applications, locations, tag categories, inventory and settings of a seed document to the current state. The seed format is documented with the reference server (docs/seed-format.md). The whole document is validated first: any bad field is a `400` naming it, and nothing changes. Bodies up to the server's document limit (1 GiB by default) are taken.
         */
        post: operations["seedState"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/snapshot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Take a snapshot of the state
         * @description Returns the whole state as JSON, to be given back to `restoreState` later.
         */
        get: operations["getSnapshot"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a snapshot
         * @description Replaces the whole state with a snapshot taken earlier by `getSnapshot`, of any size the server returns (bodies up to its document limit, 1 GiB by default). The snapshot is validated whole first: a snapshot of another format or version, or with any bad field, is a `400` naming each one, and the state stays as it was.
         */
        post: operations["restoreState"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/settings": {
        parameters: {
            query?: {
                /** @description The tenant whose settings to read or change (the `x-vol-tenant` header is read too); the server's default tenant when neither is given. */
                tenant?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a tenant's settings
         * @description The tenant's switches and limits: inventory tags, granular fields, expiration, condition availability, "quantity sets Available", `pendingOnShortfall`, and the tag limits.
         */
        get: operations["getTenantSettings"];
        /**
         * Change a tenant's settings
         * @description Changes the settings given and keeps the others. Every field is checked before anything changes: an unknown field, a value of the wrong type, or a tag limit below what the tenant already has configured is 400 naming the field. Switching a feature off keeps what exists (tag categories, condition rules, granular records); writes that use it are then refused with 400 naming the setting. Also settable through a seed document's `settings`, and part of snapshots.
         */
        put: operations["updateTenantSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/exports/{jobID}": {
        parameters: {
            query?: {
                /** @description The tenant of the job (the `x-vol-tenant` header is read too); the server's default tenant when neither is given. */
                tenant?: number;
            };
            header?: never;
            path: {
                /** @description The EXPORT job (from `runExport`'s `exportInventoryJobResponses`). */
                jobID: number;
            };
            cookie?: never;
        };
        /**
         * Download the file of an export run
         * @description The file a successful EXPORT job wrote, as Kibo would have sent it to FTP or S3: the tenant's inventory at the time of the run in the CSV import format (docs/seed-format.md), which `kibo-inventory-mock import` and seeds read back unchanged. 404 for a job that is not an EXPORT job with a file (unknown, dropped from the job history, another type, or FAILED).
         */
        get: operations["getExportFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the server clock
         * @description The server's current time (`setClock` moves it).
         */
        get: operations["getClock"];
        /**
         * Set or advance the server clock
         * @description Sets the server's clock to `now`, or moves it forward by `advanceMs` milliseconds. Moving the clock releases future inventory whose delivery date has passed, expires dated records and, with queued jobs, lets the job queue progress.
         */
        put: operations["setClock"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/faults": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the faults still waiting
         * @description Every injected fault that has calls left to affect, oldest first, with its id and the number of calls it still affects.
         */
        get: operations["listFaults"];
        put?: never;
        /**
         * Inject a fault
         * @description Makes the next `times` calls of one operation (named by its `operationId` in inventory.yaml) misbehave: answer late (`latencyMs`), answer with an error `status` (with a `Retry-After` header when `retryAfter` is set), or drop the connection (`networkError`). Reset clears all faults.
         */
        post: operations["injectFault"];
        /**
         * Clear every fault
         * @description Removes every injected fault. Takes no body, or `{}`.
         */
        delete: operations["clearFaults"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/jobs/flush": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run every queued job
         * @description With queued jobs (`jobs: "queued"`), processes every pending job now, one at a time in queue order. Without queued jobs there is nothing to do and `flushed` is 0. Takes no body, or `{}`.
         */
        post: operations["flushJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/inventory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Page through a tenant's inventory
         * @description The (product, location) pairs that have inventory records, sorted by UPC and then location code, a page at a time: what a screen listing everything needs first, since Kibo's inventory query takes the products up front. Read each page's records through Kibo's API (`getInventory` with those UPCs and locations). The inventory console pages with it. A write shows on the next page read (the sorted list is updated for the products it changed).
         */
        get: operations["browseInventory"];
        put?: never;
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
        Ok: {
            /** @constant */
            ok: true;
        };
        Health: {
            /** @constant */
            status: "ok";
            /** @description Version of `@kibo-inventory/mock-server`. */
            version?: string;
            /**
             * Format: date-time
             * @description The server clock.
             */
            now?: string;
            /**
             * @description How the server processes jobs.
             * @enum {string}
             */
            jobs?: "sync" | "queued";
        };
        /** @description Seed data: tenants, applications, sites, locations, tag categories, inventory records and tenant settings. The format is defined by the reference server and validated there (docs/seed-format.md: unknown fields are refused); this contract keeps it open. */
        SeedDocument: {
            [key: string]: unknown;
        };
        /** @description The whole state of the reference server, as `getSnapshot` returns it, with its `format` (`kibo-inventory-mock-snapshot`) and format `version` (1). Treat it as opaque: only give it back to `restoreState`, which validates it whole. */
        Snapshot: {
            [key: string]: unknown;
        };
        /** @description One tenant's settings. */
        TenantSettings: {
            tenantID: number;
            /** @description Inventory tags may be configured and named by writes (default true). */
            tagsEnabled: boolean;
            /** @description Writes may carry `lotCode`, `date`, `condition` and `serialNumber` (default true; Kibo: granular fields "must be enabled on your tenant"). */
            granularFieldsEnabled: boolean;
            /** @description Records dated today or earlier are expired (default false). */
            expirationEnabled: boolean;
            /** @description Condition availability rules may be configured (default true). */
            conditionAvailabilityEnabled: boolean;
            /** @description A refresh quantity sets `available` instead of `onHand`: onHand becomes quantity plus the allocated and pending units (default false). */
            quantitySetsAvailable: boolean;
            /** @description An allocation shortfall becomes `pending` (true, default) or stays unallocated. */
            pendingOnShortfall: boolean;
            /** @description Most tag categories (default 3). */
            tagCategoryLimit: number;
            /** @description Most tag values over all categories (default 6). */
            totalTagLimit: number;
        };
        /** @description The settings to change; the others stay. At least one field. */
        TenantSettingsUpdate: {
            /** @description Inventory tags may be configured and named by writes (default true). */
            tagsEnabled?: boolean;
            /** @description Writes may carry `lotCode`, `date`, `condition` and `serialNumber` (default true; Kibo: granular fields "must be enabled on your tenant"). */
            granularFieldsEnabled?: boolean;
            /** @description Records dated today or earlier are expired (default false). */
            expirationEnabled?: boolean;
            /** @description Condition availability rules may be configured (default true). */
            conditionAvailabilityEnabled?: boolean;
            /** @description A refresh quantity sets `available` instead of `onHand`: onHand becomes quantity plus the allocated and pending units (default false). */
            quantitySetsAvailable?: boolean;
            /** @description An allocation shortfall becomes `pending` (true, default) or stays unallocated. */
            pendingOnShortfall?: boolean;
            /** @description Most tag categories (default 3). */
            tagCategoryLimit?: number;
            /** @description Most tag values over all categories (default 6). */
            totalTagLimit?: number;
        };
        /** @description An absolute time (`now`), a step (`advanceMs`, negative to move back), or both (set, then step). The clock stays within years 0000 to 9999 (UTC): a request that would leave that range is refused with `400` and the clock does not move. */
        ClockRequest: {
            /**
             * Format: date-time
             * @description The new time of the server clock.
             */
            now?: string;
            /** @description Milliseconds to move the clock (forward, or back when negative). */
            advanceMs?: number;
        };
        ClockState: {
            /** Format: date-time */
            now: string;
        };
        /** @description A fault for the next `times` calls of one operation. Give at least one of `latencyMs`, `status` or `networkError`; `latencyMs` may be combined with either of the others. */
        FaultRequest: {
            /** @description The `operationId` (from inventory.yaml or commerce.yaml) of the calls to affect, or `*` for every API operation. */
            operationId: string;
            /** @description How many of the next calls to affect (1 when absent). */
            times?: number;
            /** @description Delay before answering, in milliseconds. */
            latencyMs?: number;
            /** @description Answer with this error status (and a matching `KiboError` body) instead. */
            status?: number;
            /** @description Seconds to put in a `Retry-After` header, with `status`. */
            retryAfter?: number;
            /** @description Drop the connection instead of answering. */
            networkError?: boolean;
        };
        FlushJobsResult: {
            /** @description Number of jobs processed. */
            flushed: number;
        };
        /** @description An injected fault with calls left to affect (`FaultRequest` plus its id). */
        ActiveFault: {
            /** @description The fault's id, in the order faults were injected. */
            id: number;
            /** @description The operation it affects, or `*` for every API operation. */
            operationId: string;
            /** @description How many more calls it affects. */
            times: number;
            /** @description Delay before answering, in milliseconds. */
            latencyMs?: number;
            /** @description The error status answered instead. */
            status?: number;
            /** @description Seconds in the `Retry-After` header, with `status`. */
            retryAfter?: number;
            /** @description The connection is dropped instead of answered. */
            networkError?: boolean;
        };
        /** @description A page of (product, location) pairs with inventory, sorted by UPC then location code. */
        InventoryBrowsePage: {
            /** @description Pairs matching the filters, over all pages. */
            total: number;
            /** @description The `offset` asked for. */
            offset: number;
            /** @description The `limit` asked for (50 when absent). */
            limit: number;
            /** @description The pairs on this page; fewer than `limit` on the last page. */
            items: components["schemas"]["InventoryBrowseEntry"][];
        };
        /** @description One product at one location. */
        InventoryBrowseEntry: {
            upc: string;
            locationCode: string;
            /** @description Its inventory records there: more than one when it has granular variants (lots, conditions, serial numbers, dates). */
            records: number;
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
    };
    responses: {
        /** @description Done. */
        Ok: {
            headers: {
                "x-vol-correlation": components["headers"]["XVolCorrelation"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Ok"];
            };
        };
        /** @description The control request is malformed (`VALIDATION_ERROR`). */
        ControlBadRequest: {
            headers: {
                "x-vol-correlation": components["headers"]["XVolCorrelation"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["KiboError"];
            };
        };
        /** @description The tenant's settings after the call. */
        TenantSettings: {
            headers: {
                "x-vol-correlation": components["headers"]["XVolCorrelation"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TenantSettings"];
            };
        };
        /** @description No such tenant (or, for an export file, no such file). */
        ControlNotFound: {
            headers: {
                "x-vol-correlation": components["headers"]["XVolCorrelation"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["KiboError"];
            };
        };
        /** @description The control failed (`INTERNAL_ERROR`). */
        ControlError: {
            headers: {
                "x-vol-correlation": components["headers"]["XVolCorrelation"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["KiboError"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description Correlation id of the request; the reference server sends it on every answer. */
        XVolCorrelation: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server is up. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            500: components["responses"]["ControlError"];
        };
    };
    resetState: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Ok"];
            400: components["responses"]["ControlBadRequest"];
            500: components["responses"]["ControlError"];
        };
    };
    seedState: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SeedDocument"];
            };
        };
        responses: {
            200: components["responses"]["Ok"];
            400: components["responses"]["ControlBadRequest"];
            500: components["responses"]["ControlError"];
        };
    };
    getSnapshot: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The snapshot. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Snapshot"];
                };
            };
            500: components["responses"]["ControlError"];
        };
    };
    restoreState: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Snapshot"];
            };
        };
        responses: {
            200: components["responses"]["Ok"];
            400: components["responses"]["ControlBadRequest"];
            500: components["responses"]["ControlError"];
        };
    };
    getTenantSettings: {
        parameters: {
            query?: {
                /** @description The tenant whose settings to read or change (the `x-vol-tenant` header is read too); the server's default tenant when neither is given. */
                tenant?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["TenantSettings"];
            400: components["responses"]["ControlBadRequest"];
            404: components["responses"]["ControlNotFound"];
            500: components["responses"]["ControlError"];
        };
    };
    updateTenantSettings: {
        parameters: {
            query?: {
                /** @description The tenant whose settings to read or change (the `x-vol-tenant` header is read too); the server's default tenant when neither is given. */
                tenant?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TenantSettingsUpdate"];
            };
        };
        responses: {
            200: components["responses"]["TenantSettings"];
            400: components["responses"]["ControlBadRequest"];
            404: components["responses"]["ControlNotFound"];
            500: components["responses"]["ControlError"];
        };
    };
    getExportFile: {
        parameters: {
            query?: {
                /** @description The tenant of the job (the `x-vol-tenant` header is read too); the server's default tenant when neither is given. */
                tenant?: number;
            };
            header?: never;
            path: {
                /** @description The EXPORT job (from `runExport`'s `exportInventoryJobResponses`). */
                jobID: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The export file. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    /** @description `attachment; filename="<settings name>-<jobID>.csv"`. */
                    "content-disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            400: components["responses"]["ControlBadRequest"];
            404: components["responses"]["ControlNotFound"];
            500: components["responses"]["ControlError"];
        };
    };
    getClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The clock. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClockState"];
                };
            };
            500: components["responses"]["ControlError"];
        };
    };
    setClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClockRequest"];
            };
        };
        responses: {
            /** @description The clock after the change. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClockState"];
                };
            };
            400: components["responses"]["ControlBadRequest"];
            500: components["responses"]["ControlError"];
        };
    };
    listFaults: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The faults. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActiveFault"][];
                };
            };
            500: components["responses"]["ControlError"];
        };
    };
    injectFault: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FaultRequest"];
            };
        };
        responses: {
            200: components["responses"]["Ok"];
            400: components["responses"]["ControlBadRequest"];
            500: components["responses"]["ControlError"];
        };
    };
    clearFaults: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Ok"];
            400: components["responses"]["ControlBadRequest"];
            500: components["responses"]["ControlError"];
        };
    };
    flushJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How many jobs ran. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlushJobsResult"];
                };
            };
            400: components["responses"]["ControlBadRequest"];
            500: components["responses"]["ControlError"];
        };
    };
    browseInventory: {
        parameters: {
            query?: {
                /** @description How many matching pairs to skip. */
                offset?: number;
                /** @description Most pairs on the page. */
                limit?: number;
                /** @description Only pairs at this location. */
                locationCode?: string;
                /** @description Only products whose UPC, part number or SKU contains this text (case-insensitive; leading and trailing spaces ignored). */
                search?: string;
                /** @description The tenant whose inventory to page through; the server's default tenant when absent. A tenant without inventory answers an empty page. */
                tenantId?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of pairs, and how many match over all pages. */
            200: {
                headers: {
                    "x-vol-correlation": components["headers"]["XVolCorrelation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InventoryBrowsePage"];
                };
            };
            400: components["responses"]["ControlBadRequest"];
            500: components["responses"]["ControlError"];
        };
    };
}
