CREATE TABLE `devices` (
	`id` text PRIMARY KEY NOT NULL,
	`merchant_id` text NOT NULL,
	`country` text NOT NULL,
	`serial` text NOT NULL,
	`key_id` text NOT NULL,
	`last_number` integer DEFAULT 0 NOT NULL,
	`last_hash` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`merchant_id`) REFERENCES `merchants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`receipt_id` text NOT NULL,
	`merchant_id` text NOT NULL,
	`type` text NOT NULL,
	`data` text NOT NULL,
	`at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `events_receipt_idx` ON `events` (`receipt_id`,`id`);--> statement-breakpoint
CREATE TABLE `fiscal_documents` (
	`device_id` text NOT NULL,
	`number` integer NOT NULL,
	`number_text` text NOT NULL,
	`receipt_id` text NOT NULL,
	`kind` text NOT NULL,
	`issued_at` text NOT NULL,
	`printed` integer NOT NULL,
	`payload` text NOT NULL,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL,
	`signature` text NOT NULL,
	`key_id` text NOT NULL,
	`qr_payload` text NOT NULL,
	PRIMARY KEY(`device_id`, `number`),
	FOREIGN KEY (`device_id`) REFERENCES `devices`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`receipt_id`) REFERENCES `receipts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `fiscal_receipt_kind_idx` ON `fiscal_documents` (`receipt_id`,`kind`);--> statement-breakpoint
CREATE TABLE `idempotency_keys` (
	`terminal_id` text NOT NULL,
	`key` text NOT NULL,
	`fingerprint` text NOT NULL,
	`state` text NOT NULL,
	`status` integer,
	`content_type` text,
	`body` text,
	`created_at` text NOT NULL,
	PRIMARY KEY(`terminal_id`, `key`)
);
--> statement-breakpoint
CREATE INDEX `idempotency_created_idx` ON `idempotency_keys` (`created_at`);--> statement-breakpoint
CREATE TABLE `merchants` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`country` text NOT NULL,
	`currency` text NOT NULL,
	`address` text NOT NULL,
	`tax_id` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `payments` (
	`id` text PRIMARY KEY NOT NULL,
	`receipt_id` text NOT NULL,
	`method` text NOT NULL,
	`amount` integer NOT NULL,
	`confirmed` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`receipt_id`) REFERENCES `receipts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `payments_receipt_idx` ON `payments` (`receipt_id`);--> statement-breakpoint
CREATE TABLE `receipt_lines` (
	`id` text PRIMARY KEY NOT NULL,
	`receipt_id` text NOT NULL,
	`position` integer NOT NULL,
	`name` text NOT NULL,
	`quantity_milli` integer NOT NULL,
	`unit_price` integer NOT NULL,
	`discount` integer DEFAULT 0 NOT NULL,
	`vat_rate` text NOT NULL,
	`amount` integer NOT NULL,
	`voided` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`receipt_id`) REFERENCES `receipts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `receipt_lines_position_idx` ON `receipt_lines` (`receipt_id`,`position`);--> statement-breakpoint
CREATE TABLE `receipts` (
	`id` text PRIMARY KEY NOT NULL,
	`merchant_id` text NOT NULL,
	`store_id` text NOT NULL,
	`terminal_id` text NOT NULL,
	`device_id` text NOT NULL,
	`status` text NOT NULL,
	`currency` text NOT NULL,
	`country` text NOT NULL,
	`token` text NOT NULL,
	`customer` text,
	`delivery` text,
	`electronic` integer DEFAULT false NOT NULL,
	`total` integer,
	`qr_scanned_at` text,
	`created_at` text NOT NULL,
	`issued_at` text,
	`cancelled_at` text,
	`expires_at` text,
	`pdf_key` text,
	FOREIGN KEY (`merchant_id`) REFERENCES `merchants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `receipts_token_unique` ON `receipts` (`token`);--> statement-breakpoint
CREATE INDEX `receipts_merchant_idx` ON `receipts` (`merchant_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `receipts_expiry_idx` ON `receipts` (`expires_at`);--> statement-breakpoint
CREATE TABLE `stores` (
	`id` text PRIMARY KEY NOT NULL,
	`merchant_id` text NOT NULL,
	`name` text NOT NULL,
	`address` text NOT NULL,
	FOREIGN KEY (`merchant_id`) REFERENCES `merchants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `terminals` (
	`id` text PRIMARY KEY NOT NULL,
	`merchant_id` text NOT NULL,
	`store_id` text NOT NULL,
	`device_id` text NOT NULL,
	`name` text NOT NULL,
	`api_key_hash` text NOT NULL,
	FOREIGN KEY (`merchant_id`) REFERENCES `merchants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`store_id`) REFERENCES `stores`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`device_id`) REFERENCES `devices`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `terminals_api_key_hash_unique` ON `terminals` (`api_key_hash`);