import type { ReactNode } from "react";
import { AppShell, type NavItem } from "@/components/app-shell";
import { requireViewer } from "@/lib/auth/viewer";

const ROLE_LABELS: Record<string, string> = { overseer: "Overseer", agent: "Team member", viewer: "Viewer" };

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const viewer = await requireViewer();
  const nav: NavItem[] = [
    { href: "/", label: "Overview" },
    { href: "/clients", label: viewer.permissions.includes("clients.read_all") ? "Clients" : "My clients" },
  ];
  return (
    <AppShell nav={nav} userName={viewer.name} roleLabel={ROLE_LABELS[viewer.role] ?? viewer.role}>
      {children}
    </AppShell>
  );
}
