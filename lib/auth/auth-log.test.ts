import { CredentialsSignin, JWTSessionError } from "@auth/core/errors";
import { afterEach, describe, expect, it, vi } from "vitest";
import { isRoutineAuthError, logAuthError } from "./auth-log";
import { refusalMessage } from "./refusal";

/** What a production build leaves of a class name. */
const mangled = <E extends Error>(error: E): E => Object.defineProperty(error, "name", { value: "e" });

describe("the Auth.js error log", () => {
  afterEach(() => vi.restoreAllMocks());

  it("drops a wrong password and a bad cookie even when the class name is minified", () => {
    const wrongPassword = mangled(new CredentialsSignin());
    const badCookie = mangled(new JWTSessionError("invalid JWT"));
    expect([wrongPassword.name, badCookie.name]).toEqual(["e", "e"]);
    expect(isRoutineAuthError(wrongPassword)).toBe(true);
    expect(isRoutineAuthError(badCookie)).toBe(true);
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    logAuthError(wrongPassword);
    logAuthError(badCookie);
    expect(log).not.toHaveBeenCalled();
  });

  it("logs every other error, whatever its name", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const broken = Object.assign(new Error("database down"), { type: "CallbackRouteError" });
    logAuthError(broken);
    logAuthError(Object.defineProperty(new Error("plain"), "name", { value: "CredentialsSignin" }));
    expect(log).toHaveBeenCalledTimes(2);
    expect(log).toHaveBeenCalledWith("[auth]", broken);
  });
});

describe("the sentence a refused sign-in shows", () => {
  it("is the service's own sentence, the fallback, or says sign-in is down", () => {
    const locked = Object.assign(mangled(new CredentialsSignin()), { reason: "Too many sign-in attempts for this email." });
    expect(refusalMessage(locked, "Wrong")).toBe("Too many sign-in attempts for this email.");
    expect(refusalMessage(new CredentialsSignin(), "Wrong")).toBe("Wrong");
    expect(refusalMessage({ type: "CallbackRouteError" }, "Wrong")).toMatch(/unavailable/);
  });
});
