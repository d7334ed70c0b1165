/** `receipt-rescue` command line: entry and sub-command dispatch. */
const [command = 'help'] = process.argv.slice(2);
if (command === 'help' || command === '--help') {
  console.log('Usage: receipt-rescue <command> [options]');
} else {
  console.error(`receipt-rescue: unknown command "${command}"`);
  process.exitCode = 2;
}
