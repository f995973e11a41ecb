import { useEffect, useState, type DependencyList } from 'react';

/**
 * Loads data for a page when it opens or its `deps` change: the one place for the
 * loading / error / data states that every page needs.
 */
export function useLoad<T>(
  load: () => Promise<T>,
  deps: DependencyList,
): { data: T | null; error: string | null } {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setData(null);
    setError(null);
    load()
      .then(setData)
      .catch((err: unknown) => {
        setError(err instanceof Error ? err.message : String(err));
      });
    // The caller names what `load` depends on in `deps`.
  }, deps);
  return { data, error };
}
