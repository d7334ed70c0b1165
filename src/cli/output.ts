/**
 * Standard output for the commands. A reader that goes away early (`… | head -c 0`) is normal on a command
 * line: writing then fails with EPIPE, which ends the output quietly instead of as a stack trace.
 */

function isClosedPipe(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'EPIPE';
}

/** Makes a closed stdout harmless for the rest of the process (console.log included); other errors still throw. */
export function tolerateClosedStdout(): void {
  process.stdout.on('error', (error) => {
    if (!isClosedPipe(error)) throw error;
  });
}

/** Writes to stdout and waits until it is handed over; resolves too when the reader has gone. */
export function writeOut(data: string | Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(data, (error) => {
      if (error && !isClosedPipe(error)) reject(error);
      else resolve();
    });
  });
}
