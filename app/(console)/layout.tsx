import type { ReactNode } from "react";
import { AppShell, type NavItem } from "@/components/app-shell";
import { LiveUpdates } from "@/components/live/live-updates";
import { requireViewer, viewerCan } from "@/lib/auth/viewer";

const ROLE_LABELS: Record<string, string> = { overseer: "Overseer", agent: "Team member", viewer: "Viewer" };

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const viewer = await requireViewer();
  const worksClients = viewerCan(viewer, "clients.write_own") || viewerCan(viewer, "clients.write_all");
  const nav: NavItem[] = [
    { href: "/", label: "Overview" },
    ...(worksClients ? [{ href: "/inbox", label: "Inbox" }, { href: "/tasks", label: "Tasks" }, { href: "/calendar", label: "Calendar" }] : []),
    { href: "/clients", label: viewerCan(viewer, "clients.read_all") ? "Clients" : "My clients" },
    { href: "/team", label: "Team" },
    { href: "/quality", label: "Quality" },
    ...(viewerCan(viewer, "escalations.manage") ? [{ href: "/escalations", label: "Escalations" }] : []),
    ...(viewerCan(viewer, "requests.create") ? [{ href: "/requests", label: "Requests" }] : []),
    ...(viewerCan(viewer, "team.manage") ? [{ href: "/rebalance", label: "Rebalance" }] : []),
    ...(viewerCan(viewer, "settings.manage") ? [{ href: "/settings", label: "Settings" }] : []),
  ];
  return (
    <AppShell nav={nav} userName={viewer.name} roleLabel={ROLE_LABELS[viewer.role] ?? viewer.role}>
      <LiveUpdates />
      {children}
    </AppShell>
  );
}
