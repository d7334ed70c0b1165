// Makes sure the browser tests have what they need: a Chromium (CHROME_PATH, else Debian's /usr/bin/chromium)
// and a font with Chinese characters (the layout tests measure Chinese text; without a CJK font Chromium draws
// empty boxes of another width). Missing Debian packages are installed with apt-get when we are root. Never
// downloads a browser build of its own.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const wanted = process.env.CHROME_PATH;

if (wanted && !existsSync(wanted)) {
  console.error(`CHROME_PATH is set to ${wanted}, but there is no file there.`);
  process.exit(1);
}
const hasChromium = () => Boolean(wanted) || existsSync(DEBIAN_CHROMIUM);

/** Whether fontconfig knows a font covering Simplified Chinese. */
function hasCjkFont() {
  try {
    return execFileSync('fc-list', [':lang=zh-cn', 'family'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc');
  }
}

const missing = [...(hasChromium() ? [] : ['chromium']), ...(hasCjkFont() ? [] : ['fonts-noto-cjk'])];
if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.warn(`Installing Debian's ${missing.join(' and ')} with apt-get for the browser tests…`);
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', ...missing], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch (error) {
    console.error(`apt-get could not install ${missing.join(' ')} (${error.message}).`);
  }
}
if (!hasChromium()) {
  console.error(
    'The browser tests need Chromium: run "sudo apt-get install chromium", or set CHROME_PATH to a Chromium or Chrome binary.',
  );
  process.exit(1);
}
if (!hasCjkFont()) {
  console.error(
    'The browser tests need a font with Chinese characters: run "sudo apt-get install fonts-noto-cjk".',
  );
  process.exit(1);
}
