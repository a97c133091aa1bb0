-- A terminal's customer display: the link's token is stored only as its SHA-256; one display per terminal.
CREATE TABLE `display_tokens` (
	`terminal_id` text PRIMARY KEY NOT NULL REFERENCES `terminals`(`id`),
	`merchant_id` text NOT NULL,
	`token_hash` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `display_tokens_hash_idx` ON `display_tokens` (`token_hash`);
