import fc from "fast-check";
import type { Db } from "@/lib/db/client";
import { farDate, nastyString, wrongType, wrongUuid } from "@/lib/domain/input/testing/arbitraries";
import { expectCleanOutcome } from "./row-counts";

/** One submitted field: text, or a file where text was expected. */
export type FieldEntry = [name: string, value: string | { file: string }];
/** A submission as fast-check prints it: the fields of a form, or something forged that is not a form at all. */
export type Submission = { fields: FieldEntry[] } | { forged: unknown };

/** A field's value: kept as valid with weight `keep` against 8 for all the bad kinds together. */
const fieldText = (valid: string, keep: number): fc.Arbitrary<string | { file: string } | null> =>
  fc.oneof(
    { weight: keep, arbitrary: fc.constant(valid) },
    { weight: 3, arbitrary: nastyString },
    { weight: 1, arbitrary: fc.constantFrom(`${valid}\u0000`, `\u0000${valid}`, `${valid}\uD83D`, valid.toUpperCase(), ` ${valid} `) },
    { weight: 1, arbitrary: wrongUuid },
    { weight: 1, arbitrary: farDate.map(String) },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constant({ file: valid }) },
  );

/**
 * Submissions built around a valid form: each field kept (most often), or replaced by nasty text,
 * a wrong id, a far date, a file, or left out; sometimes an extra field; now and then a value
 * that is not a form at all, as a forged call can send.
 */
export function submissions(valid: Record<string, string | readonly string[]>): fc.Arbitrary<Submission> {
  const fields = Object.entries(valid).flatMap(([name, v]) => (typeof v === "string" ? [[name, v] as const] : v.map((one) => [name, one] as const)));
  // About two bad fields per form, however many it has (at most three in ten of a short form's).
  const keep = Math.round((8 * (1 - Math.min(0.3, 2 / fields.length))) / Math.min(0.3, 2 / fields.length));
  const kept = fc.tuple(...fields.map(([name, v]) => fieldText(v, keep).map((value) => (value === null ? null : ([name, value] as FieldEntry)))));
  const extra = fc.array(fc.tuple(nastyString, nastyString), { maxLength: 2 });
  const form = fc.tuple(kept, extra).map(([entries, more]): Submission => ({ fields: [...entries.filter((e): e is FieldEntry => e !== null), ...more] }));
  return fc.oneof({ weight: 20, arbitrary: form }, { weight: 1, arbitrary: wrongType.map((forged): Submission => ({ forged })) });
}

/** The FormData (or forged value) a submission stands for, as the browser or an attacker would send it. */
export function toForm(submission: Submission): FormData {
  if ("forged" in submission) return submission.forged as FormData;
  const form = new FormData();
  for (const [name, value] of submission.fields) {
    if (typeof value === "string") form.append(name, value);
    else form.append(name, new Blob([value.file]), "upload.txt");
  }
  return form;
}

const isRedirect = (error: unknown) => typeof (error as { digest?: unknown })?.digest === "string" && (error as { digest: string }).digest.startsWith("NEXT_REDIRECT");

/**
 * Runs a server action against the door contract: it answers a state with a non-empty error
 * (a refusal, after which every table has as many rows as before) or a state without one, or
 * redirects; it never throws anything else. Answers "ok", "refused" or "redirect" for the tally.
 */
export async function expectActionContract(db: Db, run: () => Promise<unknown>, refusalsMayWrite: readonly string[] = []): Promise<"ok" | "refused" | "redirect"> {
  let label: "ok" | "refused" | "redirect" = "ok";
  await expectCleanOutcome(db, async () => {
    try {
      const state = (await run()) as { error?: unknown; fieldErrors?: Record<string, unknown> } | undefined;
      const fieldErrors = state?.fieldErrors ? Object.values(state.fieldErrors).filter((e) => e !== undefined) : [];
      if (state?.error !== undefined || fieldErrors.length > 0) {
        label = "refused";
        return { ok: false, status: 400, error: String(state?.error ?? fieldErrors.join("; ")) };
      }
      label = "ok";
      return { ok: true };
    } catch (error) {
      if (!isRedirect(error)) throw error;
      label = "redirect";
      return { ok: true };
    }
  }, refusalsMayWrite);
  return label;
}

type Fuzz = ReturnType<typeof import("@/lib/domain/input/testing/fuzz").fuzzSuite>;
type FormTemplate = Record<string, string | readonly string[]>;

/** One action to fuzz: who it is mostly for, the valid forms it takes, and how many cases to run. */
export interface ActionUnderFuzz<Viewer> {
  name: string;
  action: (prev: never, form: FormData) => Promise<unknown>;
  /** The person the action is for; a quarter of the cases come from someone else, or nobody. */
  main: string;
  /** A valid form, or a choice of them (several pending offers, say). */
  valid: FormTemplate | fc.Arbitrary<FormTemplate>;
  runs: number;
  viewers: Record<string, Viewer | null>;
  /** Tables a refusal may still write (see expectCleanOutcome). */
  refusalsMayWrite?: readonly string[];
  signIn: (viewer: Viewer | null) => void;
}

/** Fuzzes one server action with forms built around valid ones, checking the door contract on every case. */
export function fuzzAction<Viewer>(fuzz: Fuzz, db: () => Db, a: ActionUnderFuzz<Viewer>): Promise<void> {
  const who = fc.oneof({ weight: 3, arbitrary: fc.constant(a.main) }, fc.constantFrom(...Object.keys(a.viewers)));
  const valid = fc.oneof(a.valid instanceof fc.Arbitrary ? a.valid : fc.constant(a.valid));
  return fuzz.check(fc.record({ as: who, submission: valid.chain(submissions) }), async ({ as, submission }) => {
    a.signIn(a.viewers[as] ?? null);
    fuzz.saw(`${a.name} ${await expectActionContract(db(), () => a.action({} as never, toForm(submission)), a.refusalsMayWrite)}`);
  }, a.runs);
}
