import fc from "fast-check";
import { beforeAll, it } from "vitest";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { createCoordinationFixture, type CoordinationFixture } from "@/lib/db/testing/coordination-fixture";
import { cleanJson } from "@/lib/domain/input/clean-text";
import { fieldValue, wrongType } from "@/lib/domain/input/testing/arbitraries";
import { fuzzSuite } from "@/lib/domain/input/testing/fuzz";
import { expectCleanOutcome } from "@/lib/http/testing/row-counts";
import type { ViewerRecord } from "@/lib/db/queries/users";
import type { Db } from "@/lib/db/client";
import { createApiToken, revokeApiToken } from "./api-tokens";
import { addClientNote } from "./add-client-note";
import { claimClient } from "./conflicts/claim-client";
import { reportConflict } from "./conflicts/report-conflict";
import { actOnEscalation } from "./escalations/act-on-escalation";
import { decideHandoff } from "./handoffs/decide-handoff";
import { proposeHandoff } from "./handoffs/propose-handoff";
import { offerClientToSeat } from "./offers/offer-to-seat";
import { respondToOffer } from "./offers/respond-to-offer";
import { applyRebalance } from "./rebalance/apply-rebalance";
import type { Result } from "./result";
import { routeExistingClient } from "./route-existing-client";
import { submitClientRequest } from "./submit-client-request";
import { assignTeamTask } from "./team-response/assign-task";
import { postToThread } from "./team-response/post-to-thread";
import { updateEscalationSla, updateFollowUpCadence, updateGhlKeys, updateHandoffLimits, updateOfferTimeouts, updatePersonalHandling, updateRoutingWeights } from "./update-settings";
import { bookAppointment } from "./appointments/book-appointment";
import { changeAppointmentStatus } from "./appointments/change-appointment-status";
import { changeClientStage } from "./clients/change-stage";
import { editClientProfile } from "./clients/edit-profile";
import { escalateByHand } from "./clients/escalate-by-hand";
import { logContact } from "./clients/log-contact";
import { declineChoices } from "./offers/decline-choices";
import { completeTask } from "./tasks/complete-task";
import { reassignTask } from "./tasks/reassign-task";
import { snoozeTask } from "./tasks/snooze-task";
import { markNoticesRead } from "./team/mark-notices-read";
import { setPresence } from "./team/set-presence";
import { acknowledgeEscalations } from "./escalations/acknowledge-many";
import { updateGhlFieldMapping } from "./settings/field-mapping";
import { addGhlLocation, removeGhlLocation } from "./settings/ghl-locations";
import { updateMarketAliases } from "./settings/market-aliases";
import { removeGhlToken, saveGhlToken } from "./settings/ghl-tokens";
import { sendAnyway } from "./outbox/send-anyway";
import { followUpCorrectiveAction } from "./quality/follow-up-action";
import { recordCorrectiveAction } from "./quality/record-action";
import { resumeSeat } from "./quality/resume-seat";
import { writeToClient } from "./messages/write-to-client";
import { resetMessageTemplate, saveMessageTemplate } from "./settings/message-templates";
import { saveEmailSender } from "./settings/email-sender";

const fuzz = fuzzSuite("services given any value");

/** What a door hands a service: any value at all, its strings cleaned as every door cleans them. */
const anyInput = fc.oneof(fc.anything(), fc.object(), wrongType, fieldValue).map(cleanJson);

type Call = (db: Db, viewer: ViewerRecord, input: unknown) => Promise<Result<unknown>>;

describeEachDriver("fuzzing the services behind the doors with values of any shape", ({ db }) => {
  let fx: CoordinationFixture;
  beforeAll(async () => {
    fx = await createCoordinationFixture(db());
  });

  it("every service answers ok or a 4xx with a message for any value, never throws, and a refusal writes nothing", async () => {
    const services: Record<string, Call> = {
      submitClientRequest: (d, v, i) => submitClientRequest(d, v.organizationId, "api", i),
      reportConflict: (d, v, i) => reportConflict(d, v.organizationId, i),
      addClientNote, proposeHandoff, postToThread, assignTeamTask, offerClientToSeat, claimClient, respondToOffer, decideHandoff, actOnEscalation,
      updateRoutingWeights, updateOfferTimeouts, updateEscalationSla, updateHandoffLimits, updateFollowUpCadence, updateGhlKeys, createApiToken,
      updatePersonalHandling, updateGhlFieldMapping, updateMarketAliases, addGhlLocation, removeGhlLocation, declineChoices,
      completeTask, snoozeTask, reassignTask, setPresence, markNoticesRead, saveGhlToken, removeGhlToken, sendAnyway,
      recordCorrectiveAction, followUpCorrectiveAction, resumeSeat, writeToClient, saveMessageTemplate, resetMessageTemplate, saveEmailSender,
      acknowledgeEscalations, bookAppointment, changeAppointmentStatus, changeClientStage, editClientProfile, logContact, escalateByHand,
      routeExistingClient: (d, v, i) => routeExistingClient(d, v, i as string),
      revokeApiToken: (d, v, i) => revokeApiToken(d, v, i as string),
      applyRebalance: (d, v, i) => applyRebalance(d, v, i as string, Array.isArray(i) ? (i as string[]) : null),
    };
    const cases = fc.record({ service: fc.constantFrom(...Object.keys(services)), as: fc.constantFrom("jorge", "alice", "carl"), input: anyInput });
    await fuzz.check(cases, async ({ service, as, input }) => {
      const viewer = fx.as[as as "jorge" | "alice" | "carl"];
      const outcome = await expectCleanOutcome(db(), async () => {
        const result = await services[service]!(db(), viewer, input);
        return result.ok ? { ok: true } : { ok: false, status: result.status, error: result.error };
      });
      fuzz.saw(`${service} ${outcome.ok ? "ok" : outcome.status}`);
    }, 300);
  });
});
