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
  children: ReactNode;
}

/** The frame both apps share: skip link, header with brand and navigation, main, footer. */
export function AppShell({ brand, product, homeHref = "/", nav = [], footer, children }: AppShellProps) {
  return (
    <>
      <a className="skip-link" href="#main">
        本文へ移動
      </a>
      <header className="shell-header">
        <div className="shell-header-inner">
          <a className="shell-brand" href={homeHref}>
            {brand}
            <small>{product}</small>
          </a>
          {nav.length > 0 && (
            <nav aria-label="メインメニュー" className="shell-nav">
              {nav.map((link) => (
                <a key={link.href} href={link.href}>
                  {link.label}
                </a>
              ))}
            </nav>
          )}
        </div>
      </header>
      <main id="main" className="shell-main">
        {children}
      </main>
      <footer className="shell-footer">
        <div className="shell-footer-inner">{footer}</div>
      </footer>
    </>
  );
}
