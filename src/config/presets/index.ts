// The registry of presets, one file each (data only).
import type { Preset } from './types.js';
import { starlight } from './starlight.js';
import { docusaurus } from './docusaurus.js';
import { hugo } from './hugo.js';
import { vitepress } from './vitepress.js';
import { mkdocs } from './mkdocs.js';
import { dumi } from './dumi.js';

export type { Preset, PresetLocaleLayout } from './types.js';

export const PRESETS: Readonly<Record<Preset['name'], Preset>> = { docusaurus, dumi, hugo, mkdocs, starlight, vitepress };
