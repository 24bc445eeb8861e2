import { describe, expect, it } from "vitest";
import { cleanFormData, formAction } from "./form-action";

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
