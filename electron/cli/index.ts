/**
 * Head-office command-line tool on the same domain modules as the app. Prints JSON; exits non-zero with a
 * one-line reason on bad input.
 */
import { runCli } from './run';

const result = await runCli(process.argv.slice(2));
if (result.stdout) process.stdout.write(`${result.stdout}\n`);
if (result.stderr) process.stderr.write(`${result.stderr}\n`);
process.exitCode = result.code;
