// What a command reads and writes through (the terminal, or a test's buffers): shared by
// the command line and --watch, which the command line starts.
import type { ProgressStream } from './progress.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  isTTY: boolean;
  /** Where the progress bar goes (stderr when it is a terminal); absent: no progress bar. */
  progressStream?: ProgressStream;
}
