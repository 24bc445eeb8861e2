ALTER TABLE "clients" ALTER COLUMN "pre_approved" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "clients" ALTER COLUMN "pre_approved" DROP NOT NULL;--> statement-breakpoint
-- Markets made before aliases existed get the place names clients use for the default five.
UPDATE "markets" SET "aliases" = ARRAY['Alta Loma', 'Etiwanda', 'Terra Vista', 'Victoria Gardens', 'Day Creek', 'Central RC']::text[] WHERE "slug" = 'rancho-cucamonga' AND cardinality("aliases") = 0;--> statement-breakpoint
UPDATE "markets" SET "aliases" = ARRAY['Upland', 'Ontario']::text[] WHERE "slug" = 'upland-ontario' AND cardinality("aliases") = 0;--> statement-breakpoint
UPDATE "markets" SET "aliases" = ARRAY['Fontana']::text[] WHERE "slug" = 'fontana' AND cardinality("aliases") = 0;--> statement-breakpoint
UPDATE "markets" SET "aliases" = ARRAY['Chino Hills']::text[] WHERE "slug" = 'chino-hills' AND cardinality("aliases") = 0;--> statement-breakpoint
UPDATE "markets" SET "aliases" = ARRAY['Eastvale']::text[] WHERE "slug" = 'eastvale' AND cardinality("aliases") = 0;
