import { useId, useState } from 'react';
import { useQuery } from '../../api/useQuery';
import { FailureMessage, Loading, Redacted } from '../../components/status';
import { ColumnLineageDocument, ColumnsDocument } from './queries';

/** Column-level lineage of one OpenLineage dataset version: pick a column, see where it came from. */
export function ColumnView({ datasetVersion, asOf }: { datasetVersion: string; asOf: string | null }) {
  const columns = useQuery(ColumnsDocument, { id: datasetVersion });
  const [column, setColumn] = useState('');
  const id = useId();
  if (columns.status === 'loading') return <Loading what="columns" />;
  if (columns.status === 'error') return <FailureMessage error={columns.error} what="Columns" />;
  const node = columns.answer.data.node;
  const fields = node && 'schemaFields' in node ? (node.schemaFields ?? []) : [];
  if (node && 'redacted' in node && node.redacted) return <Redacted id={datasetVersion} />;
  if (!fields.length) return <p>This dataset version has no schema: no column-level lineage.</p>;
  return (
    <div className="columns">
      <h3>Column-level lineage</h3>
      <label htmlFor={id}>Column</label>{' '}
      <select id={id} value={column} onChange={(e) => setColumn(e.target.value)}>
        <option value="">choose a column</option>
        {fields.map((f) => (
          <option key={f}>{f}</option>
        ))}
      </select>
      {column && <ColumnAnswer datasetVersion={datasetVersion} column={column} asOf={asOf} />}
    </div>
  );
}

function ColumnAnswer({ datasetVersion, column, asOf }: { datasetVersion: string; column: string; asOf: string | null }) {
  const q = useQuery(ColumnLineageDocument, { datasetVersion, column, asOf });
  if (q.status === 'loading') return <Loading what="column lineage" />;
  if (q.status === 'error') return <FailureMessage error={q.error} what="Column lineage" />;
  const c = q.answer.data.columnLineage;
  const name = new Map(c.columns.map((col) => [col.id, `${col.dataset ?? col.datasetVersion}.${col.name}`]));
  return (
    <div>
      {c.withheld && <p className="warn">Columns above your clearance were left out.</p>}
      {c.truncated && <p className="warn">Truncated: more column edges lie beyond the bound.</p>}
      <table data-testid="column-lineage">
        <thead>
          <tr>
            <th scope="col">From column</th>
            <th scope="col">To column</th>
            <th scope="col">Transformation</th>
          </tr>
        </thead>
        <tbody>
          {c.edges.map((e) => (
            <tr key={`${e.from}>${e.to}`}>
              <td>{name.get(e.from) ?? e.from}</td>
              <td>{name.get(e.to) ?? e.to}</td>
              <td>
                {e.type}
                {e.subtype ? ` / ${e.subtype}` : ''}
                {e.masking ? ' (masking)' : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
