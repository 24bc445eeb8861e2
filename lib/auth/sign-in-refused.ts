import { CredentialsSignin } from "next-auth";

/**
 * A refused sign-in carrying the sentence the login form shows (wrong password, or locked and
 * for how long). Its code, the part Auth.js puts in a redirect, never says more than "locked".
 */
export class SignInRefused extends CredentialsSignin {
  readonly reason: string;

  constructor(reason: string, locked: boolean) {
    super(reason);
    this.reason = reason;
    this.code = locked ? "locked" : "credentials";
  }
}
