import type { Locale } from "@madoguchi/core/locale/locale";
import { subtypesOf } from "@madoguchi/core/trouble/subtypes";
import type { TroubleType } from "@madoguchi/core/trouble/trouble-types";
import { localePath } from "@/i18n/locale-path";

/** Step 2: the subtypes of a trouble type, each leading to its self-help. */
export function SubtypeList({ locale, type }: { locale: Locale; type: TroubleType }) {
  return (
    <ul className="card-grid inquiry-choices" data-testid="subtype-list">
      {subtypesOf(type).map((subtype) => (
        <li key={subtype.key} className="card">
          <a
            className="card-link"
            href={localePath(locale, `/contact/${type}/${subtype.key}`)}
            data-subtype={subtype.key}
          >
            {subtype.name[locale]}
          </a>
        </li>
      ))}
    </ul>
  );
}
