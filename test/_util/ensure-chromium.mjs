// Makes sure a Chromium is there for the browser tests: CHROME_PATH, else Debian's /usr/bin/chromium,
// installed with apt-get when we are root. Never downloads a browser build of its own.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const wanted = process.env.CHROME_PATH;

if (wanted) {
  if (!existsSync(wanted)) {
    console.error(`CHROME_PATH is set to ${wanted}, but there is no file there.`);
    process.exit(1);
  }
  process.exit(0);
}
if (existsSync(DEBIAN_CHROMIUM)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.warn('Chromium is missing: installing Debian\'s "chromium" package with apt-get…');
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch (error) {
    console.error(`apt-get could not install chromium (${error.message}).`);
  }
  if (existsSync(DEBIAN_CHROMIUM)) process.exit(0);
}
console.error(
  'The browser tests need Chromium: run "sudo apt-get install chromium", or set CHROME_PATH to a Chromium or Chrome binary.',
);
process.exit(1);
