"use client";

import { changeStageAction } from "@/app/(console)/clients/[id]/profile-actions";
import { ActionForm, FIELD } from "@/components/action-form";
import { FieldError, useField } from "@/components/field-error";

function StageSelect({ stages, current }: { stages: readonly string[]; current: string }) {
  const stage = useField("stage");
  return (
    <div>
      <label htmlFor="client-stage" className="text-xs font-medium text-slate-700">Stage</label>
      <select id="client-stage" name="stage" {...stage.inputProps} defaultValue={stage.value ?? current} className={FIELD}>
        {stages.map((s) => <option key={s} value={s}>{s}{s === current ? " (now)" : ""}</option>)}
      </select>
      <FieldError name="stage" />
    </div>
  );
}

/** Moves the client along their own pipeline: the seller's stages for a seller, the buyer's for a buyer. */
export function StageForm({ clientId, stages, current }: { clientId: string; stages: readonly string[]; current: string }) {
  return (
    <ActionForm action={changeStageAction} submitLabel="Move" pendingLabel="Moving…" hidden={{ clientId }} testId="stage-form" wide>
      <StageSelect stages={stages} current={current} />
    </ActionForm>
  );
}
