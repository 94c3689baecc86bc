import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { rememberImagesSearch } from '@/lib/imagesSearch';

/**
 * The page's place in its address: the person (`user`), the identity, the poster shown (`job`)
 * and the batch of candidates, so a reload or a shared link opens the same view.
 */
export function useImagesAddress() {
  const [params, setParams] = useSearchParams();
  // The Images link in the navigation brings back the person, identity and job.
  useEffect(() => rememberImagesSearch(params), [params]);

  /** Sets (or, given null, removes) some of them; `replace` keeps the browser history as it is. */
  const update = (changes: Record<string, string | null>, replace = true) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace },
    );

  return {
    user: params.get('user'),
    identity: params.get('identity'),
    jobId: params.get('job'),
    batchId: params.get('batch') ?? '',
    update,
  };
}
