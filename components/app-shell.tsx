"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useState, type ReactNode } from "react";
import { logout } from "@/app/login/actions";
import { LiveStatusIndicator } from "@/components/live/live-status";
import { PageSkeleton } from "@/components/section";

export interface NavItem {
  href: string;
  label: string;
}

interface Props {
  nav: NavItem[];
  userName: string;
  roleLabel: string;
  children: ReactNode;
}

/** How long the loading bar may show before it gives up on a navigation that never finished. */
const PROGRESS_GIVE_UP_MS = 15_000;

function isActive(pathname: string, href: string) {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

/** A navigation under way: the page (path and query) a click left, and the path it leads to. */
interface Leaving { from: string; toPath: string }

/** Where a click on a link to another console page goes, from where; null for any other click. */
function navigationOf(event: MouseEvent): Leaving | null {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
  if (!(link instanceof HTMLAnchorElement) || (link.target && link.target !== "_self") || link.hasAttribute("download")) return null;
  const to = new URL(link.href);
  const from = `${location.pathname}${location.search}`;
  if (to.origin !== location.origin || to.pathname.startsWith("/api/") || `${to.pathname}${to.search}` === from) return null;
  return { from, toPath: to.pathname };
}

/** The navigation a click on a console link started, until the page it leads to shows; else null. */
function useNavigationUnderWay(here: string): Leaving | null {
  const [leaving, setLeaving] = useState<Leaving | null>(null);
  const [shown, setShown] = useState(here);
  if (shown !== here) {
    setShown(here);
    setLeaving(null);
  }
  useEffect(() => {
    let giveUp: number | undefined;
    const onClick = (event: MouseEvent) => {
      const next = navigationOf(event);
      if (!next) return;
      setLeaving(next);
      window.clearTimeout(giveUp);
      giveUp = window.setTimeout(() => setLeaving(null), PROGRESS_GIVE_UP_MS);
    };
    // Capture: Next.js links cancel the click's default action before it bubbles up.
    document.addEventListener("click", onClick, true);
    return () => {
      document.removeEventListener("click", onClick, true);
      window.clearTimeout(giveUp);
    };
  }, []);
  return leaving?.from === here ? leaving : null;
}

/**
 * The console frame: a sidebar on wide screens, a top bar with a menu button on phones. From a
 * click on a console link until the next page shows, a thin bar runs along the top of the window
 * (after a moment, and still for people who ask for reduced motion), and a page skeleton stands
 * in for the page when the link leads to another one. The page stays mounted underneath, hidden,
 * so nothing typed is lost if the navigation never completes.
 */
export function AppShell({ nav, userName, roleLabel, children }: Props) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const underWay = useNavigationUnderWay(`${pathname}${search ? `?${search}` : ""}`);
  const toOtherPage = underWay !== null && underWay.toPath !== pathname;
  // The menu remembers the page it was opened on, so navigating closes it; so does following a link in it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;

  const links = (
    <ul className="grid grid-cols-2 gap-1 lg:grid-cols-1">
      {nav.map((item) => (
        <li key={item.href}>
          <Link href={item.href} aria-current={isActive(pathname, item.href) ? "page" : undefined} onClick={() => setOpenOn(null)}
            className={`flex min-h-11 items-center rounded-lg px-3 text-sm font-medium lg:min-h-9 ${isActive(pathname, item.href) ? "bg-white/15 text-white" : "text-brand-100 hover:bg-white/10 hover:text-white"}`}>
            {item.label}
          </Link>
        </li>
      ))}
    </ul>
  );
  const account = (
    <div className="border-t border-white/10 pt-4">
      <p className="truncate text-sm font-semibold text-white" title={userName}>{userName}</p>
      <p className="text-xs text-brand-100">{roleLabel}</p>
      <Link href="/account" aria-current={isActive(pathname, "/account") ? "page" : undefined} onClick={() => setOpenOn(null)}
        className="mt-1 flex min-h-11 items-center text-sm text-brand-100 underline-offset-2 hover:text-white hover:underline lg:min-h-9">Account</Link>
      <form action={logout} className="mt-2">
        <button type="submit" className="min-h-11 w-full rounded-lg border border-white/20 px-3 text-sm text-white hover:bg-white/10 lg:min-h-9">Sign out</button>
      </form>
    </div>
  );

  return (
    <div className="min-h-dvh lg:flex">
      {underWay ? (
        <div aria-hidden="true" data-testid="navigation-progress" className="pointer-events-none fixed inset-x-0 top-0 z-50 h-1">
          <div className="h-full origin-left animate-navigation-progress bg-sky-400 motion-reduce:animate-none" />
        </div>
      ) : null}
      <aside className="hidden w-60 shrink-0 flex-col justify-between bg-brand-900 p-4 lg:flex lg:min-h-dvh">
        <div>
          <div className="space-y-2 px-3 pb-4">
            <p className="text-sm font-bold text-white">Team Console</p>
            <LiveStatusIndicator placement="sidebar" />
          </div>
          <nav aria-label="Main">{links}</nav>
        </div>
        {account}
      </aside>
      <header className="sticky top-0 z-20 flex h-15 items-center justify-between gap-2 bg-brand-900 px-4 lg:hidden">
        <div className="flex min-w-0 items-center gap-2">
          <p className="text-sm font-bold text-white">Team Console</p>
          <LiveStatusIndicator placement="header" />
        </div>
        <button type="button" onClick={() => setOpenOn(open ? null : pathname)} aria-expanded={open} aria-controls="mobile-menu"
          className="min-h-11 min-w-11 rounded-lg border border-white/20 px-4 text-sm font-medium text-white">
          {open ? "Close" : "Menu"}
        </button>
      </header>
      {open ? (
        <div id="mobile-menu" className="sticky top-15 z-10 max-h-[calc(100dvh-3.75rem)] space-y-4 overflow-y-auto bg-brand-900 px-4 pb-4 shadow-lg lg:hidden">
          <nav aria-label="Main">{links}</nav>
          {account}
        </div>
      ) : null}
      <main className="min-w-0 flex-1 px-4 py-6 sm:px-6 lg:px-8" aria-busy={toOtherPage || undefined}>
        {toOtherPage ? <PageSkeleton /> : null}
        <div hidden={toOtherPage} className="contents">{children}</div>
      </main>
    </div>
  );
}
