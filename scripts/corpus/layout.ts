// Layout: which directories and pages exist, planned from the page count.

import { AREA_SLUGS, PRODUCTS, REASON_SLUGS, STATUS_SLUGS, TRACK_SLUGS } from './text/index.js';
import { Random } from './random.js';
import { DirPlan, Layout, LeafPlan } from './model.js';

const MAX_DIRS = AREA_SLUGS.length * (1 + TRACK_SLUGS.length);

export function planLayout(pageCount: number, random: Random): Layout {
  const dirCount = Math.max(1, Math.min(MAX_DIRS, Math.round((pageCount - 1) / 9)));
  const leafCount = Math.max(0, pageCount - 1 - dirCount);
  const areaOrder = random.shuffle(AREA_SLUGS.map((_, index) => index));
  const dirs: DirPlan[] = [];
  for (let i = 0; i < dirCount; i++) {
    const area = areaOrder[i % areaOrder.length];
    const track = i < areaOrder.length ? null : Math.floor(i / areaOrder.length) - 1;
    const dir = track === null ? AREA_SLUGS[area] : `${AREA_SLUGS[area]}/${TRACK_SLUGS[track]}`;
    dirs.push({ dir, area, track, leaves: [] });
  }
  const leaves: LeafPlan[] = [];
  for (let d = 0; d < dirs.length; d++) {
    const dir = dirs[d];
    const count = Math.floor(leafCount / dirCount) + (d < leafCount % dirCount ? 1 : 0);
    const used = new Set<string>();
    while (dir.leaves.length < count) {
      const status = random.int(0, STATUS_SLUGS.length - 1);
      const reason = random.int(0, REASON_SLUGS.length - 1);
      const slug = `${STATUS_SLUGS[status]}-${REASON_SLUGS[reason]}`;
      if (used.has(slug)) continue;
      used.add(slug);
      const productCount = random.weighted([[0, 5], [1, 3.5], [2, 1.5]] as const);
      const leaf: LeafPlan = {
        key: `${dir.dir}/${slug}.md`,
        dir: dir.dir,
        status,
        reason,
        products: random.sample(PRODUCTS.slice(1), productCount),
        size: random.weighted([['small', 22], ['medium', 56], ['large', 17], ['huge', 5]] as const),
      };
      dir.leaves.push(leaf);
      leaves.push(leaf);
    }
    dir.leaves.sort((a, b) => a.status - b.status || a.key.localeCompare(b.key));
  }
  return { dirs, leaves };
}
