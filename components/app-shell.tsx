"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState, type ReactNode } from "react";
import { logout } from "@/app/login/actions";
import { LiveStatusIndicator } from "@/components/live/live-status";

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

function isActive(pathname: string, href: string) {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

/** The console frame: a sidebar on wide screens, a top bar with a menu button on phones. */
export function AppShell({ nav, userName, roleLabel, children }: Props) {
  const pathname = usePathname();
  // The menu remembers the page it was opened on, so navigating closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;

  const links = (
    <ul className="space-y-1">
      {nav.map((item) => (
        <li key={item.href}>
          <Link href={item.href} aria-current={isActive(pathname, item.href) ? "page" : undefined}
            className={`block rounded-lg px-3 py-2 text-sm font-medium ${isActive(pathname, item.href) ? "bg-white/15 text-white" : "text-brand-100 hover:bg-white/10 hover:text-white"}`}>
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
      <Link href="/account" aria-current={isActive(pathname, "/account") ? "page" : undefined} className="mt-2 block text-sm text-brand-100 underline-offset-2 hover:text-white hover:underline">Account</Link>
      <form action={logout} className="mt-3">
        <button type="submit" className="w-full rounded-lg border border-white/20 px-3 py-1.5 text-sm text-white hover:bg-white/10">Sign out</button>
      </form>
    </div>
  );

  return (
    <div className="min-h-dvh lg:flex">
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
      <header className="sticky top-0 z-20 flex items-center justify-between bg-brand-900 px-4 py-3 lg:hidden">
        <div className="flex min-w-0 items-center gap-2">
          <p className="text-sm font-bold text-white">Team Console</p>
          <LiveStatusIndicator placement="header" />
        </div>
        <button type="button" onClick={() => setOpenOn(open ? null : pathname)} aria-expanded={open} aria-controls="mobile-menu"
          className="rounded-lg border border-white/20 px-3 py-1.5 text-sm text-white">
          {open ? "Close" : "Menu"}
        </button>
      </header>
      {open ? (
        <div id="mobile-menu" className="sticky top-[52px] z-10 space-y-4 bg-brand-900 px-4 pb-4 shadow-lg lg:hidden">
          <nav aria-label="Main">{links}</nav>
          {account}
        </div>
      ) : null}
      <main className="min-w-0 flex-1 px-4 py-6 sm:px-6 lg:px-8">{children}</main>
    </div>
  );
}
