CREATE TABLE "api_tokens" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"prefix" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_tokens_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "api_tokens_hash" UNIQUE("organization_id","token_hash")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_type" text NOT NULL,
	"actor_id" text,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "audit_log_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "audit_log_actor_ck" CHECK ("audit_log"."actor_type" in ('user', 'seat', 'system', 'api', 'webhook'))
);
--> statement-breakpoint
CREATE TABLE "markets" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"slug" text NOT NULL,
	"type" text NOT NULL,
	"zip_codes" text[] NOT NULL,
	"county" text NOT NULL,
	"time_zone" text DEFAULT 'America/Los_Angeles' NOT NULL,
	"latitude" double precision NOT NULL,
	"longitude" double precision NOT NULL,
	"median_price" double precision NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "markets_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "markets_org_slug" UNIQUE("organization_id","slug"),
	CONSTRAINT "markets_type_ck" CHECK ("markets"."type" in ('primary', 'adjacent', 'investment', 'luxury', 'emerging')),
	CONSTRAINT "markets_has_zip_ck" CHECK (cardinality("markets"."zip_codes") > 0),
	CONSTRAINT "markets_lat_ck" CHECK ("markets"."latitude" between -90 and 90),
	CONSTRAINT "markets_lng_ck" CHECK ("markets"."longitude" between -180 and 180),
	CONSTRAINT "markets_median_ck" CHECK ("markets"."median_price" > 0)
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"slug" text NOT NULL,
	"ghl_location_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organizations_slug_unique" UNIQUE("slug"),
	CONSTRAINT "organizations_slug_format_ck" CHECK ("organizations"."slug" ~ '^[a-z0-9-]{2,64}$')
);
--> statement-breakpoint
CREATE TABLE "role_permissions" (
	"organization_id" uuid NOT NULL,
	"role" text NOT NULL,
	"permission" text NOT NULL,
	CONSTRAINT "role_permissions_organization_id_role_permission_pk" PRIMARY KEY("organization_id","role","permission"),
	CONSTRAINT "role_permissions_role_ck" CHECK ("role_permissions"."role" in ('overseer', 'agent', 'viewer'))
);
--> statement-breakpoint
CREATE TABLE "settings" (
	"organization_id" uuid NOT NULL,
	"key" text NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text,
	CONSTRAINT "settings_organization_id_key_pk" PRIMARY KEY("organization_id","key")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" text NOT NULL,
	"disabled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "users_role_ck" CHECK ("users"."role" in ('overseer', 'agent', 'viewer')),
	CONSTRAINT "users_email_format_ck" CHECK ("users"."email" ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$')
);
--> statement-breakpoint
CREATE TABLE "seat_markets" (
	"organization_id" uuid NOT NULL,
	"seat_id" uuid NOT NULL,
	"market_id" uuid NOT NULL,
	CONSTRAINT "seat_markets_organization_id_seat_id_market_id_pk" PRIMARY KEY("organization_id","seat_id","market_id")
);
--> statement-breakpoint
CREATE TABLE "seat_skills" (
	"organization_id" uuid NOT NULL,
	"seat_id" uuid NOT NULL,
	"skill" text NOT NULL,
	"proficiency" double precision NOT NULL,
	CONSTRAINT "seat_skills_organization_id_seat_id_skill_pk" PRIMARY KEY("organization_id","seat_id","skill"),
	CONSTRAINT "seat_skills_proficiency_ck" CHECK ("seat_skills"."proficiency" between 0 and 1),
	CONSTRAINT "seat_skills_name_ck" CHECK (length("seat_skills"."skill") between 1 and 80)
);
--> statement-breakpoint
CREATE TABLE "seats" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"role" text NOT NULL,
	"languages" text[] DEFAULT '{en}'::text[] NOT NULL,
	"capacity" integer NOT NULL,
	"presence" text DEFAULT 'available' NOT NULL,
	"user_id" uuid,
	"bio" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "seats_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "seats_org_user" UNIQUE("organization_id","user_id"),
	CONSTRAINT "seats_kind_ck" CHECK ("seats"."kind" in ('ai', 'human')),
	CONSTRAINT "seats_role_ck" CHECK ("seats"."role" in ('overseer', 'listing_specialist', 'buyer_specialist', 'market_analyst', 'negotiation_expert', 'transaction_coordinator', 'geographic', 'administrative', 'follow_up', 'marketing', 'analytics')),
	CONSTRAINT "seats_presence_ck" CHECK ("seats"."presence" in ('available', 'away', 'offline', 'vacation')),
	CONSTRAINT "seats_capacity_ck" CHECK ("seats"."capacity" between 0 and 10000),
	CONSTRAINT "seats_has_language_ck" CHECK (cardinality("seats"."languages") > 0),
	CONSTRAINT "seats_human_has_user_ck" CHECK ("seats"."kind" = 'human' or "seats"."user_id" is null)
);
--> statement-breakpoint
CREATE TABLE "client_requests" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid,
	"source" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"request_text" text,
	"payload" jsonb NOT NULL,
	"status" text DEFAULT 'received' NOT NULL,
	"error" text,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"processed_at" timestamp with time zone,
	CONSTRAINT "client_requests_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "client_requests_source_ck" CHECK ("client_requests"."source" in ('ghl_webhook', 'form', 'api')),
	CONSTRAINT "client_requests_status_ck" CHECK ("client_requests"."status" in ('received', 'routed', 'escalated', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "clients" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text DEFAULT '' NOT NULL,
	"email" text,
	"phone" text,
	"ghl_contact_id" text,
	"type" text NOT NULL,
	"pipeline" text NOT NULL,
	"stage" text DEFAULT 'New Lead' NOT NULL,
	"market_id" uuid,
	"property_address" text,
	"postal_code" text,
	"budget_min" integer,
	"budget_max" integer,
	"price_expectation" integer,
	"pre_approved" boolean DEFAULT false NOT NULL,
	"pre_approval_amount" integer,
	"timeline_days" integer,
	"temperature" text DEFAULT 'cold' NOT NULL,
	"lead_score" integer DEFAULT 0 NOT NULL,
	"qualification" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"sms_consent" boolean DEFAULT false NOT NULL,
	"email_consent" boolean DEFAULT false NOT NULL,
	"opted_out_at" timestamp with time zone,
	"language" text DEFAULT 'en' NOT NULL,
	"time_zone" text DEFAULT 'America/Los_Angeles' NOT NULL,
	"owner_seat_id" uuid,
	"satisfaction" double precision,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "clients_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "clients_type_ck" CHECK ("clients"."type" in ('buyer', 'seller', 'investor', 'renter')),
	CONSTRAINT "clients_pipeline_ck" CHECK ("clients"."pipeline" in ('seller', 'buyer')),
	CONSTRAINT "clients_stage_ck" CHECK ("clients"."stage" in ('New Lead', 'Qualifying', 'Warm Seller', 'Hot Seller', 'Listing Appointment', 'Listed', 'Under Contract', 'Closed', 'Lost', 'Financially Ready', 'Showing Scheduled')),
	CONSTRAINT "clients_temperature_ck" CHECK ("clients"."temperature" in ('hot', 'warm', 'cold')),
	CONSTRAINT "clients_lead_score_ck" CHECK ("clients"."lead_score" between 0 and 100),
	CONSTRAINT "clients_budget_ck" CHECK ("clients"."budget_min" is null or "clients"."budget_max" is null or "clients"."budget_min" <= "clients"."budget_max"),
	CONSTRAINT "clients_money_positive_ck" CHECK (coalesce("clients"."budget_min", 0) >= 0 and coalesce("clients"."price_expectation", 0) >= 0 and coalesce("clients"."pre_approval_amount", 0) >= 0),
	CONSTRAINT "clients_contact_ck" CHECK ("clients"."email" is not null or "clients"."phone" is not null or "clients"."ghl_contact_id" is not null),
	CONSTRAINT "clients_name_ck" CHECK (length(trim("clients"."first_name")) > 0),
	CONSTRAINT "clients_satisfaction_ck" CHECK ("clients"."satisfaction" is null or "clients"."satisfaction" between 0 and 1)
);
--> statement-breakpoint
CREATE TABLE "interactions" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"seat_id" uuid,
	"channel" text NOT NULL,
	"direction" text NOT NULL,
	"body" text NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"external_id" text,
	"sentiment" double precision,
	"productive" boolean,
	CONSTRAINT "interactions_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "interactions_channel_ck" CHECK ("interactions"."channel" in ('sms', 'email', 'call', 'voicemail', 'chat', 'social', 'note')),
	CONSTRAINT "interactions_direction_ck" CHECK ("interactions"."direction" in ('inbound', 'outbound', 'internal')),
	CONSTRAINT "interactions_outbound_has_seat_ck" CHECK ("interactions"."direction" <> 'outbound' or "interactions"."seat_id" is not null),
	CONSTRAINT "interactions_sentiment_ck" CHECK ("interactions"."sentiment" is null or "interactions"."sentiment" between -1 and 1),
	CONSTRAINT "interactions_body_size_ck" CHECK (length("interactions"."body") <= 20000)
);
--> statement-breakpoint
CREATE TABLE "tasks" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"seat_id" uuid,
	"title" text NOT NULL,
	"kind" text DEFAULT 'todo' NOT NULL,
	"due_at" timestamp with time zone,
	"status" text DEFAULT 'open' NOT NULL,
	"completed_at" timestamp with time zone,
	"attempt" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tasks_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "tasks_status_ck" CHECK ("tasks"."status" in ('open', 'done', 'cancelled')),
	CONSTRAINT "tasks_kind_ck" CHECK ("tasks"."kind" in ('todo', 'call', 'follow_up', 'deadline', 'document')),
	CONSTRAINT "tasks_done_has_time_ck" CHECK ("tasks"."status" <> 'done' or "tasks"."completed_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "assignments" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"request_id" uuid,
	"seat_id" uuid NOT NULL,
	"team_role" text NOT NULL,
	"seat_role" text NOT NULL,
	"state" text DEFAULT 'offered' NOT NULL,
	"score" double precision,
	"score_breakdown" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"runners_up" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"fallback_rank" integer DEFAULT 0 NOT NULL,
	"reason" text,
	"offered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone,
	"responded_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	CONSTRAINT "assignments_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "assignments_team_role_ck" CHECK ("assignments"."team_role" in ('lead', 'support')),
	CONSTRAINT "assignments_seat_role_ck" CHECK ("assignments"."seat_role" in ('overseer', 'listing_specialist', 'buyer_specialist', 'market_analyst', 'negotiation_expert', 'transaction_coordinator', 'geographic', 'administrative', 'follow_up', 'marketing', 'analytics')),
	CONSTRAINT "assignments_state_ck" CHECK ("assignments"."state" in ('offered', 'accepted', 'declined', 'timed_out', 'rescinded', 'completed')),
	CONSTRAINT "assignments_score_ck" CHECK ("assignments"."score" is null or "assignments"."score" between 0 and 1),
	CONSTRAINT "assignments_responded_ck" CHECK ("assignments"."state" in ('offered', 'rescinded') or "assignments"."responded_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "escalation_notes" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"escalation_id" uuid NOT NULL,
	"author_user_id" uuid,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "escalation_notes_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "escalation_notes_body_ck" CHECK (length(trim("escalation_notes"."body")) > 0)
);
--> statement-breakpoint
CREATE TABLE "escalations" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid,
	"seat_id" uuid,
	"trigger" text NOT NULL,
	"severity" text NOT NULL,
	"summary" text NOT NULL,
	"evidence" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"owner_user_id" uuid,
	"ack_due_at" timestamp with time zone NOT NULL,
	"resolve_due_at" timestamp with time zone NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"resolved_at" timestamp with time zone,
	"resolution" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "escalations_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "escalations_trigger_ck" CHECK ("escalations"."trigger" in ('human_requested', 'distress_words', 'unproductive_exchanges', 'hot_qualified', 'high_commission', 'negative_sentiment', 'fallback_exhausted', 'deadline_at_risk', 'agent_conflict', 'no_eligible_seat')),
	CONSTRAINT "escalations_severity_ck" CHECK ("escalations"."severity" in ('critical', 'high', 'medium', 'low')),
	CONSTRAINT "escalations_status_ck" CHECK ("escalations"."status" in ('open', 'acknowledged', 'resolved')),
	CONSTRAINT "escalations_sla_order_ck" CHECK ("escalations"."resolve_due_at" >= "escalations"."ack_due_at"),
	CONSTRAINT "escalations_resolved_ck" CHECK ("escalations"."status" <> 'resolved' or ("escalations"."resolved_at" is not null and "escalations"."resolution" is not null)),
	CONSTRAINT "escalations_acknowledged_ck" CHECK ("escalations"."status" = 'open' or "escalations"."acknowledged_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "handoffs" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"from_seat_id" uuid,
	"to_seat_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"initiated_by" text NOT NULL,
	"reason" text NOT NULL,
	"dossier" jsonb NOT NULL,
	"state" text DEFAULT 'proposed' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone,
	CONSTRAINT "handoffs_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "handoffs_kind_ck" CHECK ("handoffs"."kind" in ('transfer', 'add_support')),
	CONSTRAINT "handoffs_initiator_ck" CHECK ("handoffs"."initiated_by" in ('seat', 'coordinator', 'rebalance', 'overseer')),
	CONSTRAINT "handoffs_state_ck" CHECK ("handoffs"."state" in ('proposed', 'accepted', 'rejected', 'completed', 'cancelled')),
	CONSTRAINT "handoffs_not_self_ck" CHECK ("handoffs"."from_seat_id" is null or "handoffs"."from_seat_id" <> "handoffs"."to_seat_id")
);
--> statement-breakpoint
CREATE TABLE "quality_findings" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"interaction_id" uuid,
	"client_id" uuid,
	"seat_id" uuid,
	"rule" text NOT NULL,
	"level" text NOT NULL,
	"code" text NOT NULL,
	"excerpt" text NOT NULL,
	"message" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "quality_findings_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "quality_findings_rule_ck" CHECK ("quality_findings"."rule" in ('fair_housing', 'tcpa', 'can_spam', 'ai_disclosure', 'methodology', 'tone')),
	CONSTRAINT "quality_findings_level_ck" CHECK ("quality_findings"."level" in ('block', 'warn', 'info'))
);
--> statement-breakpoint
CREATE TABLE "transactions" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"market_id" uuid,
	"property_address" text NOT NULL,
	"postal_code" text,
	"side" text NOT NULL,
	"price" integer NOT NULL,
	"commission_rate" double precision DEFAULT 0.06 NOT NULL,
	"stage" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"dual_agency" boolean DEFAULT false NOT NULL,
	"acceptance_date" date,
	"close_of_escrow_date" date,
	"contract_dates" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "transactions_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "transactions_side_ck" CHECK ("transactions"."side" in ('buy', 'sell', 'dual')),
	CONSTRAINT "transactions_status_ck" CHECK ("transactions"."status" in ('open', 'closed', 'cancelled')),
	CONSTRAINT "transactions_stage_ck" CHECK ("transactions"."stage" in ('New Lead', 'Qualifying', 'Warm Seller', 'Hot Seller', 'Listing Appointment', 'Listed', 'Under Contract', 'Closed', 'Lost', 'Financially Ready', 'Showing Scheduled')),
	CONSTRAINT "transactions_price_ck" CHECK ("transactions"."price" > 0),
	CONSTRAINT "transactions_rate_ck" CHECK ("transactions"."commission_rate" > 0 and "transactions"."commission_rate" <= 0.1),
	CONSTRAINT "transactions_dates_ck" CHECK ("transactions"."close_of_escrow_date" is null or "transactions"."acceptance_date" is null or "transactions"."close_of_escrow_date" >= "transactions"."acceptance_date"),
	CONSTRAINT "transactions_dual_flag_ck" CHECK ("transactions"."side" <> 'dual' or "transactions"."dual_agency")
);
--> statement-breakpoint
CREATE TABLE "listings" (
	"organization_id" uuid NOT NULL,
	"ListingKey" text NOT NULL,
	"market_id" uuid NOT NULL,
	"StandardStatus" text NOT NULL,
	"PropertyType" text NOT NULL,
	"ListPrice" integer NOT NULL,
	"ClosePrice" integer,
	"LivingArea" integer NOT NULL,
	"BedroomsTotal" integer NOT NULL,
	"BathroomsTotalInteger" integer NOT NULL,
	"YearBuilt" integer,
	"UnparsedAddress" text NOT NULL,
	"PostalCode" text NOT NULL,
	"City" text NOT NULL,
	"Latitude" double precision NOT NULL,
	"Longitude" double precision NOT NULL,
	"ListingContractDate" date NOT NULL,
	"CloseDate" date,
	"DaysOnMarket" integer NOT NULL,
	CONSTRAINT "listings_organization_id_ListingKey_pk" PRIMARY KEY("organization_id","ListingKey"),
	CONSTRAINT "listings_status_ck" CHECK ("listings"."StandardStatus" in ('Active', 'Pending', 'Closed', 'Canceled', 'Expired', 'Withdrawn')),
	CONSTRAINT "listings_type_ck" CHECK ("listings"."PropertyType" in ('Residential', 'Condominium', 'Townhouse', 'Land', 'MultiFamily')),
	CONSTRAINT "listings_prices_ck" CHECK ("listings"."ListPrice" > 0 and ("listings"."ClosePrice" is null or "listings"."ClosePrice" > 0)),
	CONSTRAINT "listings_closed_has_price_ck" CHECK ("listings"."StandardStatus" <> 'Closed' or ("listings"."ClosePrice" is not null and "listings"."CloseDate" is not null)),
	CONSTRAINT "listings_close_after_list_ck" CHECK ("listings"."CloseDate" is null or "listings"."CloseDate" >= "listings"."ListingContractDate"),
	CONSTRAINT "listings_sizes_ck" CHECK ("listings"."LivingArea" > 0 and "listings"."BedroomsTotal" >= 0 and "listings"."BathroomsTotalInteger" >= 0 and "listings"."DaysOnMarket" >= 0)
);
--> statement-breakpoint
CREATE TABLE "performance_snapshots" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"seat_id" uuid NOT NULL,
	"period" text NOT NULL,
	"period_start" date NOT NULL,
	"clients_handled" integer NOT NULL,
	"conversions" integer NOT NULL,
	"avg_response_seconds" integer NOT NULL,
	"satisfaction" double precision NOT NULL,
	"commission" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "performance_snapshots_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "performance_snapshots_period" UNIQUE("organization_id","seat_id","period","period_start"),
	CONSTRAINT "performance_snapshots_period_ck" CHECK ("performance_snapshots"."period" in ('week', 'month')),
	CONSTRAINT "performance_snapshots_counts_ck" CHECK ("performance_snapshots"."clients_handled" >= 0 and "performance_snapshots"."conversions" between 0 and "performance_snapshots"."clients_handled"),
	CONSTRAINT "performance_snapshots_satisfaction_ck" CHECK ("performance_snapshots"."satisfaction" between 0 and 1)
);
--> statement-breakpoint
CREATE TABLE "service_vendors" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"market_id" uuid NOT NULL,
	"category" text NOT NULL,
	"name" text NOT NULL,
	"phone" text,
	"email" text,
	"rating" double precision,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_vendors_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "service_vendors_category_ck" CHECK ("service_vendors"."category" in ('inspector', 'contractor', 'title', 'escrow', 'lender', 'photographer', 'stager', 'attorney')),
	CONSTRAINT "service_vendors_rating_ck" CHECK ("service_vendors"."rating" is null or "service_vendors"."rating" between 0 and 5)
);
--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "markets" ADD CONSTRAINT "markets_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_permissions" ADD CONSTRAINT "role_permissions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settings" ADD CONSTRAINT "settings_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seat_markets" ADD CONSTRAINT "seat_markets_seat_fk" FOREIGN KEY ("organization_id","seat_id") REFERENCES "public"."seats"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seat_markets" ADD CONSTRAINT "seat_markets_market_fk" FOREIGN KEY ("organization_id","market_id") REFERENCES "public"."markets"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seat_skills" ADD CONSTRAINT "seat_skills_seat_fk" FOREIGN KEY ("organization_id","seat_id") REFERENCES "public"."seats"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seats" ADD CONSTRAINT "seats_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seats" ADD CONSTRAINT "seats_user_fk" FOREIGN KEY ("organization_id","user_id") REFERENCES "public"."users"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_requests" ADD CONSTRAINT "client_requests_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_requests" ADD CONSTRAINT "client_requests_client_fk" FOREIGN KEY ("organization_id","client_id") REFERENCES "public"."clients"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clients" ADD CONSTRAINT "clients_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clients" ADD CONSTRAINT "clients_market_fk" FOREIGN KEY ("organization_id","market_id") REFERENCES "public"."markets"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clients" ADD CONSTRAINT "clients_owner_fk" FOREIGN KEY ("organization_id","owner_seat_id") REFERENCES "public"."seats"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interactions" ADD CONSTRAINT "interactions_client_fk" FOREIGN KEY ("organization_id","client_id") REFERENCES "public"."clients"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interactions" ADD CONSTRAINT "interactions_seat_fk" FOREIGN KEY ("organization_id","seat_id") REFERENCES "public"."seats"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_client_fk" FOREIGN KEY ("organization_id","client_id") REFERENCES "public"."clients"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_seat_fk" FOREIGN KEY ("organization_id","seat_id") REFERENCES "public"."seats"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_client_fk" FOREIGN KEY ("organization_id","client_id") REFERENCES "public"."clients"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_seat_fk" FOREIGN KEY ("organization_id","seat_id") REFERENCES "public"."seats"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_request_fk" FOREIGN KEY ("organization_id","request_id") REFERENCES "public"."client_requests"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalation_notes" ADD CONSTRAINT "escalation_notes_escalation_fk" FOREIGN KEY ("organization_id","escalation_id") REFERENCES "public"."escalations"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalation_notes" ADD CONSTRAINT "escalation_notes_author_fk" FOREIGN KEY ("organization_id","author_user_id") REFERENCES "public"."users"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalations" ADD CONSTRAINT "escalations_client_fk" FOREIGN KEY ("organization_id","client_id") REFERENCES "public"."clients"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalations" ADD CONSTRAINT "escalations_seat_fk" FOREIGN KEY ("organization_id","seat_id") REFERENCES "public"."seats"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalations" ADD CONSTRAINT "escalations_owner_fk" FOREIGN KEY ("organization_id","owner_user_id") REFERENCES "public"."users"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handoffs" ADD CONSTRAINT "handoffs_client_fk" FOREIGN KEY ("organization_id","client_id") REFERENCES "public"."clients"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handoffs" ADD CONSTRAINT "handoffs_from_fk" FOREIGN KEY ("organization_id","from_seat_id") REFERENCES "public"."seats"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handoffs" ADD CONSTRAINT "handoffs_to_fk" FOREIGN KEY ("organization_id","to_seat_id") REFERENCES "public"."seats"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_findings" ADD CONSTRAINT "quality_findings_interaction_fk" FOREIGN KEY ("organization_id","interaction_id") REFERENCES "public"."interactions"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_findings" ADD CONSTRAINT "quality_findings_client_fk" FOREIGN KEY ("organization_id","client_id") REFERENCES "public"."clients"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_findings" ADD CONSTRAINT "quality_findings_seat_fk" FOREIGN KEY ("organization_id","seat_id") REFERENCES "public"."seats"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transactions" ADD CONSTRAINT "transactions_client_fk" FOREIGN KEY ("organization_id","client_id") REFERENCES "public"."clients"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transactions" ADD CONSTRAINT "transactions_market_fk" FOREIGN KEY ("organization_id","market_id") REFERENCES "public"."markets"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listings" ADD CONSTRAINT "listings_market_fk" FOREIGN KEY ("organization_id","market_id") REFERENCES "public"."markets"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "performance_snapshots" ADD CONSTRAINT "performance_snapshots_seat_fk" FOREIGN KEY ("organization_id","seat_id") REFERENCES "public"."seats"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_vendors" ADD CONSTRAINT "service_vendors_market_fk" FOREIGN KEY ("organization_id","market_id") REFERENCES "public"."markets"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "api_tokens_lookup" ON "api_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "audit_log_entity" ON "audit_log" USING btree ("organization_id","entity_type","entity_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_at" ON "audit_log" USING btree ("organization_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "users_org_email" ON "users" USING btree ("organization_id",lower("email"));--> statement-breakpoint
CREATE INDEX "users_email" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "seat_markets_market" ON "seat_markets" USING btree ("organization_id","market_id");--> statement-breakpoint
CREATE INDEX "seats_role" ON "seats" USING btree ("organization_id","role");--> statement-breakpoint
CREATE UNIQUE INDEX "client_requests_idempotency" ON "client_requests" USING btree ("organization_id","source","idempotency_key");--> statement-breakpoint
CREATE INDEX "client_requests_status" ON "client_requests" USING btree ("organization_id","status","received_at");--> statement-breakpoint
CREATE UNIQUE INDEX "clients_org_ghl_contact" ON "clients" USING btree ("organization_id","ghl_contact_id") WHERE "clients"."ghl_contact_id" is not null;--> statement-breakpoint
CREATE INDEX "clients_stage" ON "clients" USING btree ("organization_id","pipeline","stage");--> statement-breakpoint
CREATE INDEX "clients_owner" ON "clients" USING btree ("organization_id","owner_seat_id");--> statement-breakpoint
CREATE INDEX "clients_market" ON "clients" USING btree ("organization_id","market_id");--> statement-breakpoint
CREATE INDEX "interactions_client_time" ON "interactions" USING btree ("organization_id","client_id","occurred_at");--> statement-breakpoint
CREATE INDEX "interactions_seat_time" ON "interactions" USING btree ("organization_id","seat_id","occurred_at");--> statement-breakpoint
CREATE UNIQUE INDEX "interactions_external" ON "interactions" USING btree ("organization_id","external_id") WHERE "interactions"."external_id" is not null;--> statement-breakpoint
CREATE INDEX "tasks_seat_due" ON "tasks" USING btree ("organization_id","seat_id","status","due_at");--> statement-breakpoint
CREATE INDEX "tasks_client" ON "tasks" USING btree ("organization_id","client_id");--> statement-breakpoint
CREATE INDEX "assignments_seat_state" ON "assignments" USING btree ("organization_id","seat_id","state");--> statement-breakpoint
CREATE INDEX "assignments_client" ON "assignments" USING btree ("organization_id","client_id","state");--> statement-breakpoint
CREATE INDEX "assignments_expiry" ON "assignments" USING btree ("organization_id","expires_at") WHERE "assignments"."state" = 'offered';--> statement-breakpoint
CREATE UNIQUE INDEX "assignments_one_active_lead" ON "assignments" USING btree ("organization_id","client_id") WHERE "assignments"."team_role" = 'lead' and "assignments"."state" in ('offered', 'accepted');--> statement-breakpoint
CREATE UNIQUE INDEX "assignments_one_active_per_seat" ON "assignments" USING btree ("organization_id","client_id","seat_id") WHERE "assignments"."state" in ('offered', 'accepted');--> statement-breakpoint
CREATE INDEX "escalations_status" ON "escalations" USING btree ("organization_id","status","created_at");--> statement-breakpoint
CREATE INDEX "escalations_client" ON "escalations" USING btree ("organization_id","client_id");--> statement-breakpoint
CREATE INDEX "handoffs_client_time" ON "handoffs" USING btree ("organization_id","client_id","created_at");--> statement-breakpoint
CREATE INDEX "handoffs_to_state" ON "handoffs" USING btree ("organization_id","to_seat_id","state");--> statement-breakpoint
CREATE INDEX "quality_findings_seat_time" ON "quality_findings" USING btree ("organization_id","seat_id","created_at");--> statement-breakpoint
CREATE INDEX "transactions_client" ON "transactions" USING btree ("organization_id","client_id");--> statement-breakpoint
CREATE INDEX "transactions_status" ON "transactions" USING btree ("organization_id","status","close_of_escrow_date");--> statement-breakpoint
CREATE INDEX "listings_market_close" ON "listings" USING btree ("organization_id","market_id","StandardStatus","CloseDate");--> statement-breakpoint
CREATE INDEX "listings_postal" ON "listings" USING btree ("organization_id","PostalCode");--> statement-breakpoint
CREATE INDEX "service_vendors_market" ON "service_vendors" USING btree ("organization_id","market_id","category");