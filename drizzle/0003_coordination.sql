CREATE TABLE "assignment_events" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"assignment_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"seat_id" uuid NOT NULL,
	"state" text NOT NULL,
	"actor_user_id" uuid,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assignment_events_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "assignment_events_state_ck" CHECK ("assignment_events"."state" in ('offered', 'accepted', 'declined', 'timed_out', 'rescinded', 'completed'))
);
--> statement-breakpoint
CREATE TABLE "conflicts" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid,
	"kind" text NOT NULL,
	"seat_ids" uuid[] NOT NULL,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"decided" boolean NOT NULL,
	"winner_seat_id" uuid,
	"rule" text NOT NULL,
	"reason" text NOT NULL,
	"escalation_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conflicts_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "conflicts_kind_ck" CHECK ("conflicts"."kind" in ('ownership_claim', 'double_booking', 'price_disagreement')),
	CONSTRAINT "conflicts_undecided_escalated_ck" CHECK ("conflicts"."decided" or "conflicts"."escalation_id" is not null),
	CONSTRAINT "conflicts_has_seats_ck" CHECK (cardinality("conflicts"."seat_ids") >= 1)
);
--> statement-breakpoint
CREATE TABLE "thread_messages" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"seat_id" uuid,
	"author_user_id" uuid,
	"kind" text DEFAULT 'note' NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "thread_messages_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "thread_messages_kind_ck" CHECK ("thread_messages"."kind" in ('note', 'reply_plan')),
	CONSTRAINT "thread_messages_body_ck" CHECK (length(trim("thread_messages"."body")) between 1 and 4000)
);
--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "reminded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "escalations" ADD COLUMN "overdue_notified_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "handoffs" ADD COLUMN "proposed_by_user_id" uuid;--> statement-breakpoint
ALTER TABLE "handoffs" ADD COLUMN "decided_by_user_id" uuid;--> statement-breakpoint
ALTER TABLE "handoffs" ADD COLUMN "decision_note" text;--> statement-breakpoint
ALTER TABLE "assignment_events" ADD CONSTRAINT "assignment_events_assignment_fk" FOREIGN KEY ("organization_id","assignment_id") REFERENCES "public"."assignments"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_events" ADD CONSTRAINT "assignment_events_client_fk" FOREIGN KEY ("organization_id","client_id") REFERENCES "public"."clients"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_events" ADD CONSTRAINT "assignment_events_seat_fk" FOREIGN KEY ("organization_id","seat_id") REFERENCES "public"."seats"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_events" ADD CONSTRAINT "assignment_events_actor_fk" FOREIGN KEY ("organization_id","actor_user_id") REFERENCES "public"."users"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conflicts" ADD CONSTRAINT "conflicts_client_fk" FOREIGN KEY ("organization_id","client_id") REFERENCES "public"."clients"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conflicts" ADD CONSTRAINT "conflicts_winner_fk" FOREIGN KEY ("organization_id","winner_seat_id") REFERENCES "public"."seats"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conflicts" ADD CONSTRAINT "conflicts_escalation_fk" FOREIGN KEY ("organization_id","escalation_id") REFERENCES "public"."escalations"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "thread_messages" ADD CONSTRAINT "thread_messages_client_fk" FOREIGN KEY ("organization_id","client_id") REFERENCES "public"."clients"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "thread_messages" ADD CONSTRAINT "thread_messages_seat_fk" FOREIGN KEY ("organization_id","seat_id") REFERENCES "public"."seats"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "thread_messages" ADD CONSTRAINT "thread_messages_author_fk" FOREIGN KEY ("organization_id","author_user_id") REFERENCES "public"."users"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assignment_events_client_time" ON "assignment_events" USING btree ("organization_id","client_id","created_at");--> statement-breakpoint
CREATE INDEX "assignment_events_assignment" ON "assignment_events" USING btree ("organization_id","assignment_id");--> statement-breakpoint
CREATE INDEX "conflicts_client" ON "conflicts" USING btree ("organization_id","client_id","created_at");--> statement-breakpoint
CREATE INDEX "thread_messages_client_time" ON "thread_messages" USING btree ("organization_id","client_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "tasks_one_follow_up_attempt" ON "tasks" USING btree ("organization_id","client_id","attempt") WHERE "tasks"."kind" = 'follow_up';--> statement-breakpoint
CREATE UNIQUE INDEX "handoffs_one_proposed" ON "handoffs" USING btree ("organization_id","client_id","to_seat_id","kind") WHERE "handoffs"."state" = 'proposed';