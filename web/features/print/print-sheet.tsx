/**
 * A document as its official paper form, inside the page: the same layout the .xlsx/.docx/PDF
 * exports use (documents/print: header block, merged 一级/二级 cells, column widths), rendered as
 * React elements so text is always text. The evaluation report prints as its section outline.
 */
import type { PerformanceDocument } from '../../../core/model.ts';
import { buildTableLayout } from '../../../documents/print/build-layout.ts';
import { buildReportOutline } from '../../../documents/print/report-outline.ts';
import { mapCoverage, type TableLayout } from '../../../documents/print/table-layout.ts';
import './print.css';

function LayoutTable({ layout }: { layout: TableLayout }) {
  const total = layout.columns.reduce((sum, width) => sum + width, 0);
  const coverage = mapCoverage(layout);
  return (
    <table className="print-table">
      <colgroup>
        {layout.columns.map((width, index) => (
          <col key={index} style={{ width: `${((width / total) * 100).toFixed(2)}%` }} />
        ))}
      </colgroup>
      <tbody>
        {coverage.map((row, rowIndex) => (
          <tr key={rowIndex}>
            {row.map((covered, columnIndex) => {
              if (!covered) return <td key={columnIndex} />;
              if (!covered.isMaster) return null;
              const { cell } = covered;
              const classes = [
                cell.role === 'label' || cell.role === 'header' ? 'label' : '',
                cell.align === 'center' ? 'center' : '',
              ];
              return (
                <td
                  key={columnIndex}
                  rowSpan={cell.rowSpan ?? 1}
                  colSpan={cell.colSpan ?? 1}
                  className={classes.filter(Boolean).join(' ') || undefined}
                >
                  {cell.text}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function PrintSheet({ document }: { document: PerformanceDocument }) {
  const layout = buildTableLayout(document);
  if (layout) {
    return (
      <article className={`print-sheet print-${layout.orientation}`} aria-label={layout.title}>
        <h1>{layout.title}</h1>
        <p className="print-subtitle">{layout.subtitle}</p>
        <LayoutTable layout={layout} />
      </article>
    );
  }
  const outline = buildReportOutline(document);
  return (
    <article className="print-sheet print-portrait print-report" aria-label={outline.title}>
      <h1>{outline.title}</h1>
      {outline.sections.map((section, index) => (
        <section key={index}>
          <h2>{section.title}</h2>
          {section.paragraphs.map((text, paragraphIndex) => (
            <p key={paragraphIndex}>{text}</p>
          ))}
        </section>
      ))}
    </article>
  );
}
