import type { ReactNode } from "react";

export interface NavLink {
  href: string;
  label: string;
}

export interface AppShellProps {
  brand: string;
  /** A short word after the brand: ヘルプセンター, 管理コンソール ... */
  product: string;
  homeHref?: string;
  nav?: readonly NavLink[];
  footer?: ReactNode;
  /** Between the header and the content, e.g. an incident banner. */
  banner?: ReactNode;
  /** At the end of the header, e.g. a language switch. */
  headerActions?: ReactNode;
  skipLinkLabel?: string;
  navLabel?: string;
  children: ReactNode;
}

/** The frame both apps share: skip link, header with brand and navigation, main, footer. */
export function AppShell({
  brand,
  product,
  homeHref = "/",
  nav = [],
  footer,
  banner,
  headerActions,
  skipLinkLabel = "本文へ移動",
  navLabel = "メインメニュー",
  children,
}: AppShellProps) {
  return (
    <>
      <a className="skip-link" href="#main">
        {skipLinkLabel}
      </a>
      <header className="shell-header">
        <div className="shell-header-inner">
          <a className="shell-brand" href={homeHref}>
            {brand}
            <small>{product}</small>
          </a>
          {nav.length > 0 && (
            <nav aria-label={navLabel} className="shell-nav">
              {nav.map((link) => (
                <a key={link.href} href={link.href}>
                  {link.label}
                </a>
              ))}
            </nav>
          )}
          {headerActions}
        </div>
      </header>
      {banner}
      <main id="main" className="shell-main">
        {children}
      </main>
      <footer className="shell-footer">
        <div className="shell-footer-inner">{footer}</div>
      </footer>
    </>
  );
}
