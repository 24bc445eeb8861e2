import { parseMoneyRange, parseMoneyText } from "../input/money-text";
import { CLIENT_TYPES, type ClientType } from "../team/vocabulary";
import { clientRequestInputSchema, pipelineFor, stagesFor, type ClientRequestInput } from "./request-input";
import { parseTimelineDays } from "./timeline-text";

/** The fields of the New request form, as the browser names them. */
export const REQUEST_FORM_FIELDS = [
  "firstName", "lastName", "email", "phone", "type", "stage", "leadSource", "language", "tags", "postalCode", "city",
  "propertyAddress", "priceExpectation", "budget", "timelineDays", "preApproved", "message", "smsConsent", "emailConsent", "externalId",
] as const;
export type RequestFormField = (typeof REQUEST_FORM_FIELDS)[number];
export type RequestFormErrors = Partial<Record<RequestFormField, string>>;
export type RequestFormReading = { ok: true; input: ClientRequestInput } | { ok: false; fieldErrors: RequestFormErrors };

export const PRICE_WORDS = "Write a price like 850,000 or $850k";
export const BUDGET_WORDS = "Write a budget like 800k, or a range like $700-800K";
const TIMELINE_WORDS = "Write the timeline like 45, 6 weeks or 3-6 months, or leave it empty";

/** What each field's refusal says on the form, whatever rule of the shared request shape it broke. */
const WORDS: Record<RequestFormField, string | ((issue: { code: string }, type: ClientType) => string)> = {
  firstName: (issue) => (issue.code === "too_small" ? "Give the client's first name" : "Keep the first name to 80 characters"),
  lastName: "Keep the last name to 80 characters",
  email: (issue) => (issue.code === "custom" ? "Give an email or a phone number so the team can reach them" : "Enter an email address like name@example.com"),
  phone: "Enter a phone number such as +1 909 555 0100",
  type: "Choose buyer, seller, investor or renter",
  stage: (_issue, type) => `Choose a stage of the ${pipelineFor(type)} pipeline: ${stagesFor(type).join(", ")}`,
  leadSource: "Keep the lead source to 80 characters",
  language: "Choose a language from the list",
  tags: "Keep each tag to 60 characters, and at most 50 tags",
  postalCode: "Enter a 5-digit ZIP code such as 91737",
  city: "Keep the city to 80 characters",
  propertyAddress: "Keep the address to 200 characters",
  priceExpectation: "Amounts above $100M are not plausible: check the zeros",
  budget: (issue) => (issue.code === "custom" ? "The budget's low end is above its high end: write it low to high, like $700-800K" : "Amounts above $100M are not plausible: check the zeros"),
  timelineDays: TIMELINE_WORDS,
  preApproved: "Choose Yes, No or Not asked yet",
  message: "Keep the client's words to 5,000 characters",
  smsConsent: "Tick the box, or leave it empty",
  emailConsent: "Tick the box, or leave it empty",
  externalId: "This form is out of date: reload the page and enter the request again",
};

/** The form field a rule of the shared request shape is about (contact.email -> email, budgetMax -> budget). */
function fieldOf(path: readonly PropertyKey[]): RequestFormField {
  const [head, next] = path.map(String);
  if (head === "contact") return next === "firstName" || next === "lastName" || next === "phone" ? next : "email";
  if (head === "budgetMin" || head === "budgetMax") return "budget";
  return (REQUEST_FORM_FIELDS as readonly string[]).includes(head ?? "") ? (head as RequestFormField) : "externalId";
}

const YES_NO: Readonly<Record<string, boolean | undefined>> = { "": undefined, unknown: undefined, yes: true, on: true, true: true, no: false, false: false };

/**
 * Reads the New request form (its entries as the browser sent them) into the shared request
 * shape: money as people write it, the budget as one amount or a range, the timeline in days,
 * weeks or months, pre-approval as yes / no / not asked yet, blank fields left out. A refusal names each field in the form's words.
 */
export function readRequestForm(entries: Iterable<readonly [string, unknown]>): RequestFormReading {
  const text: Record<string, string> = {};
  for (const [name, value] of entries) if (typeof value === "string" && !(name in text)) text[name] = value.trim();
  const given = (name: RequestFormField) => text[name] || undefined;
  const errors: RequestFormErrors = {};
  const price = given("priceExpectation") === undefined ? undefined : parseMoneyText(given("priceExpectation")!);
  if (price === null) errors.priceExpectation = PRICE_WORDS;
  const budget = given("budget") === undefined ? undefined : parseMoneyRange(given("budget")!);
  if (budget === null) errors.budget = BUDGET_WORDS;
  const timeline = given("timelineDays") === undefined ? undefined : parseTimelineDays(given("timelineDays")!);
  if (timeline === null) errors.timelineDays = TIMELINE_WORDS;
  const preApproved = YES_NO[(text.preApproved ?? "").toLowerCase()];
  if (!Object.hasOwn(YES_NO, (text.preApproved ?? "").toLowerCase())) errors.preApproved = WORDS.preApproved as string;
  const type = (CLIENT_TYPES as readonly string[]).includes(text.type ?? "") ? (text.type as ClientType) : "buyer";
  const parsed = clientRequestInputSchema.safeParse({
    contact: { firstName: text.firstName ?? "", lastName: given("lastName"), email: given("email"), phone: given("phone") },
    type: text.type,
    stage: given("stage"),
    leadSource: given("leadSource"),
    language: given("language")?.toLowerCase(),
    tags: given("tags")?.split(",").map((t) => t.trim()).filter(Boolean) ?? [],
    postalCode: given("postalCode")?.replace(/^(\d{5})-\d{4}$/, "$1"),
    city: given("city"),
    propertyAddress: given("propertyAddress"),
    priceExpectation: price ?? undefined,
    budgetMin: budget?.min ?? undefined,
    budgetMax: budget?.max ?? undefined,
    timelineDays: timeline ?? undefined,
    preApproved,
    message: given("message"),
    smsConsent: text.smsConsent === "on",
    emailConsent: text.emailConsent === "on",
    externalId: given("externalId"),
  });
  for (const issue of parsed.error?.issues ?? []) {
    const field = fieldOf(issue.path);
    const words = WORDS[field];
    errors[field] ??= typeof words === "string" ? words : words(issue, type);
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, fieldErrors: errors };
  return { ok: true, input: parsed.data };
}
