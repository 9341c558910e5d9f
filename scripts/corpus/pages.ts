// Building page models: leaf pages, directory indexes and the root index, from the layout.

import * as path from 'node:path';
import { STATUS_SLUGS } from './text/index.js';
import { Random } from './random.js';
import { DirPlan, L1Section, LabelText, Layout, LeafPlan, LinkItem, PageModel, SizeClass } from './model.js';
import { ContentFactory } from './content.js';

interface SizeProfile {
  sections: [number, number];
  links: [number, number];
  intro: [number, number];
  description: [number, number];
  taskRows: [number, number] | null;
  taskChance: number;
}

// Calibrated so that scale 1 (64 pages × 7 locales) comes to about 3 MB, pages 2-15 KB.
const SIZE_PROFILES: Record<SizeClass, SizeProfile> = {
  small: { sections: [3, 3], links: [2, 3], intro: [1, 3], description: [1, 2], taskRows: null, taskChance: 0 },
  medium: { sections: [3, 5], links: [3, 6], intro: [2, 4], description: [1, 3], taskRows: [10, 16], taskChance: 0.25 },
  large: { sections: [4, 6], links: [4, 7], intro: [2, 4], description: [1, 3], taskRows: [14, 30], taskChance: 0.75 },
  huge: { sections: [5, 6], links: [5, 8], intro: [3, 5], description: [2, 3], taskRows: [35, 50], taskChance: 1 },
};

function relativeTarget(fromDir: string, toKey: string): string {
  return path.posix.relative(fromDir, toKey) || path.posix.basename(toKey);
}

export function productSlug(product: string): string {
  return product.toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-');
}

export function buildLeafPage(plan: LeafPlan, layout: Layout, factory: ContentFactory, random: Random): PageModel {
  const profile = SIZE_PROFILES[plan.size];
  const sectionCount = random.int(...profile.sections);
  const statuses = random.sample(STATUS_SLUGS.map((_, index) => index), sectionCount).sort((a, b) => a - b);
  const sameDir = layout.leaves.filter((leaf) => leaf.dir === plan.dir && leaf.key !== plan.key);
  const elsewhere = layout.leaves.filter((leaf) => leaf.dir !== plan.dir);

  // Targets are drawn without repetition inside a section: the aligner pairs links by
  // target, and a real page rarely lists the same page twice under one heading.
  const linksFor = (sectionStatus: number): LinkItem[] => {
    const used = new Set<string>();
    return Array.from({ length: random.int(...profile.links) }, (): LinkItem | null => {
      const unused = (pool: LeafPlan[]) => pool.filter((leaf) => !used.has(leaf.key));
      const preferred = unused(sameDir.filter((leaf) => leaf.status === sectionStatus));
      const pool = unused(elsewhere).length > 0 && random.chance(0.1) ? unused(elsewhere)
        : preferred.length > 0 && random.chance(0.7) ? preferred
        : unused(sameDir).length > 0 ? unused(sameDir) : unused(elsewhere);
      if (pool.length === 0) return null;
      const target = random.pick(pool);
      used.add(target.key);
      let href = relativeTarget(plan.dir, target.key);
      if (target.products.length > 0 && random.chance(0.2)) href += `#${productSlug(random.pick(target.products))}`;
      return {
        text: { kind: 'reason', index: target.reason },
        labelled: random.chance(0.96),
        target: href,
        description: factory.paragraph(...profile.description, false),
        automation: random.chance(0.07) ? factory.paragraph(1, 1, false) : null,
      };
    }).filter((link): link is LinkItem => link !== null);
  };

  const sections: L1Section[] = statuses.map((status) => ({
    heading: { kind: 'status', index: status },
    labelled: true,
    intro: factory.paragraph(...profile.intro),
    links: linksFor(status),
    tasks: null,
    productNotes: [],
  }));
  if (profile.taskRows && random.chance(profile.taskChance)) {
    random.pick(sections).tasks = { intro: factory.paragraph(1, 2), rows: factory.taskRows(random.int(...profile.taskRows)) };
  }
  for (const product of plan.products) {
    random.pick(sections).productNotes.push({ product, body: factory.paragraph(2, 4) });
  }
  const author = factory.person();
  return {
    key: plan.key,
    title: { kind: 'leaf', status: plan.status, reason: plan.reason },
    frontmatter: factory.frontmatter(author),
    sections,
    refresh: factory.refresh(author),
  };
}

export function buildDirIndex(dir: DirPlan, factory: ContentFactory): PageModel {
  const statuses = [...new Set(dir.leaves.map((leaf) => leaf.status))].sort((a, b) => a - b);
  const linkItem = (text: LabelText, target: string): LinkItem => ({
    text,
    labelled: true,
    target,
    description: factory.paragraph(1, 2, false),
    automation: null,
  });
  const sections: L1Section[] = statuses.map((status) => ({
    heading: { kind: 'status', index: status },
    labelled: true,
    intro: factory.paragraph(1, 2),
    links: dir.leaves
      .filter((leaf) => leaf.status === status)
      .map((leaf) => linkItem({ kind: 'reason', index: leaf.reason }, relativeTarget(dir.dir, leaf.key))),
    tasks: null,
    productNotes: [],
  }));
  if (sections.length === 0) {
    sections.push({ heading: { kind: 'status', index: 0 }, labelled: true, intro: factory.paragraph(1, 2), links: [], tasks: null, productNotes: [] });
  }
  sections[0].links.unshift(linkItem({ kind: 'playbook' }, relativeTarget(dir.dir, 'index.md')));
  const author = factory.person();
  return {
    key: `${dir.dir}/index.md`,
    title: { kind: 'index', area: dir.area, track: dir.track },
    frontmatter: factory.frontmatter(author),
    sections,
    refresh: factory.refresh(author),
  };
}

export function buildRootIndex(layout: Layout, factory: ContentFactory): PageModel {
  const areas = [...new Set(layout.dirs.map((dir) => dir.area))];
  const sections: L1Section[] = areas.map((area) => ({
    heading: { kind: 'area', area, track: null },
    labelled: true,
    intro: factory.paragraph(1, 2),
    links: layout.dirs
      .filter((dir) => dir.area === area)
      .map((dir) => ({
        text: { kind: 'area', area: dir.area, track: dir.track } as LabelText,
        labelled: true,
        target: `${dir.dir}/index.md`,
        description: factory.paragraph(1, 1, false),
        automation: null,
      })),
    tasks: null,
    productNotes: [],
  }));
  const author = factory.person();
  return {
    key: 'index.md',
    title: { kind: 'index', area: null, track: null },
    frontmatter: factory.frontmatter(author),
    sections,
    refresh: factory.refresh(author),
  };
}
