import { ADMIN_ACTION_DOORS } from "./access-matrix-admin-actions";
import { actionDoor, type ActionDoor } from "./access-matrix-doors";
import type { Requirement } from "./access-matrix-rules";

const CLIENT = "app/(console)/clients/[id]/actions.ts";
const INBOX = "app/(console)/inbox/actions.ts";
const ACCOUNT = "app/(console)/account/actions.ts";
const CLIENT_DIR = "app/(console)/clients/[id]";

/** Writing on a client: Jorge on every client, a team member on the clients their seat works. */
const WRITE_OWN: Requirement = { kind: "own", own: "clients.write_own", all: "clients.write_all" };
/** What a seat holding only a pending offer on the client hears when it tries to act on it. */
const ACCEPT_OFFER_FIRST = "Accept the offer in your Inbox first: until then you see the offer preview only, and cannot act on the client.";
const NOT_ON_TEAM = "No such client on your team.";
/** What a role that may read clients but not change them hears on every client action. */
const READ_ONLY_ROLE = "Your role can read clients but not write on them; ask Jorge for team-member access.";

/** The actions on a client's page and in the Inbox. */
const CLIENT_ACTION_DOORS: readonly ActionDoor[] = [
  actionDoor(CLIENT, "addNoteAction", WRITE_OWN, [READ_ONLY_ROLE, "No such client among the clients you can see.", ACCEPT_OFFER_FIRST], (ids, s) => ({
    clientId: ids.client[s], body: "Called back about Saturday's open house.",
  })),
  actionDoor(`${CLIENT_DIR}/find-team-actions.ts`, "findTeamAction", { kind: "permission", anyOf: ["requests.create"] }, ["Only the overseer can ask the coordinator for a team."], (ids) => ({ clientId: ids.client.own })),
  actionDoor(CLIENT, "proposeHandoffAction", WRITE_OWN, [READ_ONLY_ROLE, NOT_ON_TEAM, ACCEPT_OFFER_FIRST, "Only the client's owner (or Jorge) can hand the client over.", "Only the lead (or Jorge) adds supporters."], (ids, s) => ({
    clientId: ids.client[s], toSeatId: ids.freeSeat, kind: "transfer", reason: "The client moves to a market this seat covers.",
  })),
  actionDoor(CLIENT, "postToThreadAction", WRITE_OWN, [READ_ONLY_ROLE, "No such client on your team. Only seats working this client can post on its thread.", ACCEPT_OFFER_FIRST, "Only the lead seat sets the reply plan; post a note and the lead will fold it in."], (ids, s) => ({
    clientId: ids.client[s], kind: "note", body: "They prefer a call after six.",
  })),
  actionDoor(CLIENT, "assignTaskAction", WRITE_OWN, [READ_ONLY_ROLE, NOT_ON_TEAM, ACCEPT_OFFER_FIRST, "Only the lead gives tasks to other seats; you can add tasks for yourself."], (ids, s) => ({
    clientId: ids.client[s], seatId: ids.seat[s], title: "Send the comparable sales", dueAt: ids.dueAt,
  })),
  actionDoor(CLIENT, "offerToSeatAction", { kind: "permission", anyOf: ["team.manage"] }, ["Only Jorge chooses who is offered a client; ask him, or hand off a client you own."], (ids) => ({
    clientId: ids.client.own, seatId: ids.freeSeat,
  })),
  // A claim is one seat's against another's; nobody claims for every client, Jorge included.
  actionDoor(CLIENT, "claimClientAction", { kind: "own", own: "clients.write_own", all: null }, [READ_ONLY_ROLE, "Only someone with a seat on the team can claim a client.", NOT_ON_TEAM, ACCEPT_OFFER_FIRST], (ids, s) => ({ clientId: ids.client[s] })),
  actionDoor(INBOX, "answerOfferAction", WRITE_OWN, ["Your role cannot answer offers; ask Jorge for team-member access.", "No such offer for your seat. It may have gone to someone else; refresh your offers."], (ids, s) => ({
    assignmentId: ids.offer[s], answer: "accept",
  })),
  actionDoor(INBOX, "declineChoicesAction", WRITE_OWN, ["Your role cannot answer offers; ask Jorge for team-member access.", "No such offer for your seat. It may have gone to someone else; refresh your offers."], (ids, s) => ({
    assignmentId: ids.offer[s],
  })),
  actionDoor(INBOX, "decideHandoffAction", WRITE_OWN, [READ_ONLY_ROLE, "No such handoff for your seat.", "Only whoever proposed the handoff (or Jorge) can cancel it.", "Only the receiving seat (or Jorge) can accept or reject this handoff."], (ids, s) => ({
    handoffId: ids.handoff[s], decision: "reject", note: "Not my market this month.",
  })),
];

/** Writing to a client through the quality gate, and releasing a message it held. */
const MESSAGE_ACTIONS = `${CLIENT_DIR}/message-actions.ts`;
const MESSAGE_ACTION_DOORS: readonly ActionDoor[] = [
  actionDoor(MESSAGE_ACTIONS, "sendMessageAction", WRITE_OWN, [READ_ONLY_ROLE, "No such client among the clients you can write to.", ACCEPT_OFFER_FIRST], (ids, s) => ({
    clientId: ids.client[s], channel: "sms", body: "Hi, the showing is confirmed for Saturday at 10.", nonce: "2f1d3c4b-5a69-4e7f-8a9b-0c1d2e3f4a5b",
  })),
  actionDoor(MESSAGE_ACTIONS, "sendAnywayAction", WRITE_OWN, [READ_ONLY_ROLE, "No such held message among the clients you can write to.", ACCEPT_OFFER_FIRST], (ids, s) => ({ outboundMessageId: ids.heldMessage[s] })),
];

/** A client's workbench: appointments, the profile and stage, calls and meetings logged, a hand-raised escalation. */
const WORKBENCH_REFUSALS = [READ_ONLY_ROLE, "No such client among the clients you work.", ACCEPT_OFFER_FIRST];
const WORKBENCH_ACTION_DOORS: readonly ActionDoor[] = [
  actionDoor(`${CLIENT_DIR}/appointment-actions.ts`, "bookAppointmentAction", WRITE_OWN, WORKBENCH_REFUSALS, (ids, s) => ({
    clientId: ids.client[s], kind: "showing", startsAt: ids.dueAt, durationMinutes: "45", place: "7421 Etiwanda Ave",
  })),
  actionDoor(`${CLIENT_DIR}/appointment-actions.ts`, "setAppointmentStatusAction", WRITE_OWN, WORKBENCH_REFUSALS, (ids, s) => ({
    clientId: ids.client[s], appointmentId: "7b0f2a52-9a5d-4c1e-8f59-3c3b1f1a2d10", status: "cancelled",
  })),
  actionDoor(`${CLIENT_DIR}/profile-actions.ts`, "saveProfileAction", WRITE_OWN, WORKBENCH_REFUSALS, (ids, s) => ({
    clientId: ids.client[s], firstName: "Carmen", lastName: "Buyer", email: "carmen@example.com", language: "en", timeZone: "America/Los_Angeles", budget: "$700k-850k", smsConsent: "on",
  })),
  actionDoor(`${CLIENT_DIR}/profile-actions.ts`, "changeStageAction", WRITE_OWN, WORKBENCH_REFUSALS, (ids, s) => ({ clientId: ids.client[s], stage: "Qualifying" })),
  actionDoor(`${CLIENT_DIR}/contact-actions.ts`, "logContactAction", WRITE_OWN, WORKBENCH_REFUSALS, (ids, s) => ({ clientId: ids.client[s], channel: "call", outcome: "connected", note: "Talked about Saturday." })),
  actionDoor(`${CLIENT_DIR}/contact-actions.ts`, "escalateToJorgeAction", WRITE_OWN, WORKBENCH_REFUSALS, (ids, s) => ({
    clientId: ids.client[s], severity: "high", reason: "She wants to talk commission with Jorge himself.",
  })),
];

/** A seat's own day: its tasks, its presence and the notices it was sent. */
const TASKS = "app/(console)/tasks";
const NO_TASK = "No such task for your seat or your clients; reload the list to see your tasks.";
const DAY_ACTION_DOORS: readonly ActionDoor[] = [
  actionDoor(`${TASKS}/actions.ts`, "completeTaskAction", WRITE_OWN, [READ_ONLY_ROLE, NO_TASK], (ids, s) => ({ taskId: ids.task[s] })),
  actionDoor(`${TASKS}/actions.ts`, "snoozeTaskAction", WRITE_OWN, [READ_ONLY_ROLE, NO_TASK], (ids, s) => ({ taskId: ids.task[s], until: "hour" })),
  actionDoor(`${TASKS}/actions.ts`, "reassignTaskAction", WRITE_OWN, [READ_ONLY_ROLE, NO_TASK], (ids, s) => ({ taskId: ids.task[s], seatId: ids.freeSeat })),
  actionDoor(`${TASKS}/presence-actions.ts`, "setPresenceAction", { kind: "permission", anyOf: ["clients.write_own", "clients.write_all"] }, ["Your account holds no seat on the team, so it has no presence to set."], () => ({ presence: "away" })),
  actionDoor(`${TASKS}/notice-actions.ts`, "markNoticeReadAction", { kind: "own", own: null, all: null }, ["No such notice for your seat; reload the inbox to see yours."], (ids, s) => ({ noticeId: ids.notice[s] })),
];

/** The actions of the account page: one's own password and sessions, and the overseer's account switch. */
const ACCOUNT_ACTION_DOORS: readonly ActionDoor[] = [
  // Mismatched new passwords: a signed-in caller hears about the fields, past the session check.
  actionDoor(ACCOUNT, "savePassword", { kind: "signed-in" }, [], () => ({ current: "not-the-password", next: "a-new-passphrase-2026", confirm: "another-passphrase-2026" })),
  actionDoor(ACCOUNT, "signOutSession", { kind: "own", own: null, all: null }, ["That session has already ended or is not yours; reload the page to see your live sessions."], (ids, s) => ({ sessionId: ids.session[s] })),
  actionDoor(ACCOUNT, "signOutEverywhere", { kind: "signed-in" }, [], () => ({})),
  actionDoor(ACCOUNT, "setTeamMemberAccess", { kind: "permission", anyOf: ["team.manage"] }, ["Only the overseer can disable or enable accounts."], (ids) => ({ userId: ids.person, access: "disable" })),
];

/** Every export of every "use server" file under app/. */
export const ACTION_DOORS: readonly ActionDoor[] = [...CLIENT_ACTION_DOORS, ...MESSAGE_ACTION_DOORS, ...WORKBENCH_ACTION_DOORS, ...DAY_ACTION_DOORS, ...ACCOUNT_ACTION_DOORS, ...ADMIN_ACTION_DOORS];
