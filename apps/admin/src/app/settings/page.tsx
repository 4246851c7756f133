import { can } from "@madoguchi/core/access/permissions";
import { getSession } from "@/auth/session";
import "@/components/account/account.css";
import { SettingsRefused } from "@/components/settings/settings-access";
import { settingsMetadata } from "@/components/settings/settings-section-page";
import { settingsText } from "@/components/settings/settings-text";
import "@/components/settings/settings.css";
import { getConsoleLocale } from "@/i18n/console-locale";

export const dynamic = "force-dynamic";

export const generateMetadata = settingsMetadata();

const adminSections = [
  ["teams", "/settings/teams"],
  ["hours", "/settings/hours"],
  ["sla", "/settings/sla"],
  ["routing", "/settings/routing"],
  ["macros", "/settings/macros"],
  ["staff", "/staff-admin"],
] as const;

/** What an admin (everything) or a lead (their windows' macros) may set. */
export default async function SettingsPage() {
  const locale = await getConsoleLocale();
  const text = settingsText[locale];
  const session = await getSession();
  const role = session?.kind === "staff" ? session.role : null;
  if (!role)
    return <SettingsRefused title={text.title} reason="UNAUTHORIZED" locale={locale} path="/settings" />;
  const admin = can(role, "settings.manage");
  const sections = adminSections.filter(([key]) => {
    if (key === "staff") return can(role, "staff.manage");
    if (key === "macros") return can(role, "macro.manage");
    return admin;
  });
  if (sections.length === 0) {
    return <SettingsRefused title={text.title} reason="FORBIDDEN" locale={locale} path="/settings" />;
  }
  return (
    <>
      <h1>{text.title}</h1>
      <p>{admin ? text.home.intro : text.home.leadIntro}</p>
      <ul className="settings-sections" data-testid="settings-sections">
        {sections.map(([key, href]) => (
          <li key={key}>
            <a href={href}>{text.home.sections[key].title}</a>
            <p>{text.home.sections[key].description}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
