-- SE/NO provisional and training prints, one row per print the device counted: the SAF-T export
-- lists them as events from the moment they are printed (the sale may still be open).
CREATE TABLE `slips` (
	`device_id` text NOT NULL,
	`shift` integer NOT NULL,
	`kind` text NOT NULL,
	`count` integer NOT NULL,
	`receipt_id` text NOT NULL,
	`amount` integer NOT NULL,
	`printed_at` text NOT NULL,
	PRIMARY KEY(`device_id`, `shift`, `kind`, `count`)
);
--> statement-breakpoint
CREATE INDEX `slips_printed_idx` ON `slips` (`device_id`,`printed_at`);
