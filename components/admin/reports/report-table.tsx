import type { Chart } from "@/lib/reports";
import { formatCell } from "./format-value";

/** The chart's numbers, as a table with a header row and a header cell for each row. */
export function ReportTable({ chart }: { chart: Chart }) {
  const [rowHeading, ...columns] = chart.table.header;
  return (
    <div className="admin-table-scroll">
      <table className="nhsuk-table report-table">
        <caption className="nhsuk-table__caption nhsuk-table__caption--s">
          The numbers: {chart.title.toLowerCase()}
        </caption>
        <thead className="nhsuk-table__head">
          <tr>
            <th scope="col">{rowHeading}</th>
            {columns.map((heading) => (
              <th scope="col" key={heading} className="nhsuk-table__header--numeric">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {chart.table.rows.map((row) => (
            <tr key={row.csvLabel} className="nhsuk-table__row">
              <th scope="row" className="nhsuk-table__header">
                {row.label}
              </th>
              {row.cells.map((cell, i) => (
                <td key={i} className="nhsuk-table__cell nhsuk-table__cell--numeric">
                  {formatCell(cell)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
