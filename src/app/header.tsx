/** The app bar: name, language switch and settings, on every screen. */
import { LANGS, useLang, useStrings, type Lang } from './i18n';
import { hrefFor } from './router';
import { shellStrings } from './strings';

const LANG_LABELS: Record<Lang, string> = { zh: '中文', en: 'English' };

export function Header({ onLang }: { onLang: (lang: Lang) => void }) {
  const s = useStrings(shellStrings);
  const lang = useLang();
  return (
    <header class="app-bar">
      <a class="app-name" href={hrefFor('home')}>
        <img src="/icon.svg" alt="" width="32" height="32" />
        <span>{s.appName}</span>
      </a>
      <div class="lang-switch" role="group" aria-label={s.switchLanguage}>
        {LANGS.map((code) => (
          <button
            type="button"
            key={code}
            lang={code === 'zh' ? 'zh-CN' : 'en'}
            aria-pressed={code === lang}
            onClick={() => onLang(code)}
          >
            {LANG_LABELS[code]}
          </button>
        ))}
      </div>
      <a class="icon-button" href={hrefFor('settings')} aria-label={s.settings} title={s.settings}>
        ⚙
      </a>
    </header>
  );
}
