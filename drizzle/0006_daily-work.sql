CREATE TABLE "appointments" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"seat_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"time_zone" text NOT NULL,
	"place" text,
	"notes" text,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"reminded_at" timestamp with time zone,
	"booked_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appointments_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "appointments_kind_ck" CHECK ("appointments"."kind" in ('showing', 'listing_appointment', 'call', 'meeting')),
	CONSTRAINT "appointments_status_ck" CHECK ("appointments"."status" in ('scheduled', 'done', 'cancelled', 'no_show')),
	CONSTRAINT "appointments_order_ck" CHECK ("appointments"."ends_at" > "appointments"."starts_at"),
	CONSTRAINT "appointments_length_ck" CHECK ("appointments"."ends_at" - "appointments"."starts_at" <= interval '12 hours')
);
--> statement-breakpoint
CREATE TABLE "seat_notices" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"seat_id" uuid NOT NULL,
	"client_id" uuid,
	"kind" text NOT NULL,
	"body" text NOT NULL,
	"href" text,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "seat_notices_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "seat_notices_kind_ck" CHECK ("seat_notices"."kind" in ('client_moved_away', 'client_moved_in', 'appointment_reminder', 'task_reassigned', 'escalation_closed')),
	CONSTRAINT "seat_notices_body_ck" CHECK (length(trim("seat_notices"."body")) between 1 and 2000)
);
--> statement-breakpoint
ALTER TABLE "interactions" DROP CONSTRAINT "interactions_channel_ck";--> statement-breakpoint
ALTER TABLE "markets" ADD COLUMN "aliases" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "city" text;--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "state" text;--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "lead_source" text;--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "interactions" ADD COLUMN "outcome" text;--> statement-breakpoint
ALTER TABLE "escalations" ADD COLUMN "cause_key" text;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_client_fk" FOREIGN KEY ("organization_id","client_id") REFERENCES "public"."clients"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_seat_fk" FOREIGN KEY ("organization_id","seat_id") REFERENCES "public"."seats"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seat_notices" ADD CONSTRAINT "seat_notices_seat_fk" FOREIGN KEY ("organization_id","seat_id") REFERENCES "public"."seats"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seat_notices" ADD CONSTRAINT "seat_notices_client_fk" FOREIGN KEY ("organization_id","client_id") REFERENCES "public"."clients"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "appointments_seat_time" ON "appointments" USING btree ("organization_id","seat_id","starts_at");--> statement-breakpoint
CREATE INDEX "appointments_client_time" ON "appointments" USING btree ("organization_id","client_id","starts_at");--> statement-breakpoint
CREATE INDEX "appointments_reminder" ON "appointments" USING btree ("organization_id","starts_at") WHERE "appointments"."status" = 'scheduled' and "appointments"."reminded_at" is null;--> statement-breakpoint
CREATE INDEX "seat_notices_seat_time" ON "seat_notices" USING btree ("organization_id","seat_id","created_at");--> statement-breakpoint
CREATE INDEX "escalations_cause" ON "escalations" USING btree ("organization_id","cause_key","status") WHERE "escalations"."cause_key" is not null;--> statement-breakpoint
ALTER TABLE "interactions" ADD CONSTRAINT "interactions_outcome_ck" CHECK ("interactions"."outcome" is null or "interactions"."outcome" in ('connected', 'left_voicemail', 'no_answer', 'wrong_number', 'appointment_set', 'not_interested'));--> statement-breakpoint
ALTER TABLE "interactions" ADD CONSTRAINT "interactions_channel_ck" CHECK ("interactions"."channel" in ('sms', 'email', 'call', 'voicemail', 'chat', 'social', 'note', 'meeting'));