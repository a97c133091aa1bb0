CREATE TABLE `operator_acks` (
	`device_id` text NOT NULL,
	`number` integer NOT NULL,
	`ack_id` text NOT NULL,
	`acked_at` text NOT NULL,
	PRIMARY KEY(`device_id`, `number`)
);
--> statement-breakpoint
CREATE TABLE `__new_fiscal_documents` (
	`device_id` text NOT NULL,
	`number` integer NOT NULL,
	`number_text` text NOT NULL,
	`receipt_id` text,
	`kind` text NOT NULL,
	`issued_at` text NOT NULL,
	`printed` integer NOT NULL,
	`payload` text NOT NULL,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL,
	`signature` text NOT NULL,
	`key_id` text NOT NULL,
	`qr_payload` text NOT NULL,
	`jws` text,
	PRIMARY KEY(`device_id`, `number`),
	FOREIGN KEY (`device_id`) REFERENCES `devices`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`receipt_id`) REFERENCES `receipts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_fiscal_documents`("device_id", "number", "number_text", "receipt_id", "kind", "issued_at", "printed", "payload", "prev_hash", "hash", "signature", "key_id", "qr_payload", "jws") SELECT "device_id", "number", "number_text", "receipt_id", "kind", "issued_at", "printed", "payload", "prev_hash", "hash", "signature", "key_id", "qr_payload", NULL FROM `fiscal_documents`;--> statement-breakpoint
DROP TABLE `fiscal_documents`;--> statement-breakpoint
ALTER TABLE `__new_fiscal_documents` RENAME TO `fiscal_documents`;--> statement-breakpoint
CREATE UNIQUE INDEX `fiscal_receipt_sale_idx` ON `fiscal_documents` (`receipt_id`) WHERE "fiscal_documents"."kind" = 'sale';--> statement-breakpoint
CREATE INDEX `fiscal_receipt_idx` ON `fiscal_documents` (`receipt_id`,`kind`);--> statement-breakpoint
ALTER TABLE `devices` ADD `state` text;--> statement-breakpoint
-- The rebuilt table needs its guards again; a Z report belongs to no receipt, a return to an issued sale.
CREATE TRIGGER fiscal_documents_for_issued BEFORE INSERT ON fiscal_documents
WHEN NEW.receipt_id IS NOT NULL AND (SELECT status FROM receipts WHERE id = NEW.receipt_id) IS NOT 'issued'
BEGIN SELECT RAISE(ABORT, 'receipt-not-issued'); END;
--> statement-breakpoint
CREATE TRIGGER fiscal_documents_no_update BEFORE UPDATE ON fiscal_documents
BEGIN SELECT RAISE(ABORT, 'fiscal-documents-are-append-only'); END;
--> statement-breakpoint
CREATE TRIGGER fiscal_documents_no_delete BEFORE DELETE ON fiscal_documents
BEGIN SELECT RAISE(ABORT, 'fiscal-documents-are-append-only'); END;
--> statement-breakpoint
CREATE TRIGGER operator_acks_no_update BEFORE UPDATE ON operator_acks
BEGIN SELECT RAISE(ABORT, 'operator-acks-are-append-only'); END;
