"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { cleanFormData } from "@/lib/http/form-action";
import { unsubscribeFromEmail } from "@/lib/services/clients/unsubscribe";

const TOKEN = /^[A-Za-z0-9_-]{1,200}$/;

/**
 * The client confirmed on the unsubscribe page: email consent off, then the page again, which
 * now says so. Public: the signed token is the authority. A token that is not one goes back to
 * the page too, which answers not found for it, so a forged confirmation learns nothing more.
 */
export async function confirmUnsubscribe(raw: FormData): Promise<void> {
  const token = String(cleanFormData(raw).get("token") ?? "");
  if (!TOKEN.test(token)) redirect("/unsubscribe/not-a-token");
  await unsubscribeFromEmail(getDb(), token);
  redirect(`/unsubscribe/${token}`);
}
