"use server";

import { AuthError } from "next-auth";
import { signIn, signOut } from "@/lib/auth/config";
import { refusalMessage } from "@/lib/auth/refusal";
import { formAction } from "@/lib/http/form-action";
import { WRONG_CREDENTIALS } from "@/lib/services/auth/sign-in";
import { credentialsSchema } from "@/lib/services/verify-credentials";

export interface LoginState {
  error?: string;
  email?: string;
}

/**
 * Signs in with email and password; on success Auth.js redirects, on failure the form says
 * why: wrong email or password, or too many attempts and how long to wait.
 */
export const login = formAction(async function login(_prev: LoginState, form: FormData): Promise<LoginState> {
  const email = String(form.get("email") ?? "");
  const parsed = credentialsSchema.safeParse({ email, password: form.get("password") ?? "" });
  if (!parsed.success) return { email, error: parsed.error.issues[0]?.message ?? "Check the email and password" };
  const next = String(form.get("next") ?? "/");
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: next.startsWith("/") && !next.startsWith("//") ? next : "/" });
    return {};
  } catch (error) {
    if (error instanceof AuthError) return { email, error: refusalMessage(error, WRONG_CREDENTIALS) };
    throw error;
  }
});

/** Signs out: ends this session's row (see the signOut event) and clears the cookie. */
export async function logout(): Promise<void> {
  await signOut({ redirectTo: "/login?reason=signed-out" });
}
