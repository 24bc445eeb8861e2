"use client";

import { createPageFlash } from "@/components/page-flash";

/**
 * The outcome of an answer in a corner of the inbox. An answered offer or handoff leaves the list
 * as soon as the page refreshes, taking its own form with it, so its message lives here.
 */
const inbox = createPageFlash("inbox-flash");
export const flashInbox = inbox.flash;
export const InboxFlash = inbox.Flash;
