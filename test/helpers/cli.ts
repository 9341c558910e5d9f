// The CLI run in-process, its streams captured: what a test of exit codes and output needs,
// without the cost of a child process per case.
import { runCli } from '../../src/cli.js';

/** Runs `l10n-lint <args>` in `cwd`; resolves to the exit code and everything written to stdout and stderr. */
export async function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, isTTY: false });
  return { code, stdout, stderr };
}
