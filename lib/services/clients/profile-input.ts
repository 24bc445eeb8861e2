import { z } from "zod";
import { isTimeZone } from "@/lib/domain/appointments/wall-time";
import { parseMoneyRange, parseMoneyText } from "@/lib/domain/input/money-text";
import { toE164 } from "@/lib/domain/input/phone-number";

const blankToNull = (v: string) => (v === "" ? null : v);
const text = (max: number, tooLong: string) => z.string().trim().max(max, tooLong).optional().default("").transform(blankToNull);
const checkbox = z.union([z.boolean(), z.enum(["on", "true", "false", ""])]).optional().transform((v) => v === true || v === "on" || v === "true");

/** A money field as people type it ("$850k", "1.2M", "850,000"), in whole dollars, or null when blank. */
const money = (what: string) =>
  text(40, `Write the ${what} as an amount, like $850k`).transform((v, ctx) => {
    if (v === null) return null;
    const amount = parseMoneyText(v);
    if (amount === null || amount <= 0) ctx.addIssue({ code: "custom", message: `Write the ${what} as an amount, like $850k or 850,000` });
    return amount;
  });

/**
 * The client profile form: name, contact, address, language, time zone, money, timeline,
 * pre-approval and consent. Blank optional fields clear the value; money reads the way people
 * type it; a phone is stored in international form (+19095550142); the budget may be a range.
 */
export const profileSchema = z.object({
  clientId: z.guid("The client id must be a UUID"),
  firstName: z.string({ error: "Enter the first name" }).trim().min(1, "Enter the first name").max(100, "Keep the first name under 100 characters"),
  lastName: text(100, "Keep the last name under 100 characters").transform((v) => v ?? ""),
  email: text(254, "An email address is at most 254 characters").pipe(z.email("Enter an email address like name@example.com").nullable()),
  phone: text(40, "Enter a phone number like (909) 555-0142").transform((v, ctx) => {
    if (v === null) return null;
    const read = toE164(v);
    if (!read.ok) ctx.addIssue({ code: "custom", message: read.error });
    return read.ok ? read.e164 : null;
  }),
  propertyAddress: text(300, "Keep the address under 300 characters"),
  city: text(100, "Keep the city under 100 characters"),
  postalCode: text(10, "Enter a 5-digit ZIP code, like 91739").pipe(z.string().regex(/^\d{5}(-\d{4})?$/, "Enter a 5-digit ZIP code, like 91739").nullable()),
  language: z.string().trim().toLowerCase().regex(/^[a-z]{2}$/, "Choose the language the client speaks"),
  timeZone: z.string().trim().refine(isTimeZone, "Choose the client's time zone from the list"),
  budget: text(60, "Write the budget like $700k-800k").transform((v, ctx) => {
    if (v === null) return { min: null, max: null };
    const range = parseMoneyRange(v);
    if (!range || (range.min !== null && range.max !== null && range.min > range.max)) ctx.addIssue({ code: "custom", message: "Write the budget like $750k, up to $800k, or $700k-800k" });
    return range ?? { min: null, max: null };
  }),
  price: money("price the seller expects"),
  timelineDays: text(6, "Enter the timeline in days, like 45").transform((v, ctx) => {
    if (v === null) return null;
    const days = Number(v);
    if (!/^\d+$/.test(v) || days > 3650) ctx.addIssue({ code: "custom", message: "Enter the timeline in whole days, like 45 (at most 3,650)" });
    return days;
  }),
  preApproved: z.enum(["yes", "no", "unknown", ""], { message: "Choose Yes, No or Not asked yet" }).optional().transform((v) => (v === "yes" ? true : v === "no" ? false : null)),
  preApprovalAmount: money("pre-approval amount"),
  smsConsent: checkbox,
  emailConsent: checkbox,
});

export type ProfileInput = z.infer<typeof profileSchema>;

