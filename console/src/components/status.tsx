import { useId, type ReactNode } from 'react';
import { ApiError, type Failure } from '../api/client';

/** A failure, readable: never a blank view. role=alert so a screen reader announces it. */
export function FailureMessage({ error, what }: { error: unknown; what?: string }) {
  const failures: Failure[] =
    error instanceof ApiError ? error.failures : [{ code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) }];
  return (
    <div className={`failure failure-${failures[0]?.code ?? 'INTERNAL'}`} role="alert">
      {what && <strong>{what}: </strong>}
      {failures.map((f, i) => (
        <p key={i}>
          <span className="code">{f.code}</span> {f.message}
        </p>
      ))}
    </div>
  );
}

export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}

/** A node the caller is not cleared for: only its id and type are known. */
export function Redacted({ id, type }: { id?: string; type?: string }) {
  return (
    <span className="redacted" title="Above your clearance: only its id and type are shown">
      REDACTED {type ? `${type} ` : ''}
      {id && <code>{id}</code>}
    </span>
  );
}

export function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="card" aria-labelledby={id} data-section={slug(title)}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

export const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');

export function When({ at }: { at: string | null | undefined }) {
  if (!at) return <span>—</span>;
  return <time dateTime={at}>{at.replace('T', ' ').replace(/\.\d+Z$/, 'Z')}</time>;
}
