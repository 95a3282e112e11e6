import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { afterAll, describe, expect, it } from 'vitest';
import { deadlineCalendar } from '../../src/core/calendar/deadlineIcs';
import { buildSummary } from '../../src/core/pdf/summaryModel';
import { NO_REQUIREMENT, ruleBasisText, YEAR_STATUS_LABELS, yearHeadline } from '../../src/core/rules/describe';
import { Dashboard } from '../../src/islands/Dashboard';
import { SummaryView } from '../../src/islands/SummaryView';
import { renderSummaryPdf } from '../../src/pdf/renderSummary';
import { FONT } from '../helpers/summaryFixtures';
import { reportOf, YEAR_SCENARIOS } from '../helpers/yearScenarios';

const work = mkdtempSync(join(tmpdir(), 'xueshibu-outputs-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const compact = (text: string) => text.replace(/\s+/g, '');
const stripTags = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&');

function pdfText(bytes: Uint8Array, name: string): string {
  const file = join(work, `${name}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/** An .ics file's text as a calendar app shows it: lines unfolded, escapes undone. */
function icsText(ics: string): string {
  return ics.replace(/\r\n /g, '').replace(/\\n/g, '\n').replace(/\\([,;\\])/g, '$1');
}

describe('every output says the same thing about the year', () => {
  it.each(YEAR_SCENARIOS.map((scenario, index) => [scenario.name, scenario, index] as const))('%s', (_name, scenario, index) => {
    const report = reportOf(scenario);
    const headline = compact(yearHeadline(report));
    const basis = compact(ruleBasisText(report));
    const model = buildSummary({ report, entries: scenario.entries, profile: { name: '王喆' }, generatedOn: scenario.asOf });

    const dashboard = compact(stripTags(renderToString(h(Dashboard, { report, titleOf: (id: string) => id }))));
    const printView = compact(stripTags(renderToString(h(SummaryView, { model }))));
    const pdf = compact(pdfText(renderSummaryPdf(model, { font: FONT }), `scenario-${index}`));
    const outputs = { dashboard, printView, pdf };

    for (const [name, text] of Object.entries(outputs)) {
      expect(text, name).toContain(headline);
      expect(text, name).toContain(compact(YEAR_STATUS_LABELS[report.status]));
      if (report.basis !== 'notice') expect(text, name).toContain(basis);
      // No output words a shortfall in the old, contradictory ways.
      expect(text, name).not.toMatch(/仍差|尚差|还差/);
      // A part the rule sets no figure for (公需 under the national rule) is said to rest on the year's notice, in every output.
      if (!report.public.requirementSet) expect(text, name).toContain(NO_REQUIREMENT);
    }
    if (report.deadline !== null) {
      const ics = compact(icsText(deadlineCalendar(report, '20251127T000000Z')));
      expect(ics).toContain(headline);
      if (report.basis === 'assumed') expect(ics).toContain(basis);
      if (report.deadline.advisedDeclareBy !== null) expect(ics).toContain('本站建议');
    }
  });
});
