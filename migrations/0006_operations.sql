-- Merchant settings that were fixed before; null means "the service default".
ALTER TABLE `merchants` ADD `time_zone` text;
--> statement-breakpoint
ALTER TABLE `merchants` ADD `e_receipts` integer DEFAULT true NOT NULL;
--> statement-breakpoint
ALTER TABLE `merchants` ADD `display_qr` integer DEFAULT true NOT NULL;
--> statement-breakpoint
ALTER TABLE `merchants` ADD `retention_days` integer;
--> statement-breakpoint
ALTER TABLE `merchants` ADD `sms_sender` text;
--> statement-breakpoint
ALTER TABLE `merchants` ADD `email_sender_name` text;
--> statement-breakpoint
-- Terminal API keys: several per terminal (rotation overlap), test or live, revocable.
CREATE TABLE `api_keys` (
	`id` text PRIMARY KEY NOT NULL,
	`merchant_id` text NOT NULL,
	`terminal_id` text NOT NULL,
	`mode` text NOT NULL,
	`prefix` text,
	`hash` text NOT NULL,
	`created_at` text NOT NULL,
	`last_used_at` text,
	`expires_at` text,
	`revoked_at` text,
	FOREIGN KEY (`merchant_id`) REFERENCES `merchants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_keys_hash_unique` ON `api_keys` (`hash`);
--> statement-breakpoint
CREATE INDEX `api_keys_terminal_idx` ON `api_keys` (`terminal_id`);
--> statement-breakpoint
-- Existing keys move over; the demo terminals' keys are test keys.
INSERT INTO `api_keys` (`id`, `merchant_id`, `terminal_id`, `mode`, `prefix`, `hash`, `created_at`)
SELECT 'key_' || `id`, `merchant_id`, `id`, CASE WHEN `id` LIKE 'trm_demo_%' THEN 'test' ELSE 'live' END, NULL, `api_key_hash`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
FROM `terminals`;
--> statement-breakpoint
-- The terminal no longer holds its key: rebuild it without the column (nothing references terminals).
CREATE TABLE `__new_terminals` (
	`id` text PRIMARY KEY NOT NULL,
	`merchant_id` text NOT NULL,
	`store_id` text NOT NULL,
	`device_id` text NOT NULL,
	`name` text NOT NULL,
	FOREIGN KEY (`merchant_id`) REFERENCES `merchants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`store_id`) REFERENCES `stores`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`device_id`) REFERENCES `devices`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_terminals` (`id`, `merchant_id`, `store_id`, `device_id`, `name`) SELECT `id`, `merchant_id`, `store_id`, `device_id`, `name` FROM `terminals`;
--> statement-breakpoint
DROP TABLE `terminals`;
--> statement-breakpoint
ALTER TABLE `__new_terminals` RENAME TO `terminals`;
--> statement-breakpoint
CREATE INDEX `terminals_merchant_idx` ON `terminals` (`merchant_id`);
--> statement-breakpoint
-- Receipt and delivery lists: newest first by (time, id), per merchant.
CREATE INDEX `receipts_list_idx` ON `receipts` (`merchant_id`, coalesce(`issued_at`, `cancelled_at`, `created_at`), `id`);
--> statement-breakpoint
CREATE INDEX `outbox_list_idx` ON `outbox` (`merchant_id`, `created_at`, `id`);
