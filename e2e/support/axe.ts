// axe-core in the page under test: the accessibility violations a test fails on. Reusable by any
// browser test (the example apps, the playground, and the apps added later).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One violated rule, with where it happened: enough to act on from a test's failure message. */
export interface AxeViolation {
  rule: string;
  impact: string;
  help: string;
  /** The CSS selectors of the failing nodes (first 5), with axe's summary of the first. */
  nodes: string[];
  summary: string;
}

interface AxeResults {
  violations: {
    id: string;
    impact?: string | null;
    help: string;
    nodes: { target: unknown[]; failureSummary?: string }[];
  }[];
}

/**
 * Runs axe-core (every rule of its default set: WCAG 2.0–2.2 A and AA and best practices) on the
 * page as it is now, open shadow roots included, and returns the violations of `serious` or
 * `critical` impact. An empty array is a pass.
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: neither a CSP nor Trusted Types stands in the way,
  // and nothing is added to the page's DOM.
  const installed = await page.evaluate(() => 'axe' in window);
  if (!installed) await page.evaluate(AXE_SOURCE);
  const results = (await page.evaluate(() =>
    (window as unknown as { axe: { run(context: Document, options: object): Promise<unknown> } }).axe.run(document, {
      resultTypes: ['violations'],
    }),
  )) as AxeResults;
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact!,
      help: violation.help,
      nodes: violation.nodes.slice(0, 5).map((node) => JSON.stringify(node.target)),
      summary: violation.nodes[0]?.failureSummary || '',
    }));
}
