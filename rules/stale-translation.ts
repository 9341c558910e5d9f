import type { CommitFact, RuleModule, SourceChangeSummary } from '../src/types.js';
import { details, examples } from './docs/stale-translation.js';

export const meta: RuleModule['meta'] = {
  id: 'stale-translation',
  description: 'The source changed (in git) after the locale file was last updated.',
  category: 'history',
  defaultSeverity: 'warn',
  fixable: false,
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      ignoreWhitespace: { type: 'boolean', description: 'A source commit that changes only whitespace or blank lines is not staleness (default true).' },
      ignoreFrontmatter: { type: 'boolean', description: "A source commit that changes only the source's front matter is not staleness (default true)." },
    },
  },
  messages: {
    stale: '{source} changed in {commit} ({date}, "{subject}"){later} after this translation {baseline}; since then: {summary}.',
    unknown: 'Could not tell whether this translation is stale: {reason}.',
    notChecked: 'Staleness of translations was not checked: {reason}.',
    invalidPin: 'Front-matter pin `{key}: {actual}` is not a commit hash; expected the hash of the source commit this translation was made from.',
  },
  docs: {
    description: 'Compares git history: when the source file has a substantive commit (one that changes more than whitespace or blank lines) that the locale file\'s last commit does not contain, the translation is stale. The finding names the commit that made it stale, its date, and what changed in the source\'s structure since (sections added or removed, links changed, new change-log rows). A translation that records the source commit it was made from in its front matter (`l10n.sourceCommit: <hash>`, key set by `git.pinKey`) is compared from that commit instead. On by default wherever the content set is in a git repository with its history; git runs a few times for the whole run (one pass over the history), not per pair. Commits that change only whitespace or only the front matter do not count (options `ignoreWhitespace`, `ignoreFrontmatter`). A pin that is not a commit hash is a finding; a pin git does not know is an `info` finding. Outside a git repository or in a shallow clone (CI checkouts are shallow unless `fetch-depth: 0`), one `info` finding for the run, on the config file, says that staleness was not checked and why. A translation not committed yet counts as up to date.',
    example: '`en/setup.md` gained the section "Proxy settings" in 4f2c9e1 after `de/setup-de.md` was last committed.',
    details,
    examples,
  },
};

const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
const describeCommit = (c: CommitFact) => `${c.hash.slice(0, 7)} (${c.date.slice(0, 10)})`;

function describeChanges(changes: SourceChangeSummary | null): string {
  if (!changes) return 'the earlier version could not be read for a structural summary';
  const quoted = (texts: string[]) => texts.map((t) => `"${t}"`).join(', ');
  const parts = [
    changes.sectionsAdded.length ? `${plural(changes.sectionsAdded.length, 'section')} added (${quoted(changes.sectionsAdded)})` : '',
    changes.sectionsRemoved.length ? `${plural(changes.sectionsRemoved.length, 'section')} removed (${quoted(changes.sectionsRemoved)})` : '',
    changes.linksAdded ? `${plural(changes.linksAdded, 'link')} added` : '',
    changes.linksRemoved ? `${plural(changes.linksRemoved, 'link')} removed` : '',
    changes.linksChanged ? `${plural(changes.linksChanged, 'link target')} changed` : '',
    changes.changeLogRows.length ? `${plural(changes.changeLogRows.length, 'new change-log row')} (${changes.changeLogRows.join(', ')})` : '',
  ].filter(Boolean);
  const touched = (changes.sectionsTouched ?? []).filter((s) => !changes.sectionsAdded.includes(s));
  if (touched.length) parts.push(`text changed in ${plural(touched.length, 'section')} (${quoted(touched)})`);
  return parts.length ? parts.join(', ') : 'text changes only, no structural change';
}

export const check: RuleModule['check'] = (ctx) => {
  const history = ctx.settings.history;
  if (!history) return;
  const at = history.pin?.span;
  if (history.invalidPin && history.pin) {
    ctx.report({ messageId: 'invalidPin', data: { key: history.pin.key, actual: history.pin.commit }, at: history.pin.span, actual: history.pin.commit, key: 'pin' });
    return;
  }
  if (history.unknown !== null) {
    ctx.report({ messageId: 'unknown', data: { reason: history.unknown }, ...(at ? { at } : {}), severity: 'info', key: 'history-unknown' });
    return;
  }
  const [first, ...later] = history.sourceCommitsSince;
  if (!first) return;
  const last = later[later.length - 1];
  const baseline = history.pin ? `was pinned to ${history.pin.commit.slice(0, 7)} (${history.pin.key})` : `was last committed in ${describeCommit(history.localeCommit!)}`;
  ctx.report({
    messageId: 'stale',
    data: {
      source: ctx.canonicalInfo.file,
      commit: first.hash.slice(0, 7),
      date: first.date.slice(0, 10),
      subject: first.subject,
      later: last ? ` and in ${plural(later.length, 'later commit')}, the last ${describeCommit(last)},` : '',
      baseline,
      summary: describeChanges(history.changes),
    },
    ...(at ? { at } : {}),
    expected: first.hash,
    key: `stale:${first.hash}`,
  });
};

export default { meta, check } satisfies RuleModule;
