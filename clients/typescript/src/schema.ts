// GENERATED from the service's /openapi.json by scripts/generate-client.ts (openapi-typescript).
// Do not edit: change the routes, then run `npx tsx scripts/generate-client.ts`. npm test fails when stale.

export interface paths {
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The fiscal devices' Ed25519 public keys, including keys of rotated-out secrets */
        get: operations["getJwks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange a terminal API key for a bearer token
         * @description The token names the merchant, store, terminal and fiscal device; send it as `Authorization: Bearer <token>`. Ask for a new one before `expires_in` runs out.
         */
        post: operations["createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/devices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Device state */
        get: operations["getDevice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/devices/{id}/faults": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Arm a fault (sandbox only)
         * @description Practise recovery: the next operations of the device fail as a real one would. `count` limits how many it hits.
         */
        post: operations["armFault"];
        /** Clear all faults; queued documents go to the operator */
        delete: operations["clearFaults"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/devices/{id}/journal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The device journal, one signed document a line (verify offline: scripts/verify-journal.ts) */
        get: operations["getJournal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/devices/{id}/reports/x": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** X report: current totals, changes nothing */
        get: operations["getXReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/devices/{id}/shifts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open a shift */
        post: operations["openShift"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/devices/{id}/shifts/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close the shift: the Z report, signed and chained */
        post: operations["closeShift"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open a receipt
         * @description Opens a receipt on the terminal's fiscal device, optionally with its first lines and the customer. Show `qr_svg_url` on the customer display until `qr_offered_until`; `customer_url` is the customer's page.
         */
        post: operations["openReceipt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/receipts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A receipt with its event log */
        get: operations["getReceipt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/receipts/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an open receipt (no fiscal document) */
        post: operations["cancelReceipt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/receipts/{id}/copies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A copy by print, SMS or e-mail, marked with how the original was issued */
        post: operations["createCopy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/receipts/{id}/finalize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Fiscalize and deliver
         * @description Fiscalizes the receipt on the device and delivers it by `delivery`. `auto` chooses: paper for a customer who asked for it; "QR receipt: OK / Change" (202) when the customer opened the display QR; the remembered choice; SMS or e-mail for an identified customer; otherwise paper. A finalize retried after a lost answer returns the same fiscal document, with or without the key.
         */
        post: operations["finalizeReceipt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/receipts/{id}/lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a line
         * @description The line's amount is `quantity` × `unit_price` − `discount`, rounded half up; VAT is extracted per rate.
         */
        post: operations["addLine"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/receipts/{id}/lines/{line_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Void a line (open receipts only) */
        delete: operations["voidLine"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/receipts/{id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take a payment
         * @description Only cash gives change; a card or voucher may not exceed what is due. A `card_standalone` payment must be confirmed (`terminal_confirmed: true` or the confirm call) before finalize.
         */
        post: operations["addPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/receipts/{id}/payments/{payment_id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm that the standalone card terminal approved the payment */
        post: operations["confirmPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/receipts/{id}/qr.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The customer-display QR (SVG) of the customer URL */
        get: operations["getDisplayQr"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/receipts/{id}/returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A return (refund) as its own fiscal document referencing the sale */
        post: operations["createReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Is this fiscal QR or e-receipt JWS authentic? (public) */
        get: operations["verifyReceipt"];
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
        AuthProblem400: components["schemas"]["Problem"] & {
            /**
             * @description Short stable code, the last segment of `type`; see docs/errors.md
             * @enum {string}
             */
            code?: "malformed-request";
            /** @enum {number} */
            status?: 400;
        };
        AuthProblem401: components["schemas"]["Problem"] & {
            /**
             * @description Short stable code, the last segment of `type`; see docs/errors.md
             * @enum {string}
             */
            code?: "unauthorized";
            /** @enum {number} */
            status?: 401;
        };
        AuthProblem413: components["schemas"]["Problem"] & {
            /**
             * @description Short stable code, the last segment of `type`; see docs/errors.md
             * @enum {string}
             */
            code?: "payload-too-large";
            /** @enum {number} */
            status?: 413;
        };
        AuthProblem415: components["schemas"]["Problem"] & {
            /**
             * @description Short stable code, the last segment of `type`; see docs/errors.md
             * @enum {string}
             */
            code?: "unsupported-media-type";
            /** @enum {number} */
            status?: 415;
        };
        AuthProblem422: components["schemas"]["Problem"] & {
            /**
             * @description Short stable code, the last segment of `type`; see docs/errors.md
             * @enum {string}
             */
            code?: "validation";
            /** @enum {number} */
            status?: 422;
        };
        CopyCreated: {
            copy: {
                channel: string;
                number: number;
                original: string;
            };
            print?: {
                columns: number;
                escpos_base64: string;
                text: string;
            };
            receipt: components["schemas"]["Receipt"];
        };
        CopyRequest: {
            /**
             * @description A copy never goes to the digital waste bin
             * @enum {string}
             */
            channel: "print" | "sms" | "email";
            contact?: {
                /** Format: email */
                email?: string;
                phone?: string;
            };
        };
        CreateReceipt: {
            customer?: components["schemas"]["Customer"];
            lines?: components["schemas"]["Line"][];
        };
        Customer: {
            /** Format: email */
            email?: string;
            loyalty_id?: string;
            /** @description The customer asked for a paper receipt */
            paper?: boolean;
            phone?: string;
        };
        DevicesProblem400: components["schemas"]["Problem"] & {
            /**
             * @description Short stable code, the last segment of `type`; see docs/errors.md
             * @enum {string}
             */
            code?: "malformed-request" | "idempotency-key";
            /** @enum {number} */
            status?: 400;
        };
        DevicesProblem401: components["schemas"]["Problem"] & {
            /**
             * @description Short stable code, the last segment of `type`; see docs/errors.md
             * @enum {string}
             */
            code?: "unauthorized";
            /** @enum {number} */
            status?: 401;
        };
        DevicesProblem404: components["schemas"]["Problem"] & {
            /**
             * @description Short stable code, the last segment of `type`; see docs/errors.md
             * @enum {string}
             */
            code?: "not-found" | "sandbox-only";
            /** @enum {number} */
            status?: 404;
        };
        DevicesProblem409: components["schemas"]["Problem"] & {
            /**
             * @description Short stable code, the last segment of `type`; see docs/errors.md
             * @enum {string}
             */
            code?: "idempotency-in-flight" | "device-paper-out" | "device-clock-skew" | "device-no-open-shift" | "device-shift-expired" | "device-offline-limit" | "device-shift-open";
            /** @enum {number} */
            status?: 409;
        };
        DevicesProblem413: components["schemas"]["Problem"] & {
            /**
             * @description Short stable code, the last segment of `type`; see docs/errors.md
             * @enum {string}
             */
            code?: "payload-too-large";
            /** @enum {number} */
            status?: 413;
        };
        DevicesProblem415: components["schemas"]["Problem"] & {
            /**
             * @description Short stable code, the last segment of `type`; see docs/errors.md
             * @enum {string}
             */
            code?: "unsupported-media-type";
            /** @enum {number} */
            status?: 415;
        };
        DevicesProblem422: components["schemas"]["Problem"] & {
            /**
             * @description Short stable code, the last segment of `type`; see docs/errors.md
             * @enum {string}
             */
            code?: "validation" | "idempotency-mismatch" | "device-invalid-request";
            /** @enum {number} */
            status?: 422;
        };
        DevicesProblem503: components["schemas"]["Problem"] & {
            /**
             * @description Short stable code, the last segment of `type`; see docs/errors.md
             * @enum {string}
             */
            code?: "device-reply-lost" | "device-power-loss";
            /** @enum {number} */
            status?: 503;
        };
        DeviceStatus: {
            [key: string]: unknown;
        };
        FaultRequest: {
            /** @description Operations it hits; absent = until cleared */
            count?: number;
            /** @enum {string} */
            fault: "operator_offline" | "paper_out" | "power_loss" | "reply_lost" | "slow" | "clock_skew";
            /** @description slow: latency; clock_skew: device clock offset */
            ms?: number;
            seed?: number;
        };
        Finalize: {
            contact?: {
                /** Format: email */
                email?: string;
                phone?: string;
            };
            customer?: components["schemas"]["Customer"];
            /** @enum {string} */
            delivery: "print" | "sms" | "email" | "ebin" | "qr" | "auto";
            /** @description Remember this channel for the identified customer; their next `auto` finalize uses it */
            remember?: boolean;
        };
        FiscalDocument: {
            device_id: string;
            hash: string;
            issued_at: string;
            jws: string | null;
            key_id: string;
            /** @enum {string} */
            kind: "sale" | "return" | "z_report";
            number: number;
            number_text: string;
            payload: {
                [key: string]: unknown;
            };
            prev_hash: string;
            printed: boolean;
            qr_payload: string;
            receipt_id: string | null;
            serial: string;
            signature: string;
        };
        FiscalizationProblem400: components["schemas"]["Problem"] & {
            /**
             * @description Short stable code, the last segment of `type`; see docs/errors.md
             * @enum {string}
             */
            code?: "malformed-request" | "idempotency-key";
            /** @enum {number} */
            status?: 400;
        };
        FiscalizationProblem401: components["schemas"]["Problem"] & {
            /**
             * @description Short stable code, the last segment of `type`; see docs/errors.md
             * @enum {string}
             */
            code?: "unauthorized";
            /** @enum {number} */
            status?: 401;
        };
        FiscalizationProblem404: components["schemas"]["Problem"] & {
            /**
             * @description Short stable code, the last segment of `type`; see docs/errors.md
             * @enum {string}
             */
            code?: "not-found";
            /** @enum {number} */
            status?: 404;
        };
        FiscalizationProblem409: components["schemas"]["Problem"] & {
            /**
             * @description Short stable code, the last segment of `type`; see docs/errors.md
             * @enum {string}
             */
            code?: "idempotency-in-flight" | "receipt-not-open" | "receipt-not-issued" | "receipt-empty" | "receipt-changed" | "payment-incomplete" | "card-payment-unconfirmed" | "nothing-to-return" | "device-paper-out" | "device-clock-skew" | "device-no-open-shift" | "device-shift-expired" | "device-offline-limit";
            /** @enum {number} */
            status?: 409;
        };
        FiscalizationProblem413: components["schemas"]["Problem"] & {
            /**
             * @description Short stable code, the last segment of `type`; see docs/errors.md
             * @enum {string}
             */
            code?: "payload-too-large";
            /** @enum {number} */
            status?: 413;
        };
        FiscalizationProblem415: components["schemas"]["Problem"] & {
            /**
             * @description Short stable code, the last segment of `type`; see docs/errors.md
             * @enum {string}
             */
            code?: "unsupported-media-type";
            /** @enum {number} */
            status?: 415;
        };
        FiscalizationProblem422: components["schemas"]["Problem"] & {
            /**
             * @description Short stable code, the last segment of `type`; see docs/errors.md
             * @enum {string}
             */
            code?: "validation" | "idempotency-mismatch" | "channel-unavailable" | "contact-required" | "ebin-forbidden" | "device-invalid-request" | "device-return-exceeds-sale";
            /** @enum {number} */
            status?: 422;
        };
        FiscalizationProblem503: components["schemas"]["Problem"] & {
            /**
             * @description Short stable code, the last segment of `type`; see docs/errors.md
             * @enum {string}
             */
            code?: "device-reply-lost" | "device-power-loss";
            /** @enum {number} */
            status?: 503;
        };
        Jwks: {
            keys: {
                alg: string;
                crv: string;
                kid: string;
                kty: string;
                use: string;
                x: string;
            }[];
        };
        Line: {
            discount?: number;
            /** @example Żółć łąka */
            name: string;
            /**
             * @description Decimal string, up to 3 decimals
             * @example 0.375
             */
            quantity: string;
            /**
             * @description Gross unit price in minor units
             * @example 1999
             */
            unit_price: number;
            /** @example 23 */
            vat_rate: string;
        };
        LineCreated: {
            line: {
                amount: number;
                discount: number;
                id: string;
                name: string;
                quantity: string;
                unit_price: number;
                vat_rate: string;
                voided: boolean;
            };
            receipt: components["schemas"]["Receipt"];
        };
        PaymentCreated: {
            amount: number;
            confirmed: boolean;
            id: string;
            /** @enum {string} */
            method: "cash" | "card" | "card_standalone" | "voucher";
            receipt: components["schemas"]["Receipt"];
        };
        PaymentInput: {
            amount: number;
            /** @enum {string} */
            method: "cash" | "card" | "card_standalone" | "voucher";
            terminal_confirmed?: boolean;
        };
        Problem: {
            /** @description Short stable code, the last segment of `type` */
            code: string;
            detail: string;
            errors?: {
                field: string;
                message: string;
            }[];
            status: number;
            title: string;
            type: string;
        };
        Receipt: {
            change: number;
            copies: number;
            country: string;
            created_at: string;
            currency: string;
            customer_url: string;
            delivery: {
                attempts: number;
                channel: string;
                reason: string;
                status: string;
            } | null;
            due: number;
            events?: {
                at: string;
                data: {
                    [key: string]: unknown;
                };
                type: string;
            }[];
            fiscal: {
                device_id: string;
                hash: string;
                /** @description PL: the e-receipt as a JWS signed by the device */
                jws: string | null;
                key_id: string;
                number: number;
                number_text: string;
                /** @description The (simulated) fiscal data operator's acknowledgement; null while the document waits to be transmitted */
                operator_ack: {
                    ack_id: string;
                    acked_at: string;
                } | null;
                prev_hash: string;
                printed: boolean;
                qr_payload: string;
                serial: string;
                signature: string;
            } | null;
            id: string;
            issued_at: string | null;
            lines: {
                amount: number;
                discount: number;
                id: string;
                name: string;
                quantity: string;
                unit_price: number;
                vat_rate: string;
                voided: boolean;
            }[];
            paid: number;
            payments: {
                amount: number;
                confirmed: boolean;
                id: string;
                /** @enum {string} */
                method: "cash" | "card" | "card_standalone" | "voucher";
            }[];
            pdf_url: string | null;
            print?: {
                columns: number;
                escpos_base64: string;
                text: string;
            };
            /** @description The till shows "QR receipt: OK / Change"; answer with finalize {delivery:"qr"} (OK) or another channel (Change); without an answer it is issued as a QR receipt at `until` */
            qr_choice: {
                /** @enum {string} */
                offered: "qr";
                options: string[];
                until: string;
            } | null;
            /** @description The display QR is offered until then (from the first line) */
            qr_offered_until: string | null;
            qr_scanned_at: string | null;
            qr_svg_url: string;
            /** @enum {string} */
            status: "open" | "issued" | "cancelled";
            total: number;
            vat: {
                gross: number;
                label: string;
                net: number;
                rate: string;
                vat: number;
            }[];
        };
        ReceiptsProblem400: components["schemas"]["Problem"] & {
            /**
             * @description Short stable code, the last segment of `type`; see docs/errors.md
             * @enum {string}
             */
            code?: "malformed-request" | "idempotency-key";
            /** @enum {number} */
            status?: 400;
        };
        ReceiptsProblem401: components["schemas"]["Problem"] & {
            /**
             * @description Short stable code, the last segment of `type`; see docs/errors.md
             * @enum {string}
             */
            code?: "unauthorized";
            /** @enum {number} */
            status?: 401;
        };
        ReceiptsProblem404: components["schemas"]["Problem"] & {
            /**
             * @description Short stable code, the last segment of `type`; see docs/errors.md
             * @enum {string}
             */
            code?: "not-found";
            /** @enum {number} */
            status?: 404;
        };
        ReceiptsProblem409: components["schemas"]["Problem"] & {
            /**
             * @description Short stable code, the last segment of `type`; see docs/errors.md
             * @enum {string}
             */
            code?: "idempotency-in-flight" | "receipt-not-open" | "confirmation-not-needed";
            /** @enum {number} */
            status?: 409;
        };
        ReceiptsProblem413: components["schemas"]["Problem"] & {
            /**
             * @description Short stable code, the last segment of `type`; see docs/errors.md
             * @enum {string}
             */
            code?: "payload-too-large";
            /** @enum {number} */
            status?: 413;
        };
        ReceiptsProblem415: components["schemas"]["Problem"] & {
            /**
             * @description Short stable code, the last segment of `type`; see docs/errors.md
             * @enum {string}
             */
            code?: "unsupported-media-type";
            /** @enum {number} */
            status?: 415;
        };
        ReceiptsProblem422: components["schemas"]["Problem"] & {
            /**
             * @description Short stable code, the last segment of `type`; see docs/errors.md
             * @enum {string}
             */
            code?: "validation" | "idempotency-mismatch" | "too-many-lines";
            /** @enum {number} */
            status?: 422;
        };
        ReturnCreated: {
            currency: string;
            document: components["schemas"]["FiscalDocument"];
            receipt_id: string;
            total: number;
        };
        ReturnRequest: {
            /** @description Lines and quantities to return; absent = everything not yet returned */
            lines?: {
                line_id: string;
                /** @example 1 */
                quantity: string;
            }[];
            /** @description How the refund is paid out; absent = all by the sale's first payment method */
            payments?: {
                amount: number;
                /** @enum {string} */
                method: "cash" | "card" | "card_standalone" | "voucher";
            }[];
        };
        Token: {
            expires_in: number;
            token: string;
        };
        TokenRequest: {
            api_key: string;
        };
        Verification: {
            document?: components["schemas"]["VerifiedDocument"];
            /** @description Why it is not authentic */
            reason?: string;
            valid: boolean;
        };
        /** @description Only when valid: the signed facts */
        VerifiedDocument: {
            /** @example PL */
            country: string;
            currency: string;
            device_id: string;
            issued_at: string;
            /** @enum {string} */
            kind: "sale" | "return" | "z_report";
            lines?: {
                amount: number;
                name: string;
                quantity: string;
                unit_price: number;
                vat_rate: string;
            }[];
            number: number;
            number_text: string;
            printed: boolean;
            serial: string;
            /** @description Minor units */
            total: number;
            vat?: {
                gross: number;
                net: number;
                rate: string;
                vat: number;
            }[];
        };
        VerifyProblem400: components["schemas"]["Problem"] & {
            /**
             * @description Short stable code, the last segment of `type`; see docs/errors.md
             * @enum {string}
             */
            code?: "malformed-request" | "missing-parameter" | "ambiguous-parameters" | "parameter-too-long";
            /** @enum {number} */
            status?: 400;
        };
        ZReport: {
            document: components["schemas"]["FiscalDocument"];
            report: {
                [key: string]: unknown;
            };
        };
    };
    responses: never;
    parameters: {
        /**
         * @description 1-255 visible ASCII characters, new for every logical request and reused for its retries. The first answer is kept for 24 hours and replayed to a retry with the same key and request; refusals the till is told to fix and retry, and server errors, are not kept. See docs/api-guide.md#idempotency.
         * @example till-7-sale-000123-finalize
         */
        IdempotencyKey: string;
    };
    requestBodies: never;
    headers: {
        /** @description `true` when this answer is the stored answer of an earlier request with the same Idempotency-Key. */
        IdempotentReplayed: "true";
        /** @description Seconds to wait before retrying, when the service knows. */
        RetryAfter: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getJwks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JWK Set (RFC 7517) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Jwks"];
                };
            };
        };
    };
    createToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "api_key": "demo-terminal-key"
                 *     }
                 */
                "application/json": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            /** @description A JWT naming merchant, store and terminal */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Token"];
                };
            };
            /** @description Malformed request: `malformed-request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthProblem400"];
                };
            };
            /** @description Missing or invalid token: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthProblem401"];
                };
            };
            /** @description Body too large: `payload-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthProblem413"];
                };
            };
            /** @description Body is not JSON: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthProblem415"];
                };
            };
            /** @description Invalid field: `validation` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthProblem422"];
                };
            };
        };
    };
    getDevice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Counters, shift, operator queue, armed faults, and why a sale would be refused */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeviceStatus"];
                };
            };
            /** @description Missing or invalid token: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["DevicesProblem401"];
                };
            };
            /** @description Not found (or another merchant's): `not-found`, `sandbox-only` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["DevicesProblem404"];
                };
            };
        };
    };
    armFault: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 1-255 visible ASCII characters, new for every logical request and reused for its retries. The first answer is kept for 24 hours and replayed to a retry with the same key and request; refusals the till is told to fix and retry, and server errors, are not kept. See docs/api-guide.md#idempotency.
                 * @example till-7-sale-000123-finalize
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "fault": "paper_out",
                 *       "count": 1
                 *     }
                 */
                "application/json": components["schemas"]["FaultRequest"];
            };
        };
        responses: {
            /** @description Counters, shift, operator queue, armed faults, and why a sale would be refused */
            200: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeviceStatus"];
                };
            };
            /** @description Malformed request: `malformed-request`, `idempotency-key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["DevicesProblem400"];
                };
            };
            /** @description Missing or invalid token: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["DevicesProblem401"];
                };
            };
            /** @description Not found (or another merchant's): `not-found`, `sandbox-only` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["DevicesProblem404"];
                };
            };
            /** @description Body too large: `payload-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["DevicesProblem413"];
                };
            };
            /** @description Body is not JSON: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["DevicesProblem415"];
                };
            };
            /** @description Invalid field: `validation`, `idempotency-mismatch`, `device-invalid-request` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["DevicesProblem422"];
                };
            };
        };
    };
    clearFaults: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 1-255 visible ASCII characters, new for every logical request and reused for its retries. The first answer is kept for 24 hours and replayed to a retry with the same key and request; refusals the till is told to fix and retry, and server errors, are not kept. See docs/api-guide.md#idempotency.
                 * @example till-7-sale-000123-finalize
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Counters, shift, operator queue, armed faults, and why a sale would be refused */
            200: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeviceStatus"];
                };
            };
            /** @description Missing or invalid token: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["DevicesProblem401"];
                };
            };
            /** @description Not found (or another merchant's): `not-found`, `sandbox-only` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["DevicesProblem404"];
                };
            };
        };
    };
    getJournal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description NDJSON */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                };
            };
            /** @description Missing or invalid token: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["DevicesProblem401"];
                };
            };
            /** @description Not found (or another merchant's): `not-found`, `sandbox-only` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["DevicesProblem404"];
                };
            };
        };
    };
    getXReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The X report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Missing or invalid token: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["DevicesProblem401"];
                };
            };
            /** @description Not found (or another merchant's): `not-found`, `sandbox-only` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["DevicesProblem404"];
                };
            };
        };
    };
    openShift: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 1-255 visible ASCII characters, new for every logical request and reused for its retries. The first answer is kept for 24 hours and replayed to a retry with the same key and request; refusals the till is told to fix and retry, and server errors, are not kept. See docs/api-guide.md#idempotency.
                 * @example till-7-sale-000123-finalize
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Counters, shift, operator queue, armed faults, and why a sale would be refused */
            201: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeviceStatus"];
                };
            };
            /** @description Missing or invalid token: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["DevicesProblem401"];
                };
            };
            /** @description Not found (or another merchant's): `not-found`, `sandbox-only` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["DevicesProblem404"];
                };
            };
            /** @description Conflict with the receipt's or device's state: `idempotency-in-flight`, `device-paper-out`, `device-clock-skew`, `device-no-open-shift`, `device-shift-expired`, `device-offline-limit`, `device-shift-open` */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["DevicesProblem409"];
                };
            };
            /** @description The fiscal device did not answer; retry with the same Idempotency-Key: `device-reply-lost`, `device-power-loss` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["DevicesProblem503"];
                };
            };
        };
    };
    closeShift: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 1-255 visible ASCII characters, new for every logical request and reused for its retries. The first answer is kept for 24 hours and replayed to a retry with the same key and request; refusals the till is told to fix and retry, and server errors, are not kept. See docs/api-guide.md#idempotency.
                 * @example till-7-sale-000123-finalize
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Z report and its fiscal document */
            200: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZReport"];
                };
            };
            /** @description Missing or invalid token: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["DevicesProblem401"];
                };
            };
            /** @description Not found (or another merchant's): `not-found`, `sandbox-only` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["DevicesProblem404"];
                };
            };
            /** @description Conflict with the receipt's or device's state: `idempotency-in-flight`, `device-paper-out`, `device-clock-skew`, `device-no-open-shift`, `device-shift-expired`, `device-offline-limit`, `device-shift-open` */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["DevicesProblem409"];
                };
            };
            /** @description The fiscal device did not answer; retry with the same Idempotency-Key: `device-reply-lost`, `device-power-loss` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["DevicesProblem503"];
                };
            };
        };
    };
    openReceipt: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 1-255 visible ASCII characters, new for every logical request and reused for its retries. The first answer is kept for 24 hours and replayed to a retry with the same key and request; refusals the till is told to fix and retry, and server errors, are not kept. See docs/api-guide.md#idempotency.
                 * @example till-7-sale-000123-finalize
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "lines": [
                 *         {
                 *           "name": "Żółć łąka",
                 *           "quantity": "0.375",
                 *           "unit_price": 1999,
                 *           "vat_rate": "23"
                 *         }
                 *       ],
                 *       "customer": {
                 *         "loyalty_id": "L-000123"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateReceipt"];
            };
        };
        responses: {
            /** @description The open receipt with its customer URL and QR */
            201: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Receipt"];
                };
            };
            /** @description Malformed request: `malformed-request`, `idempotency-key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ReceiptsProblem400"];
                };
            };
            /** @description Missing or invalid token: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ReceiptsProblem401"];
                };
            };
            /** @description Body too large: `payload-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ReceiptsProblem413"];
                };
            };
            /** @description Body is not JSON: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ReceiptsProblem415"];
                };
            };
            /** @description Invalid field: `validation`, `idempotency-mismatch`, `too-many-lines` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ReceiptsProblem422"];
                };
            };
        };
    };
    getReceipt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The receipt with `events` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Receipt"];
                };
            };
            /** @description Missing or invalid token: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ReceiptsProblem401"];
                };
            };
            /** @description Not found (or another merchant's): `not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ReceiptsProblem404"];
                };
            };
        };
    };
    cancelReceipt: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 1-255 visible ASCII characters, new for every logical request and reused for its retries. The first answer is kept for 24 hours and replayed to a retry with the same key and request; refusals the till is told to fix and retry, and server errors, are not kept. See docs/api-guide.md#idempotency.
                 * @example till-7-sale-000123-finalize
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The receipt */
            200: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Receipt"];
                };
            };
            /** @description Missing or invalid token: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ReceiptsProblem401"];
                };
            };
            /** @description Not found (or another merchant's): `not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ReceiptsProblem404"];
                };
            };
            /** @description Conflict with the receipt's or device's state: `idempotency-in-flight`, `receipt-not-open`, `confirmation-not-needed` */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ReceiptsProblem409"];
                };
            };
        };
    };
    createCopy: {
        parameters: {
            query?: {
                /** @description Printer width in characters for `print.text` (default 48) */
                columns?: "32" | "42" | "48";
            };
            header?: {
                /**
                 * @description 1-255 visible ASCII characters, new for every logical request and reused for its retries. The first answer is kept for 24 hours and replayed to a retry with the same key and request; refusals the till is told to fix and retry, and server errors, are not kept. See docs/api-guide.md#idempotency.
                 * @example till-7-sale-000123-finalize
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "channel": "email",
                 *       "contact": {
                 *         "email": "customer@example.com"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CopyRequest"];
            };
        };
        responses: {
            /** @description The copy */
            201: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CopyCreated"];
                };
            };
            /** @description Malformed request: `malformed-request`, `idempotency-key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["FiscalizationProblem400"];
                };
            };
            /** @description Missing or invalid token: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["FiscalizationProblem401"];
                };
            };
            /** @description Not found (or another merchant's): `not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["FiscalizationProblem404"];
                };
            };
            /** @description Conflict with the receipt's or device's state: `idempotency-in-flight`, `receipt-not-open`, `receipt-not-issued`, `receipt-empty`, `receipt-changed`, `payment-incomplete`, `card-payment-unconfirmed`, `nothing-to-return`, `device-paper-out`, `device-clock-skew`, `device-no-open-shift`, `device-shift-expired`, `device-offline-limit` */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["FiscalizationProblem409"];
                };
            };
            /** @description Body too large: `payload-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["FiscalizationProblem413"];
                };
            };
            /** @description Body is not JSON: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["FiscalizationProblem415"];
                };
            };
            /** @description Invalid field: `validation`, `idempotency-mismatch`, `channel-unavailable`, `contact-required`, `ebin-forbidden`, `device-invalid-request`, `device-return-exceeds-sale` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["FiscalizationProblem422"];
                };
            };
            /** @description The fiscal device did not answer; retry with the same Idempotency-Key: `device-reply-lost`, `device-power-loss` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["FiscalizationProblem503"];
                };
            };
        };
    };
    finalizeReceipt: {
        parameters: {
            query?: {
                /** @description Printer width in characters for `print.text` (default 48) */
                columns?: "32" | "42" | "48";
            };
            header?: {
                /**
                 * @description 1-255 visible ASCII characters, new for every logical request and reused for its retries. The first answer is kept for 24 hours and replayed to a retry with the same key and request; refusals the till is told to fix and retry, and server errors, are not kept. See docs/api-guide.md#idempotency.
                 * @example till-7-sale-000123-finalize
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "delivery": "sms",
                 *       "contact": {
                 *         "phone": "+48 600 100 200"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Finalize"];
            };
        };
        responses: {
            /** @description The issued receipt; with `print` when delivered on paper */
            200: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Receipt"];
                };
            };
            /** @description The customer opened the display QR: `qr_choice` asks the till "QR receipt: OK / Change"; finalize again with `qr` or another channel */
            202: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Receipt"];
                };
            };
            /** @description Malformed request: `malformed-request`, `idempotency-key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["FiscalizationProblem400"];
                };
            };
            /** @description Missing or invalid token: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["FiscalizationProblem401"];
                };
            };
            /** @description Not found (or another merchant's): `not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["FiscalizationProblem404"];
                };
            };
            /** @description Conflict with the receipt's or device's state: `idempotency-in-flight`, `receipt-not-open`, `receipt-not-issued`, `receipt-empty`, `receipt-changed`, `payment-incomplete`, `card-payment-unconfirmed`, `nothing-to-return`, `device-paper-out`, `device-clock-skew`, `device-no-open-shift`, `device-shift-expired`, `device-offline-limit` */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["FiscalizationProblem409"];
                };
            };
            /** @description Body too large: `payload-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["FiscalizationProblem413"];
                };
            };
            /** @description Body is not JSON: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["FiscalizationProblem415"];
                };
            };
            /** @description Invalid field: `validation`, `idempotency-mismatch`, `channel-unavailable`, `contact-required`, `ebin-forbidden`, `device-invalid-request`, `device-return-exceeds-sale` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["FiscalizationProblem422"];
                };
            };
            /** @description The fiscal device did not answer; retry with the same Idempotency-Key: `device-reply-lost`, `device-power-loss` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["FiscalizationProblem503"];
                };
            };
        };
    };
    addLine: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 1-255 visible ASCII characters, new for every logical request and reused for its retries. The first answer is kept for 24 hours and replayed to a retry with the same key and request; refusals the till is told to fix and retry, and server errors, are not kept. See docs/api-guide.md#idempotency.
                 * @example till-7-sale-000123-finalize
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Chleb",
                 *       "quantity": "2",
                 *       "unit_price": 450,
                 *       "vat_rate": "5"
                 *     }
                 */
                "application/json": components["schemas"]["Line"];
            };
        };
        responses: {
            /** @description The line and the receipt */
            201: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LineCreated"];
                };
            };
            /** @description Malformed request: `malformed-request`, `idempotency-key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ReceiptsProblem400"];
                };
            };
            /** @description Missing or invalid token: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ReceiptsProblem401"];
                };
            };
            /** @description Not found (or another merchant's): `not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ReceiptsProblem404"];
                };
            };
            /** @description Conflict with the receipt's or device's state: `idempotency-in-flight`, `receipt-not-open`, `confirmation-not-needed` */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ReceiptsProblem409"];
                };
            };
            /** @description Body too large: `payload-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ReceiptsProblem413"];
                };
            };
            /** @description Body is not JSON: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ReceiptsProblem415"];
                };
            };
            /** @description Invalid field: `validation`, `idempotency-mismatch`, `too-many-lines` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ReceiptsProblem422"];
                };
            };
        };
    };
    voidLine: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 1-255 visible ASCII characters, new for every logical request and reused for its retries. The first answer is kept for 24 hours and replayed to a retry with the same key and request; refusals the till is told to fix and retry, and server errors, are not kept. See docs/api-guide.md#idempotency.
                 * @example till-7-sale-000123-finalize
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
                line_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The receipt */
            200: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Receipt"];
                };
            };
            /** @description Missing or invalid token: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ReceiptsProblem401"];
                };
            };
            /** @description Not found (or another merchant's): `not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ReceiptsProblem404"];
                };
            };
            /** @description Conflict with the receipt's or device's state: `idempotency-in-flight`, `receipt-not-open`, `confirmation-not-needed` */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ReceiptsProblem409"];
                };
            };
        };
    };
    addPayment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 1-255 visible ASCII characters, new for every logical request and reused for its retries. The first answer is kept for 24 hours and replayed to a retry with the same key and request; refusals the till is told to fix and retry, and server errors, are not kept. See docs/api-guide.md#idempotency.
                 * @example till-7-sale-000123-finalize
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "method": "cash",
                 *       "amount": 2000
                 *     }
                 */
                "application/json": components["schemas"]["PaymentInput"];
            };
        };
        responses: {
            /** @description The payment and the receipt */
            201: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentCreated"];
                };
            };
            /** @description Malformed request: `malformed-request`, `idempotency-key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ReceiptsProblem400"];
                };
            };
            /** @description Missing or invalid token: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ReceiptsProblem401"];
                };
            };
            /** @description Not found (or another merchant's): `not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ReceiptsProblem404"];
                };
            };
            /** @description Conflict with the receipt's or device's state: `idempotency-in-flight`, `receipt-not-open`, `confirmation-not-needed` */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ReceiptsProblem409"];
                };
            };
            /** @description Body too large: `payload-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ReceiptsProblem413"];
                };
            };
            /** @description Body is not JSON: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ReceiptsProblem415"];
                };
            };
            /** @description Invalid field: `validation`, `idempotency-mismatch`, `too-many-lines` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ReceiptsProblem422"];
                };
            };
        };
    };
    confirmPayment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 1-255 visible ASCII characters, new for every logical request and reused for its retries. The first answer is kept for 24 hours and replayed to a retry with the same key and request; refusals the till is told to fix and retry, and server errors, are not kept. See docs/api-guide.md#idempotency.
                 * @example till-7-sale-000123-finalize
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
                payment_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The receipt */
            200: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Receipt"];
                };
            };
            /** @description Missing or invalid token: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ReceiptsProblem401"];
                };
            };
            /** @description Not found (or another merchant's): `not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ReceiptsProblem404"];
                };
            };
            /** @description Conflict with the receipt's or device's state: `idempotency-in-flight`, `receipt-not-open`, `confirmation-not-needed` */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ReceiptsProblem409"];
                };
            };
        };
    };
    getDisplayQr: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description SVG image */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/svg+xml": string;
                };
            };
            /** @description Missing or invalid token: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ReceiptsProblem401"];
                };
            };
            /** @description Not found (or another merchant's): `not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ReceiptsProblem404"];
                };
            };
        };
    };
    createReturn: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 1-255 visible ASCII characters, new for every logical request and reused for its retries. The first answer is kept for 24 hours and replayed to a retry with the same key and request; refusals the till is told to fix and retry, and server errors, are not kept. See docs/api-guide.md#idempotency.
                 * @example till-7-sale-000123-finalize
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "lines": [
                 *         {
                 *           "line_id": "ln_q3Vx1YbR0cTfK9mN",
                 *           "quantity": "1"
                 *         }
                 *       ],
                 *       "payments": [
                 *         {
                 *           "method": "cash",
                 *           "amount": 450
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ReturnRequest"];
            };
        };
        responses: {
            /** @description The return document */
            201: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturnCreated"];
                };
            };
            /** @description Malformed request: `malformed-request`, `idempotency-key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["FiscalizationProblem400"];
                };
            };
            /** @description Missing or invalid token: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["FiscalizationProblem401"];
                };
            };
            /** @description Not found (or another merchant's): `not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["FiscalizationProblem404"];
                };
            };
            /** @description Conflict with the receipt's or device's state: `idempotency-in-flight`, `receipt-not-open`, `receipt-not-issued`, `receipt-empty`, `receipt-changed`, `payment-incomplete`, `card-payment-unconfirmed`, `nothing-to-return`, `device-paper-out`, `device-clock-skew`, `device-no-open-shift`, `device-shift-expired`, `device-offline-limit` */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["FiscalizationProblem409"];
                };
            };
            /** @description Body too large: `payload-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["FiscalizationProblem413"];
                };
            };
            /** @description Body is not JSON: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["FiscalizationProblem415"];
                };
            };
            /** @description Invalid field: `validation`, `idempotency-mismatch`, `channel-unavailable`, `contact-required`, `ebin-forbidden`, `device-invalid-request`, `device-return-exceeds-sale` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["FiscalizationProblem422"];
                };
            };
            /** @description The fiscal device did not answer; retry with the same Idempotency-Key: `device-reply-lost`, `device-power-loss` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["FiscalizationProblem503"];
                };
            };
        };
    };
    verifyReceipt: {
        parameters: {
            query?: {
                /** @description `json` answers JSON, as `Accept: application/json` does */
                format?: string;
                /** @description A PL e-receipt as a compact JWS; at most 4 KB */
                jws?: string;
                /** @description The fiscal QR text (EREC1*... or t=...&fn=...), URL-encoded; at most 4 KB */
                qr?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The verdict (valid true or false), as JSON when asked for, an HTML page otherwise; without qr or jws, a form */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Verification"];
                    "text/html": string;
                };
            };
            /** @description Malformed request: `malformed-request`, `missing-parameter`, `ambiguous-parameters`, `parameter-too-long` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["VerifyProblem400"];
                };
            };
        };
    };
}
