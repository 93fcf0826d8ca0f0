import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.1 AA, as the region's accessibility requirement (lagen om tillgänglighet till digital offentlig service) asks. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa'];

/** Fluent's focus-trap helpers raise a known false `aria-hidden-focus` (DESIGN.md, Toolchain facts); nothing else is excluded. */
export const AXE_EXCLUDED = '[data-tabster-dummy]';

export interface AxeFinding {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: readonly string[];
}

/** The serious and critical violations on the page, in a form that reads well in a failed expectation. */
export async function seriousAccessibilityViolations(page: Page): Promise<AxeFinding[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).exclude(AXE_EXCLUDED).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? 'unknown',
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' '))
    }));
}
