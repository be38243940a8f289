import { useId, useState } from 'react';
import { graphql } from '../../gql';
import { useQuery } from '../../api/useQuery';
import { Link } from '../../components/Link';
import { FailureMessage, Loading, Redacted } from '../../components/status';
import { hrefOf } from '../../router';

const SearchDocument = graphql(`
  query ConsoleSearch($text: String!) {
    search(text: $text, first: 25) {
      kind
      score
      node {
        id
        redacted
        __typename
        ... on LineageDataset {
          namespace
          name
        }
        ... on LineageDatasetVersion {
          namespace
          name
          version
        }
        ... on LineageJob {
          namespace
          name
        }
        ... on LineageRun {
          runId
          jobName
        }
        ... on DocumentVersion {
          title
        }
        ... on Document {
          name
        }
        ... on Person {
          name
        }
        ... on UseCase {
          name
        }
        ... on Dataset {
          name
        }
        ... on Model {
          name
        }
        ... on Prompt {
          name
        }
        ... on RetrievalConfig {
          name
        }
        ... on System {
          name
        }
        ... on Team {
          name
        }
        ... on ServiceAccount {
          name
        }
      }
    }
  }
`);

type Hit = { kind: string; node: { id: string; redacted: boolean; __typename?: string } & Record<string, unknown> };

function nameOf(node: Hit['node']): string {
  const n = node as Record<string, unknown>;
  if (n.namespace) return `${String(n.namespace)} / ${String(n.name)}${n.version ? ` v${String(n.version)}` : ''}`;
  if (n.runId) return `${String(n.jobName)} run ${String(n.runId)}`;
  return String(n.name ?? n.title ?? node.id);
}

/** Where a hit opens: systems their timeline, use cases their recommendation, anything else its lineage. */
function hrefOfHit(hit: Hit): string {
  if (hit.kind === 'System') return hrefOf('systems', hit.node.id);
  if (hit.kind === 'UseCase') return hrefOf('recommendations', hit.node.id);
  return hrefOf('lineage', hit.node.id);
}

export function Search() {
  const [text, setText] = useState('');
  const [submitted, setSubmitted] = useState('');
  const id = useId();
  return (
    <div>
      <h1>Find a node</h1>
      <form
        role="search"
        className="card"
        onSubmit={(e) => {
          e.preventDefault();
          setSubmitted(text.trim());
        }}
      >
        <label htmlFor={id}>Search by id or name</label>
        <div className="row">
          <input
            id={id}
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder="e.g. policy-qa, claims, customer_analytics"
          />
          <button type="submit">Search</button>
        </div>
        <p className="hint">
          An id such as <code>output:…</code> or <code>release:…</code> opens directly: <OpenById text={text} />
        </p>
      </form>
      {submitted && <Results text={submitted} />}
    </div>
  );
}

function OpenById({ text }: { text: string }) {
  const value = text.trim();
  if (!/^[a-z-]+:\S+$/i.test(value)) return <span>type an id above.</span>;
  return (
    <span>
      <Link href={hrefOf('lineage', value)}>lineage</Link>
      {value.startsWith('output:') && (
        <>
          {' · '}
          <Link href={hrefOf('provenance', value)}>provenance</Link>
        </>
      )}
      {value.startsWith('system:') && (
        <>
          {' · '}
          <Link href={hrefOf('systems', value)}>timeline</Link>
        </>
      )}
      {value.startsWith('usecase:') && (
        <>
          {' · '}
          <Link href={hrefOf('recommendations', value)}>recommendation</Link>
        </>
      )}
    </span>
  );
}

function Results({ text }: { text: string }) {
  const q = useQuery(SearchDocument, { text });
  if (q.status === 'loading') return <Loading what="results" />;
  if (q.status === 'error') return <FailureMessage error={q.error} what="Search" />;
  const hits = q.answer.data.search as Hit[];
  if (!hits.length) return <p role="status">Nothing you are cleared for matches “{text}”.</p>;
  return (
    <section className="card" aria-label="Search results">
      <ul className="hits">
        {hits.map((hit) => (
          <li key={hit.node.id}>
            <span className="kind">{hit.kind}</span>{' '}
            {hit.node.redacted ? <Redacted id={hit.node.id} /> : <Link href={hrefOfHit(hit)}>{nameOf(hit.node)}</Link>}{' '}
            <code className="id">{hit.node.id}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
