import { Link } from '../../components/Link';
import { BASE } from '../../router';

/**
 * The monitoring dashboard's place: series per release with alias moves and drift markers, monitor
 * status, and the proposed rollback plan with its execute button. It needs the monitoring API
 * (monitor checks, rollback plans), which lands separately; this route then renders it here.
 */
export default function MonitoringView({ id }: { id: string | null }) {
  return (
    <div>
      <h1>
        Monitoring
        {id ? (
          <>
            {' '}
            of <code>{id}</code>
          </>
        ) : null}
      </h1>
      <div className="card" role="status">
        <p>
          The monitoring dashboard needs the monitoring API (monitor checks and rollback plans), which this server does not offer yet. Once
          it does, this page shows each release's series with alias moves and drift markers, monitor status, and the proposed rollback plan.
        </p>
        <p>
          Meanwhile, a system's releases, promotions, rollbacks, evaluations and drift alerts are on its timeline:{' '}
          {id ? (
            <Link href={`${BASE}/systems/${encodeURIComponent(id)}`}>open the timeline</Link>
          ) : (
            <Link href={BASE}>search for a system</Link>
          )}
          .
        </p>
      </div>
    </div>
  );
}
