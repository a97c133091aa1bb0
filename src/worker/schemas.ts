/** Request and response shapes of the API, as zod schemas that also generate /openapi.json. */
import { z } from "@hono/zod-openapi";
import { CHANNELS } from "../core/delivery";
import { MAX_LINES, MAX_UNIT_PRICE } from "../core/money";
import { PAYMENT_METHODS } from "../core/receipt";

const MAX_AMOUNT = 1_000_000_000;
const minor = (max: number) => z.number().int().min(0).max(max);

export const LineSchema = z
  .object({
    name: z.string().trim().min(1).max(120).openapi({ example: "Żółć łąka" }),
    quantity: z.string().max(12).openapi({ example: "0.375", description: "Decimal string, up to 3 decimals" }),
    unit_price: minor(MAX_UNIT_PRICE).openapi({ example: 1999, description: "Gross unit price in minor units" }),
    vat_rate: z.string().max(10).openapi({ example: "23" }),
    discount: minor(MAX_UNIT_PRICE).optional(),
  })
  .strict()
  .openapi("Line");

export const CustomerSchema = z
  .object({
    loyalty_id: z.string().max(64).optional(),
    phone: z.string().regex(/^\+?[0-9 ]{6,20}$/).optional(),
    email: z.email().max(254).optional(),
    paper: z.boolean().optional().openapi({ description: "The customer asked for a paper receipt" }),
  })
  .strict()
  .openapi("Customer");

export const CustomerViewSchema = z
  .object({
    ref: z.string().openapi({ description: "The customer's reference for /v1/customers/{ref}" }),
    known: z.boolean().optional().openapi({ description: "Met before (false: new, created with this receipt)" }),
    paper_refused: z.boolean().optional(),
    remembered_channel: z.enum(CHANNELS).nullable().optional(),
    default_email: z.string().nullable().optional().openapi({ description: "Masked" }),
    contact: z.object({ phone: z.string().nullable(), email: z.string().nullable() }).optional().openapi({ description: "Masked: `+48 *** *** 123`, `j***@example.com`" }),
    loyalty_card: z.boolean().optional(),
  })
  .openapi("CustomerView");

export const CreateReceiptSchema = z
  .object({ lines: z.array(LineSchema).max(MAX_LINES).optional(), customer: CustomerSchema.optional() })
  .strict()
  .openapi("CreateReceipt");

export const PaymentSchema = z
  .object({
    method: z.enum(PAYMENT_METHODS),
    amount: z.number().int().min(1).max(MAX_AMOUNT),
    terminal_confirmed: z.boolean().optional(),
  })
  .strict()
  .openapi("PaymentInput");

export const FinalizeSchema = z
  .object({
    delivery: z.enum([...CHANNELS, "auto"]),
    contact: z.object({ phone: CustomerSchema.shape.phone, email: CustomerSchema.shape.email }).strict().optional(),
    customer: CustomerSchema.optional(),
    remember: z.boolean().optional().openapi({ description: "Remember this channel for the identified customer; their next `auto` finalize uses it" }),
    cashier: z.string().trim().min(1).max(64).optional().openapi({ description: "The cashier's name printed on the receipt; the device's registered cashier when absent" }),
    buyer_tax_id: z.string().max(20).optional().openapi({ description: "PL: the buyer's NIP for a \"paragon z NIP\"; checked (checksum) by the fiscal device" }),
    messages: z
      .array(z.string().trim().min(1).max(200))
      .max(5)
      .optional()
      .openapi({
        description:
          "Messages to the receipt (a loyalty offer's text, a coupon code), printed under a paper receipt. An electronic receipt carries none: a customer who refused paper does not get them, and the receipt's events say so (`receipt_messages_not_printed`).",
      }),
  })
  .strict()
  .openapi("Finalize");
export type FinalizeRequest = z.infer<typeof FinalizeSchema>;

export const TokenRequestSchema = z.object({ api_key: z.string().min(1).max(200) }).strict().openapi("TokenRequest");
export const TokenSchema = z.object({ token: z.string(), expires_in: z.number() }).openapi("Token");

export const ReceiptIdParams = z.object({ id: z.string().min(1).max(64) });

/** `?columns=` of anything the till prints (receipts, returns, copies, slips, reports). */
export const ColumnsQuery = z.object({
  columns: z.enum(["32", "42", "48"]).optional().openapi({ description: "Printer width in characters for `print.text` (default 48)" }),
});
export const columnsOf = (query: { columns?: "32" | "42" | "48" | undefined }) => Number(query.columns ?? 48) as 32 | 42 | 48;
export const LineParams = ReceiptIdParams.extend({ line_id: z.string().min(1).max(64) });
export const PaymentParams = ReceiptIdParams.extend({ payment_id: z.string().min(1).max(64) });

const Vat = z.object({ rate: z.string(), label: z.string(), net: z.number(), vat: z.number(), gross: z.number() });
const LineOut = z.object({
  id: z.string(),
  name: z.string(),
  quantity: z.string(),
  unit_price: z.number(),
  discount: z.number(),
  vat_rate: z.string(),
  amount: z.number(),
  voided: z.boolean(),
});
const PaymentOut = z.object({
  id: z.string(),
  method: z.enum(PAYMENT_METHODS),
  amount: z.number(),
  confirmed: z.boolean(),
  authorization_code: z.string().optional().openapi({ description: "The standalone card terminal's authorisation code" }),
});

export const ReceiptSchema = z
  .object({
    id: z.string(),
    status: z.enum(["open", "issued", "cancelled"]),
    country: z.string(),
    currency: z.string(),
    lines: z.array(LineOut),
    total: z.number(),
    vat: z.array(Vat),
    payments: z.array(PaymentOut),
    paid: z.number(),
    change: z.number(),
    due: z.number(),
    customer_url: z.string(),
    qr_svg_url: z.string(),
    qr_scanned_at: z.string().nullable(),
    qr_offered_until: z.string().nullable().openapi({ description: "The display QR is offered until then (from the first line)" }),
    qr_choice: z
      .object({
        offered: z.enum(CHANNELS),
        to: z.string().nullable().openapi({ description: "Where the offered channel sends, masked (e.g. `j***@example.com`)" }),
        options: z.array(z.enum(["ok", "change"])),
        until: z.string(),
        answer: z.string().openapi({ description: "Where the till answers: POST {\"answer\":\"ok\"|\"change\"}" }),
      })
      .nullable()
      .openapi({
        description:
          "The till shows \"QR receipt: OK / Change\" (the customer scanned the display QR) or \"E-mail to j***@example.com: OK / Change\" (the customer's remembered channel). Answer at `answer`; without an answer it is issued on the offered channel at `until`.",
      }),
    customer: CustomerViewSchema.nullable().openapi({ description: "The identified customer, as far as the till may see them; on issued receipts only `ref`" }),
    copies: z.number(),
    created_at: z.string(),
    issued_at: z.string().nullable(),
    fiscal: z
      .object({
        device_id: z.string(),
        serial: z.string(),
        number: z.number(),
        number_text: z.string(),
        signature: z.string(),
        hash: z.string(),
        prev_hash: z.string(),
        key_id: z.string(),
        qr_payload: z.string(),
        printed: z.boolean(),
        jws: z.string().nullable().openapi({ description: "PL: the e-receipt as a JWS signed by the device" }),
        operator_ack: z
          .object({ ack_id: z.string(), acked_at: z.string() })
          .nullable()
          .openapi({ description: "The (simulated) fiscal data operator's acknowledgement; null while the document waits to be transmitted" }),
      })
      .nullable(),
    delivery: z
      .object({
        channel: z.string(),
        status: z.string(),
        attempts: z.number(),
        reason: z.string(),
        messages: z.array(z.string()).optional().openapi({ description: "Messages printed under the paper receipt" }),
      })
      .nullable(),
    pdf_url: z.string().nullable(),
    print: z.object({ text: z.string(), escpos_base64: z.string(), columns: z.number() }).optional(),
    events: z.array(z.object({ type: z.string(), at: z.string(), data: z.record(z.string(), z.unknown()) })).optional(),
    returns: z
      .object({
        items: z.array(z.object({ number: z.number(), number_text: z.string(), issued_at: z.string(), total: z.number(), channel: z.string(), customer_url: z.string() })),
        amount_left: z.number().openapi({ description: "What may still be refunded, in minor units" }),
        left: z.array(z.object({ line_id: z.string(), name: z.string(), left: z.string(), amount_left: z.number() })),
      })
      .optional()
      .openapi({ description: "On `GET` of an issued receipt: its returns and what is left to return (details and print text at `/returns`)" }),
  })
  .openapi("Receipt");

export const LineCreatedSchema = z.object({ line: LineOut, receipt: ReceiptSchema }).openapi("LineCreated");
export const PaymentCreatedSchema = PaymentOut.extend({ receipt: ReceiptSchema }).openapi("PaymentCreated");

export const ProblemSchema = z
  .object({
    type: z.string(),
    code: z.string().openapi({ description: "Short stable code, the last segment of `type`" }),
    title: z.string(),
    status: z.number(),
    detail: z.string(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .openapi("Problem");

export const CopySchema = z
  .object({
    channel: z.enum(["print", "sms", "email"]).openapi({ description: "A copy never goes to the digital waste bin" }),
    contact: FinalizeSchema.shape.contact,
  })
  .strict()
  .openapi("CopyRequest");

export const CopyCreatedSchema = z
  .object({
    copy: z.object({ number: z.number(), channel: z.string(), original: z.string() }),
    print: z.object({ text: z.string(), escpos_base64: z.string(), columns: z.number() }).optional(),
    receipt: ReceiptSchema,
  })
  .openapi("CopyCreated");

export const ReturnSchema = z
  .object({
    lines: z
      .array(z.object({ line_id: z.string().min(1).max(64), quantity: z.string().max(12).openapi({ example: "1" }) }).strict())
      .min(1)
      .max(MAX_LINES)
      .optional()
      .openapi({ description: "Lines and quantities to return; absent = everything not yet returned" }),
    payments: z
      .array(z.object({ method: z.enum(PAYMENT_METHODS), amount: z.number().int().min(1).max(MAX_AMOUNT) }).strict())
      .min(1)
      .max(10)
      .optional()
      .openapi({ description: "How the refund is paid out; absent = all by the sale's first payment method" }),
    delivery: z
      .enum(["print", "sms", "email", "qr"])
      .optional()
      .openapi({
        description:
          "How the customer gets the return document: `qr` prints and sends nothing (show `customer_url` as a QR code); absent = the way the receipt went (SMS or e-mail, to the same address), otherwise paper",
      }),
    contact: FinalizeSchema.shape.contact.openapi({ description: "Where an SMS or e-mail return goes; absent = the customer on file, or where the receipt was sent" }),
  })
  .strict()
  .openapi("ReturnRequest");

const FiscalDocumentOut = z
  .object({
    device_id: z.string(),
    serial: z.string(),
    number: z.number(),
    number_text: z.string(),
    kind: z.enum(["sale", "return", "correction", "z_report", "shift_open", "registration"]),
    receipt_id: z.string().nullable(),
    issued_at: z.string(),
    printed: z.boolean(),
    hash: z.string(),
    prev_hash: z.string(),
    signature: z.string(),
    key_id: z.string(),
    qr_payload: z.string(),
    jws: z.string().nullable(),
    payload: z.record(z.string(), z.unknown()),
  })
  .openapi("FiscalDocument");

export const ReturnCreatedSchema = z
  .object({
    receipt_id: z.string(),
    total: z.number(),
    currency: z.string(),
    document: FiscalDocumentOut,
    customer_url: z.string().openapi({ description: "The return as the customer's PDF: hand it over as a link, QR or message, like the receipt" }),
    delivery: z
      .object({ channel: z.enum(["print", "sms", "email", "qr"]), message_id: z.string().optional().openapi({ description: "The queued message; follow it in `GET /v1/deliveries`" }) })
      .openapi({ description: "How the return reaches the customer" }),
    print: z
      .object({ text: z.string(), escpos_base64: z.string(), columns: z.number() })
      .optional()
      .openapi({ description: "The return document for the printer, when it is handed over on paper" }),
  })
  .openapi("ReturnCreated");

export const SlipSchema = z
  .object({
    kind: z.enum(["provisional", "training"]).openapi({
      description: "`provisional`: a pro forma bill of the open sale (NO foreløpig kvittering, SE proformakvitto); `training`: the sale made in training mode",
    }),
  })
  .strict()
  .openapi("SlipRequest");

export const SlipCreatedSchema = z
  .object({
    slip: z.object({
      kind: z.enum(["provisional", "training"]),
      count: z.number().openapi({ description: "This kind's count in the device's shift, this one included (the Z report shows the total)" }),
      shift: z.number(),
      amount: z.number().openapi({ description: "The sale's total when printed, in minor units" }),
      printed_at: z.string(),
    }),
    print: z.object({ text: z.string(), escpos_base64: z.string(), columns: z.number() }),
    receipt: ReceiptSchema,
  })
  .openapi("SlipCreated");

export const ReturnCopyCreatedSchema = z
  .object({
    copy: z.object({ number: z.number(), channel: z.string(), original: z.string() }),
    receipt_id: z.string(),
    return_number: z.number(),
    customer_url: z.string().openapi({ description: "The return's PDF at the customer's link" }),
    print: z.object({ text: z.string(), escpos_base64: z.string(), columns: z.number() }).optional(),
  })
  .openapi("ReturnCopyCreated");

export const DeviceParams = z.object({ id: z.string().min(1).max(64) });

export const FaultSchema = z
  .object({
    fault: z.enum(["operator_offline", "paper_out", "power_loss", "reply_lost", "slow", "clock_skew"]),
    count: z.number().int().min(1).max(1_000_000).optional().openapi({ description: "Operations it hits; absent = until cleared" }),
    ms: z.number().int().min(-31_622_400_000).max(31_622_400_000).optional().openapi({ description: "slow: latency; clock_skew: device clock offset" }),
    seed: z.number().int().min(0).max(4_294_967_295).optional(),
  })
  .strict()
  .openapi("FaultRequest");

const ReportPrint = z.object({ text: z.string(), escpos_base64: z.string(), columns: z.number() });
export const ZReportSchema = z
  .object({ report: z.record(z.string(), z.unknown()), document: FiscalDocumentOut, print: ReportPrint.optional().openapi({ description: "The report as print text and ESC/POS" }) })
  .openapi("ZReport");
export const ShiftParams = DeviceParams.extend({ shift: z.coerce.number().int().min(1).max(1_000_000_000) });
export const DeviceStatusSchema = z.record(z.string(), z.unknown()).openapi("DeviceStatus");
