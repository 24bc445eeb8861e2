import NextAuth, { type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/lib/db/client";
import { verifyCredentials } from "@/lib/services/verify-credentials";

declare module "next-auth" {
  interface Session {
    user: { id: string; organizationId: string; role: string } & DefaultSession["user"];
  }
  interface User {
    organizationId?: string;
    role?: string;
  }
}

/** How long a sign-in lasts without activity before the console asks again. */
export const SESSION_MAX_AGE_SECONDS = Number(process.env.SESSION_MAX_AGE_SECONDS || 8 * 60 * 60);

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      authorize: async (credentials) => verifyCredentials(getDb(), credentials),
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.organizationId = user.organizationId;
        token.role = user.role;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub ?? "";
      session.user.organizationId = String(token.organizationId ?? "");
      session.user.role = String(token.role ?? "");
      return session;
    },
  },
  logger: {
    error(error) {
      // A wrong password and an expired or tampered cookie are normal events, not server errors.
      if (error.name === "CredentialsSignin" || error.name === "JWTSessionError") return;
      console.error("[auth]", error);
    },
  },
});
