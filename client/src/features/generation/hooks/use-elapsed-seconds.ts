import { useEffect, useState } from 'react';
import type { Job } from '@/api/imageGeneration';
import { useIsFinished } from '../api/get-generation-options';

/** Seconds since the job started (or was queued), ticking while it runs. */
export function useElapsedSeconds(job: Job | undefined): number {
  const [now, setNow] = useState(() => Date.now());
  const isFinished = useIsFinished();
  const running = Boolean(job) && !isFinished(job);
  useEffect(() => {
    if (!running) return;
    setNow(Date.now());
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [running]);
  if (!job) return 0;
  const start = Date.parse(job.started_at ?? job.created_at);
  return Number.isFinite(start) ? Math.max(0, Math.floor((now - start) / 1000)) : 0;
}
