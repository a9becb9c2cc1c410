// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTableLayout } from '../../../documents/print/build-layout.ts';
import { mapCoverage } from '../../../documents/print/table-layout.ts';
import {
  buildSampleReport,
  buildSampleSelfEvaluation,
  buildSampleTargetTable,
} from '../../../documents/print/sample-documents.ts';
import { PrintSheet } from './print-sheet.tsx';

afterEach(cleanup);

describe('PrintSheet', () => {
  it.each([
    ['target table', buildSampleTargetTable()],
    ['self-evaluation', buildSampleSelfEvaluation(12)],
  ])('renders the %s with the same cells and spans as the exported layout', (_, document) => {
    const layout = buildTableLayout(document)!;
    render(<PrintSheet document={document} />);
    const sheet = screen.getByRole('article', { name: layout.title });
    expect(within(sheet).getByRole('heading', { level: 1 }).textContent).toBe(layout.title);
    expect(within(sheet).getByText(layout.subtitle)).toBeTruthy();
    const masters = mapCoverage(layout)
      .flat()
      .filter((covered) => covered?.isMaster)
      .map((covered) => covered!.cell);
    const cells = [...sheet.querySelectorAll('td')].filter(
      (cell) => cell.textContent !== '' || cell.rowSpan > 1,
    );
    const expected = masters.filter((cell) => cell.text !== '' || (cell.rowSpan ?? 1) > 1);
    expect(cells.map((cell) => [cell.textContent, cell.rowSpan, cell.colSpan])).toEqual(
      expected.map((cell) => [cell.text, cell.rowSpan ?? 1, cell.colSpan ?? 1]),
    );
    expect(cells.some((cell) => cell.rowSpan > 1)).toBe(true);
  });

  it('prints a wide self-evaluation on a landscape sheet', () => {
    render(<PrintSheet document={buildSampleSelfEvaluation(3)} />);
    expect(screen.getByRole('article').className).toContain('print-landscape');
  });

  it('prints the evaluation report as its sections', () => {
    render(<PrintSheet document={buildSampleReport()} />);
    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings[0]).toMatch(/部门基本情况/);
    expect(headings.at(-1)).toMatch(/其他需要说明的情况/);
  });

  it('shows markup in a cell as text', () => {
    const document = buildSampleTargetTable();
    const indicator = document.goals[0]!.indicators[0]!;
    const hostile = {
      ...document,
      goals: [
        {
          ...document.goals[0]!,
          indicators: [
            { ...indicator, name: '<img src=x onerror=alert(1)>' },
            ...document.goals[0]!.indicators.slice(1),
          ],
        },
        ...document.goals.slice(1),
      ],
    };
    const { container } = render(<PrintSheet document={hostile} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
  });
});
