import { useState } from 'react';
import type { Job } from '@/api/imageGeneration';

/** The posters picked to compare: at most `max` (once known), the oldest pick dropped for a new one. */
export function useComparePicks(max: number | undefined) {
  const [ids, setIds] = useState<string[]>([]);
  const toggle = (id: string) =>
    setIds((picked) => (picked.includes(id) ? picked.filter((other) => other !== id) : [...picked, id].slice(-(max ?? picked.length + 1))));
  /** The picked jobs, in the order picked, found among `jobs`. */
  const pickedFrom = (jobs: Job[]) => ids.map((id) => jobs.find((job) => job.id === id)).filter((job) => job !== undefined);
  return { ids, toggle, clear: () => setIds([]), pickedFrom };
}
