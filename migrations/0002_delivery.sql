CREATE TABLE `customer_preferences` (
	`merchant_id` text NOT NULL,
	`customer_hash` text NOT NULL,
	`channel` text NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`merchant_id`, `customer_hash`)
);
--> statement-breakpoint
CREATE TABLE `outbox` (
	`id` text PRIMARY KEY NOT NULL,
	`receipt_id` text NOT NULL,
	`merchant_id` text NOT NULL,
	`channel` text NOT NULL,
	`recipient` text,
	`copy` integer DEFAULT 0 NOT NULL,
	`status` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` text NOT NULL,
	`last_error` text,
	`subject` text,
	`body` text NOT NULL,
	`created_at` text NOT NULL,
	`sent_at` text,
	FOREIGN KEY (`receipt_id`) REFERENCES `receipts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `outbox_due_idx` ON `outbox` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `outbox_receipt_idx` ON `outbox` (`receipt_id`);--> statement-breakpoint
ALTER TABLE `merchants` ADD `email_mode` text DEFAULT 'pdf' NOT NULL;--> statement-breakpoint
ALTER TABLE `merchants` ADD `email_from` text;--> statement-breakpoint
ALTER TABLE `receipts` ADD `qr_offered_until` text;--> statement-breakpoint
ALTER TABLE `receipts` ADD `qr_choice_until` text;--> statement-breakpoint
ALTER TABLE `receipts` ADD `copies` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `receipts` ADD `base_url` text DEFAULT '' NOT NULL;