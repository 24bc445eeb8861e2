/**
 * Plain-language revocations of consent in English and Spanish (FCC rule in force since April
 * 2025: "any reasonable means"), and requests to start again. Each is a phrase over folded text
 * (see `phrase`); the detector adds the context logic (negation, first-person subject, another
 * organization's list, a channel the client keeps).
 */
export interface ConsentPhrase {
  kind: "optOut" | "optIn";
  language: "en" | "es";
  pattern: string;
  /** The client's own plans do not count ("should I stop texting you?", "I'll stop calling"). */
  notFirstPerson?: boolean;
}

const CONTACT = "texting|txting|texing|messaging|msging|contacting|calling|emailing|sending|bugging|bothering|harassing|spamming|hitting me up|reaching out|writing";
const ME_LIST = "your|this|the list|these|all|list|lists|texts?|messages?|contacts?|system|database|mailing|number|everything|marketing|updates|alerts|emails?|texting|sms";
const ES_VERB = "manden|mande|mandes|envien|envie|envies|escriban|escriba|escribas|contacten|contacte|contactes|llamen|llame|llames|molesten|moleste|molestes|texteen|textee|busquen|busque";
const ES_MORE = "mas|nada|mensajes|textos|correos|informacion|cosas|nunca|ofertas|casas";
const ES_GERUND = "mandandome|mandarme|enviandome|enviarme|escribiendome|escribirme|texteandome|textearme|llamandome|llamarme|molestandome|molestarme";
const MESSAGES = "texts|text messages|messages|msgs|txts|emails|e-mails|calls|spam|marketing|newsletters?|alerts|updates|notifications";
/** What "remove me from" or "opt out of" may be about when it is not the team's messages: the loan, the title, a warranty. */
const NOT_MESSAGES = "loan|title|deed|escrow|offer|contract|application|mortgage|lease|transaction|purchase|sale|paperwork|closing|file|house|home|property|agreement|co signer|cosigner|co signing|group chat|thread|warranty|home warranty|insurance|pmi|hoa|program|plan|policy|inspection|appraisal|search";
const NOT_ABOUT_MESSAGES = `(?! (?:from|off|out of|as|of|on) (?:the |this |that |a |an |my |our |his |her )?(?:${NOT_MESSAGES})\\b)`;

/** The revocation and opt-in phrases. */
export const CONSENT_PHRASES: readonly ConsentPhrase[] = [
  { kind: "optOut", language: "en", pattern: `(?:stop|quit|cease|discontinue|end) (?:${CONTACT})`, notFirstPerson: true },
  { kind: "optOut", language: "en", pattern: `(?:remove|take|delete|erase|drop|scratch|unsubscribe|opt) (?:me|us|my (?:number|name|info|information|email|contact|phone|address|email address|phone number)|this (?:address|email|email address|number|phone number|account))${NOT_ABOUT_MESSAGES}(?: (?:off|from|out)(?: (?:of )?(?:${ME_LIST}))?)?` },
  { kind: "optOut", language: "en", pattern: "(?:put|add|place|keep) (?:me|us|my number|this number|my email) (?:on|to|in) (?:your |the )?(?:do not (?:contact|call|text|email|disturb)|dnc|no contact|no call|suppression) list" },
  { kind: "optOut", language: "en", pattern: "(?:i|we) (?:hereby )?(?:revoke|withdraw|rescind|retract|cancel) (?:my|our|all|any) (?:prior )?(?:express )?(?:written )?(?:consent|permission|authorization)|(?:i|we) (?:no longer|do not|don't) consent to (?:receive|receiving|be contacted|being contacted|any|these|your|texts|messages|emails|calls)" },
  { kind: "optOut", language: "en", pattern: `stop (?:the|these|your|all the|all these|all|those|sending the|sending me) (?:${MESSAGES})|enough (?:with|of) (?:the |these |your |all the |all these |all )?(?:${MESSAGES})` },
  { kind: "optOut", language: "en", pattern: "(?:don't|dont|do not|never|please don't|pls dont|stop trying to) (?:ever )?(?:text|txt|message|msg|contact|call|email|bother|reach out to|write|send) (?:me|us|this number|to me|me any)" },
  { kind: "optOut", language: "en", pattern: "(?:cancel|end) my (?:subscription|texts|messages|alerts|notifications)|unsubscribe (?:me )?from (?:all|everything|these|this|your|the list|texts|messages)" },
  { kind: "optOut", language: "en", pattern: "no more (?:texts|text messages|messages|msgs|txts|emails|calls|spam|marketing|contact)" },
  { kind: "optOut", language: "en", pattern: "(?:i|we) (?:don't|dont|do not|no longer) want (?:any |to get |to receive |to be )?(?:more |these |your |any more |the |those )?(?:[a-z]+ )?(?:texts|messages|calls|emails|newsletters?|contact|contacted|to hear from you)" },
  { kind: "optOut", language: "en", pattern: `(?:want|wish|like|would like|need) to (?:opt out|unsubscribe|be removed|stop (?:receiving|getting))${NOT_ABOUT_MESSAGES}|how (?:do|can) (?:i|we) (?:stop (?:these|this|the|your)|unsubscribe|opt out|get off)` },
  { kind: "optOut", language: "en", pattern: "leave (?:me|us) alone|lose (?:my|this) number|delete (?:my|this) number|wrong number|wrong person" },
  { kind: "optOut", language: "es", pattern: `(?:ya no|no) (?:me|nos) (?:${ES_VERB})(?: (?:${ES_MORE}))|ya no (?:me|nos) (?:${ES_VERB})|no (?:me|nos) (?:vuelvan|vuelva|vuelvas) a (?:escribir|mandar|enviar|contactar|llamar|molestar|textear)\\w*` },
  { kind: "optOut", language: "es", pattern: "(?:dejen|deje|deja|dejar|paren|pare|para) de (?:mandar|enviar|escribir|contactar|llamar|molestar|textear)\\w*" },
  { kind: "optOut", language: "es", pattern: "(?:borren|borre|borra|quiten|quite|quita|saquen|saque|saca|eliminen|elimine|elimina)(?:me|nos)? (?:de|del) (?:su |la |tu |sus )?(?:lista|base|sistema|contactos)|(?:borrenme|borreme|quitenme|quiteme|saquenme|saqueme|eliminenme|elimineme) (?:de|del)" },
  { kind: "optOut", language: "es", pattern: `no (?:mas|mandes mas|manden mas) (?:mensajes|textos|correos|llamadas|spam|whats|ofertas)|stop (?:${ES_GERUND})|desuscrib(?:irme|anme|ame|eme|ete|ir)|desinscrib(?:irme|anme|ame)|(?:quiero|me quiero) desuscribir` },
  { kind: "optOut", language: "es", pattern: "no quiero recibir|no quiero que me (?:manden|envien|escriban|contacten|llamen)|no quiero (?:mas )?(?:mensajes|textos|correos|llamadas)|(?:darme|dar|me doy) de baja|quiero (?:darme de )?baja|numero equivocado" },
  { kind: "optIn", language: "en", pattern: "start (?:texting|messaging|sending) me again|(?:you can|please|go ahead and) (?:text|message) me again|opt me back in|resubscribe me|keep (?:texting|sending|messaging)" },
  { kind: "optIn", language: "es", pattern: "(?:pueden|puede|puedes) (?:volver a )?(?:escribirme|mandarme|enviarme) (?:de nuevo|otra vez)|vuelvan a (?:escribirme|mandarme)" },
];

/** A negation just before a match makes it the opposite ("don't stop sending listings", "please don't take me off"). */
export const NEGATED_BEFORE = /\b(?:don't|dont|do not|never|didn't|please don't)\s+(?:\w+\s+)?$/;

/** A first-person subject just before a match: the client's own plans ("should I stop texting you?"). */
export const FIRST_PERSON_BEFORE = /\b(?:i|we|i'll|we'll|i'd|we'd|i will|we will|should i|should we|can i|can we|let me|i'm gonna|i'm going to|i am going to)\s+$/;

/** A third party's list ("from the HOA newsletter"): a request about someone else's messages. */
export const SOMEONE_ELSE = /\b(?:from|off)\s+(?:the\s+|my\s+)?(?:hoa|newsletter|zillow|redfin|realtor\.com|lender|escrow|school|church|gym)\b/;

/** The client keeps texting while stopping calls ("text only please", "just text", "mejor mándenme texto"). */
export const KEEPS_TEXTS = /\b(?:text (?:only|instead|is (?:fine|ok|better))|texting is (?:fine|ok|better)|just text|text me instead|only text|solo (?:mensajes|textos)|(?:mejor |nomas |solo )?(?:mandenme|mandeme|mandame|envienme|envieme|enviame|escribanme|escribame|escribeme) (?:un |por )?(?:texto|textos|mensaje|mensajes|whats(?:app)?)|(?:mejor|solo|nomas) por (?:texto|mensaje|whats(?:app)?))\b/;
