import { describe, expect, it } from "vitest";
import { cleanFormData, formAction, formValues, refuseFields } from "./form-action";

describe("cleaning a submitted form before its action sees it", () => {
  it("cleans every text field, names included, and keeps repeated fields", () => {
    const form = new FormData();
    form.append("body", "Call me\u0000 tomorrow \uD83D");
    form.append("ta\u0000gs", "a");
    form.append("tags", "b\uD800");
    const clean = cleanFormData(form);
    expect(clean.get("body")).toBe("Call me tomorrow \uFFFD");
    expect(clean.getAll("tags")).toEqual(["a", "b\uFFFD"]);
  });

  it("drops file fields and turns anything but a form into an empty form", () => {
    const form = new FormData();
    form.append("note", new Blob(["x"]), "x.txt");
    expect([...cleanFormData(form).keys()]).toEqual([]);
    for (const forged of [undefined, null, "body=x", { get: () => "x" }]) expect([...cleanFormData(forged).keys()]).toEqual([]);
  });

  it("hands the wrapped action the cleaned form and returns what it answers", async () => {
    const action = formAction(async (prev: { n: number }, form: FormData) => ({ n: prev.n + 1, body: form.get("body") }));
    const form = new FormData();
    form.append("body", "x\u0000y");
    expect(await action({ n: 1 }, form)).toEqual({ n: 2, body: "xy" });
    expect(await action({ n: 1 }, "forged" as unknown as FormData)).toEqual({ n: 2, body: null });
  });
});

describe("refusing a form while keeping what was typed", () => {
  const typed = () => {
    const form = new FormData();
    const fields: [string, string][] = [["type", "seller"], ["priceExpectation", "$850k"], ["tags", "a"], ["tags", "b"], ["password", "hunter22"], ["next", "new secret"], ["apiToken", "jsc_x"], ["$ACTION_ID_abc", ""]];
    for (const [name, value] of fields) form.append(name, value);
    form.append("upload", new Blob(["x"]), "x.txt");
    return form;
  };

  it("sends back each typed field once, but never a password, a token or the framework's fields", () => {
    expect(formValues(typed())).toEqual({ type: "seller", priceExpectation: "$850k", tags: "b" });
  });

  it("answers each field's error, the values and a summary that counts the fields", () => {
    expect(refuseFields(typed(), { priceExpectation: "Write a price like 850,000 or $850k" })).toEqual({
      error: "One field needs a change: it says what, above.",
      fieldErrors: { priceExpectation: "Write a price like 850,000 or $850k" },
      values: { type: "seller", priceExpectation: "$850k", tags: "b" },
    });
    expect(refuseFields(typed(), { a: "x", b: "y" }).error).toBe("2 fields need a change: each says what, above.");
    expect(refuseFields(typed(), {}).error).toBe("The form could not be sent: check it and send it again.");
    expect(refuseFields(typed(), { a: "x" }, "Reload the page").error).toBe("Reload the page");
  });
});
