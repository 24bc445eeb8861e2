import NextAuth, { type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/lib/db/client";
import { endSession } from "@/lib/services/auth/sessions";
import { signInWithPassword } from "@/lib/services/auth/sign-in";
import { logAuthError } from "./auth-log";
import { appSignInThrottle, requestContext, SESSION_MAX_AGE_SECONDS } from "./request-context";
import { SignInRefused } from "./sign-in-refused";

export { SESSION_MAX_AGE_SECONDS };

declare module "next-auth" {
  interface Session {
    user: { id: string; organizationId: string; role: string; sessionId: string } & DefaultSession["user"];
  }
  interface User {
    organizationId?: string;
    role?: string;
    sessionId?: string;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      authorize: async (credentials, request) => {
        const result = await signInWithPassword(getDb(), appSignInThrottle(), credentials, requestContext(request.headers));
        if (!result.ok) throw new SignInRefused(result.error, result.status === 403);
        return result.data;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.organizationId = user.organizationId;
        token.role = user.role;
        token.sid = user.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub ?? "";
      session.user.organizationId = String(token.organizationId ?? "");
      session.user.role = String(token.role ?? "");
      session.user.sessionId = String(token.sid ?? "");
      return session;
    },
  },
  events: {
    // Signing out ends the session row, so a copy of the cookie stops working too.
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (!token?.sub || typeof token.organizationId !== "string" || typeof token.sid !== "string") return;
      await endSession(getDb(), { organizationId: token.organizationId, userId: token.sub, sessionId: token.sid }, token.sid, "signed_out");
    },
  },
  logger: { error: logAuthError },
});
