import type { MacroTeam } from "@madoguchi/core/settings/macro-settings";
import { teams } from "@madoguchi/core/team/teams";
import { MacroActiveToggle, MacroForm } from "@/components/settings/macro-form";
import { SettingsSectionPage, settingsMetadata } from "@/components/settings/settings-section-page";
import { serverCaller } from "@/trpc/server";
import { macroActiveAction, saveMacroAction } from "./macro-actions";

export const dynamic = "force-dynamic";

export const generateMetadata = settingsMetadata("macros");

/** Leads (their windows) and admins (all): the macros the reply composer offers. */
export default async function MacroSettingsPage({
  searchParams,
}: {
  searchParams: Promise<{ edit?: string; saved?: string }>;
}) {
  const { edit, saved } = await searchParams;
  return (
    <SettingsSectionPage section="macros" load={async () => (await serverCaller()).settings.macros.list()}>
      {(data, { locale, text }) => {
        const { macros, canEditShared } = data;
        const windowNames = new Map<MacroTeam, string>([
          ["all", text.macros.all],
          ...teams.map((team) => [team.key, team.name[locale]] as const),
        ]);
        const editable: MacroTeam[] = [
          ...(data.teams === "all" ? teams.map((team) => team.key) : data.teams),
          ...(canEditShared ? (["all"] as const) : []),
        ];
        const choices = editable.map((key) => ({ key, name: windowNames.get(key) ?? key }));
        const editing = macros.find((macro) => macro.id === edit) ?? null;
        return (
          <>
            {saved && (
              <p className="notice" data-tone="ok" role="status">
                {text.macros.updated}
              </p>
            )}
            {editable.map((team) => {
              const own = macros.filter((macro) => macro.team === team);
              const name = windowNames.get(team) ?? team;
              return (
                <section
                  key={team}
                  className="account-section"
                  aria-labelledby={`macros-${team}`}
                  data-testid={`macros-${team}`}
                >
                  <h2 id={`macros-${team}`}>{text.macros.listOf(name)}</h2>
                  {own.length === 0 ? (
                    <p>{text.macros.none}</p>
                  ) : (
                    <ul className="settings-sections">
                      {own.map((macro) => (
                        <li key={macro.id} data-testid="macro-item">
                          <strong>{macro.title}</strong>{" "}
                          {!macro.active && <span className="account-badge">{text.macros.inactive}</span>}
                          <p>
                            <code>{macro.key}</code>
                            {macro.status ? `・${text.macros.statuses[macro.status]}` : ""}
                          </p>
                          <div className="settings-inline">
                            <a href={`/settings/macros?edit=${macro.id}#macro-editor`}>
                              {text.macros.edit(macro.title)}
                            </a>
                            <MacroActiveToggle macro={macro} action={macroActiveAction} />
                          </div>
                        </li>
                      ))}
                    </ul>
                  )}
                </section>
              );
            })}
            <section className="account-section" aria-labelledby="macro-editor-title" id="macro-editor">
              <h2 id="macro-editor-title">
                {editing ? text.macros.editTitle(editing.title) : text.macros.newTitle}
              </h2>
              <MacroForm
                key={editing?.id ?? "new"}
                macro={editing}
                teams={choices}
                action={saveMacroAction}
              />
            </section>
          </>
        );
      }}
    </SettingsSectionPage>
  );
}
