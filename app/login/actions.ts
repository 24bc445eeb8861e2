"use server";

import { AuthError } from "next-auth";
import { signIn, signOut } from "@/lib/auth/config";
import { credentialsSchema } from "@/lib/services/verify-credentials";

export interface LoginState {
  error?: string;
  email?: string;
}

/** Signs in with email and password; on success Auth.js redirects, on failure the form says why. */
export async function login(_prev: LoginState, form: FormData): Promise<LoginState> {
  const email = String(form.get("email") ?? "");
  const parsed = credentialsSchema.safeParse({ email, password: form.get("password") ?? "" });
  if (!parsed.success) return { email, error: parsed.error.issues[0]?.message ?? "Check the email and password" };
  const next = String(form.get("next") ?? "/");
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: next.startsWith("/") && !next.startsWith("//") ? next : "/" });
    return {};
  } catch (error) {
    if (error instanceof AuthError) {
      return { email, error: error.type === "CredentialsSignin" ? "Wrong email or password. Check both and try again." : "Sign-in is unavailable right now; try again in a minute." };
    }
    throw error;
  }
}

export async function logout(): Promise<void> {
  await signOut({ redirectTo: "/login?reason=signed-out" });
}
