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
    "/v1/admin/merchants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Merchants, newest first */
        get: operations["adminListMerchants"];
        put?: never;
        /**
         * Create a merchant
         * @description The tax id's check digits are verified for the country; the currency and time zone default to the country's.
         */
        post: operations["adminCreateMerchant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/merchants/{merchant_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A merchant */
        get: operations["adminGetMerchant"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a merchant's name, tax id, address or time zone */
        patch: operations["adminUpdateMerchant"];
        trace?: never;
    };
    "/v1/admin/merchants/{merchant_id}/devices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A merchant's fiscal devices */
        get: operations["adminListDevices"];
        put?: never;
        /**
         * Register a simulated fiscal device
         * @description The body may be left out: the device follows the merchant's country.
         */
        post: operations["adminCreateDevice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/merchants/{merchant_id}/devices/{device_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A fiscal device */
        get: operations["adminGetDevice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/merchants/{merchant_id}/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A merchant's receipt settings */
        get: operations["adminGetSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change receipt settings */
        patch: operations["adminUpdateSettings"];
        trace?: never;
    };
    "/v1/admin/merchants/{merchant_id}/stores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A merchant's stores */
        get: operations["adminListStores"];
        put?: never;
        /** Create a store */
        post: operations["adminCreateStore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/merchants/{merchant_id}/stores/{store_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A store */
        get: operations["adminGetStore"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a store */
        patch: operations["adminUpdateStore"];
        trace?: never;
    };
    "/v1/admin/merchants/{merchant_id}/terminals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A merchant's terminals */
        get: operations["adminListTerminals"];
        put?: never;
        /** Create a terminal (till) in a store, on a device */
        post: operations["adminCreateTerminal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/merchants/{merchant_id}/terminals/{terminal_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A terminal */
        get: operations["adminGetTerminal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename a terminal or move it to another store or device */
        patch: operations["adminUpdateTerminal"];
        trace?: never;
    };
    "/v1/admin/merchants/{merchant_id}/terminals/{terminal_id}/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A terminal's API keys: prefix, mode, last use */
        get: operations["adminListApiKeys"];
        put?: never;
        /**
         * Create an API key (shown once)
         * @description A `test` key's tokens may arm the fiscal device's faults; a `live` key's may not.
         */
        post: operations["adminCreateApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/merchants/{merchant_id}/terminals/{terminal_id}/keys/{key_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key: the next token request with it fails */
        delete: operations["adminRevokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/merchants/{merchant_id}/terminals/{terminal_id}/keys/{key_id}/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A new key of the same mode; the old one keeps working for the overlap
         * @description The body may be left out: the old key then keeps working for one day.
         */
        post: operations["adminRotateApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/merchants/{merchant_id}/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A merchant's webhook endpoints */
        get: operations["adminListWebhookEndpoints"];
        put?: never;
        /** Add a webhook endpoint (its signing secret is shown once) */
        post: operations["adminCreateWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/merchants/{merchant_id}/webhooks/{endpoint_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A webhook endpoint */
        get: operations["adminGetWebhookEndpoint"];
        put?: never;
        post?: never;
        /** Remove an endpoint with its messages and their attempts (switch it off instead to keep them) */
        delete: operations["adminDeleteWebhookEndpoint"];
        options?: never;
        head?: never;
        /** Change an endpoint's URL, events or description, or switch it off */
        patch: operations["adminUpdateWebhookEndpoint"];
        trace?: never;
    };
    "/v1/admin/merchants/{merchant_id}/webhooks/{endpoint_id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Messages sent (or owed) to an endpoint, newest first */
        get: operations["adminListWebhookMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/merchants/{merchant_id}/webhooks/{endpoint_id}/messages/{event_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One message with every attempt to send it */
        get: operations["adminGetWebhookMessage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/merchants/{merchant_id}/webhooks/{endpoint_id}/messages/{event_id}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a message again now (same event id, new signature), with a fresh set of retries */
        post: operations["adminResendWebhookMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/merchants/{merchant_id}/webhooks/{endpoint_id}/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new signing secret; the old one keeps signing beside it for the overlap */
        post: operations["adminRotateWebhookSecret"];
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
    "/v1/customers/{ref}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer: consent and masked contact */
        get: operations["getCustomer"];
        put?: never;
        post?: never;
        /**
         * Erase the customer's personal data
         * @description Removes the customer, their consent record, the identification kept on their receipts and the addresses and texts of messages sent to them. The fiscal record of their receipts stays.
         */
        delete: operations["eraseCustomer"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{ref}/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the customer's consent
         * @description From the loyalty app, the personal account or the call centre: paper refusal, preferred channel, default e-mail. Every change is recorded with who and when. A customer not yet met at a till is created from an identifier reference.
         */
        put: operations["setCustomerPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{ref}/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The customer's receipts, newest first */
        get: operations["listCustomerReceipts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This merchant's SMS and e-mail deliveries, newest first */
        get: operations["listDeliveries"];
        put?: never;
        post?: never;
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
        /** X report: current totals with its print text, changes nothing */
        get: operations["getXReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/devices/{id}/reports/x/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** X report as a PDF */
        get: operations["getXReportPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/devices/{id}/reports/z/{shift}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The Z report that closed a shift, with its print text */
        get: operations["getZReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/devices/{id}/reports/z/{shift}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The Z report as a PDF */
        get: operations["getZReportPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/devices/{id}/saf-t": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Norway: the SAF-T Cash Register file (XML) of a period */
        get: operations["getSafT"];
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
        /** Close the shift: the Z report, signed and chained, with its print text */
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
        /** This merchant's issued and cancelled receipts, newest first */
        get: operations["listReceipts"];
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
    "/v1/receipts/{id}/customer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Identify the customer of an open receipt
         * @description By phone, e-mail or loyalty card. The answer's `customer` says whether they are known, whether they refused paper, their remembered channel and default e-mail, and their contact — masked: the till never gets full contact data back.
         */
        post: operations["identifyCustomer"];
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
        /**
         * Confirm that the standalone card terminal approved the payment
         * @description The cashier confirms the card payment with the amount the terminal shows and its authorisation code; a different amount is refused. The receipt prints the code and that no terminal was called.
         */
        post: operations["confirmPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/receipts/{id}/qr-choice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer "OK / Change"
         * @description After a `202` from finalize (`qr_choice`): `ok` issues the receipt on the offered channel (the QR receipt, or the customer's remembered channel); `change` withdraws the offer, and the till finalizes with the channel the customer wants. Without an answer it is issued on the offered channel at `qr_choice.until`.
         */
        post: operations["answerOffer"];
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
        /** The receipt's returns (each with its print text, delivery and copies) and what is left to return */
        get: operations["listReturns"];
        put?: never;
        /** A return (refund) as its own fiscal document referencing the sale */
        post: operations["createReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/receipts/{id}/returns/{number}/copies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A copy of a return by print, SMS or e-mail, marked with how the return was issued
         * @description Counted by the fiscal device like a receipt's copy; in Sweden and Norway one copy of each return can be made.
         */
        post: operations["createReturnCopy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/receipts/{id}/returns/{number}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A return as the customer's PDF */
        get: operations["getReturnPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/receipts/{id}/slips": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Print the open sale as a provisional (pro forma) or training receipt, which is not a receipt (SE, NO)
         * @description Nothing is fiscalized and the receipt stays open: the device counts the print and its amount for the Z report, and the print is marked at top and bottom as not a receipt for a purchase. In training mode, print the practice sale this way and then cancel it. Offered where the country's profile has them (Sweden, Norway); elsewhere 422.
         */
        post: operations["printSlip"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/terminals/me/display-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A link for this terminal's customer display
         * @description The display page shows the terminal's open receipt live (lines, total, and the QR of `customer_url` until `qr_offered_until`) and goes blank between receipts. A terminal has one display: a new token replaces the previous one. Retried with the same Idempotency-Key, the request answers with the same token. Receipts opened in the first 30 seconds after the first token may not show.
         */
        post: operations["createDisplayToken"];
        /**
         * Revoke this terminal's display link
         * @description The display page goes blank and says that its link is no longer valid. Revoking twice is fine.
         */
        delete: operations["revokeDisplayToken"];
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
        AdminProblem400: components["schemas"]["Problem"] & {
            /**
             * @description Short stable code, the last segment of `type`; see docs/errors.md
             * @enum {string}
             */
            code?: "malformed-request";
            /** @enum {number} */
            status?: 400;
        };
        AdminProblem401: components["schemas"]["Problem"] & {
            /**
             * @description Short stable code, the last segment of `type`; see docs/errors.md
             * @enum {string}
             */
            code?: "admin-unauthorized";
            /** @enum {number} */
            status?: 401;
        };
        AdminProblem404: components["schemas"]["Problem"] & {
            /**
             * @description Short stable code, the last segment of `type`; see docs/errors.md
             * @enum {string}
             */
            code?: "not-found";
            /** @enum {number} */
            status?: 404;
        };
        AdminProblem409: components["schemas"]["Problem"] & {
            /**
             * @description Short stable code, the last segment of `type`; see docs/errors.md
             * @enum {string}
             */
            code?: "key-inactive";
            /** @enum {number} */
            status?: 409;
        };
        AdminProblem413: components["schemas"]["Problem"] & {
            /**
             * @description Short stable code, the last segment of `type`; see docs/errors.md
             * @enum {string}
             */
            code?: "payload-too-large";
            /** @enum {number} */
            status?: 413;
        };
        AdminProblem415: components["schemas"]["Problem"] & {
            /**
             * @description Short stable code, the last segment of `type`; see docs/errors.md
             * @enum {string}
             */
            code?: "unsupported-media-type";
            /** @enum {number} */
            status?: 415;
        };
        AdminProblem422: components["schemas"]["Problem"] & {
            /**
             * @description Short stable code, the last segment of `type`; see docs/errors.md
             * @enum {string}
             */
            code?: "validation";
            /** @enum {number} */
            status?: 422;
        };
        ApiKey: {
            active: boolean;
            created_at: string;
            expires_at: string | null;
            id: string;
            last_used_at: string | null;
            /** @enum {string} */
            mode: "test" | "live";
            /** @description First characters of the key, to tell keys apart */
            prefix: string | null;
            revoked_at: string | null;
            terminal_id: string;
        };
        ApiKeyInput: {
            /** @enum {string} */
            mode: "test" | "live";
        };
        ApiKeyList: {
            items: components["schemas"]["ApiKey"][];
            next_cursor: string | null;
        };
        ApiKeyRotation: {
            /** @description Seconds the old key keeps working (default one day; 0: stops now) */
            overlap_seconds?: number;
        };
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
        AuthProblem429: components["schemas"]["Problem"] & {
            /**
             * @description Short stable code, the last segment of `type`; see docs/errors.md
             * @enum {string}
             */
            code?: "rate-limited";
            /** @enum {number} */
            status?: 429;
        };
        Cancel: {
            /** @description For the till's own records; the service does not store it */
            reason?: string;
        };
        ConfirmPayment: {
            /** @description The amount the card terminal shows; refused when it is not the payment's */
            amount?: number;
            /** @description The card terminal's authorisation code, printed on the receipt */
            authorization_code?: string;
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
        CustomerReceipts: {
            items: {
                channel: string | null;
                currency: string;
                id: string;
                issued_at: string | null;
                pdf_url: string | null;
                /** @description The customer's page; null once the link expired */
                receipt_url: string | null;
                store_id: string;
                total: number | null;
            }[];
            next_cursor: string | null;
        };
        CustomersProblem400: components["schemas"]["Problem"] & {
            /**
             * @description Short stable code, the last segment of `type`; see docs/errors.md
             * @enum {string}
             */
            code?: "malformed-request" | "idempotency-key";
            /** @enum {number} */
            status?: 400;
        };
        CustomersProblem401: components["schemas"]["Problem"] & {
            /**
             * @description Short stable code, the last segment of `type`; see docs/errors.md
             * @enum {string}
             */
            code?: "unauthorized";
            /** @enum {number} */
            status?: 401;
        };
        CustomersProblem404: components["schemas"]["Problem"] & {
            /**
             * @description Short stable code, the last segment of `type`; see docs/errors.md
             * @enum {string}
             */
            code?: "not-found" | "customer-not-found";
            /** @enum {number} */
            status?: 404;
        };
        CustomersProblem413: components["schemas"]["Problem"] & {
            /**
             * @description Short stable code, the last segment of `type`; see docs/errors.md
             * @enum {string}
             */
            code?: "payload-too-large";
            /** @enum {number} */
            status?: 413;
        };
        CustomersProblem415: components["schemas"]["Problem"] & {
            /**
             * @description Short stable code, the last segment of `type`; see docs/errors.md
             * @enum {string}
             */
            code?: "unsupported-media-type";
            /** @enum {number} */
            status?: 415;
        };
        CustomersProblem422: components["schemas"]["Problem"] & {
            /**
             * @description Short stable code, the last segment of `type`; see docs/errors.md
             * @enum {string}
             */
            code?: "validation" | "idempotency-mismatch";
            /** @enum {number} */
            status?: 422;
        };
        /** @description The identified customer, as far as the till may see them; on issued receipts only `ref` */
        CustomerView: {
            /** @description Masked: `+48 *** *** 123`, `j***@example.com` */
            contact?: {
                email: string | null;
                phone: string | null;
            };
            /** @description Masked */
            default_email?: string | null;
            /** @description Met before (false: new, created with this receipt) */
            known?: boolean;
            loyalty_card?: boolean;
            paper_refused?: boolean;
            /** @description The customer's reference for /v1/customers/{ref} */
            ref: string;
            /** @enum {string|null} */
            remembered_channel?: "print" | "sms" | "email" | "ebin" | "qr" | null;
        } | null;
        Delivery: {
            attempts: number;
            /** @enum {string} */
            channel: "sms" | "email";
            /** @description 0 for the receipt (or return) itself, n for its n-th copy */
            copy: number;
            created_at: string;
            id: string;
            last_error: string | null;
            next_attempt_at: string;
            receipt_id: string;
            /** @description Phone or e-mail; erased with the receipt's personal data */
            recipient: string | null;
            /** @description The return's fiscal number when the message delivers a return; null for the sale's receipt */
            return_number: number | null;
            sent_at: string | null;
            /** @enum {string} */
            status: "queued" | "sending" | "sent" | "delivered" | "failed";
        };
        DeliveryPage: {
            items: components["schemas"]["Delivery"][];
            next_cursor: string | null;
        };
        DeviceInput: {
            /**
             * @description The simulated device's country profile; must be the merchant's country (the default)
             * @enum {string}
             */
            profile?: "PL" | "SE" | "NO" | "RU";
        };
        DeviceList: {
            items: components["schemas"]["FiscalDevice"][];
            next_cursor: string | null;
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
        DevicesProblem403: components["schemas"]["Problem"] & {
            /**
             * @description Short stable code, the last segment of `type`; see docs/errors.md
             * @enum {string}
             */
            code?: "test-key-only";
            /** @enum {number} */
            status?: 403;
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
            code?: "idempotency-in-flight" | "saf-t-norway-only" | "device-paper-out" | "device-clock-skew" | "device-no-open-shift" | "device-shift-expired" | "device-offline-limit" | "device-shift-open";
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
        DisplaysProblem400: components["schemas"]["Problem"] & {
            /**
             * @description Short stable code, the last segment of `type`; see docs/errors.md
             * @enum {string}
             */
            code?: "malformed-request" | "idempotency-key";
            /** @enum {number} */
            status?: 400;
        };
        DisplaysProblem401: components["schemas"]["Problem"] & {
            /**
             * @description Short stable code, the last segment of `type`; see docs/errors.md
             * @enum {string}
             */
            code?: "unauthorized";
            /** @enum {number} */
            status?: 401;
        };
        DisplayToken: {
            created_at: string;
            /**
             * @description Open this on the customer display; it needs no other credential.
             * @example https://ereceipt-edge.dev/display/3q2-7wEjXkTzL0c9Ya4uVfR1sNbH6mGdKpW8xQeJtZo
             */
            display_url: string;
            /**
             * @description The display's key (256 random bits). Shown only in this answer: the service keeps its hash.
             * @example 3q2-7wEjXkTzL0c9Ya4uVfR1sNbH6mGdKpW8xQeJtZo
             */
            token: string;
        };
        Erased: {
            /** @enum {boolean} */
            erased: true;
            receipts: number;
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
            /** @description PL: the buyer's NIP for a "paragon z NIP"; checked (checksum) by the fiscal device */
            buyer_tax_id?: string;
            /** @description The cashier's name printed on the receipt; the device's registered cashier when absent */
            cashier?: string;
            contact?: {
                /** Format: email */
                email?: string;
                phone?: string;
            };
            customer?: components["schemas"]["Customer"];
            /** @enum {string} */
            delivery: "print" | "sms" | "email" | "ebin" | "qr" | "auto";
            /** @description Messages to the receipt (a loyalty offer's text, a coupon code), printed under a paper receipt. An electronic receipt carries none: a customer who refused paper does not get them, and the receipt's events say so (`receipt_messages_not_printed`). */
            messages?: string[];
            /** @description Remember this channel for the identified customer; their next `auto` finalize uses it */
            remember?: boolean;
        };
        FiscalDevice: {
            created_at: string;
            id: string;
            key_id: string;
            merchant_id: string;
            profile: string;
            serial: string;
        };
        FiscalDocument: {
            device_id: string;
            hash: string;
            issued_at: string;
            jws: string | null;
            key_id: string;
            /** @enum {string} */
            kind: "sale" | "return" | "correction" | "z_report" | "shift_open" | "registration";
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
            code?: "idempotency-in-flight" | "no-offer" | "receipt-not-open" | "receipt-not-issued" | "receipt-empty" | "receipt-changed" | "payment-incomplete" | "card-payment-unconfirmed" | "nothing-to-return" | "device-paper-out" | "device-clock-skew" | "device-no-open-shift" | "device-shift-expired" | "device-offline-limit";
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
        IdentifyCustomer: {
            /** Format: email */
            email?: string;
            loyalty_id?: string;
            /** @description The customer asked for a paper receipt */
            paper?: boolean;
            phone?: string;
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
        ListsProblem401: components["schemas"]["Problem"] & {
            /**
             * @description Short stable code, the last segment of `type`; see docs/errors.md
             * @enum {string}
             */
            code?: "unauthorized";
            /** @enum {number} */
            status?: 401;
        };
        ListsProblem422: components["schemas"]["Problem"] & {
            /**
             * @description Short stable code, the last segment of `type`; see docs/errors.md
             * @enum {string}
             */
            code?: "validation" | "idempotency-mismatch";
            /** @enum {number} */
            status?: 422;
        };
        Merchant: {
            address: string;
            /** @enum {string} */
            country: "PL" | "SE" | "NO" | "RU";
            created_at: string;
            currency: string;
            id: string;
            legal_name: string;
            tax_id: string;
            time_zone: string;
        };
        MerchantInput: {
            address: string;
            /** @enum {string} */
            country: "PL" | "SE" | "NO" | "RU";
            /** @description Defaults to the country's currency; no other is accepted */
            currency?: string;
            /** @example Sklep Pod Lipami Sp. z o.o. */
            legal_name: string;
            /**
             * @description NIP (PL), organisationsnummer (SE), organisasjonsnummer (NO), ИНН (RU)
             * @example 526-104-08-28
             */
            tax_id: string;
            /**
             * @description IANA zone; defaults to the country's
             * @example Europe/Warsaw
             */
            time_zone?: string;
        };
        MerchantPage: {
            items: components["schemas"]["Merchant"][];
            next_cursor: string | null;
        };
        MerchantPatch: {
            address?: string;
            /** @example Sklep Pod Lipami Sp. z o.o. */
            legal_name?: string;
            /**
             * @description NIP (PL), organisationsnummer (SE), organisasjonsnummer (NO), ИНН (RU)
             * @example 526-104-08-28
             */
            tax_id?: string;
            /**
             * @description IANA zone; defaults to the country's
             * @example Europe/Warsaw
             */
            time_zone?: string;
        };
        MerchantSettings: {
            /** @description Show the QR on the customer display while the sale is open */
            display_qr: boolean;
            /** @description Offer SMS, e-mail and QR receipts; off prints every receipt */
            e_receipts: boolean;
            /**
             * Format: email
             * @description Sender address of receipt e-mails; null: the service's
             */
            email_from: string | null;
            /**
             * @description E-mail carries the PDF or a link to it
             * @enum {string}
             */
            email_mode: "pdf" | "link";
            /** @description Display name of receipt e-mails; null: the legal name */
            email_sender_name: string | null;
            /** @description With the fiscal data operator as sender: print the receipt when the device cannot reach the operator (true), or let the e-receipt wait for the connection (false) */
            operator_offline_paper: boolean;
            /**
             * @description Who sends e-receipts: this service or the fiscal data operator
             * @enum {string}
             */
            receipt_sender: "service" | "operator";
            /** @description Days links and personal data are kept; null: the service default */
            retention_days: number | null;
            /** @description Alphanumeric SMS sender id, up to 11 characters */
            sms_sender: string | null;
        };
        MerchantSettingsPatch: {
            /** @description Show the QR on the customer display while the sale is open */
            display_qr?: boolean;
            /** @description Offer SMS, e-mail and QR receipts; off prints every receipt */
            e_receipts?: boolean;
            /**
             * Format: email
             * @description Sender address of receipt e-mails; null: the service's
             */
            email_from?: string | null;
            /**
             * @description E-mail carries the PDF or a link to it
             * @enum {string}
             */
            email_mode?: "pdf" | "link";
            /** @description Display name of receipt e-mails; null: the legal name */
            email_sender_name?: string | null;
            /** @description With the fiscal data operator as sender: print the receipt when the device cannot reach the operator (true), or let the e-receipt wait for the connection (false) */
            operator_offline_paper?: boolean;
            /**
             * @description Who sends e-receipts: this service or the fiscal data operator
             * @enum {string}
             */
            receipt_sender?: "service" | "operator";
            /** @description Days links and personal data are kept; null: the service default */
            retention_days?: number | null;
            /** @description Alphanumeric SMS sender id, up to 11 characters */
            sms_sender?: string | null;
        };
        NewApiKey: components["schemas"]["ApiKey"] & {
            /** @description The key itself: shown this once, never again */
            key: string;
        };
        OfferAnswer: {
            /**
             * @description `ok`: issue it on the offered channel; `change`: withdraw the offer and finalize with another channel
             * @enum {string}
             */
            answer: "ok" | "change";
        };
        PaymentCreated: {
            amount: number;
            /** @description The standalone card terminal's authorisation code */
            authorization_code?: string;
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
        Preferences: {
            /**
             * Format: email
             * @description Where e-mail receipts go when the till gives no address
             */
            default_email?: string | null;
            /** @description No paper receipts: `auto` never prints unless the customer asks at the till */
            paper_refused?: boolean;
            /**
             * @description Offered to the till first ("E-mail to j***@example.com: OK / Change")
             * @enum {string|null}
             */
            preferred_channel?: "print" | "sms" | "email" | "ebin" | "qr" | null;
            /**
             * @description Where the customer gave this consent; kept with the change
             * @enum {string}
             */
            source: "app" | "account" | "call_centre" | "till";
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
            customer: components["schemas"]["CustomerView"];
            customer_url: string;
            delivery: {
                attempts: number;
                channel: string;
                /** @description Messages printed under the paper receipt */
                messages?: string[];
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
                /** @description The standalone card terminal's authorisation code */
                authorization_code?: string;
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
            /** @description The till shows "QR receipt: OK / Change" (the customer scanned the display QR) or "E-mail to j***@example.com: OK / Change" (the customer's remembered channel). Answer at `answer`; without an answer it is issued on the offered channel at `until`. */
            qr_choice: {
                /** @description Where the till answers: POST {"answer":"ok"|"change"} */
                answer: string;
                /** @enum {string} */
                offered: "print" | "sms" | "email" | "ebin" | "qr";
                options: ("ok" | "change")[];
                /** @description Where the offered channel sends, masked (e.g. `j***@example.com`) */
                to: string | null;
                until: string;
            } | null;
            /** @description The display QR is offered until then (from the first line) */
            qr_offered_until: string | null;
            qr_scanned_at: string | null;
            qr_svg_url: string;
            /** @description On `GET` of an issued receipt: its returns and what is left to return (details and print text at `/returns`) */
            returns?: {
                /** @description What may still be refunded, in minor units */
                amount_left: number;
                items: {
                    channel: string;
                    customer_url: string;
                    issued_at: string;
                    number: number;
                    number_text: string;
                    total: number;
                }[];
                left: {
                    amount_left: number;
                    left: string;
                    line_id: string;
                    name: string;
                }[];
            };
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
        ReceiptPage: {
            items: components["schemas"]["ReceiptSummary"][];
            next_cursor: string | null;
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
            code?: "validation" | "idempotency-mismatch" | "card-amount-mismatch" | "too-many-lines";
            /** @enum {number} */
            status?: 422;
        };
        ReceiptsProblem429: components["schemas"]["Problem"] & {
            /**
             * @description Short stable code, the last segment of `type`; see docs/errors.md
             * @enum {string}
             */
            code?: "rate-limited";
            /** @enum {number} */
            status?: 429;
        };
        ReceiptSummary: {
            cancelled_at: string | null;
            created_at: string;
            currency: string;
            delivery: {
                attempts: number;
                channel: string;
                status: string;
            } | null;
            id: string;
            issued_at: string | null;
            /** @enum {string} */
            status: "issued" | "cancelled";
            store_id: string;
            terminal_id: string;
            total: number | null;
        };
        ReturnCopyCreated: {
            copy: {
                channel: string;
                number: number;
                original: string;
            };
            /** @description The return's PDF at the customer's link */
            customer_url: string;
            print?: {
                columns: number;
                escpos_base64: string;
                text: string;
            };
            receipt_id: string;
            return_number: number;
        };
        ReturnCreated: {
            currency: string;
            /** @description The return as the customer's PDF: hand it over as a link, QR or message, like the receipt */
            customer_url: string;
            /** @description How the return reaches the customer */
            delivery: {
                /** @enum {string} */
                channel: "print" | "sms" | "email" | "qr";
                /** @description The queued message; follow it in `GET /v1/deliveries` */
                message_id?: string;
            };
            document: components["schemas"]["FiscalDocument"];
            /** @description The return document for the printer, when it is handed over on paper */
            print?: {
                columns: number;
                escpos_base64: string;
                text: string;
            };
            receipt_id: string;
            total: number;
        };
        ReturnRequest: {
            /** @description Where an SMS or e-mail return goes; absent = the customer on file, or where the receipt was sent */
            contact?: {
                /** Format: email */
                email?: string;
                phone?: string;
            };
            /**
             * @description How the customer gets the return document: `qr` prints and sends nothing (show `customer_url` as a QR code); absent = the way the receipt went (SMS or e-mail, to the same address), otherwise paper
             * @enum {string}
             */
            delivery?: "print" | "sms" | "email" | "qr";
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
        RotatedApiKey: {
            key: components["schemas"]["NewApiKey"];
            previous: components["schemas"]["ApiKey"];
        };
        SlipCreated: {
            print: {
                columns: number;
                escpos_base64: string;
                text: string;
            };
            receipt: components["schemas"]["Receipt"];
            slip: {
                /** @description The sale's total when printed, in minor units */
                amount: number;
                /** @description This kind's count in the device's shift, this one included (the Z report shows the total) */
                count: number;
                /** @enum {string} */
                kind: "provisional" | "training";
                printed_at: string;
                shift: number;
            };
        };
        SlipRequest: {
            /**
             * @description `provisional`: a pro forma bill of the open sale (NO foreløpig kvittering, SE proformakvitto); `training`: the sale made in training mode
             * @enum {string}
             */
            kind: "provisional" | "training";
        };
        Store: {
            address: string;
            id: string;
            merchant_id: string;
            name: string;
        };
        StoreInput: {
            address: string;
            name: string;
        };
        StoreList: {
            items: components["schemas"]["Store"][];
            next_cursor: string | null;
        };
        StorePatch: {
            address?: string;
            name?: string;
        };
        Terminal: {
            device_id: string;
            id: string;
            merchant_id: string;
            name: string;
            store_id: string;
        };
        TerminalInput: {
            device_id: string;
            name: string;
            store_id: string;
        };
        TerminalList: {
            items: components["schemas"]["Terminal"][];
            next_cursor: string | null;
        };
        TerminalPatch: {
            device_id?: string;
            name?: string;
            store_id?: string;
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
        WebhookAttempt: {
            at: string;
            attempt: number;
            duration_ms: number;
            error: string | null;
            /** @description The first 500 characters of the endpoint's answer */
            response: string | null;
            /** @description The endpoint's HTTP status; null when it could not be reached */
            status_code: number | null;
        };
        WebhookEndpoint: {
            created_at: string;
            description: string | null;
            enabled: boolean;
            events: string[];
            id: string;
            merchant_id: string;
            /** @description Until then the previous secret signs too (after a rotation) */
            previous_secret_until: string | null;
            updated_at: string;
            url: string;
        };
        WebhookEndpointDeleted: {
            /** @enum {boolean} */
            deleted: true;
            messages: number;
        };
        WebhookEndpointInput: {
            description?: string;
            /** @description The events this endpoint receives */
            events: ("receipt.issued" | "receipt.cancelled" | "receipt.returned" | "delivery.sent" | "delivery.failed" | "customer.consent_changed")[];
            /**
             * @description https (plain http only to localhost)
             * @example https://shop.example/hooks/receipts
             */
            url: string;
        };
        WebhookEndpointList: {
            items: components["schemas"]["WebhookEndpoint"][];
            next_cursor: string | null;
        };
        WebhookEndpointPatch: {
            description?: string | null;
            /** @description false: no new messages, and queued ones fail instead of being sent */
            enabled?: boolean;
            /** @description The events this endpoint receives */
            events?: ("receipt.issued" | "receipt.cancelled" | "receipt.returned" | "delivery.sent" | "delivery.failed" | "customer.consent_changed")[];
            /**
             * @description https (plain http only to localhost)
             * @example https://shop.example/hooks/receipts
             */
            url?: string;
        };
        WebhookEndpointWithSecret: components["schemas"]["WebhookEndpoint"] & {
            /**
             * @description The signing secret: shown when the endpoint is made or its secret rotated, never again
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret: string;
        };
        WebhookMessage: {
            attempts: number;
            created_at: string;
            endpoint_id: string;
            /** @description The `webhook-id` header: the same on every retry and resend */
            event_id: string;
            last_error: string | null;
            next_attempt_at: string | null;
            /** @description The body as sent: `type`, `timestamp`, `data` */
            payload: {
                [key: string]: unknown;
            };
            receipt_id: string | null;
            sent_at: string | null;
            /** @enum {string} */
            status: "queued" | "sending" | "sent" | "failed";
            type: string;
        };
        WebhookMessageDetail: components["schemas"]["WebhookMessage"] & {
            attempts_made: components["schemas"]["WebhookAttempt"][];
        };
        WebhookMessagePage: {
            items: components["schemas"]["WebhookMessage"][];
            next_cursor: string | null;
        };
        WebhookSecretRotation: {
            /** @description Seconds the old secret keeps signing beside the new one (default one day; 0: stops now) */
            overlap_seconds?: number;
        };
        ZReport: {
            document: components["schemas"]["FiscalDocument"];
            /** @description The report as print text and ESC/POS */
            print?: {
                columns: number;
                escpos_base64: string;
                text: string;
            };
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
    adminListMerchants: {
        parameters: {
            query?: {
                /** @description `next_cursor` of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of merchants */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MerchantPage"];
                };
            };
            /** @description Missing or invalid token: `admin-unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem401"];
                };
            };
            /** @description Invalid field: `validation` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem422"];
                };
            };
        };
    };
    adminCreateMerchant: {
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
                 *       "legal_name": "Sklep Pod Lipami Sp. z o.o.",
                 *       "tax_id": "526-104-08-28",
                 *       "address": "ul. Lipowa 1, 00-001 Warszawa",
                 *       "time_zone": "Europe/Warsaw",
                 *       "country": "PL"
                 *     }
                 */
                "application/json": components["schemas"]["MerchantInput"];
            };
        };
        responses: {
            /** @description The merchant */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Merchant"];
                };
            };
            /** @description Malformed request: `malformed-request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem400"];
                };
            };
            /** @description Missing or invalid token: `admin-unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem401"];
                };
            };
            /** @description Body too large: `payload-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem413"];
                };
            };
            /** @description Body is not JSON: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem415"];
                };
            };
            /** @description Invalid field: `validation` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem422"];
                };
            };
        };
    };
    adminGetMerchant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                merchant_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The merchant */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Merchant"];
                };
            };
            /** @description Missing or invalid token: `admin-unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem401"];
                };
            };
            /** @description Not found (or another merchant's): `not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem404"];
                };
            };
        };
    };
    adminUpdateMerchant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                merchant_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "address": "ul. Lipowa 3, 00-001 Warszawa"
                 *     }
                 */
                "application/json": components["schemas"]["MerchantPatch"];
            };
        };
        responses: {
            /** @description The merchant */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Merchant"];
                };
            };
            /** @description Malformed request: `malformed-request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem400"];
                };
            };
            /** @description Missing or invalid token: `admin-unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem401"];
                };
            };
            /** @description Not found (or another merchant's): `not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem404"];
                };
            };
            /** @description Body too large: `payload-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem413"];
                };
            };
            /** @description Body is not JSON: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem415"];
                };
            };
            /** @description Invalid field: `validation` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem422"];
                };
            };
        };
    };
    adminListDevices: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                merchant_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The devices */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeviceList"];
                };
            };
            /** @description Missing or invalid token: `admin-unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem401"];
                };
            };
            /** @description Not found (or another merchant's): `not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem404"];
                };
            };
        };
    };
    adminCreateDevice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                merchant_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "profile": "PL"
                 *     }
                 */
                "application/json": components["schemas"]["DeviceInput"];
            };
        };
        responses: {
            /** @description The device: serial and signing key id */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FiscalDevice"];
                };
            };
            /** @description Malformed request: `malformed-request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem400"];
                };
            };
            /** @description Missing or invalid token: `admin-unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem401"];
                };
            };
            /** @description Not found (or another merchant's): `not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem404"];
                };
            };
            /** @description Body too large: `payload-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem413"];
                };
            };
            /** @description Body is not JSON: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem415"];
                };
            };
            /** @description Invalid field: `validation` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem422"];
                };
            };
        };
    };
    adminGetDevice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                device_id: string;
                merchant_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The device */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FiscalDevice"];
                };
            };
            /** @description Missing or invalid token: `admin-unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem401"];
                };
            };
            /** @description Not found (or another merchant's): `not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem404"];
                };
            };
        };
    };
    adminGetSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                merchant_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MerchantSettings"];
                };
            };
            /** @description Missing or invalid token: `admin-unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem401"];
                };
            };
            /** @description Not found (or another merchant's): `not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem404"];
                };
            };
        };
    };
    adminUpdateSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                merchant_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email_mode": "link",
                 *       "sms_sender": "PodLipami",
                 *       "retention_days": 365
                 *     }
                 */
                "application/json": components["schemas"]["MerchantSettingsPatch"];
            };
        };
        responses: {
            /** @description The settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MerchantSettings"];
                };
            };
            /** @description Malformed request: `malformed-request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem400"];
                };
            };
            /** @description Missing or invalid token: `admin-unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem401"];
                };
            };
            /** @description Not found (or another merchant's): `not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem404"];
                };
            };
            /** @description Body too large: `payload-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem413"];
                };
            };
            /** @description Body is not JSON: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem415"];
                };
            };
            /** @description Invalid field: `validation` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem422"];
                };
            };
        };
    };
    adminListStores: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                merchant_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stores */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoreList"];
                };
            };
            /** @description Missing or invalid token: `admin-unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem401"];
                };
            };
            /** @description Not found (or another merchant's): `not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem404"];
                };
            };
        };
    };
    adminCreateStore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                merchant_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Pod Lipami Centrum",
                 *       "address": "ul. Lipowa 1, 00-001 Warszawa"
                 *     }
                 */
                "application/json": components["schemas"]["StoreInput"];
            };
        };
        responses: {
            /** @description The store */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Store"];
                };
            };
            /** @description Malformed request: `malformed-request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem400"];
                };
            };
            /** @description Missing or invalid token: `admin-unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem401"];
                };
            };
            /** @description Not found (or another merchant's): `not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem404"];
                };
            };
            /** @description Body too large: `payload-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem413"];
                };
            };
            /** @description Body is not JSON: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem415"];
                };
            };
            /** @description Invalid field: `validation` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem422"];
                };
            };
        };
    };
    adminGetStore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                merchant_id: string;
                store_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The store */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Store"];
                };
            };
            /** @description Missing or invalid token: `admin-unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem401"];
                };
            };
            /** @description Not found (or another merchant's): `not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem404"];
                };
            };
        };
    };
    adminUpdateStore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                merchant_id: string;
                store_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Pod Lipami Dworzec"
                 *     }
                 */
                "application/json": components["schemas"]["StorePatch"];
            };
        };
        responses: {
            /** @description The store */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Store"];
                };
            };
            /** @description Malformed request: `malformed-request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem400"];
                };
            };
            /** @description Missing or invalid token: `admin-unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem401"];
                };
            };
            /** @description Not found (or another merchant's): `not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem404"];
                };
            };
            /** @description Body too large: `payload-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem413"];
                };
            };
            /** @description Body is not JSON: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem415"];
                };
            };
            /** @description Invalid field: `validation` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem422"];
                };
            };
        };
    };
    adminListTerminals: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                merchant_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The terminals */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TerminalList"];
                };
            };
            /** @description Missing or invalid token: `admin-unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem401"];
                };
            };
            /** @description Not found (or another merchant's): `not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem404"];
                };
            };
        };
    };
    adminCreateTerminal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                merchant_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "store_id": "sto_4Hq8ZkT2mWcR7xYb",
                 *       "device_id": "dev_9LpC3vN6sQeJ1aDf",
                 *       "name": "Till 1"
                 *     }
                 */
                "application/json": components["schemas"]["TerminalInput"];
            };
        };
        responses: {
            /** @description The terminal */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Terminal"];
                };
            };
            /** @description Malformed request: `malformed-request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem400"];
                };
            };
            /** @description Missing or invalid token: `admin-unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem401"];
                };
            };
            /** @description Not found (or another merchant's): `not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem404"];
                };
            };
            /** @description Body too large: `payload-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem413"];
                };
            };
            /** @description Body is not JSON: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem415"];
                };
            };
            /** @description Invalid field: `validation` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem422"];
                };
            };
        };
    };
    adminGetTerminal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                merchant_id: string;
                terminal_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The terminal */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Terminal"];
                };
            };
            /** @description Missing or invalid token: `admin-unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem401"];
                };
            };
            /** @description Not found (or another merchant's): `not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem404"];
                };
            };
        };
    };
    adminUpdateTerminal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                merchant_id: string;
                terminal_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Till 2"
                 *     }
                 */
                "application/json": components["schemas"]["TerminalPatch"];
            };
        };
        responses: {
            /** @description The terminal */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Terminal"];
                };
            };
            /** @description Malformed request: `malformed-request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem400"];
                };
            };
            /** @description Missing or invalid token: `admin-unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem401"];
                };
            };
            /** @description Not found (or another merchant's): `not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem404"];
                };
            };
            /** @description Body too large: `payload-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem413"];
                };
            };
            /** @description Body is not JSON: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem415"];
                };
            };
            /** @description Invalid field: `validation` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem422"];
                };
            };
        };
    };
    adminListApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                merchant_id: string;
                terminal_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The keys */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyList"];
                };
            };
            /** @description Missing or invalid token: `admin-unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem401"];
                };
            };
            /** @description Not found (or another merchant's): `not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem404"];
                };
            };
        };
    };
    adminCreateApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                merchant_id: string;
                terminal_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "mode": "live"
                 *     }
                 */
                "application/json": components["schemas"]["ApiKeyInput"];
            };
        };
        responses: {
            /** @description The key, shown this once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewApiKey"];
                };
            };
            /** @description Malformed request: `malformed-request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem400"];
                };
            };
            /** @description Missing or invalid token: `admin-unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem401"];
                };
            };
            /** @description Not found (or another merchant's): `not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem404"];
                };
            };
            /** @description Body too large: `payload-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem413"];
                };
            };
            /** @description Body is not JSON: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem415"];
                };
            };
            /** @description Invalid field: `validation` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem422"];
                };
            };
        };
    };
    adminRevokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key_id: string;
                merchant_id: string;
                terminal_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revoked key */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            /** @description Missing or invalid token: `admin-unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem401"];
                };
            };
            /** @description Not found (or another merchant's): `not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem404"];
                };
            };
            /** @description Conflict with the current state of the receipt, device or key: `key-inactive` */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem409"];
                };
            };
        };
    };
    adminRotateApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key_id: string;
                merchant_id: string;
                terminal_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "overlap_seconds": 3600
                 *     }
                 */
                "application/json": components["schemas"]["ApiKeyRotation"];
            };
        };
        responses: {
            /** @description The new key (shown once) and the old one with its expiry */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RotatedApiKey"];
                };
            };
            /** @description Malformed request: `malformed-request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem400"];
                };
            };
            /** @description Missing or invalid token: `admin-unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem401"];
                };
            };
            /** @description Not found (or another merchant's): `not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem404"];
                };
            };
            /** @description Conflict with the current state of the receipt, device or key: `key-inactive` */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem409"];
                };
            };
            /** @description Body too large: `payload-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem413"];
                };
            };
            /** @description Body is not JSON: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem415"];
                };
            };
            /** @description Invalid field: `validation` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem422"];
                };
            };
        };
    };
    adminListWebhookEndpoints: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                merchant_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoints */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointList"];
                };
            };
            /** @description Missing or invalid token: `admin-unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem401"];
                };
            };
            /** @description Not found (or another merchant's): `not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem404"];
                };
            };
        };
    };
    adminCreateWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                merchant_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://shop.example/hooks/receipts",
                 *       "events": [
                 *         "receipt.issued",
                 *         "delivery.failed"
                 *       ],
                 *       "description": "Back office"
                 *     }
                 */
                "application/json": components["schemas"]["WebhookEndpointInput"];
            };
        };
        responses: {
            /** @description The endpoint and its secret, shown this once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointWithSecret"];
                };
            };
            /** @description Malformed request: `malformed-request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem400"];
                };
            };
            /** @description Missing or invalid token: `admin-unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem401"];
                };
            };
            /** @description Not found (or another merchant's): `not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem404"];
                };
            };
            /** @description Body too large: `payload-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem413"];
                };
            };
            /** @description Body is not JSON: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem415"];
                };
            };
            /** @description Invalid field: `validation` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem422"];
                };
            };
        };
    };
    adminGetWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpoint_id: string;
                merchant_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description Missing or invalid token: `admin-unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem401"];
                };
            };
            /** @description Not found (or another merchant's): `not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem404"];
                };
            };
        };
    };
    adminDeleteWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpoint_id: string;
                merchant_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed, with how many messages went with it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointDeleted"];
                };
            };
            /** @description Missing or invalid token: `admin-unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem401"];
                };
            };
            /** @description Not found (or another merchant's): `not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem404"];
                };
            };
        };
    };
    adminUpdateWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpoint_id: string;
                merchant_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "events": [
                 *         "receipt.issued",
                 *         "receipt.cancelled",
                 *         "receipt.returned"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["WebhookEndpointPatch"];
            };
        };
        responses: {
            /** @description The endpoint */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description Malformed request: `malformed-request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem400"];
                };
            };
            /** @description Missing or invalid token: `admin-unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem401"];
                };
            };
            /** @description Not found (or another merchant's): `not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem404"];
                };
            };
            /** @description Body too large: `payload-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem413"];
                };
            };
            /** @description Body is not JSON: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem415"];
                };
            };
            /** @description Invalid field: `validation` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem422"];
                };
            };
        };
    };
    adminListWebhookMessages: {
        parameters: {
            query?: {
                /** @description `next_cursor` of the previous page */
                cursor?: string;
                limit?: number;
                status?: "queued" | "sending" | "sent" | "failed";
            };
            header?: never;
            path: {
                endpoint_id: string;
                merchant_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of messages */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookMessagePage"];
                };
            };
            /** @description Missing or invalid token: `admin-unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem401"];
                };
            };
            /** @description Not found (or another merchant's): `not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem404"];
                };
            };
            /** @description Invalid field: `validation` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem422"];
                };
            };
        };
    };
    adminGetWebhookMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpoint_id: string;
                event_id: string;
                merchant_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The message and its attempts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookMessageDetail"];
                };
            };
            /** @description Missing or invalid token: `admin-unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem401"];
                };
            };
            /** @description Not found (or another merchant's): `not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem404"];
                };
            };
        };
    };
    adminResendWebhookMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpoint_id: string;
                event_id: string;
                merchant_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The message after this attempt, and all its attempts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookMessageDetail"];
                };
            };
            /** @description Missing or invalid token: `admin-unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem401"];
                };
            };
            /** @description Not found (or another merchant's): `not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem404"];
                };
            };
        };
    };
    adminRotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpoint_id: string;
                merchant_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "overlap_seconds": 3600
                 *     }
                 */
                "application/json": components["schemas"]["WebhookSecretRotation"];
            };
        };
        responses: {
            /** @description The endpoint and its new secret, shown this once */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointWithSecret"];
                };
            };
            /** @description Malformed request: `malformed-request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem400"];
                };
            };
            /** @description Missing or invalid token: `admin-unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem401"];
                };
            };
            /** @description Not found (or another merchant's): `not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem404"];
                };
            };
            /** @description Body too large: `payload-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem413"];
                };
            };
            /** @description Body is not JSON: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem415"];
                };
            };
            /** @description Invalid field: `validation` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminProblem422"];
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
            /** @description Too many requests (see Retry-After): `rate-limited` */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AuthProblem429"];
                };
            };
        };
    };
    getCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description `cus_...`, or `phone:+48600000001`, `email:jan@example.com`, `loyalty:L-000123` */
                ref: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            /** @description Missing or invalid token: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CustomersProblem401"];
                };
            };
            /** @description Not found (or another merchant's): `not-found`, `customer-not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CustomersProblem404"];
                };
            };
        };
    };
    eraseCustomer: {
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
                /** @description `cus_...`, or `phone:+48600000001`, `email:jan@example.com`, `loyalty:L-000123` */
                ref: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erased */
            200: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erased"];
                };
            };
            /** @description Malformed request: `malformed-request`, `idempotency-key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CustomersProblem400"];
                };
            };
            /** @description Missing or invalid token: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CustomersProblem401"];
                };
            };
            /** @description Not found (or another merchant's): `not-found`, `customer-not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CustomersProblem404"];
                };
            };
        };
    };
    setCustomerPreferences: {
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
                /** @description `cus_...`, or `phone:+48600000001`, `email:jan@example.com`, `loyalty:L-000123` */
                ref: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "paper_refused": true,
                 *       "preferred_channel": "email",
                 *       "default_email": "jan@example.com",
                 *       "source": "app"
                 *     }
                 */
                "application/json": components["schemas"]["Preferences"];
            };
        };
        responses: {
            /** @description The customer */
            200: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            /** @description Malformed request: `malformed-request`, `idempotency-key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CustomersProblem400"];
                };
            };
            /** @description Missing or invalid token: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CustomersProblem401"];
                };
            };
            /** @description Not found (or another merchant's): `not-found`, `customer-not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CustomersProblem404"];
                };
            };
            /** @description Body too large: `payload-too-large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CustomersProblem413"];
                };
            };
            /** @description Body is not JSON: `unsupported-media-type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CustomersProblem415"];
                };
            };
            /** @description Invalid field: `validation`, `idempotency-mismatch` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CustomersProblem422"];
                };
            };
        };
    };
    listCustomerReceipts: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                /** @description `cus_...`, or `phone:+48600000001`, `email:jan@example.com`, `loyalty:L-000123` */
                ref: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of receipts with their links */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerReceipts"];
                };
            };
            /** @description Missing or invalid token: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CustomersProblem401"];
                };
            };
            /** @description Not found (or another merchant's): `not-found`, `customer-not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CustomersProblem404"];
                };
            };
            /** @description Invalid field: `validation`, `idempotency-mismatch` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CustomersProblem422"];
                };
            };
        };
    };
    listDeliveries: {
        parameters: {
            query?: {
                channel?: "sms" | "email";
                /** @description `next_cursor` of the previous page */
                cursor?: string;
                from?: string;
                limit?: number;
                receipt_id?: string;
                /** @description `failed`: messages that never arrived; hand these receipts over another way */
                status?: "queued" | "sending" | "sent" | "delivered" | "failed";
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deliveries */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryPage"];
                };
            };
            /** @description Missing or invalid token: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ListsProblem401"];
                };
            };
            /** @description Invalid field: `validation`, `idempotency-mismatch` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ListsProblem422"];
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
            /** @description Not allowed with this credential: `test-key-only` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["DevicesProblem403"];
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
            query?: {
                /** @description Printer width in characters for `print.text` (default 48) */
                columns?: "32" | "42" | "48";
            };
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
    getXReportPdf: {
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
            /** @description The report as a PDF (80 mm roll) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
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
    getZReport: {
        parameters: {
            query?: {
                /** @description Printer width in characters for `print.text` (default 48) */
                columns?: "32" | "42" | "48";
            };
            header?: never;
            path: {
                id: string;
                shift: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Z report and its fiscal document */
            200: {
                headers: {
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
        };
    };
    getZReportPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                shift: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report as a PDF (80 mm roll) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
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
    getSafT: {
        parameters: {
            query: {
                from: string;
                to: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description SAF-T Cash Register v1.00 XML */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": string;
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
            /** @description Conflict with the current state of the receipt, device or key: `idempotency-in-flight`, `saf-t-norway-only`, `device-paper-out`, `device-clock-skew`, `device-no-open-shift`, `device-shift-expired`, `device-offline-limit`, `device-shift-open` */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["DevicesProblem409"];
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
            /** @description Conflict with the current state of the receipt, device or key: `idempotency-in-flight`, `saf-t-norway-only`, `device-paper-out`, `device-clock-skew`, `device-no-open-shift`, `device-shift-expired`, `device-offline-limit`, `device-shift-open` */
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
            /** @description Conflict with the current state of the receipt, device or key: `idempotency-in-flight`, `saf-t-norway-only`, `device-paper-out`, `device-clock-skew`, `device-no-open-shift`, `device-shift-expired`, `device-offline-limit`, `device-shift-open` */
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
    listReceipts: {
        parameters: {
            query?: {
                /** @description `next_cursor` of the previous page */
                cursor?: string;
                /** @description The customer's `cus_...` reference, or their loyalty id, phone or e-mail */
                customer?: string;
                delivery_status?: "printed" | "discarded" | "queued" | "sent" | "opened" | "failed";
                /** @description Issued or cancelled at or after (ISO-8601) */
                from?: string;
                limit?: number;
                status?: "issued" | "cancelled";
                /** @description Issued or cancelled before (ISO-8601) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of receipts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptPage"];
                };
            };
            /** @description Missing or invalid token: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ListsProblem401"];
                };
            };
            /** @description Invalid field: `validation`, `idempotency-mismatch` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ListsProblem422"];
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
            /** @description Invalid field: `validation`, `idempotency-mismatch`, `card-amount-mismatch`, `too-many-lines` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ReceiptsProblem422"];
                };
            };
            /** @description Too many requests (see Retry-After): `rate-limited` */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ReceiptsProblem429"];
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
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "reason": "customer left"
                 *     }
                 */
                "application/json": components["schemas"]["Cancel"];
            };
        };
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
            /** @description Conflict with the current state of the receipt, device or key: `idempotency-in-flight`, `receipt-not-open`, `confirmation-not-needed` */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ReceiptsProblem409"];
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
            /** @description Invalid field: `validation`, `idempotency-mismatch`, `card-amount-mismatch`, `too-many-lines` */
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
            /** @description Conflict with the current state of the receipt, device or key: `idempotency-in-flight`, `no-offer`, `receipt-not-open`, `receipt-not-issued`, `receipt-empty`, `receipt-changed`, `payment-incomplete`, `card-payment-unconfirmed`, `nothing-to-return`, `device-paper-out`, `device-clock-skew`, `device-no-open-shift`, `device-shift-expired`, `device-offline-limit` */
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
    identifyCustomer: {
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
                 *       "loyalty_id": "L-000123"
                 *     }
                 */
                "application/json": components["schemas"]["IdentifyCustomer"];
            };
        };
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
            /** @description Conflict with the current state of the receipt, device or key: `idempotency-in-flight`, `receipt-not-open`, `confirmation-not-needed` */
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
            /** @description Invalid field: `validation`, `idempotency-mismatch`, `card-amount-mismatch`, `too-many-lines` */
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
            /** @description Conflict with the current state of the receipt, device or key: `idempotency-in-flight`, `no-offer`, `receipt-not-open`, `receipt-not-issued`, `receipt-empty`, `receipt-changed`, `payment-incomplete`, `card-payment-unconfirmed`, `nothing-to-return`, `device-paper-out`, `device-clock-skew`, `device-no-open-shift`, `device-shift-expired`, `device-offline-limit` */
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
            /** @description Conflict with the current state of the receipt, device or key: `idempotency-in-flight`, `receipt-not-open`, `confirmation-not-needed` */
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
            /** @description Invalid field: `validation`, `idempotency-mismatch`, `card-amount-mismatch`, `too-many-lines` */
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
            /** @description Conflict with the current state of the receipt, device or key: `idempotency-in-flight`, `receipt-not-open`, `confirmation-not-needed` */
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
            /** @description Conflict with the current state of the receipt, device or key: `idempotency-in-flight`, `receipt-not-open`, `confirmation-not-needed` */
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
            /** @description Invalid field: `validation`, `idempotency-mismatch`, `card-amount-mismatch`, `too-many-lines` */
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
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "amount": 1000,
                 *       "authorization_code": "A1B2C3"
                 *     }
                 */
                "application/json": components["schemas"]["ConfirmPayment"];
            };
        };
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
            /** @description Conflict with the current state of the receipt, device or key: `idempotency-in-flight`, `receipt-not-open`, `confirmation-not-needed` */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ReceiptsProblem409"];
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
            /** @description Invalid field: `validation`, `idempotency-mismatch`, `card-amount-mismatch`, `too-many-lines` */
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
    answerOffer: {
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
                 *       "answer": "ok"
                 *     }
                 */
                "application/json": components["schemas"]["OfferAnswer"];
            };
        };
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
            /** @description Conflict with the current state of the receipt, device or key: `idempotency-in-flight`, `no-offer`, `receipt-not-open`, `receipt-not-issued`, `receipt-empty`, `receipt-changed`, `payment-incomplete`, `card-payment-unconfirmed`, `nothing-to-return`, `device-paper-out`, `device-clock-skew`, `device-no-open-shift`, `device-shift-expired`, `device-offline-limit` */
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
    listReturns: {
        parameters: {
            query?: {
                /** @description Printer width in characters for `print.text` (default 48) */
                columns?: "32" | "42" | "48";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Returns and what is left */
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
            /** @description Conflict with the current state of the receipt, device or key: `idempotency-in-flight`, `no-offer`, `receipt-not-open`, `receipt-not-issued`, `receipt-empty`, `receipt-changed`, `payment-incomplete`, `card-payment-unconfirmed`, `nothing-to-return`, `device-paper-out`, `device-clock-skew`, `device-no-open-shift`, `device-shift-expired`, `device-offline-limit` */
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
    createReturnCopy: {
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
                /** @description The return's fiscal document number */
                number: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "channel": "print"
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
                    "application/json": components["schemas"]["ReturnCopyCreated"];
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
            /** @description Conflict with the current state of the receipt, device or key: `idempotency-in-flight`, `no-offer`, `receipt-not-open`, `receipt-not-issued`, `receipt-empty`, `receipt-changed`, `payment-incomplete`, `card-payment-unconfirmed`, `nothing-to-return`, `device-paper-out`, `device-clock-skew`, `device-no-open-shift`, `device-shift-expired`, `device-offline-limit` */
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
    getReturnPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description The return's fiscal document number */
                number: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The return document (80 mm roll) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
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
    printSlip: {
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
                 *       "kind": "provisional"
                 *     }
                 */
                "application/json": components["schemas"]["SlipRequest"];
            };
        };
        responses: {
            /** @description The print */
            201: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlipCreated"];
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
            /** @description Conflict with the current state of the receipt, device or key: `idempotency-in-flight`, `no-offer`, `receipt-not-open`, `receipt-not-issued`, `receipt-empty`, `receipt-changed`, `payment-incomplete`, `card-payment-unconfirmed`, `nothing-to-return`, `device-paper-out`, `device-clock-skew`, `device-no-open-shift`, `device-shift-expired`, `device-offline-limit` */
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
    createDisplayToken: {
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
        requestBody?: never;
        responses: {
            /** @description The display's link, shown once */
            201: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisplayToken"];
                };
            };
            /** @description Malformed request: `malformed-request`, `idempotency-key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["DisplaysProblem400"];
                };
            };
            /** @description Missing or invalid token: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["DisplaysProblem401"];
                };
            };
        };
    };
    revokeDisplayToken: {
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
        requestBody?: never;
        responses: {
            /** @description Revoked (or there was none) */
            204: {
                headers: {
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: `malformed-request`, `idempotency-key` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["DisplaysProblem400"];
                };
            };
            /** @description Missing or invalid token: `unauthorized` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["DisplaysProblem401"];
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
