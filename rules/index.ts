// The explicit, sorted registry of rules. A test fails when it is unsorted or when a
// rule's meta.id differs from its file name.
import type { RuleModule } from '../src/types.js';
import fileMissing from './file-missing.js';
import fileNaming from './file-naming.js';
import fileOrphan from './file-orphan.js';
import frontmatterKeys from './frontmatter-keys.js';
import frontmatterValues from './frontmatter-values.js';
import headingStructure from './heading-structure.js';
import inlineDirective from './inline-directive.js';
import invisibleChars from './invisible-chars.js';
import labelPrefix from './label-prefix.js';
import linkBroken from './link-broken.js';
import linkStructure from './link-structure.js';
import linkTarget from './link-target.js';
import parseError from './parse-error.js';
import preservedTokens from './preserved-tokens.js';
import refreshTable from './refresh-table.js';
import staleTranslation from './stale-translation.js';
import tableStructure from './table-structure.js';
import tocStructure from './toc-structure.js';
import untranslated from './untranslated.js';

export const rules: readonly RuleModule[] = [
  fileMissing,
  fileNaming,
  fileOrphan,
  frontmatterKeys,
  frontmatterValues,
  headingStructure,
  inlineDirective,
  invisibleChars,
  labelPrefix,
  linkBroken,
  linkStructure,
  linkTarget,
  parseError,
  preservedTokens,
  refreshTable,
  staleTranslation,
  tableStructure,
  tocStructure,
  untranslated,
];

export const rulesById: ReadonlyMap<string, RuleModule> = new Map(rules.map((rule) => [rule.meta.id, rule]));
