// The text of docs/rules/<id>.md, generated from a rule's metadata (remark-lint's model: a
// rule's page comes from the rule): what it finds, its severity, options and messages, the
// longer notes in meta.docs.details, and every example of meta.docs.examples with the
// findings test/rule-examples.test.ts proves it gives. `npm run generate` writes the pages;
// test/generated.test.ts fails when a committed page drifts or names a rule that is gone.
import type { RuleExample, RuleModule } from '../src/types.js';
import { SOURCE_LOCALE, canonicalPath, exampleConfig, exampleFiles, exampleLocale, examplePage, localePath } from './rule-examples.js';

export const RULE_DOCS_DIR = 'docs/rules';
export const ruleDocPath = (id: string): string => `${RULE_DOCS_DIR}/${id}.md`;

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** A code fence longer than any run of backticks in `text` (CommonMark: the closing fence must be at least as long). */
function fenced(text: string, lang: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${lang}\n${text.endsWith('\n') ? text : `${text}\n`}${fence}`;
}

// Invisible and control characters are shown by code point: a page must show what the example holds.
const HIDDEN = /[\p{Cf}\p{Cc}]/gu;
function visible(text: string): { text: string; notes: string[] } {
  const notes: string[] = [];
  let out = text;
  if (out.includes('\r\n')) {
    notes.push('Windows line breaks (CRLF)');
    out = out.replace(/\r\n/g, '\n');
  }
  out = out.replace(HIDDEN, (ch) => (ch === '\n' || ch === '\t' ? ch : `⟨U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`));
  if (out !== text.replace(/\r\n/g, '\n')) notes.push('invisible characters shown as ⟨U+…⟩');
  return { text: out, notes };
}

const langOf = (file: string) => (file.endsWith('.yml') || file.endsWith('.yaml') ? 'yaml' : file.endsWith('.mdx') ? 'mdx' : 'md');

/** `path` (role; notes): and the text, fenced. */
function fileBlock(file: string, text: string, role: string | null, extraNotes: string[] = []): string {
  const shown = visible(text);
  const notes = [...(role ? [role] : []), ...extraNotes, ...shown.notes];
  return `\`${file}\`${notes.length ? ` (${notes.join('; ')})` : ''}:\n\n${fenced(shown.text, langOf(file))}`;
}

/** JSON as people write it: an object or array on one line when that line is short (undefined values left out, as JSON.stringify does). */
function compactJson(value: unknown, indent = ''): string {
  const entries = (o: object) => Object.entries(o).filter(([, v]) => v !== undefined);
  const flat = (v: unknown): string =>
    v === null || typeof v !== 'object' ? JSON.stringify(v) : Array.isArray(v) ? `[${v.map(flat).join(', ')}]` : `{ ${entries(v).map(([k, x]) => `${JSON.stringify(k)}: ${flat(x)}`).join(', ')} }`;
  const line = flat(value);
  if (line.length + indent.length <= 80 || value === null || typeof value !== 'object') return line;
  const inner = `${indent}  `;
  if (Array.isArray(value)) return `[\n${value.map((v) => inner + compactJson(v, inner)).join(',\n')}\n${indent}]`;
  return `{\n${entries(value).map(([k, v]) => `${inner}${JSON.stringify(k)}: ${compactJson(v, inner)}`).join(',\n')}\n${indent}}`;
}

function exampleSection(example: RuleExample, rule: RuleModule): string {
  const meta = rule.meta;
  const locale = exampleLocale(example);
  const parts = [`### ${example.title}`];
  for (const [i, commit] of (example.commits ?? []).entries()) {
    parts.push(`Commit ${i + 1}, ${commit.date.slice(0, 10)}, "${commit.subject}":`);
    for (const [file, text] of Object.entries(commit.files)) parts.push(fileBlock(file, text, null));
  }
  if (example.commits?.length) parts.push('Then, in the working tree:');
  for (const file of exampleFiles(example)) {
    const role = example.canonical !== null && file.path === canonicalPath(example) ? `${SOURCE_LOCALE}, canonical` : example.locale !== null && file.path === localePath(example) ? locale : null;
    parts.push(fileBlock(file.path, file.text, role, file.encoding === 'utf16le' ? ['saved as UTF-16LE with a byte order mark'] : []));
  }
  const consensus = example.set !== undefined && 'source' in example.set && example.set.source === undefined;
  if (consensus) parts.push('No source locale: the set is linted in consensus mode (the canonical is what most locales have).');
  else if (example.canonical === null) parts.push(`No \`${canonicalPath(example)}\`: the source has no such page.`);
  if (example.locale === null) parts.push(`No \`${localePath(example)}\`: nothing is where the ${locale} convention puts the translation of \`${examplePage(example)}\`.`);
  const also = example.alsoActive?.length ? ` Also on in the run: ${example.alsoActive.map((id) => `\`${id}\``).join(', ')}.` : '';
  parts.push(`<details><summary>Config (l10n-lint.config.json)</summary>\n\n${fenced(compactJson(exampleConfig(example, meta)), 'json')}\n\n</details>${also}`);
  parts.push(example.findings.length ? `Findings (\`${meta.id}\` alone):\n\n${fenced(example.findings.join('\n'), 'text')}` : `No findings.`);
  return parts.join('\n\n');
}

function optionsSection(rule: RuleModule): string {
  const properties = (rule.meta.schema.properties ?? {}) as Record<string, { type?: string; enum?: unknown[]; items?: { type?: string; enum?: unknown[] }; description?: string }>;
  const names = Object.keys(properties);
  if (names.length === 0) return 'No options.';
  const typeOf = (p: (typeof properties)[string]): string =>
    p.enum ? p.enum.map((v) => JSON.stringify(v)).join(' \\| ') : p.type === 'array' ? `array of ${p.items?.enum ? p.items.enum.map((v) => JSON.stringify(v)).join(' \\| ') : (p.items?.type ?? 'any')}` : (p.type ?? 'any');
  const defaults = rule.meta.defaults ?? {};
  const rows = names.map((name) => `| \`${name}\` | ${typeOf(properties[name])} | ${name in defaults ? `\`${JSON.stringify(defaults[name])}\`` : ''} | ${cell(properties[name].description ?? '')} |`);
  const example = compactJson({ rules: { [rule.meta.id]: [rule.meta.defaultSeverity, Object.keys(defaults).length ? defaults : {}] } });
  return [['| option | type | default | description |', '| --- | --- | --- | --- |', ...rows].join('\n'), `Set them in the config:\n\n${fenced(example, 'json')}`].join('\n\n');
}

/** The whole page of one rule. */
export function ruleDocText(rule: RuleModule): string {
  const m = rule.meta;
  const messages = Object.entries(m.messages).map(([id, template]) => `| \`${id}\` | ${cell(template)} |`);
  const examples = m.docs.examples ?? [];
  return [
    `<!-- GENERATED by \`npm run generate\` (scripts/rule-docs.ts) from the metadata of rules/${m.id}.ts: do not edit. -->`,
    `# \`${m.id}\``,
    m.description,
    ['| category | default severity | fixable | runs on |', '| --- | --- | --- | --- |', `| ${m.category} | ${m.defaultSeverity} | ${m.fixable ? 'yes (`--fix`)' : 'no'} | ${m.scope === 'file' ? 'files (discovery and parse findings)' : 'every aligned pair'} |`].join('\n'),
    m.docs.description,
    '## Options',
    optionsSection(rule),
    '## Messages',
    ['| id | message |', '| --- | --- |', ...messages].join('\n'),
    ...(m.docs.details ? ['## Details', m.docs.details.trim()] : []),
    '## Examples',
    `Each example is a content set: the source (${SOURCE_LOCALE}) in \`en/\`, the locale in a folder of its own with its suffix, and the config shown. \`test/rule-examples.test.ts\` lints every one with this rule alone and checks that it gives exactly these findings.`,
    ...examples.map((example) => exampleSection(example, rule)),
  ].join('\n\n') + '\n';
}
