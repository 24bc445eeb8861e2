ALTER TABLE "client_requests" ADD COLUMN "priority" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "client_requests_waiting" ON "client_requests" USING btree ("priority","received_at") WHERE "client_requests"."status" = 'received';--> statement-breakpoint
ALTER TABLE "client_requests" ADD CONSTRAINT "client_requests_priority_ck" CHECK ("client_requests"."priority" in (0, 1));