import { useEffect, useState } from 'react';
import type { TypedDocumentString } from '../gql/graphql';
import { request, type Answer } from './client';

export type QueryState<R> = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'done'; answer: Answer<R> };

/** Runs a document whenever its variables change; a newer run wins over an older one still in flight. */
export function useQuery<R, V>(document: TypedDocumentString<R, V>, variables: V, skip = false): QueryState<R> & { reload: () => void } {
  const [state, setState] = useState<QueryState<R>>({ status: 'loading' });
  const [tick, setTick] = useState(0);
  const key = JSON.stringify(variables);
  useEffect(() => {
    if (skip) return;
    let current = true;
    setState({ status: 'loading' });
    request(document, variables).then(
      (answer) => current && setState({ status: 'done', answer }),
      (error: unknown) => current && setState({ status: 'error', error }),
    );
    return () => {
      current = false;
    };
  }, [document, key, tick, skip]);
  return { ...state, reload: () => setTick((t) => t + 1) };
}
