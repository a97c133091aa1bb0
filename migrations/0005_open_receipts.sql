CREATE TABLE `open_receipts` (
	`id` text PRIMARY KEY NOT NULL,
	`state` text NOT NULL,
	`due_at` text
);
--> statement-breakpoint
CREATE INDEX `open_receipts_due_idx` ON `open_receipts` (`due_at`);
