CREATE TABLE `articles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`raw_title` text NOT NULL,
	`raw_body` text NOT NULL,
	`clean_body` text NOT NULL,
	`published_at` text,
	`source_url` text,
	`category` text NOT NULL,
	`added_at` integer NOT NULL,
	`added_by` integer,
	`archived` integer DEFAULT false NOT NULL,
	`generation_note` text,
	`rejected_candidates` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`added_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `articles_category_idx` ON `articles` (`category`);--> statement-breakpoint
CREATE INDEX `articles_added_idx` ON `articles` (`added_at`);--> statement-breakpoint
CREATE TABLE `attempt_questions` (
	`attempt_id` text NOT NULL,
	`position` integer NOT NULL,
	`question_id` integer NOT NULL,
	`article_id` integer NOT NULL,
	`type` text NOT NULL,
	`category` text NOT NULL,
	`stem` text NOT NULL,
	`options_json` text NOT NULL,
	`correct_index` integer NOT NULL,
	`permutation_json` text NOT NULL,
	`explanation` text NOT NULL,
	`as_of` text,
	`choice` integer,
	PRIMARY KEY(`attempt_id`, `position`),
	FOREIGN KEY (`attempt_id`) REFERENCES `attempts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`question_id`) REFERENCES `questions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `attempt_questions_question_unique` ON `attempt_questions` (`attempt_id`,`question_id`);--> statement-breakpoint
CREATE TABLE `attempts` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`scheme` text NOT NULL,
	`mode` text NOT NULL,
	`article_id` integer,
	`category` text,
	`started_at` integer NOT NULL,
	`deadline` integer NOT NULL,
	`submitted_at` integer,
	`late` integer DEFAULT false NOT NULL,
	`score` text,
	`max_score` text NOT NULL,
	`correct` integer,
	`wrong` integer,
	`skipped` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `attempts_user_idx` ON `attempts` (`user_id`,`started_at`);--> statement-breakpoint
CREATE TABLE `mistakes` (
	`user_id` integer NOT NULL,
	`question_id` integer NOT NULL,
	`attempt_id` text NOT NULL,
	`wrong_at` integer NOT NULL,
	`times_wrong` integer DEFAULT 1 NOT NULL,
	`cleared_at` integer,
	PRIMARY KEY(`user_id`, `question_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`question_id`) REFERENCES `questions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`attempt_id`) REFERENCES `attempts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `mistakes_user_idx` ON `mistakes` (`user_id`,`wrong_at`);--> statement-breakpoint
CREATE TABLE `questions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`status` text DEFAULT 'live' NOT NULL,
	`type` text NOT NULL,
	`stem` text NOT NULL,
	`options_json` text NOT NULL,
	`answer_index` integer NOT NULL,
	`explanation` text NOT NULL,
	`sentence_index` integer NOT NULL,
	`rule_id` text NOT NULL,
	`as_of` text,
	`entities_json` text NOT NULL,
	`score` real NOT NULL,
	`edited` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `questions_article_idx` ON `questions` (`article_id`,`status`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id_hash` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `setup_tokens` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`username` text,
	`username_key` text,
	`password_hash` text,
	`is_admin` integer DEFAULT false NOT NULL,
	`is_guest` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_username_key_unique` ON `users` (`username_key`);