/**
 * The one place every named Cypher query passes through (Tx.run): an observer installed here sees
 * each query's name, duration and row count (metrics and traces live in src/observability, not here).
 */
export type QueryObserver = <T>(name: string, run: () => Promise<T[]>) => Promise<T[]>;

let observer: QueryObserver | undefined;

export function observeQueries(next: QueryObserver | undefined): void {
  observer = next;
}

export function runObserved<T>(name: string, run: () => Promise<T[]>): Promise<T[]> {
  return observer ? observer(name, run) : run();
}
