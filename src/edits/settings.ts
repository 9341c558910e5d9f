// Fix settings from the config's `fix` section; rules reach them as ctx.settings.translateMarker.
import type { Config } from '../types.js';

export const DEFAULT_TRANSLATE_MARKER = 'TODO(translate): ';

/** The marker put before text --fix copied from the canonical and that still needs translating. */
export function translateMarkerOf(config: Pick<Config, 'fix'>): string {
  return config.fix?.translateMarker ?? DEFAULT_TRANSLATE_MARKER;
}
