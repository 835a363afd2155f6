/* The Order Service API as TypeScript types, generated from its OpenAPI document: npm run console:api-types. Do not edit. */

export interface paths {
    "/api/v1/change-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tenant's order change settings */
        get: operations["getChangeSettings"];
        /** Sets the tenant's change fee */
        put: operations["putChangeSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/disputes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tenant's payment disputes, newest first (staff) */
        get: operations["getDisputes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/disputes/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tenant's dispute settings */
        get: operations["getDisputesSettings"];
        /** Replace the tenant's dispute settings (admin) */
        put: operations["putDisputesSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tenant's documents issued in [from, to), newest first; with Accept: text/csv every document of the period as CSV */
        get: operations["getDocuments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One invoice or credit note as JSON, or as a PDF with Accept: application/pdf */
        get: operations["getDocumentsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/event-cancellations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tenant's event-cancellation jobs with their progress and failures, newest first (staff) */
        get: operations["getEventCancellations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoice-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tenant's invoice settings */
        get: operations["getInvoiceSettings"];
        /** Replace the invoice settings: seller, number prefixes, footer, locale (documents issued later use them) */
        put: operations["putInvoiceSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's orders (staff: the tenant's), newest first */
        get: operations["getOrders"];
        put?: never;
        /** Check out an order: hold the tickets and create the payment intent */
        post: operations["postOrders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One order */
        get: operations["getOrdersById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a PENDING or RESERVED order: release the hold, cancel the payment intent */
        post: operations["postOrdersByIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The changes of an order, oldest first */
        get: operations["getOrdersByIdChanges"];
        put?: never;
        /** Change a paid order: add, remove or swap tickets; a positive delta is paid through its own payment intent */
        post: operations["postOrdersByIdChanges"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/changes/{changeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One change of an order */
        get: operations["getOrdersByIdChangesByChangeId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/changes/quote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What a change would do (prices, credit, delta, the order after it); stores nothing */
        post: operations["postOrdersByIdChangesQuote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/disputes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The payment disputes of an order (its buyer or staff) */
        get: operations["getOrdersByIdDisputes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An order's invoices and credit notes, in the order they were issued */
        get: operations["getOrdersByIdDocuments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit timeline of an order */
        get: operations["getOrdersByIdEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/refund-eligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the order could be refunded now, under which policy rule, and why not */
        get: operations["getOrdersByIdRefundEligibility"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The refunds of an order, oldest first */
        get: operations["getOrdersByIdRefunds"];
        put?: never;
        /** Request a refund: the full refundable amount, an amount, or items (admin: override with a reason) */
        post: operations["postOrdersByIdRefunds"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/refunds/{refundId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One refund of an order */
        get: operations["getOrdersByIdRefundsByRefundId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/refunds/{refundId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Admin: approve a refund in review; it goes to the Payment service */
        post: operations["postOrdersByIdRefundsByRefundIdApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/refunds/{refundId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Admin: reject a refund in review */
        post: operations["postOrdersByIdRefundsByRefundIdReject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{id}/reserve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Extend a RESERVED order's hold once, by the configured maximum */
        post: operations["postOrdersByIdReserve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tenant's orders as CSV or XLSX, one row per item, oldest first; streamed (any size in constant memory) */
        get: operations["getOrdersExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/privacy/users/{userId}/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace the buyer's personal data with a pseudonym, keeping every amount; answers what was kept and why. Idempotent */
        post: operations["postPrivacyUsersByUserIdErase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/privacy/users/{userId}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything held about one buyer of the tenant: orders with items and timeline, refunds, disputes, documents, tax exemptions */
        get: operations["getPrivacyUsersByUserIdExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/promotions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Promo codes, newest first, with their redemptions and discount given */
        get: operations["getPromotions"];
        put?: never;
        /** Create a promo code */
        post: operations["postPromotions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/promotions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One promo code */
        get: operations["getPromotionsById"];
        /** Replace a promo code’s definition; orders that used it keep their discount */
        put: operations["putPromotionsById"];
        post?: never;
        /** Delete a promo code no order has used (a used one answers 409: deactivate it instead) */
        delete: operations["deletePromotionsById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/refund-policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Refund policies at their current version, newest first */
        get: operations["getRefundPolicy"];
        put?: never;
        /** Create a refund policy (version 1) */
        post: operations["postRefundPolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/refund-policy/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One refund policy at its current version (or ?version=n) */
        get: operations["getRefundPolicyById"];
        /** Edit a refund policy: writes the next version under the same id; orders keep the version they were confirmed under */
        put: operations["putRefundPolicyById"];
        post?: never;
        /** Deactivate a refund policy (its versions are kept) */
        delete: operations["deleteRefundPolicyById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/refund-policy/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every version of a refund policy, oldest first */
        get: operations["getRefundPolicyByIdVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/refund-policy/effective": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The policy that applies to an event (and ticket type): ticketType > event > tenant > built-in default */
        get: operations["getRefundPolicyEffective"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tenant's refunds, newest first (staff); ?status=PENDING_REVIEW is the review queue */
        get: operations["getRefunds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tenant's orders, revenue, refunds and disputes per UTC day (staff; at most 366 days) */
        get: operations["getStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tax/calculate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tax per line and jurisdiction for a location or an event's venue */
        post: operations["postTaxCalculate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tax/exemptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Exemption certificates, newest first */
        get: operations["getTaxExemptions"];
        put?: never;
        /** Register a buyer's exemption certificate */
        post: operations["postTaxExemptions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tax/exemptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One exemption certificate */
        get: operations["getTaxExemptionsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tax/jurisdictions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tax jurisdictions of the tenant, by code */
        get: operations["getTaxJurisdictions"];
        put?: never;
        /** Create a jurisdiction with its match rule and dated rates */
        post: operations["postTaxJurisdictions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tax/jurisdictions/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One jurisdiction with its rate history */
        get: operations["getTaxJurisdictionsByCode"];
        /** Replace the name, level, parent and match rule of a jurisdiction (rates change by adding dated rates) */
        put: operations["putTaxJurisdictionsByCode"];
        post?: never;
        /** Delete a jurisdiction without children, with its rates (orders keep the taxes they were charged) */
        delete: operations["deleteTaxJurisdictionsByCode"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tax/jurisdictions/{code}/rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add dated rates: a rate change from a day on, keeping the history */
        post: operations["postTaxJurisdictionsByCodeRates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tax/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tax collected per jurisdiction and category by orders confirmed in [from, to), net of refunds; CSV with Accept: text/csv */
        get: operations["getTaxReports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tax/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tenant fallback and price mode */
        get: operations["getTaxSettings"];
        /** Set the tenant fallback (a rate, or reject unknown locations) and the price mode */
        put: operations["putTaxSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Webhook endpoints, newest first */
        get: operations["getWebhookEndpoints"];
        put?: never;
        /** Create a webhook endpoint; the answer holds its signing secret, shown this once */
        post: operations["postWebhookEndpoints"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-endpoints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One webhook endpoint */
        get: operations["getWebhookEndpointsById"];
        /** Replace a webhook endpoint (enabling it again clears the reason it was disabled); the secret stays */
        put: operations["putWebhookEndpointsById"];
        post?: never;
        /** Delete a webhook endpoint and its delivery log */
        delete: operations["deleteWebhookEndpointsById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-endpoints/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The delivery log of an endpoint, newest first: each delivery with every attempt (outcome, status code, duration) */
        get: operations["getWebhookEndpointsByIdDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-endpoints/{id}/deliveries/{deliveryId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a delivery again now (a failed one gets one more attempt) */
        post: operations["postWebhookEndpointsByIdDeliveriesByDeliveryIdRetry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-endpoints/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a signed `ping` message to the endpoint; its outcome appears in the delivery log */
        post: operations["postWebhookEndpointsByIdTest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description Present (true) when this answer is the stored answer of an earlier request with the same Idempotency-Key */
        IdempotentReplayed: "true";
        /** @description The request id: the x-request-id sent, or one the service made */
        RequestId: string;
        /** @description Seconds to wait before retrying */
        RetryAfter: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getChangeSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Added once to every order change, minor units (default 0) */
                        changeFee: number;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    putChangeSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Added once to every order change, minor units (default 0) */
                    changeFee: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Added once to every order change, minor units (default 0) */
                        changeFee: number;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body exceeds the limit of 100 KB */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getDisputes: {
        parameters: {
            query?: {
                cursor?: string;
                /** @description only disputes whose evidence is due before this time */
                dueBefore?: string;
                limit?: number;
                /** @description created: newest first; dueBy: evidence due soonest first (disputes without a due date left out) */
                sort?: "created" | "dueBy";
                status?: "needs_response" | "under_review" | "won" | "lost" | "warning_closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description Amount in minor units of the dispute currency */
                            amount: number;
                            closedAt: string | null;
                            currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD";
                            /** @description the order had already been refunded when the dispute opened */
                            doubleLossRisk: boolean;
                            evidenceDueBy: string | null;
                            history: {
                                /** @description Amount in minor units of the dispute currency */
                                amount: number;
                                /** @description false: received out of order or after the dispute closed; kept as history only */
                                applied: boolean;
                                evidenceDueBy: string | null;
                                /** Format: date-time */
                                occurredAt: string;
                                reason: string;
                                /** Format: date-time */
                                receivedAt: string;
                                status: "needs_response" | "under_review" | "won" | "lost" | "warning_closed";
                                type: "dispute.created" | "dispute.updated" | "dispute.closed";
                                webhookId: string;
                            }[];
                            /** Format: uuid */
                            id: string;
                            /** @description Amount in minor units of the dispute currency */
                            lostAmount: number;
                            /** Format: date-time */
                            openedAt: string;
                            /** Format: uuid */
                            orderId: string;
                            outcome: "won" | "lost" | "warning_closed" | null;
                            /** @description The Payment service's id of the dispute */
                            paymentDisputeId: string;
                            paymentIntentId: string;
                            reason: string;
                            status: "needs_response" | "under_review" | "won" | "lost" | "warning_closed";
                            /** @description voiding of the tickets after a lost dispute, when the tenant setting asks for it */
                            ticketsVoid: "pending" | "voided" | "failed" | null;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getDisputesSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description ask the Ticket service to void the tickets of an order whose dispute is lost */
                        voidTicketsOnLoss: boolean;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    putDisputesSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description ask the Ticket service to void the tickets of an order whose dispute is lost */
                    voidTicketsOnLoss: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description ask the Ticket service to void the tickets of an order whose dispute is lost */
                        voidTicketsOnLoss: boolean;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body exceeds the limit of 100 KB */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getDocuments: {
        parameters: {
            query?: {
                cursor?: string;
                /** @description issued at or after */
                from?: string;
                limit?: number;
                /** @description issued before */
                to?: string;
                type?: "invoice" | "credit_note";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of documents, or the whole period as CSV */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            buyer: {
                                address?: {
                                    city: string;
                                    /**
                                     * @description ISO 3166-1 alpha-2 country code
                                     * @enum {string}
                                     */
                                    country: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "YE" | "YT" | "ZA" | "ZM" | "ZW";
                                    line1: string;
                                    line2?: string;
                                    postalCode: string;
                                    region?: string;
                                };
                                email?: string;
                                name?: string;
                                taxId?: string;
                                userId: string;
                            };
                            currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD";
                            footer: string | null;
                            id: string;
                            /** Format: date-time */
                            issuedAt: string;
                            lines: {
                                category: string;
                                description: string;
                                /** @description A promo code's discount on the item (quantity × unitPrice − discount is charged) */
                                discount: number;
                                /** @description Amount in minor units of the document currency */
                                net: number;
                                orderItemId: string | null;
                                quantity: number;
                                taxes: {
                                    /** @description Amount in minor units of the document currency */
                                    amount: number;
                                    jurisdiction: string;
                                    rate: string;
                                }[];
                                /** @description Amount in minor units of the document currency */
                                total: number;
                                /** @description Amount in minor units of the document currency */
                                unitPrice: number;
                            }[];
                            locale: string;
                            number: string;
                            orderId: string;
                            orderNumber: string;
                            priceMode: "exclusive" | "inclusive";
                            references?: {
                                documentId: string;
                                invoiceNumber: string;
                            };
                            seller: {
                                address: {
                                    city: string;
                                    /**
                                     * @description ISO 3166-1 alpha-2 country code
                                     * @enum {string}
                                     */
                                    country: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "YE" | "YT" | "ZA" | "ZM" | "ZW";
                                    line1: string;
                                    line2?: string;
                                    postalCode: string;
                                    region?: string;
                                };
                                /** Format: email */
                                email?: string;
                                legalName: string;
                                /** @description A VAT number or other tax identifier, as the authority writes it */
                                taxId?: string;
                            } | null;
                            taxes: {
                                category: string;
                                jurisdiction: string;
                                rate: string;
                                /** @description Amount in minor units of the document currency */
                                tax: number;
                                /** @description Amount in minor units of the document currency */
                                taxable: number;
                            }[];
                            totals: {
                                /** @description Amount in minor units of the document currency */
                                net: number;
                                /** @description Amount in minor units of the document currency */
                                tax: number;
                                /** @description Amount in minor units of the document currency */
                                total: number;
                            };
                            type: "invoice" | "credit_note";
                        }[];
                        nextCursor: string | null;
                    };
                    "text/csv": string;
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getDocumentsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        buyer: {
                            address?: {
                                city: string;
                                /**
                                 * @description ISO 3166-1 alpha-2 country code
                                 * @enum {string}
                                 */
                                country: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "YE" | "YT" | "ZA" | "ZM" | "ZW";
                                line1: string;
                                line2?: string;
                                postalCode: string;
                                region?: string;
                            };
                            email?: string;
                            name?: string;
                            taxId?: string;
                            userId: string;
                        };
                        currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD";
                        footer: string | null;
                        id: string;
                        /** Format: date-time */
                        issuedAt: string;
                        lines: {
                            category: string;
                            description: string;
                            /** @description A promo code's discount on the item (quantity × unitPrice − discount is charged) */
                            discount: number;
                            /** @description Amount in minor units of the document currency */
                            net: number;
                            orderItemId: string | null;
                            quantity: number;
                            taxes: {
                                /** @description Amount in minor units of the document currency */
                                amount: number;
                                jurisdiction: string;
                                rate: string;
                            }[];
                            /** @description Amount in minor units of the document currency */
                            total: number;
                            /** @description Amount in minor units of the document currency */
                            unitPrice: number;
                        }[];
                        locale: string;
                        number: string;
                        orderId: string;
                        orderNumber: string;
                        priceMode: "exclusive" | "inclusive";
                        references?: {
                            documentId: string;
                            invoiceNumber: string;
                        };
                        seller: {
                            address: {
                                city: string;
                                /**
                                 * @description ISO 3166-1 alpha-2 country code
                                 * @enum {string}
                                 */
                                country: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "YE" | "YT" | "ZA" | "ZM" | "ZW";
                                line1: string;
                                line2?: string;
                                postalCode: string;
                                region?: string;
                            };
                            /** Format: email */
                            email?: string;
                            legalName: string;
                            /** @description A VAT number or other tax identifier, as the authority writes it */
                            taxId?: string;
                        } | null;
                        taxes: {
                            category: string;
                            jurisdiction: string;
                            rate: string;
                            /** @description Amount in minor units of the document currency */
                            tax: number;
                            /** @description Amount in minor units of the document currency */
                            taxable: number;
                        }[];
                        totals: {
                            /** @description Amount in minor units of the document currency */
                            net: number;
                            /** @description Amount in minor units of the document currency */
                            tax: number;
                            /** @description Amount in minor units of the document currency */
                            total: number;
                        };
                        type: "invoice" | "credit_note";
                    };
                    "application/pdf": string;
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment is longer than any identifier of the API */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getEventCancellations: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            completedAt: string | null;
                            createdAt: string | null;
                            eventId: string;
                            /** @description orders the job could not settle yet; each is tried again every minute until it goes through */
                            failures: {
                                /** @description how many times the order was tried */
                                attempts?: number;
                                code: string;
                                detail: string;
                                /** Format: date-time */
                                lastAttemptAt?: string;
                                orderId: string;
                            }[];
                            id: string | null;
                            progress: {
                                failed: number;
                                processed: number;
                                succeeded: number;
                                total: number;
                            };
                            /** @description when the failures are tried again */
                            retryAt: string | null;
                            status: "RUNNING" | "COMPLETED";
                            /** @enum {string} */
                            type: "event.cancel-orders";
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getInvoiceSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        creditNotePrefix: string;
                        footer: string | null;
                        invoicePrefix: string;
                        locale: string;
                        seller: {
                            address: {
                                city: string;
                                /**
                                 * @description ISO 3166-1 alpha-2 country code
                                 * @enum {string}
                                 */
                                country: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "YE" | "YT" | "ZA" | "ZM" | "ZW";
                                line1: string;
                                line2?: string;
                                postalCode: string;
                                region?: string;
                            };
                            /** Format: email */
                            email?: string;
                            legalName: string;
                            /** @description A VAT number or other tax identifier, as the authority writes it */
                            taxId?: string;
                        } | null;
                        updatedAt: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    putInvoiceSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Up to 12 letters, digits, - _ . /
                     * @default CN-
                     */
                    creditNotePrefix?: string;
                    footer?: string | null;
                    /**
                     * @description Up to 12 letters, digits, - _ . /
                     * @default INV-
                     */
                    invoicePrefix?: string;
                    /**
                     * @description BCP 47 tag amounts and dates are formatted in
                     * @default en-US
                     */
                    locale?: string;
                    seller: {
                        address: {
                            city: string;
                            /**
                             * @description ISO 3166-1 alpha-2 country code
                             * @enum {string}
                             */
                            country: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "YE" | "YT" | "ZA" | "ZM" | "ZW";
                            line1: string;
                            line2?: string;
                            postalCode: string;
                            region?: string;
                        };
                        /** Format: email */
                        email?: string;
                        legalName: string;
                        /** @description A VAT number or other tax identifier, as the authority writes it */
                        taxId?: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        creditNotePrefix: string;
                        footer: string | null;
                        invoicePrefix: string;
                        locale: string;
                        seller: {
                            address: {
                                city: string;
                                /**
                                 * @description ISO 3166-1 alpha-2 country code
                                 * @enum {string}
                                 */
                                country: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "YE" | "YT" | "ZA" | "ZM" | "ZW";
                                line1: string;
                                line2?: string;
                                postalCode: string;
                                region?: string;
                            };
                            /** Format: email */
                            email?: string;
                            legalName: string;
                            /** @description A VAT number or other tax identifier, as the authority writes it */
                            taxId?: string;
                        } | null;
                        updatedAt: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body exceeds the limit of 100 KB */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getOrders: {
        parameters: {
            query?: {
                createdFrom?: string;
                createdTo?: string;
                cursor?: string;
                /** @description A UUID */
                eventId?: string;
                limit?: number;
                /** @description the per-tenant order number, exactly */
                orderNumber?: string;
                status?: "PENDING" | "RESERVED" | "CONFIRMED" | "PARTIALLY_REFUNDED" | "REFUNDED" | "CANCELLED" | "EXPIRED";
                /** @description staff only */
                userId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description Billing details given at checkout, shown on the documents */
                            billing: {
                                address?: {
                                    city: string;
                                    /**
                                     * @description ISO 3166-1 alpha-2 country code
                                     * @enum {string}
                                     */
                                    country: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "YE" | "YT" | "ZA" | "ZM" | "ZW";
                                    line1: string;
                                    line2?: string;
                                    postalCode: string;
                                    region?: string;
                                };
                                /** Format: email */
                                email?: string;
                                /** @description Person or company invoiced */
                                name: string;
                                /** @description A VAT number or other tax identifier, as the authority writes it */
                                taxId?: string;
                            } | null;
                            cancelledAt: string | null;
                            cancelReason: string | null;
                            /** @description Change fees the order kept (order changes); part of pricing.total */
                            changeFee: number;
                            confirmedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD";
                            eventId: string;
                            expiredAt: string | null;
                            id: string;
                            items: {
                                /** @description The item's share of the promo code's discount; its tickets cost subtotal − discount */
                                discount: number;
                                id: string;
                                /** @description Amount in minor units of the order currency */
                                platformFee: number;
                                /** @description Amount in minor units of the order currency */
                                processingFee: number;
                                quantity: number;
                                /** @description Tickets of the item an order change removed; its amounts stay what was paid for all of quantity */
                                removedQuantity: number;
                                /** @description Amount in minor units of the order currency */
                                subtotal: number;
                                /** @description Amount in minor units of the order currency */
                                tax: number;
                                ticketIds: string[];
                                ticketTypeId: string;
                                /** @description Amount in minor units of the order currency */
                                total: number;
                                /** @description Amount in minor units of the order currency */
                                unitPrice: number;
                            }[];
                            metadata: {
                                [key: string]: unknown;
                            };
                            orderNumber: string;
                            payment: {
                                /** @description only for the buyer, while the order awaits payment */
                                clientSecret: string | null;
                                intentId: string | null;
                                status: string | null;
                            };
                            pricing: {
                                /** @description The promo code's discount on the tickets; total = subtotal − discount + fees (+ tax when exclusive) */
                                discount: number;
                                /** @description Amount in minor units of the order currency */
                                platformFee: number;
                                priceMode: "exclusive" | "inclusive";
                                /** @description Amount in minor units of the order currency */
                                processingFee: number;
                                /** @description Amount in minor units of the order currency */
                                subtotal: number;
                                /** @description Amount in minor units of the order currency */
                                tax: number;
                                /** @description Amount in minor units of the order currency */
                                total: number;
                            };
                            /** @description The promo code used at checkout */
                            promotion: {
                                code: string;
                                id: string;
                            } | null;
                            /** @description Amount in minor units of the order currency */
                            refundedAmount: number;
                            refundLocked: boolean;
                            refundPolicy: {
                                id: string;
                                version: number;
                            } | null;
                            reservationExpiresAt: string | null;
                            status: "PENDING" | "RESERVED" | "CONFIRMED" | "PARTIALLY_REFUNDED" | "REFUNDED" | "CANCELLED" | "EXPIRED";
                            taxes: {
                                category: string;
                                jurisdiction: string;
                                rate: string;
                                /** @description Amount in minor units of the order currency */
                                tax: number;
                                /** @description Amount in minor units of the order currency */
                                taxable: number;
                            }[];
                            /** @description The exemption certificate applied at checkout */
                            taxExemption: {
                                /** @description The jurisdictions whose tax it zeroed here */
                                exemptedJurisdictions: string[];
                                id: string;
                                /** @description Every jurisdiction the certificate names */
                                jurisdictions: string[];
                                number: string;
                                /**
                                 * Format: date
                                 * @description A calendar day, YYYY-MM-DD (UTC)
                                 */
                                validFrom: string;
                                /**
                                 * Format: date
                                 * @description A calendar day, YYYY-MM-DD (UTC)
                                 */
                                validTo: string;
                            } | null;
                            tenantId: string;
                            /** Format: date-time */
                            updatedAt: string;
                            userId: string;
                            /** @description Goes up by one with every applied order change */
                            version: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postOrders: {
        parameters: {
            query?: never;
            header?: {
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Billing details shown as the buyer on the order's invoices and credit notes */
                    billing?: {
                        address?: {
                            city: string;
                            /**
                             * @description ISO 3166-1 alpha-2 country code
                             * @enum {string}
                             */
                            country: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "YE" | "YT" | "ZA" | "ZM" | "ZW";
                            line1: string;
                            line2?: string;
                            postalCode: string;
                            region?: string;
                        };
                        /** Format: email */
                        email?: string;
                        /** @description Person or company invoiced */
                        name: string;
                        /** @description A VAT number or other tax identifier, as the authority writes it */
                        taxId?: string;
                    };
                    currency?: "USD" | "EUR" | "GBP" | "CAD" | "AUD";
                    /**
                     * Format: uuid
                     * @description A UUID
                     */
                    eventId: string;
                    /**
                     * Format: uuid
                     * @description One of the buyer's own tax exemption certificates
                     */
                    exemptionId?: string;
                    items: {
                        quantity: number;
                        /**
                         * Format: uuid
                         * @description A UUID
                         */
                        ticketTypeId: string;
                    }[];
                    metadata?: {
                        [key: string]: string;
                    };
                    /** @description A promo code of the tenant, any case */
                    promoCode?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Billing details given at checkout, shown on the documents */
                        billing: {
                            address?: {
                                city: string;
                                /**
                                 * @description ISO 3166-1 alpha-2 country code
                                 * @enum {string}
                                 */
                                country: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "YE" | "YT" | "ZA" | "ZM" | "ZW";
                                line1: string;
                                line2?: string;
                                postalCode: string;
                                region?: string;
                            };
                            /** Format: email */
                            email?: string;
                            /** @description Person or company invoiced */
                            name: string;
                            /** @description A VAT number or other tax identifier, as the authority writes it */
                            taxId?: string;
                        } | null;
                        cancelledAt: string | null;
                        cancelReason: string | null;
                        /** @description Change fees the order kept (order changes); part of pricing.total */
                        changeFee: number;
                        confirmedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD";
                        eventId: string;
                        expiredAt: string | null;
                        id: string;
                        items: {
                            /** @description The item's share of the promo code's discount; its tickets cost subtotal − discount */
                            discount: number;
                            id: string;
                            /** @description Amount in minor units of the order currency */
                            platformFee: number;
                            /** @description Amount in minor units of the order currency */
                            processingFee: number;
                            quantity: number;
                            /** @description Tickets of the item an order change removed; its amounts stay what was paid for all of quantity */
                            removedQuantity: number;
                            /** @description Amount in minor units of the order currency */
                            subtotal: number;
                            /** @description Amount in minor units of the order currency */
                            tax: number;
                            ticketIds: string[];
                            ticketTypeId: string;
                            /** @description Amount in minor units of the order currency */
                            total: number;
                            /** @description Amount in minor units of the order currency */
                            unitPrice: number;
                        }[];
                        metadata: {
                            [key: string]: unknown;
                        };
                        orderNumber: string;
                        payment: {
                            /** @description only for the buyer, while the order awaits payment */
                            clientSecret: string | null;
                            intentId: string | null;
                            status: string | null;
                        };
                        pricing: {
                            /** @description The promo code's discount on the tickets; total = subtotal − discount + fees (+ tax when exclusive) */
                            discount: number;
                            /** @description Amount in minor units of the order currency */
                            platformFee: number;
                            priceMode: "exclusive" | "inclusive";
                            /** @description Amount in minor units of the order currency */
                            processingFee: number;
                            /** @description Amount in minor units of the order currency */
                            subtotal: number;
                            /** @description Amount in minor units of the order currency */
                            tax: number;
                            /** @description Amount in minor units of the order currency */
                            total: number;
                        };
                        /** @description The promo code used at checkout */
                        promotion: {
                            code: string;
                            id: string;
                        } | null;
                        /** @description Amount in minor units of the order currency */
                        refundedAmount: number;
                        refundLocked: boolean;
                        refundPolicy: {
                            id: string;
                            version: number;
                        } | null;
                        reservationExpiresAt: string | null;
                        status: "PENDING" | "RESERVED" | "CONFIRMED" | "PARTIALLY_REFUNDED" | "REFUNDED" | "CANCELLED" | "EXPIRED";
                        taxes: {
                            category: string;
                            jurisdiction: string;
                            rate: string;
                            /** @description Amount in minor units of the order currency */
                            tax: number;
                            /** @description Amount in minor units of the order currency */
                            taxable: number;
                        }[];
                        /** @description The exemption certificate applied at checkout */
                        taxExemption: {
                            /** @description The jurisdictions whose tax it zeroed here */
                            exemptedJurisdictions: string[];
                            id: string;
                            /** @description Every jurisdiction the certificate names */
                            jurisdictions: string[];
                            number: string;
                            /**
                             * Format: date
                             * @description A calendar day, YYYY-MM-DD (UTC)
                             */
                            validFrom: string;
                            /**
                             * Format: date
                             * @description A calendar day, YYYY-MM-DD (UTC)
                             */
                            validTo: string;
                        } | null;
                        tenantId: string;
                        /** Format: date-time */
                        updatedAt: string;
                        userId: string;
                        /** @description Goes up by one with every applied order change */
                        version: number;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            404: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            409: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body exceeds the limit of 100 KB */
            413: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            422: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            429: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getOrdersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Billing details given at checkout, shown on the documents */
                        billing: {
                            address?: {
                                city: string;
                                /**
                                 * @description ISO 3166-1 alpha-2 country code
                                 * @enum {string}
                                 */
                                country: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "YE" | "YT" | "ZA" | "ZM" | "ZW";
                                line1: string;
                                line2?: string;
                                postalCode: string;
                                region?: string;
                            };
                            /** Format: email */
                            email?: string;
                            /** @description Person or company invoiced */
                            name: string;
                            /** @description A VAT number or other tax identifier, as the authority writes it */
                            taxId?: string;
                        } | null;
                        cancelledAt: string | null;
                        cancelReason: string | null;
                        /** @description Change fees the order kept (order changes); part of pricing.total */
                        changeFee: number;
                        confirmedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD";
                        eventId: string;
                        expiredAt: string | null;
                        id: string;
                        items: {
                            /** @description The item's share of the promo code's discount; its tickets cost subtotal − discount */
                            discount: number;
                            id: string;
                            /** @description Amount in minor units of the order currency */
                            platformFee: number;
                            /** @description Amount in minor units of the order currency */
                            processingFee: number;
                            quantity: number;
                            /** @description Tickets of the item an order change removed; its amounts stay what was paid for all of quantity */
                            removedQuantity: number;
                            /** @description Amount in minor units of the order currency */
                            subtotal: number;
                            /** @description Amount in minor units of the order currency */
                            tax: number;
                            ticketIds: string[];
                            ticketTypeId: string;
                            /** @description Amount in minor units of the order currency */
                            total: number;
                            /** @description Amount in minor units of the order currency */
                            unitPrice: number;
                        }[];
                        metadata: {
                            [key: string]: unknown;
                        };
                        orderNumber: string;
                        payment: {
                            /** @description only for the buyer, while the order awaits payment */
                            clientSecret: string | null;
                            intentId: string | null;
                            status: string | null;
                        };
                        pricing: {
                            /** @description The promo code's discount on the tickets; total = subtotal − discount + fees (+ tax when exclusive) */
                            discount: number;
                            /** @description Amount in minor units of the order currency */
                            platformFee: number;
                            priceMode: "exclusive" | "inclusive";
                            /** @description Amount in minor units of the order currency */
                            processingFee: number;
                            /** @description Amount in minor units of the order currency */
                            subtotal: number;
                            /** @description Amount in minor units of the order currency */
                            tax: number;
                            /** @description Amount in minor units of the order currency */
                            total: number;
                        };
                        /** @description The promo code used at checkout */
                        promotion: {
                            code: string;
                            id: string;
                        } | null;
                        /** @description Amount in minor units of the order currency */
                        refundedAmount: number;
                        refundLocked: boolean;
                        refundPolicy: {
                            id: string;
                            version: number;
                        } | null;
                        reservationExpiresAt: string | null;
                        status: "PENDING" | "RESERVED" | "CONFIRMED" | "PARTIALLY_REFUNDED" | "REFUNDED" | "CANCELLED" | "EXPIRED";
                        taxes: {
                            category: string;
                            jurisdiction: string;
                            rate: string;
                            /** @description Amount in minor units of the order currency */
                            tax: number;
                            /** @description Amount in minor units of the order currency */
                            taxable: number;
                        }[];
                        /** @description The exemption certificate applied at checkout */
                        taxExemption: {
                            /** @description The jurisdictions whose tax it zeroed here */
                            exemptedJurisdictions: string[];
                            id: string;
                            /** @description Every jurisdiction the certificate names */
                            jurisdictions: string[];
                            number: string;
                            /**
                             * Format: date
                             * @description A calendar day, YYYY-MM-DD (UTC)
                             */
                            validFrom: string;
                            /**
                             * Format: date
                             * @description A calendar day, YYYY-MM-DD (UTC)
                             */
                            validTo: string;
                        } | null;
                        tenantId: string;
                        /** Format: date-time */
                        updatedAt: string;
                        userId: string;
                        /** @description Goes up by one with every applied order change */
                        version: number;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment is longer than any identifier of the API */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postOrdersByIdCancel: {
        parameters: {
            query?: never;
            header?: {
                "idempotency-key"?: string;
            };
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Billing details given at checkout, shown on the documents */
                        billing: {
                            address?: {
                                city: string;
                                /**
                                 * @description ISO 3166-1 alpha-2 country code
                                 * @enum {string}
                                 */
                                country: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "YE" | "YT" | "ZA" | "ZM" | "ZW";
                                line1: string;
                                line2?: string;
                                postalCode: string;
                                region?: string;
                            };
                            /** Format: email */
                            email?: string;
                            /** @description Person or company invoiced */
                            name: string;
                            /** @description A VAT number or other tax identifier, as the authority writes it */
                            taxId?: string;
                        } | null;
                        cancelledAt: string | null;
                        cancelReason: string | null;
                        /** @description Change fees the order kept (order changes); part of pricing.total */
                        changeFee: number;
                        confirmedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD";
                        eventId: string;
                        expiredAt: string | null;
                        id: string;
                        items: {
                            /** @description The item's share of the promo code's discount; its tickets cost subtotal − discount */
                            discount: number;
                            id: string;
                            /** @description Amount in minor units of the order currency */
                            platformFee: number;
                            /** @description Amount in minor units of the order currency */
                            processingFee: number;
                            quantity: number;
                            /** @description Tickets of the item an order change removed; its amounts stay what was paid for all of quantity */
                            removedQuantity: number;
                            /** @description Amount in minor units of the order currency */
                            subtotal: number;
                            /** @description Amount in minor units of the order currency */
                            tax: number;
                            ticketIds: string[];
                            ticketTypeId: string;
                            /** @description Amount in minor units of the order currency */
                            total: number;
                            /** @description Amount in minor units of the order currency */
                            unitPrice: number;
                        }[];
                        metadata: {
                            [key: string]: unknown;
                        };
                        orderNumber: string;
                        payment: {
                            /** @description only for the buyer, while the order awaits payment */
                            clientSecret: string | null;
                            intentId: string | null;
                            status: string | null;
                        };
                        pricing: {
                            /** @description The promo code's discount on the tickets; total = subtotal − discount + fees (+ tax when exclusive) */
                            discount: number;
                            /** @description Amount in minor units of the order currency */
                            platformFee: number;
                            priceMode: "exclusive" | "inclusive";
                            /** @description Amount in minor units of the order currency */
                            processingFee: number;
                            /** @description Amount in minor units of the order currency */
                            subtotal: number;
                            /** @description Amount in minor units of the order currency */
                            tax: number;
                            /** @description Amount in minor units of the order currency */
                            total: number;
                        };
                        /** @description The promo code used at checkout */
                        promotion: {
                            code: string;
                            id: string;
                        } | null;
                        /** @description Amount in minor units of the order currency */
                        refundedAmount: number;
                        refundLocked: boolean;
                        refundPolicy: {
                            id: string;
                            version: number;
                        } | null;
                        reservationExpiresAt: string | null;
                        status: "PENDING" | "RESERVED" | "CONFIRMED" | "PARTIALLY_REFUNDED" | "REFUNDED" | "CANCELLED" | "EXPIRED";
                        taxes: {
                            category: string;
                            jurisdiction: string;
                            rate: string;
                            /** @description Amount in minor units of the order currency */
                            tax: number;
                            /** @description Amount in minor units of the order currency */
                            taxable: number;
                        }[];
                        /** @description The exemption certificate applied at checkout */
                        taxExemption: {
                            /** @description The jurisdictions whose tax it zeroed here */
                            exemptedJurisdictions: string[];
                            id: string;
                            /** @description Every jurisdiction the certificate names */
                            jurisdictions: string[];
                            number: string;
                            /**
                             * Format: date
                             * @description A calendar day, YYYY-MM-DD (UTC)
                             */
                            validFrom: string;
                            /**
                             * Format: date
                             * @description A calendar day, YYYY-MM-DD (UTC)
                             */
                            validTo: string;
                        } | null;
                        tenantId: string;
                        /** Format: date-time */
                        updatedAt: string;
                        userId: string;
                        /** @description Goes up by one with every applied order change */
                        version: number;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            404: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            409: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body exceeds the limit of 100 KB */
            413: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment is longer than any identifier of the API */
            414: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            429: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getOrdersByIdChanges: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            add: {
                                /** @description The item the line becomes once the change is applied */
                                orderItemId: string;
                                /** @description Amount in minor units of the order currency; negative in a delta: credited */
                                platformFee: number;
                                /** @description Amount in minor units of the order currency; negative in a delta: credited */
                                processingFee: number;
                                quantity: number;
                                /** @description Amount in minor units of the order currency; negative in a delta: credited */
                                subtotal: number;
                                /** @description Amount in minor units of the order currency; negative in a delta: credited */
                                tax: number;
                                ticketTypeId: string;
                                /** @description Amount in minor units of the order currency; negative in a delta: credited */
                                total: number;
                                /** @description Amount in minor units of the order currency; negative in a delta: credited */
                                unitPrice: number;
                            }[];
                            /** Format: date-time */
                            appliedAt?: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description What the removed tickets are credited */
                            credited: {
                                /** @description Amount in minor units of the order currency; negative in a delta: credited */
                                amount: number;
                                /** @description Amount in minor units of the order currency; negative in a delta: credited */
                                platformFee: number;
                                /** @description Amount in minor units of the order currency; negative in a delta: credited */
                                processingFee: number;
                                /** @description Amount in minor units of the order currency; negative in a delta: credited */
                                tax: number;
                                /** @description Amount in minor units of the order currency; negative in a delta: credited */
                                tickets: number;
                            };
                            currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD";
                            delta: {
                                /** @description Amount in minor units of the order currency; negative in a delta: credited */
                                changeFee: number;
                                /** @description Amount in minor units of the order currency; negative in a delta: credited */
                                platformFee: number;
                                /** @description Amount in minor units of the order currency; negative in a delta: credited */
                                processingFee: number;
                                /** @description Amount in minor units of the order currency; negative in a delta: credited */
                                subtotal: number;
                                /** @description Amount in minor units of the order currency; negative in a delta: credited */
                                tax: number;
                                /** @description added − credited + changeFee: charged when positive, refunded when negative */
                                total: number;
                            };
                            /** Format: date-time */
                            expiresAt?: string;
                            failure?: {
                                code: string;
                                reason: string | null;
                            };
                            id: string;
                            orderId: string;
                            payment?: {
                                /** @description only for the buyer, while the change awaits payment */
                                clientSecret: string | null;
                                intentId: string;
                            };
                            reason: string | null;
                            refundId?: string;
                            remove: {
                                orderItemId: string;
                                quantity: number;
                            }[];
                            status: "PENDING" | "AWAITING_PAYMENT" | "APPLIED" | "EXPIRED" | "CANCELLED" | "FAILED";
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment is longer than any identifier of the API */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postOrdersByIdChanges: {
        parameters: {
            query?: never;
            header?: {
                "idempotency-key"?: string;
            };
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        /** @description At least one of add and remove */
        requestBody: {
            content: {
                "application/json": {
                    /** @description Tickets to add, priced like a checkout */
                    add?: {
                        quantity: number;
                        /**
                         * Format: uuid
                         * @description A UUID
                         */
                        ticketTypeId: string;
                    }[];
                    reason?: string;
                    /** @description Tickets to remove from the order's items, credited with what they were paid */
                    remove?: {
                        /**
                         * Format: uuid
                         * @description A UUID
                         */
                        orderItemId: string;
                        quantity: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        add: {
                            /** @description The item the line becomes once the change is applied */
                            orderItemId: string;
                            /** @description Amount in minor units of the order currency; negative in a delta: credited */
                            platformFee: number;
                            /** @description Amount in minor units of the order currency; negative in a delta: credited */
                            processingFee: number;
                            quantity: number;
                            /** @description Amount in minor units of the order currency; negative in a delta: credited */
                            subtotal: number;
                            /** @description Amount in minor units of the order currency; negative in a delta: credited */
                            tax: number;
                            ticketTypeId: string;
                            /** @description Amount in minor units of the order currency; negative in a delta: credited */
                            total: number;
                            /** @description Amount in minor units of the order currency; negative in a delta: credited */
                            unitPrice: number;
                        }[];
                        /** Format: date-time */
                        appliedAt?: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description What the removed tickets are credited */
                        credited: {
                            /** @description Amount in minor units of the order currency; negative in a delta: credited */
                            amount: number;
                            /** @description Amount in minor units of the order currency; negative in a delta: credited */
                            platformFee: number;
                            /** @description Amount in minor units of the order currency; negative in a delta: credited */
                            processingFee: number;
                            /** @description Amount in minor units of the order currency; negative in a delta: credited */
                            tax: number;
                            /** @description Amount in minor units of the order currency; negative in a delta: credited */
                            tickets: number;
                        };
                        currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD";
                        delta: {
                            /** @description Amount in minor units of the order currency; negative in a delta: credited */
                            changeFee: number;
                            /** @description Amount in minor units of the order currency; negative in a delta: credited */
                            platformFee: number;
                            /** @description Amount in minor units of the order currency; negative in a delta: credited */
                            processingFee: number;
                            /** @description Amount in minor units of the order currency; negative in a delta: credited */
                            subtotal: number;
                            /** @description Amount in minor units of the order currency; negative in a delta: credited */
                            tax: number;
                            /** @description added − credited + changeFee: charged when positive, refunded when negative */
                            total: number;
                        };
                        /** Format: date-time */
                        expiresAt?: string;
                        failure?: {
                            code: string;
                            reason: string | null;
                        };
                        id: string;
                        orderId: string;
                        payment?: {
                            /** @description only for the buyer, while the change awaits payment */
                            clientSecret: string | null;
                            intentId: string;
                        };
                        reason: string | null;
                        refundId?: string;
                        remove: {
                            orderItemId: string;
                            quantity: number;
                        }[];
                        status: "PENDING" | "AWAITING_PAYMENT" | "APPLIED" | "EXPIRED" | "CANCELLED" | "FAILED";
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            404: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            409: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body exceeds the limit of 100 KB */
            413: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment is longer than any identifier of the API */
            414: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            422: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            429: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getOrdersByIdChangesByChangeId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                changeId: string;
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        add: {
                            /** @description The item the line becomes once the change is applied */
                            orderItemId: string;
                            /** @description Amount in minor units of the order currency; negative in a delta: credited */
                            platformFee: number;
                            /** @description Amount in minor units of the order currency; negative in a delta: credited */
                            processingFee: number;
                            quantity: number;
                            /** @description Amount in minor units of the order currency; negative in a delta: credited */
                            subtotal: number;
                            /** @description Amount in minor units of the order currency; negative in a delta: credited */
                            tax: number;
                            ticketTypeId: string;
                            /** @description Amount in minor units of the order currency; negative in a delta: credited */
                            total: number;
                            /** @description Amount in minor units of the order currency; negative in a delta: credited */
                            unitPrice: number;
                        }[];
                        /** Format: date-time */
                        appliedAt?: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description What the removed tickets are credited */
                        credited: {
                            /** @description Amount in minor units of the order currency; negative in a delta: credited */
                            amount: number;
                            /** @description Amount in minor units of the order currency; negative in a delta: credited */
                            platformFee: number;
                            /** @description Amount in minor units of the order currency; negative in a delta: credited */
                            processingFee: number;
                            /** @description Amount in minor units of the order currency; negative in a delta: credited */
                            tax: number;
                            /** @description Amount in minor units of the order currency; negative in a delta: credited */
                            tickets: number;
                        };
                        currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD";
                        delta: {
                            /** @description Amount in minor units of the order currency; negative in a delta: credited */
                            changeFee: number;
                            /** @description Amount in minor units of the order currency; negative in a delta: credited */
                            platformFee: number;
                            /** @description Amount in minor units of the order currency; negative in a delta: credited */
                            processingFee: number;
                            /** @description Amount in minor units of the order currency; negative in a delta: credited */
                            subtotal: number;
                            /** @description Amount in minor units of the order currency; negative in a delta: credited */
                            tax: number;
                            /** @description added − credited + changeFee: charged when positive, refunded when negative */
                            total: number;
                        };
                        /** Format: date-time */
                        expiresAt?: string;
                        failure?: {
                            code: string;
                            reason: string | null;
                        };
                        id: string;
                        orderId: string;
                        payment?: {
                            /** @description only for the buyer, while the change awaits payment */
                            clientSecret: string | null;
                            intentId: string;
                        };
                        reason: string | null;
                        refundId?: string;
                        remove: {
                            orderItemId: string;
                            quantity: number;
                        }[];
                        status: "PENDING" | "AWAITING_PAYMENT" | "APPLIED" | "EXPIRED" | "CANCELLED" | "FAILED";
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment is longer than any identifier of the API */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postOrdersByIdChangesQuote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        /** @description At least one of add and remove */
        requestBody: {
            content: {
                "application/json": {
                    /** @description Tickets to add, priced like a checkout */
                    add?: {
                        quantity: number;
                        /**
                         * Format: uuid
                         * @description A UUID
                         */
                        ticketTypeId: string;
                    }[];
                    reason?: string;
                    /** @description Tickets to remove from the order's items, credited with what they were paid */
                    remove?: {
                        /**
                         * Format: uuid
                         * @description A UUID
                         */
                        orderItemId: string;
                        quantity: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        add: {
                            /** @description The item the line becomes once the change is applied */
                            orderItemId: string;
                            /** @description Amount in minor units of the order currency; negative in a delta: credited */
                            platformFee: number;
                            /** @description Amount in minor units of the order currency; negative in a delta: credited */
                            processingFee: number;
                            quantity: number;
                            /** @description Amount in minor units of the order currency; negative in a delta: credited */
                            subtotal: number;
                            /** @description Amount in minor units of the order currency; negative in a delta: credited */
                            tax: number;
                            ticketTypeId: string;
                            /** @description Amount in minor units of the order currency; negative in a delta: credited */
                            total: number;
                            /** @description Amount in minor units of the order currency; negative in a delta: credited */
                            unitPrice: number;
                        }[];
                        credited: {
                            /** @description Amount in minor units of the order currency; negative in a delta: credited */
                            amount: number;
                            /** @description Amount in minor units of the order currency; negative in a delta: credited */
                            platformFee: number;
                            /** @description Amount in minor units of the order currency; negative in a delta: credited */
                            processingFee: number;
                            /** @description Amount in minor units of the order currency; negative in a delta: credited */
                            tax: number;
                            /** @description Amount in minor units of the order currency; negative in a delta: credited */
                            tickets: number;
                        };
                        currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD";
                        delta: {
                            /** @description Amount in minor units of the order currency; negative in a delta: credited */
                            changeFee: number;
                            /** @description Amount in minor units of the order currency; negative in a delta: credited */
                            platformFee: number;
                            /** @description Amount in minor units of the order currency; negative in a delta: credited */
                            processingFee: number;
                            /** @description Amount in minor units of the order currency; negative in a delta: credited */
                            subtotal: number;
                            /** @description Amount in minor units of the order currency; negative in a delta: credited */
                            tax: number;
                            /** @description added − credited + changeFee: charged when positive, refunded when negative */
                            total: number;
                        };
                        /** @description The order's totals once the change is applied */
                        orderAfter: {
                            /** @description Amount in minor units of the order currency; negative in a delta: credited */
                            changeFee: number;
                            /** @description Amount in minor units of the order currency; negative in a delta: credited */
                            discount: number;
                            /** @description Amount in minor units of the order currency; negative in a delta: credited */
                            platformFee: number;
                            /** @description Amount in minor units of the order currency; negative in a delta: credited */
                            processingFee: number;
                            /** @description Amount in minor units of the order currency; negative in a delta: credited */
                            subtotal: number;
                            /** @description Amount in minor units of the order currency; negative in a delta: credited */
                            tax: number;
                            /** @description Amount in minor units of the order currency; negative in a delta: credited */
                            total: number;
                        };
                        orderId: string;
                        remove: {
                            orderItemId: string;
                            quantity: number;
                        }[];
                        /** @description charge: a payment intent for the delta; refund: the delta is refunded; none: applied at once */
                        settlement: "charge" | "refund" | "none";
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body exceeds the limit of 100 KB */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment is longer than any identifier of the API */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getOrdersByIdDisputes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description Amount in minor units of the dispute currency */
                            amount: number;
                            closedAt: string | null;
                            currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD";
                            /** @description the order had already been refunded when the dispute opened */
                            doubleLossRisk: boolean;
                            evidenceDueBy: string | null;
                            history: {
                                /** @description Amount in minor units of the dispute currency */
                                amount: number;
                                /** @description false: received out of order or after the dispute closed; kept as history only */
                                applied: boolean;
                                evidenceDueBy: string | null;
                                /** Format: date-time */
                                occurredAt: string;
                                reason: string;
                                /** Format: date-time */
                                receivedAt: string;
                                status: "needs_response" | "under_review" | "won" | "lost" | "warning_closed";
                                type: "dispute.created" | "dispute.updated" | "dispute.closed";
                                webhookId: string;
                            }[];
                            /** Format: uuid */
                            id: string;
                            /** @description Amount in minor units of the dispute currency */
                            lostAmount: number;
                            /** Format: date-time */
                            openedAt: string;
                            /** Format: uuid */
                            orderId: string;
                            outcome: "won" | "lost" | "warning_closed" | null;
                            /** @description The Payment service's id of the dispute */
                            paymentDisputeId: string;
                            paymentIntentId: string;
                            reason: string;
                            status: "needs_response" | "under_review" | "won" | "lost" | "warning_closed";
                            /** @description voiding of the tickets after a lost dispute, when the tenant setting asks for it */
                            ticketsVoid: "pending" | "voided" | "failed" | null;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment is longer than any identifier of the API */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getOrdersByIdDocuments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            buyer: {
                                address?: {
                                    city: string;
                                    /**
                                     * @description ISO 3166-1 alpha-2 country code
                                     * @enum {string}
                                     */
                                    country: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "YE" | "YT" | "ZA" | "ZM" | "ZW";
                                    line1: string;
                                    line2?: string;
                                    postalCode: string;
                                    region?: string;
                                };
                                email?: string;
                                name?: string;
                                taxId?: string;
                                userId: string;
                            };
                            currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD";
                            footer: string | null;
                            id: string;
                            /** Format: date-time */
                            issuedAt: string;
                            lines: {
                                category: string;
                                description: string;
                                /** @description A promo code's discount on the item (quantity × unitPrice − discount is charged) */
                                discount: number;
                                /** @description Amount in minor units of the document currency */
                                net: number;
                                orderItemId: string | null;
                                quantity: number;
                                taxes: {
                                    /** @description Amount in minor units of the document currency */
                                    amount: number;
                                    jurisdiction: string;
                                    rate: string;
                                }[];
                                /** @description Amount in minor units of the document currency */
                                total: number;
                                /** @description Amount in minor units of the document currency */
                                unitPrice: number;
                            }[];
                            locale: string;
                            number: string;
                            orderId: string;
                            orderNumber: string;
                            priceMode: "exclusive" | "inclusive";
                            references?: {
                                documentId: string;
                                invoiceNumber: string;
                            };
                            seller: {
                                address: {
                                    city: string;
                                    /**
                                     * @description ISO 3166-1 alpha-2 country code
                                     * @enum {string}
                                     */
                                    country: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "YE" | "YT" | "ZA" | "ZM" | "ZW";
                                    line1: string;
                                    line2?: string;
                                    postalCode: string;
                                    region?: string;
                                };
                                /** Format: email */
                                email?: string;
                                legalName: string;
                                /** @description A VAT number or other tax identifier, as the authority writes it */
                                taxId?: string;
                            } | null;
                            taxes: {
                                category: string;
                                jurisdiction: string;
                                rate: string;
                                /** @description Amount in minor units of the document currency */
                                tax: number;
                                /** @description Amount in minor units of the document currency */
                                taxable: number;
                            }[];
                            totals: {
                                /** @description Amount in minor units of the document currency */
                                net: number;
                                /** @description Amount in minor units of the document currency */
                                tax: number;
                                /** @description Amount in minor units of the document currency */
                                total: number;
                            };
                            type: "invoice" | "credit_note";
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment is longer than any identifier of the API */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getOrdersByIdEvents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description Who acted: customers see the kind of actor and its role; staff also see its id and address */
                            actor: {
                                /** @description staff only */
                                id?: string;
                                /** @description staff only */
                                ip?: string;
                                role?: string;
                                type: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            data: {
                                [key: string]: unknown;
                            };
                            fromStatus: ("PENDING" | "RESERVED" | "CONFIRMED" | "PARTIALLY_REFUNDED" | "REFUNDED" | "CANCELLED" | "EXPIRED") | null;
                            id: number;
                            reason: string | null;
                            toStatus: ("PENDING" | "RESERVED" | "CONFIRMED" | "PARTIALLY_REFUNDED" | "REFUNDED" | "CANCELLED" | "EXPIRED") | null;
                            type: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment is longer than any identifier of the API */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getOrdersByIdRefundEligibility: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        basis: "policy" | "override" | "event_cancelled" | "unfulfillable" | "change";
                        breakdown: {
                            /** @description The promo code's discount the refundable tickets carried: shown, not refunded (tickets is already net of it) */
                            discount: number;
                            /** @description Amount in minor units of the order currency */
                            platformFee: number;
                            /** @description Amount in minor units of the order currency */
                            processingFee: number;
                            /** @description Amount in minor units of the order currency */
                            tax: number;
                            /** @description Amount in minor units of the order currency */
                            tickets: number;
                        };
                        currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD";
                        eligible: boolean;
                        policy: {
                            /** @description null: the built-in default */
                            id: string | null;
                            name: string;
                            ruleApplied: {
                                minHoursBeforeEvent: number;
                                refundPercent: string;
                            } | null;
                            version: number | null;
                        };
                        reasons: ("ORDER_NOT_PAID" | "FULLY_REFUNDED" | "REFUND_IN_PROGRESS" | "DISPUTE_OPEN" | "NOT_OWNER" | "EVENT_UNKNOWN" | "PAST_CUTOFF" | "POLICY_WINDOW" | "TICKETS_TRANSFERRED" | "TICKETS_USED" | "TICKETS_VOIDED" | "NOTHING_REFUNDABLE" | "AMOUNT_EXCEEDS_REFUNDABLE" | "PARTIAL_NOT_ALLOWED" | "ITEMS_NOT_REFUNDABLE")[];
                        /** @description Amount in minor units of the order currency */
                        refundableAmount: number;
                        requiresReview: boolean;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment is longer than any identifier of the API */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getOrdersByIdRefunds: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description Amount in minor units of the order currency */
                            amount: number;
                            basis: "policy" | "override" | "event_cancelled" | "unfulfillable" | "change";
                            breakdown: {
                                /** @description Amount in minor units of the order currency */
                                platformFee: number;
                                /** @description Amount in minor units of the order currency */
                                processingFee: number;
                                /** @description Amount in minor units of the order currency */
                                tax: number;
                                /** @description Amount in minor units of the order currency */
                                tickets: number;
                            };
                            /** @description Kept order-change fees given back (an event cancellation's refund); amount = breakdown + changeFee */
                            changeFee?: number;
                            /** Format: date-time */
                            createdAt: string;
                            currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD";
                            failureReason?: string;
                            id: string;
                            /** @description tickets given back */
                            items?: {
                                orderItemId: string;
                                quantity: number;
                            }[];
                            orderId: string;
                            policy: {
                                id: string | null;
                                ruleApplied: {
                                    minHoursBeforeEvent: number;
                                    refundPercent: string;
                                } | null;
                                version: number | null;
                            };
                            reason: string;
                            requestedBy: {
                                id: string;
                                role?: string;
                                type: string;
                            };
                            review?: {
                                /** Format: date-time */
                                at: string;
                                by: string;
                                note: string | null;
                            };
                            /** Format: date-time */
                            settledAt?: string;
                            status: "PENDING_REVIEW" | "PENDING" | "SUCCEEDED" | "FAILED" | "REJECTED";
                            ticketIds: string[];
                        }[];
                        nextCursor: null;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment is longer than any identifier of the API */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postOrdersByIdRefunds: {
        parameters: {
            query?: never;
            header?: {
                "idempotency-key"?: string;
            };
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description minor units; omit for the full refundable amount */
                    amount?: number;
                    /** @description refund these tickets; exclusive with amount */
                    items?: {
                        /**
                         * Format: uuid
                         * @description A UUID
                         */
                        orderItemId: string;
                        quantity: number;
                    }[];
                    /** @description admin only: refund regardless of the policy; the reason is recorded */
                    override?: boolean;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Amount in minor units of the order currency */
                        amount: number;
                        basis: "policy" | "override" | "event_cancelled" | "unfulfillable" | "change";
                        breakdown: {
                            /** @description Amount in minor units of the order currency */
                            platformFee: number;
                            /** @description Amount in minor units of the order currency */
                            processingFee: number;
                            /** @description Amount in minor units of the order currency */
                            tax: number;
                            /** @description Amount in minor units of the order currency */
                            tickets: number;
                        };
                        /** @description Kept order-change fees given back (an event cancellation's refund); amount = breakdown + changeFee */
                        changeFee?: number;
                        /** Format: date-time */
                        createdAt: string;
                        currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD";
                        failureReason?: string;
                        id: string;
                        /** @description tickets given back */
                        items?: {
                            orderItemId: string;
                            quantity: number;
                        }[];
                        orderId: string;
                        policy: {
                            id: string | null;
                            ruleApplied: {
                                minHoursBeforeEvent: number;
                                refundPercent: string;
                            } | null;
                            version: number | null;
                        };
                        reason: string;
                        requestedBy: {
                            id: string;
                            role?: string;
                            type: string;
                        };
                        review?: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            note: string | null;
                        };
                        /** Format: date-time */
                        settledAt?: string;
                        status: "PENDING_REVIEW" | "PENDING" | "SUCCEEDED" | "FAILED" | "REJECTED";
                        ticketIds: string[];
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            403: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            404: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            409: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body exceeds the limit of 100 KB */
            413: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment is longer than any identifier of the API */
            414: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            422: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            429: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getOrdersByIdRefundsByRefundId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
                /** @description A UUID */
                refundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Amount in minor units of the order currency */
                        amount: number;
                        basis: "policy" | "override" | "event_cancelled" | "unfulfillable" | "change";
                        breakdown: {
                            /** @description Amount in minor units of the order currency */
                            platformFee: number;
                            /** @description Amount in minor units of the order currency */
                            processingFee: number;
                            /** @description Amount in minor units of the order currency */
                            tax: number;
                            /** @description Amount in minor units of the order currency */
                            tickets: number;
                        };
                        /** @description Kept order-change fees given back (an event cancellation's refund); amount = breakdown + changeFee */
                        changeFee?: number;
                        /** Format: date-time */
                        createdAt: string;
                        currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD";
                        failureReason?: string;
                        id: string;
                        /** @description tickets given back */
                        items?: {
                            orderItemId: string;
                            quantity: number;
                        }[];
                        orderId: string;
                        policy: {
                            id: string | null;
                            ruleApplied: {
                                minHoursBeforeEvent: number;
                                refundPercent: string;
                            } | null;
                            version: number | null;
                        };
                        reason: string;
                        requestedBy: {
                            id: string;
                            role?: string;
                            type: string;
                        };
                        review?: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            note: string | null;
                        };
                        /** Format: date-time */
                        settledAt?: string;
                        status: "PENDING_REVIEW" | "PENDING" | "SUCCEEDED" | "FAILED" | "REJECTED";
                        ticketIds: string[];
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment is longer than any identifier of the API */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postOrdersByIdRefundsByRefundIdApprove: {
        parameters: {
            query?: never;
            header?: {
                "idempotency-key"?: string;
            };
            path: {
                /** @description A UUID */
                id: string;
                /** @description A UUID */
                refundId: string;
            };
            cookie?: never;
        };
        /** @description optional: {note} */
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Amount in minor units of the order currency */
                        amount: number;
                        basis: "policy" | "override" | "event_cancelled" | "unfulfillable" | "change";
                        breakdown: {
                            /** @description Amount in minor units of the order currency */
                            platformFee: number;
                            /** @description Amount in minor units of the order currency */
                            processingFee: number;
                            /** @description Amount in minor units of the order currency */
                            tax: number;
                            /** @description Amount in minor units of the order currency */
                            tickets: number;
                        };
                        /** @description Kept order-change fees given back (an event cancellation's refund); amount = breakdown + changeFee */
                        changeFee?: number;
                        /** Format: date-time */
                        createdAt: string;
                        currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD";
                        failureReason?: string;
                        id: string;
                        /** @description tickets given back */
                        items?: {
                            orderItemId: string;
                            quantity: number;
                        }[];
                        orderId: string;
                        policy: {
                            id: string | null;
                            ruleApplied: {
                                minHoursBeforeEvent: number;
                                refundPercent: string;
                            } | null;
                            version: number | null;
                        };
                        reason: string;
                        requestedBy: {
                            id: string;
                            role?: string;
                            type: string;
                        };
                        review?: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            note: string | null;
                        };
                        /** Format: date-time */
                        settledAt?: string;
                        status: "PENDING_REVIEW" | "PENDING" | "SUCCEEDED" | "FAILED" | "REJECTED";
                        ticketIds: string[];
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            403: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            404: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            409: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body exceeds the limit of 100 KB */
            413: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment is longer than any identifier of the API */
            414: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postOrdersByIdRefundsByRefundIdReject: {
        parameters: {
            query?: never;
            header?: {
                "idempotency-key"?: string;
            };
            path: {
                /** @description A UUID */
                id: string;
                /** @description A UUID */
                refundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Amount in minor units of the order currency */
                        amount: number;
                        basis: "policy" | "override" | "event_cancelled" | "unfulfillable" | "change";
                        breakdown: {
                            /** @description Amount in minor units of the order currency */
                            platformFee: number;
                            /** @description Amount in minor units of the order currency */
                            processingFee: number;
                            /** @description Amount in minor units of the order currency */
                            tax: number;
                            /** @description Amount in minor units of the order currency */
                            tickets: number;
                        };
                        /** @description Kept order-change fees given back (an event cancellation's refund); amount = breakdown + changeFee */
                        changeFee?: number;
                        /** Format: date-time */
                        createdAt: string;
                        currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD";
                        failureReason?: string;
                        id: string;
                        /** @description tickets given back */
                        items?: {
                            orderItemId: string;
                            quantity: number;
                        }[];
                        orderId: string;
                        policy: {
                            id: string | null;
                            ruleApplied: {
                                minHoursBeforeEvent: number;
                                refundPercent: string;
                            } | null;
                            version: number | null;
                        };
                        reason: string;
                        requestedBy: {
                            id: string;
                            role?: string;
                            type: string;
                        };
                        review?: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            note: string | null;
                        };
                        /** Format: date-time */
                        settledAt?: string;
                        status: "PENDING_REVIEW" | "PENDING" | "SUCCEEDED" | "FAILED" | "REJECTED";
                        ticketIds: string[];
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            403: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            404: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            409: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body exceeds the limit of 100 KB */
            413: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment is longer than any identifier of the API */
            414: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postOrdersByIdReserve: {
        parameters: {
            query?: never;
            header?: {
                "idempotency-key"?: string;
            };
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Billing details given at checkout, shown on the documents */
                        billing: {
                            address?: {
                                city: string;
                                /**
                                 * @description ISO 3166-1 alpha-2 country code
                                 * @enum {string}
                                 */
                                country: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "YE" | "YT" | "ZA" | "ZM" | "ZW";
                                line1: string;
                                line2?: string;
                                postalCode: string;
                                region?: string;
                            };
                            /** Format: email */
                            email?: string;
                            /** @description Person or company invoiced */
                            name: string;
                            /** @description A VAT number or other tax identifier, as the authority writes it */
                            taxId?: string;
                        } | null;
                        cancelledAt: string | null;
                        cancelReason: string | null;
                        /** @description Change fees the order kept (order changes); part of pricing.total */
                        changeFee: number;
                        confirmedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD";
                        eventId: string;
                        expiredAt: string | null;
                        id: string;
                        items: {
                            /** @description The item's share of the promo code's discount; its tickets cost subtotal − discount */
                            discount: number;
                            id: string;
                            /** @description Amount in minor units of the order currency */
                            platformFee: number;
                            /** @description Amount in minor units of the order currency */
                            processingFee: number;
                            quantity: number;
                            /** @description Tickets of the item an order change removed; its amounts stay what was paid for all of quantity */
                            removedQuantity: number;
                            /** @description Amount in minor units of the order currency */
                            subtotal: number;
                            /** @description Amount in minor units of the order currency */
                            tax: number;
                            ticketIds: string[];
                            ticketTypeId: string;
                            /** @description Amount in minor units of the order currency */
                            total: number;
                            /** @description Amount in minor units of the order currency */
                            unitPrice: number;
                        }[];
                        metadata: {
                            [key: string]: unknown;
                        };
                        orderNumber: string;
                        payment: {
                            /** @description only for the buyer, while the order awaits payment */
                            clientSecret: string | null;
                            intentId: string | null;
                            status: string | null;
                        };
                        pricing: {
                            /** @description The promo code's discount on the tickets; total = subtotal − discount + fees (+ tax when exclusive) */
                            discount: number;
                            /** @description Amount in minor units of the order currency */
                            platformFee: number;
                            priceMode: "exclusive" | "inclusive";
                            /** @description Amount in minor units of the order currency */
                            processingFee: number;
                            /** @description Amount in minor units of the order currency */
                            subtotal: number;
                            /** @description Amount in minor units of the order currency */
                            tax: number;
                            /** @description Amount in minor units of the order currency */
                            total: number;
                        };
                        /** @description The promo code used at checkout */
                        promotion: {
                            code: string;
                            id: string;
                        } | null;
                        /** @description Amount in minor units of the order currency */
                        refundedAmount: number;
                        refundLocked: boolean;
                        refundPolicy: {
                            id: string;
                            version: number;
                        } | null;
                        reservationExpiresAt: string | null;
                        status: "PENDING" | "RESERVED" | "CONFIRMED" | "PARTIALLY_REFUNDED" | "REFUNDED" | "CANCELLED" | "EXPIRED";
                        taxes: {
                            category: string;
                            jurisdiction: string;
                            rate: string;
                            /** @description Amount in minor units of the order currency */
                            tax: number;
                            /** @description Amount in minor units of the order currency */
                            taxable: number;
                        }[];
                        /** @description The exemption certificate applied at checkout */
                        taxExemption: {
                            /** @description The jurisdictions whose tax it zeroed here */
                            exemptedJurisdictions: string[];
                            id: string;
                            /** @description Every jurisdiction the certificate names */
                            jurisdictions: string[];
                            number: string;
                            /**
                             * Format: date
                             * @description A calendar day, YYYY-MM-DD (UTC)
                             */
                            validFrom: string;
                            /**
                             * Format: date
                             * @description A calendar day, YYYY-MM-DD (UTC)
                             */
                            validTo: string;
                        } | null;
                        tenantId: string;
                        /** Format: date-time */
                        updatedAt: string;
                        userId: string;
                        /** @description Goes up by one with every applied order change */
                        version: number;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            404: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            409: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment is longer than any identifier of the API */
            414: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            429: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getOrdersExport: {
        parameters: {
            query?: {
                /** @description A UUID */
                eventId?: string;
                /** @description wins over the Accept header; default csv */
                format?: "csv" | "xlsx";
                /** @description orders created at or after this */
                from?: string;
                /** @description one status or several, comma-separated: PENDING, RESERVED, CONFIRMED, PARTIALLY_REFUNDED, REFUNDED, CANCELLED, EXPIRED */
                status?: string;
                /** @description orders created before this */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The export (`Content-Disposition: attachment`). Money columns are integers in minor units of the row’s currency. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postPrivacyUsersByUserIdErase: {
        parameters: {
            query?: never;
            header?: {
                "idempotency-key"?: string;
            };
            path: {
                /** @description The buyer (the `sub` of their tokens) */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        deleted: {
                            /** @description idempotency answers of the buyer’s requests */
                            storedResponses: number;
                        };
                        /** Format: date-time */
                        firstErasedAt: string;
                        pseudonym: string;
                        pseudonymised: {
                            orders: number;
                            refundReasons: number;
                            timelineEntries: number;
                        };
                        /** @description an earlier erasure had been made */
                        repeated: boolean;
                        retained: {
                            ids?: string[];
                            /** Format: date-time */
                            until?: string;
                            what: string;
                            why: string;
                        }[];
                        userId: string;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            403: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment is longer than any identifier of the API */
            414: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getPrivacyUsersByUserIdExport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The buyer (the `sub` of their tokens) */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        disputes: {
                            [key: string]: unknown;
                        }[];
                        /** @description invoices and credit notes issued to the buyer */
                        documents: {
                            [key: string]: unknown;
                        }[];
                        /** @description the pseudonym and dates when the buyer was erased */
                        erasure: {
                            [key: string]: unknown;
                        } | null;
                        /** Format: date-time */
                        generatedAt: string;
                        /** @description each with its items and timeline */
                        orders: {
                            [key: string]: unknown;
                        }[];
                        promotionRedemptions: {
                            [key: string]: unknown;
                        }[];
                        refunds: {
                            [key: string]: unknown;
                        }[];
                        taxExemptions: {
                            [key: string]: unknown;
                        }[];
                        tenantId: string;
                        userId: string;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment is longer than any identifier of the API */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getPromotions: {
        parameters: {
            query?: {
                active?: boolean;
                /** @description exact code, any case */
                code?: string;
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            active: boolean;
                            code: string;
                            /** Format: date-time */
                            createdAt: string;
                            currency: string | null;
                            description: string | null;
                            /** @description the discount of those orders, per currency */
                            discountTotal: {
                                amount: number;
                                currency: string;
                            }[];
                            endsAt: string | null;
                            eventIds: string[] | null;
                            id: string;
                            maxRedemptions: number | null;
                            maxRedemptionsPerUser: number | null;
                            minSubtotal: number | null;
                            /** @description redemptions held by orders pending, reserved or paid (cancelled and expired ones gave theirs back) */
                            redemptions: number;
                            startsAt: string | null;
                            ticketTypeIds: string[] | null;
                            type: "percent" | "fixed";
                            /** Format: date-time */
                            updatedAt: string;
                            value: string | number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postPromotions: {
        parameters: {
            query?: never;
            header?: {
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description default true */
                    active?: boolean;
                    /** @description 1 to 64 letters, digits, "-" or "_"; unique per tenant, case-insensitively */
                    code: string;
                    currency?: ("USD" | "EUR" | "GBP" | "CAD" | "AUD") | null;
                    description?: string | null;
                    endsAt?: string | null;
                    eventIds?: string[] | null;
                    maxRedemptions?: number | null;
                    maxRedemptionsPerUser?: number | null;
                    minSubtotal?: number | null;
                    startsAt?: string | null;
                    ticketTypeIds?: string[] | null;
                    type: "percent" | "fixed";
                    /** @description percent: a decimal percent string in (0, 100], e.g. "15"; fixed: minor units of `currency` */
                    value: string | number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        code: string;
                        /** Format: date-time */
                        createdAt: string;
                        currency: string | null;
                        description: string | null;
                        /** @description the discount of those orders, per currency */
                        discountTotal: {
                            amount: number;
                            currency: string;
                        }[];
                        endsAt: string | null;
                        eventIds: string[] | null;
                        id: string;
                        maxRedemptions: number | null;
                        maxRedemptionsPerUser: number | null;
                        minSubtotal: number | null;
                        /** @description redemptions held by orders pending, reserved or paid (cancelled and expired ones gave theirs back) */
                        redemptions: number;
                        startsAt: string | null;
                        ticketTypeIds: string[] | null;
                        type: "percent" | "fixed";
                        /** Format: date-time */
                        updatedAt: string;
                        value: string | number;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            403: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            409: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body exceeds the limit of 100 KB */
            413: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getPromotionsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        code: string;
                        /** Format: date-time */
                        createdAt: string;
                        currency: string | null;
                        description: string | null;
                        /** @description the discount of those orders, per currency */
                        discountTotal: {
                            amount: number;
                            currency: string;
                        }[];
                        endsAt: string | null;
                        eventIds: string[] | null;
                        id: string;
                        maxRedemptions: number | null;
                        maxRedemptionsPerUser: number | null;
                        minSubtotal: number | null;
                        /** @description redemptions held by orders pending, reserved or paid (cancelled and expired ones gave theirs back) */
                        redemptions: number;
                        startsAt: string | null;
                        ticketTypeIds: string[] | null;
                        type: "percent" | "fixed";
                        /** Format: date-time */
                        updatedAt: string;
                        value: string | number;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment is longer than any identifier of the API */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    putPromotionsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description default true */
                    active?: boolean;
                    /** @description 1 to 64 letters, digits, "-" or "_"; unique per tenant, case-insensitively */
                    code: string;
                    currency?: ("USD" | "EUR" | "GBP" | "CAD" | "AUD") | null;
                    description?: string | null;
                    endsAt?: string | null;
                    eventIds?: string[] | null;
                    maxRedemptions?: number | null;
                    maxRedemptionsPerUser?: number | null;
                    minSubtotal?: number | null;
                    startsAt?: string | null;
                    ticketTypeIds?: string[] | null;
                    type: "percent" | "fixed";
                    /** @description percent: a decimal percent string in (0, 100], e.g. "15"; fixed: minor units of `currency` */
                    value: string | number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        code: string;
                        /** Format: date-time */
                        createdAt: string;
                        currency: string | null;
                        description: string | null;
                        /** @description the discount of those orders, per currency */
                        discountTotal: {
                            amount: number;
                            currency: string;
                        }[];
                        endsAt: string | null;
                        eventIds: string[] | null;
                        id: string;
                        maxRedemptions: number | null;
                        maxRedemptionsPerUser: number | null;
                        minSubtotal: number | null;
                        /** @description redemptions held by orders pending, reserved or paid (cancelled and expired ones gave theirs back) */
                        redemptions: number;
                        startsAt: string | null;
                        ticketTypeIds: string[] | null;
                        type: "percent" | "fixed";
                        /** Format: date-time */
                        updatedAt: string;
                        value: string | number;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body exceeds the limit of 100 KB */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment is longer than any identifier of the API */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    deletePromotionsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment is longer than any identifier of the API */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getRefundPolicy: {
        parameters: {
            query?: {
                active?: boolean;
                cursor?: string;
                /** @description A UUID */
                eventId?: string;
                limit?: number;
                scope?: "tenant" | "event" | "ticketType";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            active: boolean;
                            allowChanges: boolean;
                            allowPartial: boolean;
                            autoApproveBelow: number;
                            changeCutoffHours: number | null;
                            /** Format: date-time */
                            createdAt: string;
                            cutoffHours: number;
                            deactivatedAt: string | null;
                            eventId: string | null;
                            id: string;
                            name: string;
                            refundPlatformFee: boolean;
                            refundProcessingFee: boolean;
                            rules: {
                                minHoursBeforeEvent: number;
                                refundPercent: string;
                            }[];
                            scope: "tenant" | "event" | "ticketType";
                            ticketTypeId: string | null;
                            version: number;
                            /** Format: date-time */
                            versionCreatedAt: string;
                            versionCreatedBy: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postRefundPolicy: {
        parameters: {
            query?: never;
            header?: {
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description whether buyers may change their orders (default true); staff always may */
                    allowChanges?: boolean;
                    /** @description default true */
                    allowPartial?: boolean;
                    /** @description minor units; refunds of this amount or more wait for an admin (default 50000) */
                    autoApproveBelow?: number;
                    /** @description no change by the buyer later than this before the event; default (null) the cutoff */
                    changeCutoffHours?: number | null;
                    /** @description default 24 */
                    cutoffHours?: number;
                    /**
                     * Format: uuid
                     * @description A UUID
                     */
                    eventId?: string;
                    name: string;
                    /** @description default false */
                    refundPlatformFee?: boolean;
                    /** @description default false */
                    refundProcessingFee?: boolean;
                    rules: {
                        /** @description from this many hours before the start on */
                        minHoursBeforeEvent: number;
                        /** @description decimal percent string, e.g. "50" or "12.5" */
                        refundPercent: string;
                    }[];
                    scope?: "tenant" | "event" | "ticketType";
                    /**
                     * Format: uuid
                     * @description A UUID
                     */
                    ticketTypeId?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        allowChanges: boolean;
                        allowPartial: boolean;
                        autoApproveBelow: number;
                        changeCutoffHours: number | null;
                        /** Format: date-time */
                        createdAt: string;
                        cutoffHours: number;
                        deactivatedAt: string | null;
                        eventId: string | null;
                        id: string;
                        name: string;
                        refundPlatformFee: boolean;
                        refundProcessingFee: boolean;
                        rules: {
                            minHoursBeforeEvent: number;
                            refundPercent: string;
                        }[];
                        scope: "tenant" | "event" | "ticketType";
                        ticketTypeId: string | null;
                        version: number;
                        /** Format: date-time */
                        versionCreatedAt: string;
                        versionCreatedBy: string;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            403: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            409: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body exceeds the limit of 100 KB */
            413: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            422: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getRefundPolicyById: {
        parameters: {
            query?: {
                version?: number;
            };
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        allowChanges: boolean;
                        allowPartial: boolean;
                        autoApproveBelow: number;
                        changeCutoffHours: number | null;
                        /** Format: date-time */
                        createdAt: string;
                        cutoffHours: number;
                        deactivatedAt: string | null;
                        eventId: string | null;
                        id: string;
                        name: string;
                        refundPlatformFee: boolean;
                        refundProcessingFee: boolean;
                        rules: {
                            minHoursBeforeEvent: number;
                            refundPercent: string;
                        }[];
                        scope: "tenant" | "event" | "ticketType";
                        ticketTypeId: string | null;
                        version: number;
                        /** Format: date-time */
                        versionCreatedAt: string;
                        versionCreatedBy: string;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment is longer than any identifier of the API */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    putRefundPolicyById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description whether buyers may change their orders (default true); staff always may */
                    allowChanges?: boolean;
                    /** @description default true */
                    allowPartial?: boolean;
                    /** @description minor units; refunds of this amount or more wait for an admin (default 50000) */
                    autoApproveBelow?: number;
                    /** @description no change by the buyer later than this before the event; default (null) the cutoff */
                    changeCutoffHours?: number | null;
                    /** @description default 24 */
                    cutoffHours?: number;
                    /**
                     * Format: uuid
                     * @description A UUID
                     */
                    eventId?: string;
                    name: string;
                    /** @description default false */
                    refundPlatformFee?: boolean;
                    /** @description default false */
                    refundProcessingFee?: boolean;
                    rules: {
                        /** @description from this many hours before the start on */
                        minHoursBeforeEvent: number;
                        /** @description decimal percent string, e.g. "50" or "12.5" */
                        refundPercent: string;
                    }[];
                    scope?: "tenant" | "event" | "ticketType";
                    /**
                     * Format: uuid
                     * @description A UUID
                     */
                    ticketTypeId?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        allowChanges: boolean;
                        allowPartial: boolean;
                        autoApproveBelow: number;
                        changeCutoffHours: number | null;
                        /** Format: date-time */
                        createdAt: string;
                        cutoffHours: number;
                        deactivatedAt: string | null;
                        eventId: string | null;
                        id: string;
                        name: string;
                        refundPlatformFee: boolean;
                        refundProcessingFee: boolean;
                        rules: {
                            minHoursBeforeEvent: number;
                            refundPercent: string;
                        }[];
                        scope: "tenant" | "event" | "ticketType";
                        ticketTypeId: string | null;
                        version: number;
                        /** Format: date-time */
                        versionCreatedAt: string;
                        versionCreatedBy: string;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body exceeds the limit of 100 KB */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment is longer than any identifier of the API */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    deleteRefundPolicyById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        allowChanges: boolean;
                        allowPartial: boolean;
                        autoApproveBelow: number;
                        changeCutoffHours: number | null;
                        /** Format: date-time */
                        createdAt: string;
                        cutoffHours: number;
                        deactivatedAt: string | null;
                        eventId: string | null;
                        id: string;
                        name: string;
                        refundPlatformFee: boolean;
                        refundProcessingFee: boolean;
                        rules: {
                            minHoursBeforeEvent: number;
                            refundPercent: string;
                        }[];
                        scope: "tenant" | "event" | "ticketType";
                        ticketTypeId: string | null;
                        version: number;
                        /** Format: date-time */
                        versionCreatedAt: string;
                        versionCreatedBy: string;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment is longer than any identifier of the API */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getRefundPolicyByIdVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            active: boolean;
                            allowChanges: boolean;
                            allowPartial: boolean;
                            autoApproveBelow: number;
                            changeCutoffHours: number | null;
                            /** Format: date-time */
                            createdAt: string;
                            cutoffHours: number;
                            deactivatedAt: string | null;
                            eventId: string | null;
                            id: string;
                            name: string;
                            refundPlatformFee: boolean;
                            refundProcessingFee: boolean;
                            rules: {
                                minHoursBeforeEvent: number;
                                refundPercent: string;
                            }[];
                            scope: "tenant" | "event" | "ticketType";
                            ticketTypeId: string | null;
                            version: number;
                            /** Format: date-time */
                            versionCreatedAt: string;
                            versionCreatedBy: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment is longer than any identifier of the API */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getRefundPolicyEffective: {
        parameters: {
            query: {
                /** @description A UUID */
                eventId: string;
                /** @description A UUID */
                ticketTypeId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        allowChanges: boolean;
                        allowPartial: boolean;
                        autoApproveBelow: number;
                        changeCutoffHours: number | null;
                        createdAt: string | null;
                        cutoffHours: number;
                        eventId: string | null;
                        id: string | null;
                        name: string;
                        refundPlatformFee: boolean;
                        refundProcessingFee: boolean;
                        rules: {
                            minHoursBeforeEvent: number;
                            refundPercent: string;
                        }[];
                        scope: "tenant" | "event" | "ticketType";
                        source: "ticketType" | "event" | "tenant" | "default";
                        ticketTypeId: string | null;
                        version: number | null;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getRefunds: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                status?: "PENDING_REVIEW" | "PENDING" | "SUCCEEDED" | "FAILED" | "REJECTED";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description Amount in minor units of the order currency */
                            amount: number;
                            basis: "policy" | "override" | "event_cancelled" | "unfulfillable" | "change";
                            breakdown: {
                                /** @description Amount in minor units of the order currency */
                                platformFee: number;
                                /** @description Amount in minor units of the order currency */
                                processingFee: number;
                                /** @description Amount in minor units of the order currency */
                                tax: number;
                                /** @description Amount in minor units of the order currency */
                                tickets: number;
                            };
                            /** @description Kept order-change fees given back (an event cancellation's refund); amount = breakdown + changeFee */
                            changeFee?: number;
                            /** Format: date-time */
                            createdAt: string;
                            currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD";
                            failureReason?: string;
                            id: string;
                            /** @description tickets given back */
                            items?: {
                                orderItemId: string;
                                quantity: number;
                            }[];
                            orderId: string;
                            policy: {
                                id: string | null;
                                ruleApplied: {
                                    minHoursBeforeEvent: number;
                                    refundPercent: string;
                                } | null;
                                version: number | null;
                            };
                            reason: string;
                            requestedBy: {
                                id: string;
                                role?: string;
                                type: string;
                            };
                            review?: {
                                /** Format: date-time */
                                at: string;
                                by: string;
                                note: string | null;
                            };
                            /** Format: date-time */
                            settledAt?: string;
                            status: "PENDING_REVIEW" | "PENDING" | "SUCCEEDED" | "FAILED" | "REJECTED";
                            ticketIds: string[];
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getStats: {
        parameters: {
            query?: {
                /** @description First day (UTC) included; default 29 days before `to` */
                from?: string;
                /** @description Only days for now */
                interval?: "day";
                /** @description Last day (UTC) included; default today */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description one entry per day of the period, oldest first, days without activity included */
                        data: {
                            /**
                             * Format: date
                             * @description A UTC day, YYYY-MM-DD
                             */
                            date: string;
                            /** @description payment disputes opened that day */
                            disputes: number;
                            /** @description orders created that day */
                            orders: number;
                            /** @description orders confirmed (paid) that day */
                            paidOrders: number;
                            /** @description one entry per currency that had any, by currency code */
                            refundedAmount: {
                                /** @description minor units */
                                amount: number;
                                currency: string;
                            }[];
                            /** @description refunds that succeeded that day */
                            refunds: number;
                            /** @description one entry per currency that had any, by currency code */
                            revenue: {
                                /** @description minor units */
                                amount: number;
                                currency: string;
                            }[];
                        }[];
                        /**
                         * Format: date
                         * @description A UTC day, YYYY-MM-DD
                         */
                        from: string;
                        /** @enum {string} */
                        interval: "day";
                        /**
                         * Format: date
                         * @description A UTC day, YYYY-MM-DD
                         */
                        to: string;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postTaxCalculate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Exactly one of location and eventId; priceMode defaults to the tenant setting */
        requestBody: {
            content: {
                "application/json": {
                    currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD";
                    /**
                     * Format: date
                     * @description The day whose rates apply (default: today, UTC)
                     */
                    date?: string;
                    /**
                     * Format: uuid
                     * @description Calculate for this event's venue (instead of location)
                     */
                    eventId?: string;
                    /**
                     * Format: uuid
                     * @description A UUID
                     */
                    exemptionId?: string;
                    lines: {
                        /** @description Line total (unit price × quantity), minor units */
                        amount: number;
                        category: "tickets" | "platform_fee" | "processing_fee";
                        id: string;
                        /** @default 1 */
                        quantity: number;
                    }[];
                    location?: {
                        city?: string;
                        /** @description ISO 3166-1 alpha-2 country code */
                        country: string;
                        postalCode?: string;
                        region?: string;
                    };
                    priceMode?: "exclusive" | "inclusive";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD";
                        /**
                         * Format: date
                         * @description A calendar day, YYYY-MM-DD (UTC)
                         */
                        date: string;
                        eventId: string | null;
                        exemption: {
                            /** @description The jurisdictions whose tax it zeroed here */
                            exemptedJurisdictions: string[];
                            id: string;
                            /** @description Every jurisdiction the certificate names */
                            jurisdictions: string[];
                            number: string;
                            /**
                             * Format: date
                             * @description A calendar day, YYYY-MM-DD (UTC)
                             */
                            validFrom: string;
                            /**
                             * Format: date
                             * @description A calendar day, YYYY-MM-DD (UTC)
                             */
                            validTo: string;
                        } | null;
                        jurisdictions: {
                            code: string;
                            /** @description null for DEFAULT, the tenant fallback */
                            level: ("country" | "region" | "county" | "city") | null;
                            name: string;
                        }[];
                        lines: {
                            /** @description Amount in minor units of the currency */
                            amount: number;
                            category: "tickets" | "platform_fee" | "processing_fee";
                            /** @description Amount in minor units of the currency */
                            gross: number;
                            id: string;
                            /** @description Amount in minor units of the currency */
                            net: number;
                            quantity: number;
                            /** @description Amount in minor units of the currency */
                            tax: number;
                            taxes: {
                                exempt: boolean;
                                jurisdiction: string;
                                rate: string;
                                /** @description Amount in minor units of the currency */
                                tax: number;
                                /** @description Amount in minor units of the currency */
                                taxable: number;
                            }[];
                        }[];
                        location: {
                            city?: string;
                            /** @description ISO 3166-1 alpha-2 country code */
                            country: string;
                            postalCode?: string;
                            region?: string;
                        };
                        priceMode: "exclusive" | "inclusive";
                        /** @description Tax per jurisdiction over all lines */
                        taxes: {
                            jurisdiction: string;
                            /** @description Amount in minor units of the currency */
                            tax: number;
                        }[];
                        totals: {
                            /** @description Amount in minor units of the currency */
                            gross: number;
                            /** @description Amount in minor units of the currency */
                            net: number;
                            /** @description Amount in minor units of the currency */
                            tax: number;
                        };
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body exceeds the limit of 100 KB */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getTaxExemptions: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                userId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            id: string;
                            jurisdictions: string[];
                            number: string;
                            userId: string;
                            /**
                             * Format: date
                             * @description A calendar day, YYYY-MM-DD (UTC)
                             */
                            validFrom: string;
                            /**
                             * Format: date
                             * @description A calendar day, YYYY-MM-DD (UTC)
                             */
                            validTo: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postTaxExemptions: {
        parameters: {
            query?: never;
            header?: {
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    jurisdictions: string[];
                    /** @description The certificate number */
                    number: string;
                    /** @description The buyer holding the certificate */
                    userId: string;
                    /**
                     * Format: date
                     * @description A calendar day, YYYY-MM-DD (UTC)
                     */
                    validFrom: string;
                    /**
                     * Format: date
                     * @description Last day the certificate holds (inclusive)
                     */
                    validTo: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string;
                        id: string;
                        jurisdictions: string[];
                        number: string;
                        userId: string;
                        /**
                         * Format: date
                         * @description A calendar day, YYYY-MM-DD (UTC)
                         */
                        validFrom: string;
                        /**
                         * Format: date
                         * @description A calendar day, YYYY-MM-DD (UTC)
                         */
                        validTo: string;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            403: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body exceeds the limit of 100 KB */
            413: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            422: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getTaxExemptionsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string;
                        id: string;
                        jurisdictions: string[];
                        number: string;
                        userId: string;
                        /**
                         * Format: date
                         * @description A calendar day, YYYY-MM-DD (UTC)
                         */
                        validFrom: string;
                        /**
                         * Format: date
                         * @description A calendar day, YYYY-MM-DD (UTC)
                         */
                        validTo: string;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment is longer than any identifier of the API */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getTaxJurisdictions: {
        parameters: {
            query?: {
                /** @description ISO 3166-1 alpha-2 country code */
                country?: string;
                cursor?: string;
                level?: "country" | "region" | "county" | "city";
                limit?: number;
                /** @description Upper-case letters and digits joined by "-" or "_", e.g. US-CA-LOS_ANGELES; DEFAULT is reserved */
                parentCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            code: string;
                            /** Format: date-time */
                            createdAt: string;
                            level: "country" | "region" | "county" | "city";
                            match: {
                                city?: string;
                                country: string;
                                postalCodes: string[];
                                region?: string;
                            };
                            name: string;
                            parentCode: string | null;
                            /** @description Every rate ever added, by category and effective date */
                            rates: {
                                category: "tickets" | "platform_fee" | "processing_fee";
                                /** Format: date-time */
                                createdAt: string;
                                /**
                                 * Format: date
                                 * @description A calendar day, YYYY-MM-DD (UTC)
                                 */
                                effectiveFrom: string;
                                effectiveTo: string | null;
                                id: string;
                                rate: string;
                            }[];
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postTaxJurisdictions: {
        parameters: {
            query?: never;
            header?: {
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Upper-case letters and digits joined by "-" or "_", e.g. US-CA-LOS_ANGELES; DEFAULT is reserved */
                    code: string;
                    level: "country" | "region" | "county" | "city";
                    match: {
                        city?: string;
                        /** @description ISO 3166-1 alpha-2 country code */
                        country: string;
                        /** @description Postal-code prefixes; one must match */
                        postalCodes?: string[];
                        region?: string;
                    };
                    name: string;
                    parentCode?: string | null;
                    /** @default [] */
                    rates: {
                        category: "tickets" | "platform_fee" | "processing_fee";
                        /**
                         * Format: date
                         * @description A calendar day, YYYY-MM-DD (UTC)
                         */
                        effectiveFrom: string;
                        /** @description Last day in force (inclusive) */
                        effectiveTo?: string | null;
                        /**
                         * @description A decimal percent from 0 to 100 with up to six decimals, e.g. "8.875"
                         * @example 8.875
                         */
                        rate: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        /** Format: date-time */
                        createdAt: string;
                        level: "country" | "region" | "county" | "city";
                        match: {
                            city?: string;
                            country: string;
                            postalCodes: string[];
                            region?: string;
                        };
                        name: string;
                        parentCode: string | null;
                        /** @description Every rate ever added, by category and effective date */
                        rates: {
                            category: "tickets" | "platform_fee" | "processing_fee";
                            /** Format: date-time */
                            createdAt: string;
                            /**
                             * Format: date
                             * @description A calendar day, YYYY-MM-DD (UTC)
                             */
                            effectiveFrom: string;
                            effectiveTo: string | null;
                            id: string;
                            rate: string;
                        }[];
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            403: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            409: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body exceeds the limit of 100 KB */
            413: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            422: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getTaxJurisdictionsByCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Upper-case letters and digits joined by "-" or "_", e.g. US-CA-LOS_ANGELES; DEFAULT is reserved */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        /** Format: date-time */
                        createdAt: string;
                        level: "country" | "region" | "county" | "city";
                        match: {
                            city?: string;
                            country: string;
                            postalCodes: string[];
                            region?: string;
                        };
                        name: string;
                        parentCode: string | null;
                        /** @description Every rate ever added, by category and effective date */
                        rates: {
                            category: "tickets" | "platform_fee" | "processing_fee";
                            /** Format: date-time */
                            createdAt: string;
                            /**
                             * Format: date
                             * @description A calendar day, YYYY-MM-DD (UTC)
                             */
                            effectiveFrom: string;
                            effectiveTo: string | null;
                            id: string;
                            rate: string;
                        }[];
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment is longer than any identifier of the API */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    putTaxJurisdictionsByCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Upper-case letters and digits joined by "-" or "_", e.g. US-CA-LOS_ANGELES; DEFAULT is reserved */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    level: "country" | "region" | "county" | "city";
                    match: {
                        city?: string;
                        /** @description ISO 3166-1 alpha-2 country code */
                        country: string;
                        /** @description Postal-code prefixes; one must match */
                        postalCodes?: string[];
                        region?: string;
                    };
                    name: string;
                    parentCode?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        /** Format: date-time */
                        createdAt: string;
                        level: "country" | "region" | "county" | "city";
                        match: {
                            city?: string;
                            country: string;
                            postalCodes: string[];
                            region?: string;
                        };
                        name: string;
                        parentCode: string | null;
                        /** @description Every rate ever added, by category and effective date */
                        rates: {
                            category: "tickets" | "platform_fee" | "processing_fee";
                            /** Format: date-time */
                            createdAt: string;
                            /**
                             * Format: date
                             * @description A calendar day, YYYY-MM-DD (UTC)
                             */
                            effectiveFrom: string;
                            effectiveTo: string | null;
                            id: string;
                            rate: string;
                        }[];
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body exceeds the limit of 100 KB */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment is longer than any identifier of the API */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    deleteTaxJurisdictionsByCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Upper-case letters and digits joined by "-" or "_", e.g. US-CA-LOS_ANGELES; DEFAULT is reserved */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment is longer than any identifier of the API */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postTaxJurisdictionsByCodeRates: {
        parameters: {
            query?: never;
            header?: {
                "idempotency-key"?: string;
            };
            path: {
                /** @description Upper-case letters and digits joined by "-" or "_", e.g. US-CA-LOS_ANGELES; DEFAULT is reserved */
                code: string;
            };
            cookie?: never;
        };
        /** @description One dated rate, or several added together */
        requestBody: {
            content: {
                "application/json": {
                    category: "tickets" | "platform_fee" | "processing_fee";
                    /**
                     * Format: date
                     * @description A calendar day, YYYY-MM-DD (UTC)
                     */
                    effectiveFrom: string;
                    /** @description Last day in force (inclusive) */
                    effectiveTo?: string | null;
                    /**
                     * @description A decimal percent from 0 to 100 with up to six decimals, e.g. "8.875"
                     * @example 8.875
                     */
                    rate: string;
                } | {
                    rates: {
                        category: "tickets" | "platform_fee" | "processing_fee";
                        /**
                         * Format: date
                         * @description A calendar day, YYYY-MM-DD (UTC)
                         */
                        effectiveFrom: string;
                        /** @description Last day in force (inclusive) */
                        effectiveTo?: string | null;
                        /**
                         * @description A decimal percent from 0 to 100 with up to six decimals, e.g. "8.875"
                         * @example 8.875
                         */
                        rate: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        /** Format: date-time */
                        createdAt: string;
                        level: "country" | "region" | "county" | "city";
                        match: {
                            city?: string;
                            country: string;
                            postalCodes: string[];
                            region?: string;
                        };
                        name: string;
                        parentCode: string | null;
                        /** @description Every rate ever added, by category and effective date */
                        rates: {
                            category: "tickets" | "platform_fee" | "processing_fee";
                            /** Format: date-time */
                            createdAt: string;
                            /**
                             * Format: date
                             * @description A calendar day, YYYY-MM-DD (UTC)
                             */
                            effectiveFrom: string;
                            effectiveTo: string | null;
                            id: string;
                            rate: string;
                        }[];
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            403: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            404: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            409: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body exceeds the limit of 100 KB */
            413: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment is longer than any identifier of the API */
            414: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            422: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getTaxReports: {
        parameters: {
            query: {
                currency?: "USD" | "EUR" | "GBP" | "CAD" | "AUD";
                /** @description A day (midnight UTC) or an RFC 3339 instant */
                from: string;
                /** @description A day (midnight UTC) or an RFC 3339 instant */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        currency: ("USD" | "EUR" | "GBP" | "CAD" | "AUD") | null;
                        data: {
                            category: "tickets" | "platform_fee" | "processing_fee";
                            currency: "USD" | "EUR" | "GBP" | "CAD" | "AUD";
                            jurisdiction: string;
                            /** @description Amount in minor units of the currency */
                            netTax: number;
                            /** @description Confirmed orders that collected this tax */
                            orders: number;
                            /** @description Amount in minor units of the currency */
                            taxable: number;
                            /** @description Amount in minor units of the currency */
                            taxCollected: number;
                            /** @description Amount in minor units of the currency */
                            taxRefunded: number;
                        }[];
                        /** Format: date-time */
                        from: string;
                        /** Format: date-time */
                        to: string;
                    };
                    "text/csv": string;
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getTaxSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        fallback: {
                            /** @description rate: tax unmatched locations at the fallback rate (jurisdiction DEFAULT); reject: answer 422 */
                            mode: "rate" | "reject";
                            /**
                             * @description A decimal percent from 0 to 100 with up to six decimals, e.g. "8.875"
                             * @example 8.875
                             */
                            rate?: string;
                        };
                        priceMode: "exclusive" | "inclusive";
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    putTaxSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    fallback: {
                        /** @description rate: tax unmatched locations at the fallback rate (jurisdiction DEFAULT); reject: answer 422 */
                        mode: "rate" | "reject";
                        /**
                         * @description A decimal percent from 0 to 100 with up to six decimals, e.g. "8.875"
                         * @example 8.875
                         */
                        rate?: string;
                    };
                    priceMode: "exclusive" | "inclusive";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        fallback: {
                            /** @description rate: tax unmatched locations at the fallback rate (jurisdiction DEFAULT); reject: answer 422 */
                            mode: "rate" | "reject";
                            /**
                             * @description A decimal percent from 0 to 100 with up to six decimals, e.g. "8.875"
                             * @example 8.875
                             */
                            rate?: string;
                        };
                        priceMode: "exclusive" | "inclusive";
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body exceeds the limit of 100 KB */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getWebhookEndpoints: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: date-time */
                            createdAt: string;
                            description: string | null;
                            disabledReason: string | null;
                            enabled: boolean;
                            events: string[];
                            id: string;
                            /** Format: date-time */
                            updatedAt: string;
                            url: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postWebhookEndpoints: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string | null;
                    /** @description default true */
                    enabled?: boolean;
                    /** @description message types of SPEC §10 (e.g. "order.confirmed"), or ["*"] for every one */
                    events: string[];
                    /** @description https URL of a public host (http and private addresses only with WEBHOOK_ALLOW_PRIVATE_URLS=true) */
                    url: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        description: string | null;
                        disabledReason: string | null;
                        enabled: boolean;
                        events: string[];
                        id: string;
                        /** Format: date-time */
                        updatedAt: string;
                        url: string;
                    } & {
                        /** @description The signing secret (whsec_ + base64): shown in this answer only */
                        secret: string;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body exceeds the limit of 100 KB */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getWebhookEndpointsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        description: string | null;
                        disabledReason: string | null;
                        enabled: boolean;
                        events: string[];
                        id: string;
                        /** Format: date-time */
                        updatedAt: string;
                        url: string;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment is longer than any identifier of the API */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    putWebhookEndpointsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string | null;
                    /** @description default true */
                    enabled?: boolean;
                    /** @description message types of SPEC §10 (e.g. "order.confirmed"), or ["*"] for every one */
                    events: string[];
                    /** @description https URL of a public host (http and private addresses only with WEBHOOK_ALLOW_PRIVATE_URLS=true) */
                    url: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        description: string | null;
                        disabledReason: string | null;
                        enabled: boolean;
                        events: string[];
                        id: string;
                        /** Format: date-time */
                        updatedAt: string;
                        url: string;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body exceeds the limit of 100 KB */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment is longer than any identifier of the API */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    deleteWebhookEndpointsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment is longer than any identifier of the API */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getWebhookEndpointsByIdDeliveries: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                status?: "PENDING" | "SUCCEEDED" | "FAILED";
            };
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            attempts: {
                                attempt: number;
                                durationMs: number;
                                error: string | null;
                                outcome: "succeeded" | "failed" | "timeout" | "refused" | "error";
                                /** Format: date-time */
                                startedAt: string;
                                statusCode: number | null;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            endpointId: string;
                            id: string;
                            lastStatusCode: number | null;
                            /** @description The CloudEvent id, sent as webhook-id (the same on every attempt) */
                            messageId: string;
                            nextAttemptAt: string | null;
                            status: "PENDING" | "SUCCEEDED" | "FAILED";
                            type: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment is longer than any identifier of the API */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postWebhookEndpointsByIdDeliveriesByDeliveryIdRetry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                deliveryId: string;
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attempts: {
                            attempt: number;
                            durationMs: number;
                            error: string | null;
                            outcome: "succeeded" | "failed" | "timeout" | "refused" | "error";
                            /** Format: date-time */
                            startedAt: string;
                            statusCode: number | null;
                        }[];
                        /** Format: date-time */
                        createdAt: string;
                        endpointId: string;
                        id: string;
                        lastStatusCode: number | null;
                        /** @description The CloudEvent id, sent as webhook-id (the same on every attempt) */
                        messageId: string;
                        nextAttemptAt: string | null;
                        status: "PENDING" | "SUCCEEDED" | "FAILED";
                        type: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment is longer than any identifier of the API */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postWebhookEndpointsByIdTest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attempts: {
                            attempt: number;
                            durationMs: number;
                            error: string | null;
                            outcome: "succeeded" | "failed" | "timeout" | "refused" | "error";
                            /** Format: date-time */
                            startedAt: string;
                            statusCode: number | null;
                        }[];
                        /** Format: date-time */
                        createdAt: string;
                        endpointId: string;
                        id: string;
                        lastStatusCode: number | null;
                        /** @description The CloudEvent id, sent as webhook-id (the same on every attempt) */
                        messageId: string;
                        nextAttemptAt: string | null;
                        status: "PENDING" | "SUCCEEDED" | "FAILED";
                        type: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request did not arrive within the deadline */
            408: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment is longer than any identifier of the API */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request headers exceed the size limit */
            431: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RFC 9457 problem document */
            503: {
                headers: {
                    "retry-after": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @description Stable upper-snake error code */
                        code: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                        }[];
                        reasons?: string[];
                        /** @description The request id, as in the x-request-id header */
                        requestId?: string;
                        status: number;
                        title: string;
                        type: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
}
