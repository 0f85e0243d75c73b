#!/usr/bin/env node
/**
 * `mlhealth`: the command-line entry point. Each command lives in its own file and is listed once in
 * `commands.ts`; this file only dispatches and maps errors to exit codes.
 */
import { COMMANDS } from './commands';
import { invocationDir } from './invocationDir';
import { UsageError, type CliIO } from './io';

const USAGE = `usage: mlhealth <command> [options]

commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`)
  .join('\n')}

Run 'mlhealth <command> --help' for a command's options.`;

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE + '\n');
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    io.stderr(`mlhealth: unknown command '${name}'\n${USAGE}\n`);
    return 2;
  }
  try {
    const run = await command.load();
    return await run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`mlhealth ${name}: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}

if (require.main === module) {
  // `mlhealth … | head` closes stdout early: that ends the command quietly, not with an EPIPE stack.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    process.exit(process.exitCode ?? 0);
  });
  const io: CliIO = {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: invocationDir(process.env, process.cwd()),
    env: process.env,
  };
  runCli(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`mlhealth: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 2;
    },
  );
}
