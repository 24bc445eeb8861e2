import { VENDOR_CATEGORIES } from "../../domain/team/vocabulary";
import { addDays } from "./dates";
import { emailSlug } from "./people";
import type { SeedContext } from "./types";

type Category = (typeof VENDOR_CATEGORIES)[number];

const PREFIXES: Record<string, readonly string[]> = {
  "rancho-cucamonga": ["Red Hill", "Alta Loma", "Etiwanda Creek", "Haven Crest"],
  "upland-ontario": ["Euclid Avenue", "San Antonio Heights", "Citrus Belt"],
  fontana: ["Sierra Summit", "Jurupa Hills", "Foothill Works"],
  "chino-hills": ["Butterfield", "Carbon Canyon", "Hilltop Estates"],
  eastvale: ["Riverbend", "Hamner Park", "Santa Ana Valley"],
};

const NOUNS: Record<Category, string> = {
  inspector: "Home Inspections",
  contractor: "Builders",
  title: "Title Services",
  escrow: "Escrow",
  lender: "Home Loans",
  photographer: "Listing Photography",
  stager: "Staging Studio",
  attorney: "Real Estate Law",
};

const NOTES: Record<Category, string> = {
  inspector: "Reports within 24 hours; includes roof and sewer-line add-ons.",
  contractor: "Handles pre-listing repairs and repair-request credits.",
  title: "Preliminary title report usually in two business days.",
  escrow: "Sends wiring instructions by phone verification only.",
  lender: "Fast pre-approvals; FHA, VA and conventional.",
  photographer: "Photos, drone and floor plan next day.",
  stager: "Partial and full staging; two-week minimum.",
  attorney: "Probate, trust and divorce sales.",
};

/** Three to six fictional local vendors per market across the vendor categories. */
export function buildVendors(ctx: SeedContext): void {
  const rng = ctx.rng("vendors");
  let phone = 100;
  for (const m of ctx.markets) {
    const prefixes = PREFIXES[m.slug] ?? ["Inland"];
    for (const category of rng.sample(VENDOR_CATEGORIES, rng.int(3, 6))) {
      const name = `${rng.pick(prefixes)} ${NOUNS[category]}`;
      ctx.data.serviceVendors.push({
        organizationId: ctx.orgId, id: rng.uuid(), marketId: m.id, category, name,
        phone: `+1909555${String(phone++ % 200).padStart(4, "0")}`, email: `office@${emailSlug(name)}.example`,
        rating: Math.round(rng.between(3.6, 5) * 10) / 10, notes: NOTES[category], createdAt: addDays(ctx.asOf, -rng.int(60, 600)),
      });
    }
  }
}
