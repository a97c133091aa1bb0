-- A return is delivered like a receipt: its messages name the return's fiscal number (null = the sale).
ALTER TABLE `outbox` ADD `return_number` integer;--> statement-breakpoint
-- Copies of returns, one row per copy the device counted (sale copies are counted on the receipt).
CREATE TABLE `return_copies` (
	`device_id` text NOT NULL,
	`copy_number` integer NOT NULL,
	`receipt_id` text NOT NULL,
	`return_number` integer NOT NULL,
	`channel` text NOT NULL,
	`issued_at` text NOT NULL,
	PRIMARY KEY(`device_id`, `copy_number`),
	FOREIGN KEY (`device_id`, `return_number`) REFERENCES `fiscal_documents`(`device_id`, `number`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `return_copies_receipt_idx` ON `return_copies` (`receipt_id`,`return_number`);
