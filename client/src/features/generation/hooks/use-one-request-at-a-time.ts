import { useMemo, useRef } from 'react';
import { ApiError } from '@/lib/apiClient';
import { newIdempotencyKey } from '@/lib/newIdempotencyKey';

export interface OneRequestAtATime {
  /** The Idempotency-Key for `what`, or null while a request of this action is on its way. */
  begin: (what: string) => string | null;
  /** The request ended; after an answer the next click is a new request. */
  end: (error?: unknown) => void;
}

/**
 * Guards a paid action against a double click (a second click before the first answer does
 * nothing, whatever React has rendered) and gives each intended request one Idempotency-Key:
 * the same request sent again after a lost connection reuses it, so the server answers with
 * the first result instead of starting a second poster.
 */
export function useOneRequestAtATime(): OneRequestAtATime {
  const inFlight = useRef(false);
  const intent = useRef<{ what: string; key: string } | null>(null);
  return useMemo(
    () => ({
      begin(what) {
        if (inFlight.current) return null;
        inFlight.current = true;
        if (intent.current?.what !== what) intent.current = { what, key: newIdempotencyKey() };
        return intent.current.key;
      },
      end(error) {
        inFlight.current = false;
        // Only a request that got no answer may have reached the server: keep its key.
        if (error === undefined || error instanceof ApiError) intent.current = null;
      },
    }),
    [],
  );
}
