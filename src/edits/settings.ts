// Fix settings from the config's `fix` section, as rules reach them (ctx.settings.config).
import type { Config } from '../types.js';

export const DEFAULT_TRANSLATE_MARKER = 'TODO(translate): ';

/** The marker put before text --fix copied from the canonical and that still needs translating. */
export function translateMarkerOf(settings: { readonly [extra: string]: unknown }): string {
  const fix = (settings.config as Config | undefined)?.fix as { translateMarker?: unknown } | undefined;
  return typeof fix?.translateMarker === 'string' ? fix.translateMarker : DEFAULT_TRANSLATE_MARKER;
}
