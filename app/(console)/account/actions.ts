"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { signOut } from "@/lib/auth/config";
import { appSignInThrottle, requestContext } from "@/lib/auth/request-context";
import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { passwordChangeProblems, type PasswordProblems } from "@/lib/domain/auth/password-rules";
import { formAction } from "@/lib/http/form-action";
import { setAccountDisabled } from "@/lib/services/auth/account-access";
import { changePassword, passwordContextOf } from "@/lib/services/auth/change-password";
import { endAllSessions, endSession } from "@/lib/services/auth/sessions";
import type { FormActionState } from "@/components/action-form";

export type PasswordState = { ok?: boolean; message?: string; error?: string; fieldErrors?: PasswordProblems };

const EXPIRED = "Your session expired. Sign in again, then try once more.";
const text = (form: FormData, key: string) => String(form.get(key) ?? "");

/** Changes the viewer's password; each problem comes back beside its field. */
export const savePassword = formAction(async function savePassword(_prev: PasswordState, form: FormData): Promise<PasswordState> {
  const viewer = await getViewer();
  if (!viewer) return { error: EXPIRED };
  const input = { current: text(form, "current"), next: text(form, "next"), confirm: text(form, "confirm") };
  const fieldErrors = passwordChangeProblems(input, passwordContextOf(viewer));
  if (Object.keys(fieldErrors).length > 0) return { fieldErrors };
  const result = await changePassword(getDb(), appSignInThrottle(), viewer, input, requestContext(await headers()).address);
  if (!result.ok) return result.status === 401 ? { fieldErrors: { current: result.error } } : { error: result.error };
  revalidatePath("/account");
  const others = result.data.otherSessionsEnded;
  return { ok: true, message: `Password changed.${others ? ` Signed out on ${others} other ${others === 1 ? "device" : "devices"}.` : ""}` };
});

/** Signs out one of the viewer's sessions; signing out this device leaves for the login page. */
export const signOutSession = formAction(async function signOutSession(_prev: FormActionState, form: FormData): Promise<FormActionState> {
  const viewer = await getViewer();
  if (!viewer) return { error: EXPIRED };
  const result = await endSession(getDb(), viewer, text(form, "sessionId"));
  if (!result.ok) return { error: result.error };
  if (result.data.thisDevice) await signOut({ redirectTo: "/login?reason=signed-out" });
  revalidatePath("/account");
  return { ok: true, message: "Signed out on that device." };
});

/** Ends every session of the viewer, this one included, and leaves for the login page. */
export const signOutEverywhere = formAction(async function signOutEverywhere(): Promise<FormActionState> {
  const viewer = await getViewer();
  if (!viewer) return { error: EXPIRED };
  await endAllSessions(getDb(), viewer);
  await signOut({ redirectTo: "/login?reason=signed-out-everywhere" });
  return { ok: true };
});

/** The overseer disables a team member's account (ending their sessions) or enables it again. */
export const setTeamMemberAccess = formAction(async function setTeamMemberAccess(_prev: FormActionState, form: FormData): Promise<FormActionState> {
  const viewer = await getViewer();
  if (!viewer) return { error: EXPIRED };
  const disabled = text(form, "access") === "disable";
  const result = await setAccountDisabled(getDb(), viewer, { userId: text(form, "userId"), disabled });
  if (!result.ok) return { error: result.error };
  revalidatePath("/team");
  return { ok: true, message: disabled ? "Account disabled; every session of theirs has ended." : "Account enabled; they can sign in again." };
});
