CREATE TABLE "conversations" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"ai_seat_id" uuid,
	"state" text DEFAULT 'active' NOT NULL,
	"language" text DEFAULT 'en' NOT NULL,
	"last_question" text,
	"questions_asked" integer DEFAULT 0 NOT NULL,
	"stopped_reason" text,
	"stopped_at" timestamp with time zone,
	"opt_out_confirmed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conversations_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "conversations_state_ck" CHECK ("conversations"."state" in ('active', 'handed_off', 'escalated', 'opted_out', 'paused')),
	CONSTRAINT "conversations_last_question_ck" CHECK ("conversations"."last_question" is null or "conversations"."last_question" in ('address', 'motivation', 'timeline', 'condition', 'price', 'budget', 'pre_approval', 'bedrooms', 'yard', 'move_in'))
);
--> statement-breakpoint
CREATE TABLE "corrective_actions" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"seat_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"rule" text,
	"note" text NOT NULL,
	"template_key" text,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"follow_up_at" timestamp with time zone NOT NULL,
	"followed_up_at" timestamp with time zone,
	"outcome" text,
	"follow_up_note" text,
	CONSTRAINT "corrective_actions_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "corrective_actions_kind_ck" CHECK ("corrective_actions"."kind" in ('coaching_note', 'template_change', 'seat_paused')),
	CONSTRAINT "corrective_actions_outcome_ck" CHECK ("corrective_actions"."outcome" is null or "corrective_actions"."outcome" in ('improved', 'no_change', 'resolved')),
	CONSTRAINT "corrective_actions_note_ck" CHECK (length(trim("corrective_actions"."note")) between 1 and 4000),
	CONSTRAINT "corrective_actions_followed_ck" CHECK (("corrective_actions"."followed_up_at" is null) = ("corrective_actions"."outcome" is null))
);
--> statement-breakpoint
CREATE TABLE "ghl_location_tokens" (
	"organization_id" uuid NOT NULL,
	"location_id" text NOT NULL,
	"token_ciphertext" text NOT NULL,
	"token_last4" text NOT NULL,
	"updated_by_user_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ghl_location_tokens_organization_id_location_id_pk" PRIMARY KEY("organization_id","location_id")
);
--> statement-breakpoint
CREATE TABLE "message_templates" (
	"organization_id" uuid NOT NULL,
	"key" text NOT NULL,
	"language" text NOT NULL,
	"body" text NOT NULL,
	"updated_by_user_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "message_templates_organization_id_key_language_pk" PRIMARY KEY("organization_id","key","language"),
	CONSTRAINT "message_templates_key_ck" CHECK ("message_templates"."key" ~ '^[a-z0-9_.]{2,64}$'),
	CONSTRAINT "message_templates_language_ck" CHECK ("message_templates"."language" ~ '^[a-z]{2}$'),
	CONSTRAINT "message_templates_body_ck" CHECK (length(trim("message_templates"."body")) between 1 and 2000)
);
--> statement-breakpoint
CREATE TABLE "outbound_messages" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"seat_id" uuid,
	"author_user_id" uuid,
	"author_kind" text NOT NULL,
	"purpose" text DEFAULT 'conversational' NOT NULL,
	"channel" text NOT NULL,
	"subject" text,
	"body" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"in_reply_to_id" uuid,
	"interaction_id" uuid,
	"verdict" jsonb NOT NULL,
	"allowed" boolean NOT NULL,
	"fair_housing" text NOT NULL,
	"state" text NOT NULL,
	"overridden_by_user_id" uuid,
	"overridden_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"next_attempt_at" timestamp with time zone,
	"ghl_location_id" text,
	"ghl_conversation_id" text,
	"ghl_message_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"queued_at" timestamp with time zone,
	"sent_at" timestamp with time zone,
	"delivered_at" timestamp with time zone,
	"failed_at" timestamp with time zone,
	CONSTRAINT "outbound_messages_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "outbound_messages_author_ck" CHECK ("outbound_messages"."author_kind" in ('ai', 'human', 'template', 'campaign')),
	CONSTRAINT "outbound_messages_purpose_ck" CHECK ("outbound_messages"."purpose" in ('conversational', 'marketing', 'transactional')),
	CONSTRAINT "outbound_messages_channel_ck" CHECK ("outbound_messages"."channel" in ('sms', 'email', 'call', 'voicemail', 'chat', 'social', 'note', 'meeting')),
	CONSTRAINT "outbound_messages_state_ck" CHECK ("outbound_messages"."state" in ('held', 'queued', 'sent', 'delivered', 'failed', 'blocked', 'not_connected')),
	CONSTRAINT "outbound_messages_fair_housing_ck" CHECK ("outbound_messages"."fair_housing" in ('ok', 'warn', 'block')),
	CONSTRAINT "outbound_messages_body_ck" CHECK (length(trim("outbound_messages"."body")) between 1 and 20000),
	CONSTRAINT "outbound_messages_attempts_ck" CHECK ("outbound_messages"."attempts" >= 0),
	CONSTRAINT "outbound_messages_blocked_ck" CHECK ("outbound_messages"."state" <> 'blocked' or not "outbound_messages"."allowed"),
	CONSTRAINT "outbound_messages_allowed_ck" CHECK ("outbound_messages"."allowed" or "outbound_messages"."state" in ('blocked', 'held') or "outbound_messages"."overridden_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "qualification_answers" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"field" text NOT NULL,
	"value" jsonb NOT NULL,
	"excerpt" text NOT NULL,
	"source_interaction_id" uuid,
	"quality" integer DEFAULT 100 NOT NULL,
	"extracted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "qualification_answers_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "qualification_answers_field_ck" CHECK ("qualification_answers"."field" in ('address', 'motivation', 'timeline', 'condition', 'price', 'budget', 'pre_approval', 'bedrooms', 'yard', 'move_in')),
	CONSTRAINT "qualification_answers_quality_ck" CHECK ("qualification_answers"."quality" between 0 and 100)
);
--> statement-breakpoint
ALTER TABLE "api_tokens" DROP CONSTRAINT "api_tokens_scopes_ck";--> statement-breakpoint
ALTER TABLE "seats" ADD COLUMN "paused_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "quality_findings" ADD COLUMN "outbound_message_id" uuid;--> statement-breakpoint
ALTER TABLE "quality_findings" ADD COLUMN "suggestion" text;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_client_fk" FOREIGN KEY ("organization_id","client_id") REFERENCES "public"."clients"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_seat_fk" FOREIGN KEY ("organization_id","ai_seat_id") REFERENCES "public"."seats"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "corrective_actions" ADD CONSTRAINT "corrective_actions_seat_fk" FOREIGN KEY ("organization_id","seat_id") REFERENCES "public"."seats"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "corrective_actions" ADD CONSTRAINT "corrective_actions_user_fk" FOREIGN KEY ("organization_id","created_by_user_id") REFERENCES "public"."users"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ghl_location_tokens" ADD CONSTRAINT "ghl_location_tokens_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ghl_location_tokens" ADD CONSTRAINT "ghl_location_tokens_user_fk" FOREIGN KEY ("organization_id","updated_by_user_id") REFERENCES "public"."users"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_templates" ADD CONSTRAINT "message_templates_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_templates" ADD CONSTRAINT "message_templates_user_fk" FOREIGN KEY ("organization_id","updated_by_user_id") REFERENCES "public"."users"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbound_messages" ADD CONSTRAINT "outbound_messages_client_fk" FOREIGN KEY ("organization_id","client_id") REFERENCES "public"."clients"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbound_messages" ADD CONSTRAINT "outbound_messages_seat_fk" FOREIGN KEY ("organization_id","seat_id") REFERENCES "public"."seats"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbound_messages" ADD CONSTRAINT "outbound_messages_author_fk" FOREIGN KEY ("organization_id","author_user_id") REFERENCES "public"."users"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbound_messages" ADD CONSTRAINT "outbound_messages_override_fk" FOREIGN KEY ("organization_id","overridden_by_user_id") REFERENCES "public"."users"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbound_messages" ADD CONSTRAINT "outbound_messages_reply_fk" FOREIGN KEY ("organization_id","in_reply_to_id") REFERENCES "public"."interactions"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbound_messages" ADD CONSTRAINT "outbound_messages_interaction_fk" FOREIGN KEY ("organization_id","interaction_id") REFERENCES "public"."interactions"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qualification_answers" ADD CONSTRAINT "qualification_answers_client_fk" FOREIGN KEY ("organization_id","client_id") REFERENCES "public"."clients"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qualification_answers" ADD CONSTRAINT "qualification_answers_source_fk" FOREIGN KEY ("organization_id","source_interaction_id") REFERENCES "public"."interactions"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "conversations_client" ON "conversations" USING btree ("organization_id","client_id");--> statement-breakpoint
CREATE INDEX "corrective_actions_seat" ON "corrective_actions" USING btree ("organization_id","seat_id","created_at");--> statement-breakpoint
CREATE INDEX "corrective_actions_due" ON "corrective_actions" USING btree ("organization_id","follow_up_at") WHERE "corrective_actions"."followed_up_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "outbound_messages_idempotency" ON "outbound_messages" USING btree ("organization_id","idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "outbound_messages_ghl_message" ON "outbound_messages" USING btree ("organization_id","ghl_message_id") WHERE "outbound_messages"."ghl_message_id" is not null;--> statement-breakpoint
CREATE INDEX "outbound_messages_due" ON "outbound_messages" USING btree ("state","next_attempt_at") WHERE "outbound_messages"."state" = 'queued';--> statement-breakpoint
CREATE INDEX "outbound_messages_client_time" ON "outbound_messages" USING btree ("organization_id","client_id","created_at");--> statement-breakpoint
CREATE INDEX "outbound_messages_seat_time" ON "outbound_messages" USING btree ("organization_id","seat_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "qualification_answers_field" ON "qualification_answers" USING btree ("organization_id","client_id","field");--> statement-breakpoint
ALTER TABLE "quality_findings" ADD CONSTRAINT "quality_findings_outbound_fk" FOREIGN KEY ("organization_id","outbound_message_id") REFERENCES "public"."outbound_messages"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "quality_findings_outbound" ON "quality_findings" USING btree ("organization_id","outbound_message_id") WHERE "quality_findings"."outbound_message_id" is not null;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_scopes_ck" CHECK (cardinality("api_tokens"."scopes") > 0 and "api_tokens"."scopes" <@ array['requests', 'conflicts', 'review', 'clients', 'cma']::text[]);