import { useState } from 'react';
import type { ReferenceImageOutput as ReferenceImage } from '@/api/generated/model';
import type { Job } from '@/api/imageGeneration';
import { Button } from '@/components/ui/Button';
import { CompareView } from './CompareView';

interface CompareBarProps {
  picked: Job[];
  max: number;
  references: ReferenceImage[];
  currentJobId: string | null;
  onUse: (jobId: string) => void;
  onClear: () => void;
}

/** How many posters are picked, and Compare once there are two. */
export function CompareBar({ picked, max, references, currentJobId, onUse, onClear }: CompareBarProps) {
  const [comparing, setComparing] = useState(false);
  if (picked.length === 0) return null;
  return (
    <>
      <div className="flex flex-wrap items-center gap-3 rounded-md border border-slate-200 bg-white p-3 text-sm">
        <span>
          {picked.length} picked to compare (2 to {max}).
        </span>
        <Button onClick={() => setComparing(true)} disabled={picked.length < 2}>
          Compare
        </Button>
        <Button variant="ghost" onClick={onClear}>
          Clear
        </Button>
      </div>
      {comparing && picked.length >= 2 ? (
        <CompareView
          jobs={picked}
          references={references}
          currentJobId={currentJobId}
          onUse={onUse}
          onClose={() => setComparing(false)}
        />
      ) : null}
    </>
  );
}
