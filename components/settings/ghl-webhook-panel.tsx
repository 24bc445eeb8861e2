"use client";

import { useActionState } from "react";
import { newWorkflowToken, saveGhlKeys, type SettingsState } from "@/app/(console)/settings/actions";
import { buttonClass, FormStatus } from "./form-status";

interface Props {
  publicKey: string;
  allowLegacyRsa: boolean;
  hasWorkflowToken: boolean;
  webhookUrl: string;
}

/** Where GoHighLevel sends webhooks and how the console checks they are genuine. */
export function GhlWebhookPanel({ publicKey, allowLegacyRsa, hasWorkflowToken, webhookUrl }: Props) {
  const [keyState, saveKey, savingKey] = useActionState<SettingsState, FormData>(saveGhlKeys, {});
  const [tokenState, rotate, rotating] = useActionState<SettingsState>(newWorkflowToken, {});
  return (
    <div className="space-y-5">
      <p className="text-sm text-slate-600">
        Webhook address: <code className="break-all rounded bg-slate-100 px-1.5 py-0.5 text-xs">{webhookUrl}</code>
      </p>
      <form action={saveKey} className="space-y-2">
        <label htmlFor="ghl-key" className="block text-sm font-medium text-slate-900">GoHighLevel public key (Ed25519)</label>
        <textarea id="ghl-key" name="publicKey" rows={4} defaultValue={publicKey} placeholder="-----BEGIN PUBLIC KEY-----"
          className="block w-full rounded-lg border border-slate-300 px-3 py-2 font-mono text-xs" />
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <input type="checkbox" name="allowLegacyRsa" defaultChecked={allowLegacyRsa} />
          Also accept the retired RSA signature (X-WH-Signature)
        </label>
        <FormStatus state={keyState} />
        <button type="submit" disabled={savingKey} className={buttonClass}>{savingKey ? "Saving…" : "Save key"}</button>
      </form>
      <form action={rotate} className="space-y-2">
        <p className="text-sm font-medium text-slate-900">Workflow webhook token</p>
        <p className="text-xs text-slate-500">
          GHL workflow &quot;custom webhook&quot; actions cannot sign. Add the header <code>X-Webhook-Token</code> with this secret to them.
          {hasWorkflowToken ? " A token is set; a new one replaces it at once." : " No token is set yet."}
        </p>
        <FormStatus state={tokenState} />
        <button type="submit" disabled={rotating} className={buttonClass}>{rotating ? "Creating…" : hasWorkflowToken ? "Replace token" : "Create token"}</button>
      </form>
    </div>
  );
}
