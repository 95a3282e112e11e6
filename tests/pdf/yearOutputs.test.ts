import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { afterAll, describe, expect, it } from 'vitest';
import { deadlineCalendar } from '../../src/core/calendar/deadlineIcs';
import { buildSummary } from '../../src/core/pdf/summaryModel';
import { NO_REQUIREMENT, ruleBasisLabel, ruleBasisText, YEAR_STATUS_LABELS, yearHeadline } from '../../src/core/rules/describe';
import { yearsOverview } from '../../src/core/overview/yearsOverview';
import { LogContext, type LogStore } from '../../src/islands/app/logStore';
import { StatusStrip } from '../../src/islands/app/StatusStrip';
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

/** The status strip as the shell shows it for the report (only what the strip reads from the store). */
function statusStrip(report: ReturnType<typeof reportOf>): string {
  const store = { year: report.year, setYear: () => undefined, yearOptions: [report.year], yearTotals: new Map<number, number>(), report, loading: false, announcement: '', undo: null } as unknown as LogStore;
  return renderToString(h(LogContext.Provider, { value: store }, h(StatusStrip, {})));
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
    const strip = compact(stripTags(statusStrip(report)));
    const outputs = { dashboard, printView, pdf, strip };
    // The form someone signs (the PDF and its print view) states figures and facts; the screens also say where the year stands and what to do.
    const forms = new Set(['printView', 'pdf']);

    for (const [name, text] of Object.entries(outputs)) {
      if (forms.has(name)) {
        expect(text, name).not.toContain(headline);
        expect(text, name).not.toMatch(/有风险|未达标|待审核通过后达标|进行中|本站建议|还有\d+天|最后一天|尽快申报|另行补学|还需学习/);
        // The year in figures instead: the total row of the requirement table, the shortfall last.
        const total = model.requirementRows.at(-1);
        expect(text, name).toContain(compact(total ? Object.values(total).join('') : '-'));
      } else {
        expect(text, name).toContain(headline);
        expect(text, name).toContain(compact(YEAR_STATUS_LABELS[report.status]));
      }
      // The strip names the rule in its short form; the others in full.
      if (report.basis !== 'notice') expect(text, name).toContain(name === 'strip' ? compact(ruleBasisLabel(report)) : basis);
      // No output words a shortfall in the old, contradictory ways.
      expect(text, name).not.toMatch(/仍差|尚差|还差/);
      // A part the rule sets no figure for (公需 under the national rule) is said to rest on the year's notice, in every output.
      if (!report.public.requirementSet && name !== 'strip') expect(text, name).toContain(NO_REQUIREMENT);
      // A closed year is over: no output asks to study for it.
      if (report.closed) expect(text, name).not.toMatch(/还需学习\d|尽快申报|另行补学/);
      // Returned hours never count as covering the year.
      if (report.total.returnedTenths > 0 && report.total.toStudyIfReturnedFailTenths > 0) expect(text, name).not.toMatch(/要求的学时都已记录|学时已记够/);
      // A year without records here is never 未达标.
      if (report.countedEntries === 0) expect(text, name).not.toContain(YEAR_STATUS_LABELS.missed);
    }
    // The 历年概览 row names the same status.
    const [row] = yearsOverview([{ report, entries: scenario.entries }]);
    expect(row?.statusLabel).toBe(YEAR_STATUS_LABELS[report.status]);
    if (report.deadline !== null) {
      const ics = compact(icsText(deadlineCalendar(report, '20251127T000000Z')));
      expect(ics).toContain(headline);
      if (report.closed) expect(ics).not.toMatch(/还需学习\d|尽快申报/);
      if (report.basis === 'assumed') expect(ics).toContain(basis);
      if (report.deadline.advisedDeclareBy !== null) expect(ics).toContain('本站建议');
    }
  });
});
