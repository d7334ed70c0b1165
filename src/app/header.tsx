/** The app bar: name, language switch and settings, on every screen; one line from 320 px up. */
import { useLang, useStrings, type Lang } from './i18n';
import { hrefFor } from './router';
import { shellStrings } from './strings';

/** Each language named in itself: the switch offers the language the merchant is not reading now. */
const LANG_NAMES: Record<Lang, string> = { zh: '中文', en: 'English' };

export function Header({ onLang }: { onLang: (lang: Lang) => void }) {
  const s = useStrings(shellStrings);
  const other: Lang = useLang() === 'zh' ? 'en' : 'zh';
  return (
    <header class="app-bar">
      <a class="app-name" href={hrefFor('home')}>
        <img src="/icon.svg" alt="" width="32" height="32" />
        <span>{s.appName}</span>
      </a>
      <button
        type="button"
        class="lang-switch"
        lang={other === 'zh' ? 'zh-CN' : 'en'}
        title={s.switchLanguage}
        onClick={() => onLang(other)}
      >
        {LANG_NAMES[other]}
      </button>
      <a class="icon-button" href={hrefFor('settings')} aria-label={s.settings} title={s.settings}>
        ⚙
      </a>
    </header>
  );
}
