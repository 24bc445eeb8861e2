import type { Prng } from "./prng";

/** Names for made-up clients; the mix reflects the Inland Empire. */
const HISPANIC_FIRST = [
  "Alejandro", "Ana", "Carlos", "Carmen", "Daniela", "Diego", "Elena", "Fernando", "Gabriela", "Guadalupe", "Héctor", "Isabel",
  "Javier", "Jesús", "Jorge", "José", "Juan", "Lucía", "Luis", "Marisol", "Miguel", "Mónica", "Patricia", "Rafael", "Ricardo",
  "Rosa", "Sergio", "Silvia", "Valeria", "Verónica", "Yesenia", "Adriana", "Armando", "Beatriz", "Eduardo", "Leticia",
];
const HISPANIC_LAST = [
  "García", "Hernández", "López", "Martínez", "González", "Rodríguez", "Pérez", "Sánchez", "Ramírez", "Torres", "Flores", "Rivera",
  "Gómez", "Díaz", "Reyes", "Morales", "Cruz", "Ortiz", "Gutiérrez", "Chávez", "Ramos", "Mendoza", "Ruiz", "Álvarez", "Castillo",
  "Jiménez", "Vásquez", "Romero", "Herrera", "Medina", "Aguilar", "Vargas", "Castro", "Guzmán", "Salazar", "Delgado",
];
const OTHER_FIRST = [
  "James", "Michael", "Sarah", "Jennifer", "David", "Ashley", "Christopher", "Jessica", "Matthew", "Emily", "Joshua", "Amanda",
  "Andrew", "Stephanie", "Ryan", "Nicole", "Brandon", "Megan", "Tyler", "Rachel", "Kevin", "Lauren", "Jason", "Samantha",
  "Wei", "Mei", "Jun", "Linh", "Minh", "Thuy", "Hyun", "Ji-woo", "Arjun", "Priya", "Ravi", "Anjali", "Omar", "Layla", "Tariq",
  "Nadia", "Andre", "Keisha", "Darnell", "Imani", "Jamal", "Tiana", "Paolo", "Maricel", "Ramon", "Joy", "Aaron", "Hannah",
];
const OTHER_LAST = [
  "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Thomas", "Moore",
  "Jackson", "Martin", "Lee", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen",
  "Nguyen", "Tran", "Pham", "Le", "Chen", "Wang", "Liu", "Zhang", "Kim", "Park", "Choi", "Patel", "Shah", "Singh", "Khan",
  "Haddad", "Nasser", "Washington", "Coleman", "Brooks", "Santos", "Reyes", "Dela Cruz", "Bautista", "Okoye", "Mensah",
];

export interface PersonName {
  firstName: string;
  lastName: string;
}

/** A made-up person's name; Spanish speakers get Hispanic names, others a mix. */
export function personName(rng: Prng, spanishSpeaker: boolean): PersonName {
  const hispanic = spanishSpeaker || rng.chance(0.3);
  if (hispanic) {
    const lastName = rng.chance(0.12) ? `${rng.pick(HISPANIC_LAST)}-${rng.pick(HISPANIC_LAST)}` : rng.pick(HISPANIC_LAST);
    return { firstName: rng.pick(HISPANIC_FIRST), lastName };
  }
  return { firstName: rng.pick(OTHER_FIRST), lastName: rng.pick(OTHER_LAST) };
}

const ASCII: Record<string, string> = { á: "a", é: "e", í: "i", ó: "o", ú: "u", ñ: "n", ü: "u", Á: "a", É: "e", Ó: "o", Ú: "u" };

/** A lowercase ASCII slug of a name for e-mail addresses. */
export function emailSlug(text: string): string {
  return text
    .replace(/[áéíóúñüÁÉÓÚ]/g, (c) => ASCII[c] ?? c)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "");
}

const EMAIL_DOMAINS = ["example.com", "example.net", "example.org"] as const;

/** A made-up e-mail address on a reserved example domain, unique through the client index. */
export function clientEmail(rng: Prng, name: PersonName, index: number): string {
  const first = emailSlug(name.firstName);
  const last = emailSlug(name.lastName);
  const local = rng.weighted([[`${first}.${last}`, 4], [`${first[0]}${last}`, 3], [`${first}${last}`, 2]] as const);
  return `${local}${index}@${rng.pick(EMAIL_DOMAINS)}`;
}

const AREA_CODES = ["909", "951", "626", "714", "562", "213", "818"] as const;

/** A phone number in E.164 form from the 555 exchange, unique per client index up to 70,000. */
export function clientPhone(index: number): string {
  const area = AREA_CODES[Math.floor(index / 10_000) % AREA_CODES.length]!;
  return `+1${area}555${String(index % 10_000).padStart(4, "0")}`;
}

/** A made-up street address on a real street of the city. */
export function streetAddress(rng: Prng, streets: readonly string[]): string {
  return `${rng.int(10, 139) * 100 + rng.int(0, 99)} ${rng.pick(streets)}`;
}
