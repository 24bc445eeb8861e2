import type { FieldMapping } from "../intake/custom-fields";
import { normalizePhone, type NormalizedDelivery } from "../intake/normalize-ghl";
import type { ClientRequestInput } from "../intake/request-input";
import type { Channel } from "../team/vocabulary";
import type { ArrivingFacts, ConsentSignal } from "./client-update";
import { crmFacts, type CrmFacts } from "./crm-facts";

/** One request as intake uses it, whichever door it came through. */
export interface ArrivingRequest {
  /** The request in the shared shape, complete enough to create the client. */
  input: ClientRequestInput;
  /** What the request states about the client, for updating one on file; nothing said is absent. */
  facts: ArrivingFacts;
  consent: ConsentSignal;
  /** The channel of the client's words, when they came with the request. */
  channel: Channel;
}

/** Drops the keys whose value is undefined, so a spread never overwrites a fact with nothing. */
function defined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The facts of a request in the shared shape: explicit fields first, then what the mapping finds in its custom fields. */
function factsOf(input: ClientRequestInput): ArrivingFacts {
  return defined({
    firstName: input.contact.firstName, lastName: input.contact.lastName || undefined, email: input.contact.email, phone: input.contact.phone,
    propertyAddress: input.propertyAddress, city: input.city, state: input.state, postalCode: input.postalCode, leadSource: input.leadSource, timeZone: input.timeZone,
    budgetMin: input.budgetMin, budgetMax: input.budgetMax, priceExpectation: input.priceExpectation, preApproved: input.preApproved, timelineDays: input.timelineDays,
    tags: input.tags, customFields: input.customFields,
  });
}

/**
 * A request from the overseer's form or the JSON API: the phone in E.164 when it reads as one,
 * the custom fields' facts filling what the explicit fields leave open, consent as given.
 */
export function requestFromForm(input: ClientRequestInput, mapping: FieldMapping): ArrivingRequest {
  const phone = normalizePhone(input.contact.phone) ?? input.contact.phone;
  const open = Object.entries(crmFacts(input.customFields, mapping)).filter(([key]) => input[key as keyof CrmFacts] === undefined);
  const filled: ClientRequestInput = { ...input, ...Object.fromEntries(open), contact: { ...input.contact, ...defined({ phone }) } };
  return { input: filled, facts: factsOf(filled), consent: { smsConsent: input.smsConsent, emailConsent: input.emailConsent }, channel: "note" };
}

/**
 * A GoHighLevel delivery: the contact's fields (address1 is the property address, source the
 * lead source, timezone the time zone), the mapped custom fields (which win over the contact's
 * own address and ZIP: the overseer pointed them at the property), do-not-disturb as consent.
 * A client who writes to the team by text or email asks for an answer on that channel: the reply
 * is responsive, sent with the client's prior express consent (the FCC treats a text the
 * consumer starts as consent to answer it), so an inbound message grants its channel unless the
 * CRM has the client on do-not-disturb there or the client opted out.
 * A contact GHL names nobody is "New lead" only when the client is created.
 */
export function requestFromGhl(d: NormalizedDelivery, mapping: FieldMapping): ArrivingRequest {
  const c = d.contact;
  const mapped = crmFacts(c.customFields, mapping);
  const input: ClientRequestInput = {
    ...mapped,
    ...defined({ city: c.city ?? undefined, state: c.state ?? undefined, timeZone: c.timeZone ?? undefined }),
    contact: defined({ firstName: c.firstName ?? "New lead", lastName: c.lastName ?? "", email: c.email ?? undefined, phone: c.phone ?? undefined, ghlContactId: d.contactId }) as ClientRequestInput["contact"],
    type: d.clientType,
    propertyAddress: mapped.propertyAddress ?? c.address1 ?? undefined,
    postalCode: mapped.postalCode ?? c.postalCode ?? undefined,
    leadSource: mapped.leadSource ?? c.source ?? undefined,
    message: d.message?.direction === "inbound" ? d.message.body : undefined,
    tags: c.tags ?? [],
    customFields: c.customFields,
    smsConsent: false,
    emailConsent: false,
  };
  const facts: ArrivingFacts = { ...factsOf(input), firstName: c.firstName ?? undefined, tags: c.tags ?? undefined, replaceTags: d.replaceTags };
  const wrote = d.message?.direction === "inbound" ? d.message.channel : null;
  const consent = { doNotDisturb: c.doNotDisturb, ...(wrote === "sms" ? { smsConsent: true } : {}), ...(wrote === "email" ? { emailConsent: true } : {}) };
  return { input: defined(input) as ClientRequestInput, facts: defined(facts), consent, channel: d.message?.channel ?? "sms" };
}
