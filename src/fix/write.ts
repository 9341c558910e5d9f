// --fix writes through the one writer of l10n-lint (src/io/write.ts): atomic, contained,
// checked against the bytes that were linted right before the rename.
import { replaceFileAtomic, type AtomicWriteSteps, type ReplaceOptions } from '../io/write.js';

export { temporaryNameFor, type AtomicWriteSteps } from '../io/write.js';

/** Replaces an existing file's bytes atomically, keeping its mode (see replaceFileAtomic). */
export function writeFileAtomic(file: string, bytes: Uint8Array, steps: Partial<AtomicWriteSteps> = {}, options: ReplaceOptions = {}): void {
  replaceFileAtomic(file, bytes, options, steps);
}
