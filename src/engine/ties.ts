// Consensus ties: where the locales split evenly on an element there is no majority to
// hold a locale against, so the findings about it are replaced by one note per locale.
import type { Diagnostic, FileRef } from '../types.js';
import type { ConsensusTie } from '../canonical/index.js';
import type { ActiveRule } from './settings.js';
import { fingerprint } from './fingerprint.js';

const CONSENSUS_TIE_MESSAGE = 'No majority among {count} locales for {what} ({split}); not compared. Set a source locale or make the locales agree.';


/** How many locales hold the page: the count a tie is told among. */
export function keyTieCount(keyPairs: readonly { target: FileRef | null }[]): number {
  return keyPairs.filter((p) => p.target).length;
}

// Diagnostics about an element the locales split on are replaced by one note per locale.
export function replaceTies(
  diagnostics: Diagnostic[],
  ties: readonly ConsensusTie[],
  locale: string,
  file: string,
  set: string,
  sourceFile: string | null,
  active: readonly ActiveRule[],
  count: number,
): Diagnostic[] {
  if (ties.length === 0) return diagnostics;
  // Rules report tied elements under the same structural key, so their fingerprints match.
  const tied = new Set(ties.map((t) => fingerprint({ ruleId: t.ruleId, set, locale, file, key: t.key })));
  const kept = diagnostics.filter((d) => !tied.has(d.fingerprint));
  for (const tie of ties) {
    const rule = active.find((a) => a.rule.meta.id === tie.ruleId);
    if (!rule) continue;
    const split = Object.entries(tie.values)
      .map(([value, who]) => `${value === '' ? '(none)' : value}: ${who.join(', ')}`)
      .join('; ');
    kept.push({
      ruleId: tie.ruleId,
      messageId: 'consensusTie',
      severity: 'info',
      message: CONSENSUS_TIE_MESSAGE.replace('{count}', String(count)).replace('{what}', tie.what).replace('{split}', split),
      file,
      locale,
      set,
      sourceFile,
      fingerprint: fingerprint({ ruleId: tie.ruleId, set, locale, file, key: `tie\u0000${tie.key}` }),
    });
  }
  return kept;
}
