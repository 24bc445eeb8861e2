import { z } from "zod";
import { toE164 } from "../input/phone-number";
import { BUYER_STAGES, CLIENT_TYPES, PIPELINE_STAGES, SELLER_STAGES, type ClientType } from "../team/vocabulary";

const money = z.number().int("Use whole dollars").min(0, "Amounts cannot be negative").max(100_000_000, "Amounts above $100M are not plausible");

/**
 * One client request as every door delivers it (the overseer's form, the JSON API and, after
 * normalization, GoHighLevel webhooks): who the client is, what they want and where.
 */
export const clientRequestInputSchema = z
  .object({
    contact: z.object({
      firstName: z.string().trim().min(1, "Give the client's first name").max(80),
      lastName: z.string().trim().max(80).default(""),
      email: z.string().trim().toLowerCase().email("Enter an email address like name@example.com").max(254).optional(),
      phone: z
        .string()
        .trim()
        .max(40, "Enter a phone number such as +1 909 555 0100")
        .transform((v, ctx) => {
          const read = toE164(v);
          if (!read.ok) ctx.addIssue({ code: "custom", message: read.error });
          return read.ok ? read.e164 : v;
        })
        .optional(),
      ghlContactId: z.string().trim().min(1).max(100).optional(),
    }),
    type: z.enum(CLIENT_TYPES, { message: `type must be one of ${CLIENT_TYPES.join(", ")}` }),
    stage: z.enum(PIPELINE_STAGES as [string, ...string[]], { message: "stage must be a pipeline stage such as New Lead or Under Contract" }).optional(),
    message: z.string().trim().max(5000, "The request text is at most 5,000 characters").optional(),
    postalCode: z.string().trim().regex(/^\d{5}$/, "postalCode must be a 5-digit ZIP code").optional(),
    city: z.string().trim().max(80).optional(),
    state: z.string().trim().max(40).optional(),
    /** Where the lead came from as the team names it: Zillow, open house, referral, a GHL source. */
    leadSource: z.string().trim().min(1, "leadSource cannot be empty: leave it out instead").max(80, "leadSource is at most 80 characters").optional(),
    /** The CRM's custom fields, already flattened to name → value; the overseer's mapping reads them. */
    customFields: z.record(z.string().max(100), z.union([z.string().max(2000), z.number(), z.boolean(), z.null()])).default({}),
    /** The client's IANA time zone when the CRM knows it (America/Los_Angeles). */
    timeZone: z.string().trim().regex(/^[A-Za-z_]+(\/[A-Za-z0-9_+\-]+)*$/, "timeZone must be an IANA zone such as America/Los_Angeles").max(60).optional(),
    propertyAddress: z.string().trim().max(200).optional(),
    budgetMin: money.optional(),
    budgetMax: money.optional(),
    priceExpectation: money.optional(),
    preApproved: z.boolean().optional(),
    timelineDays: z.number().int().min(0).max(3650).optional(),
    language: z.string().trim().regex(/^[a-z]{2}$/, "language must be a two-letter code such as en or es").optional(),
    tags: z.array(z.string().trim().min(1).max(60)).max(50).default([]),
    smsConsent: z.boolean().default(false),
    emailConsent: z.boolean().default(false),
    externalId: z.string().trim().min(1).max(200).optional(),
  })
  .refine((r) => r.contact.email || r.contact.phone || r.contact.ghlContactId, { message: "Give at least an email, a phone number or a GoHighLevel contact id", path: ["contact"] })
  .refine((r) => !r.stage || stagesFor(r.type).some((s) => s === r.stage), {
    message: "stage is not a stage of this client's pipeline (sellers: New Lead … Listed, Under Contract; buyers: New Lead … Showing Scheduled, Under Contract)",
    path: ["stage"],
  })
  .refine((r) => r.budgetMin === undefined || r.budgetMax === undefined || r.budgetMin <= r.budgetMax, { message: "budgetMin cannot exceed budgetMax", path: ["budgetMin"] });

export type ClientRequestInput = z.infer<typeof clientRequestInputSchema>;

/** The pipeline a client type belongs to: sellers sell, everyone else buys or rents. */
export function pipelineFor(type: ClientType): "seller" | "buyer" {
  return type === "seller" ? "seller" : "buyer";
}

/** The stages a client of this type can be in: the seller pipeline's for sellers, the buyer pipeline's for the rest. */
export function stagesFor(type: ClientType): readonly string[] {
  return pipelineFor(type) === "seller" ? SELLER_STAGES : BUYER_STAGES;
}
