CREATE TABLE `customers` (
	`id` text PRIMARY KEY NOT NULL,
	`merchant_id` text NOT NULL,
	`phone_hash` text,
	`email_hash` text,
	`loyalty_hash` text,
	`phone_sealed` text,
	`email_sealed` text,
	`loyalty_sealed` text,
	`default_email_sealed` text,
	`paper_refused` integer DEFAULT false NOT NULL,
	`preferred_channel` text,
	`created_at` text NOT NULL,
	`last_seen_at` text NOT NULL,
	FOREIGN KEY (`merchant_id`) REFERENCES `merchants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `customers_phone_idx` ON `customers` (`merchant_id`,`phone_hash`);--> statement-breakpoint
CREATE UNIQUE INDEX `customers_email_idx` ON `customers` (`merchant_id`,`email_hash`);--> statement-breakpoint
CREATE UNIQUE INDEX `customers_loyalty_idx` ON `customers` (`merchant_id`,`loyalty_hash`);--> statement-breakpoint
CREATE INDEX `customers_seen_idx` ON `customers` (`last_seen_at`);--> statement-breakpoint
CREATE TABLE `consent_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`customer_id` text NOT NULL,
	`merchant_id` text NOT NULL,
	`change` text NOT NULL,
	`by` text NOT NULL,
	`at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `consent_log_customer_idx` ON `consent_log` (`customer_id`,`id`);--> statement-breakpoint
ALTER TABLE `receipts` ADD `customer_id` text;--> statement-breakpoint
CREATE INDEX `receipts_customer_idx` ON `receipts` (`merchant_id`,`customer_id`,`issued_at`);
--> statement-breakpoint
ALTER TABLE `payments` ADD `authorization_code` text;--> statement-breakpoint
-- Remembered channels now live with the customer (customers.preferred_channel).
DROP TABLE `customer_preferences`;
--> statement-breakpoint
ALTER TABLE `merchants` ADD `operator_offline_paper` integer DEFAULT true NOT NULL;
