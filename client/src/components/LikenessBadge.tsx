import type { Job } from '@/api/imageGeneration';
import { likenessText } from '@/lib/likeness';

interface LikenessBadgeProps {
  job: Pick<Job, 'likeness' | 'likeness_unavailable_reason'>;
  /** Show why there is no likeness, as a sentence, instead of leaving the badge out. */
  explainMissing?: boolean;
}

const tones = {
  match: 'bg-green-50 text-green-900 ring-green-200',
  no_match: 'bg-amber-50 text-amber-900 ring-amber-300',
  no_face: 'bg-slate-100 text-slate-700 ring-slate-300',
} as const;

/** A poster's likeness to the person: "Likeness 78 % — looks like them", "No face found". */
export function LikenessBadge({ job, explainMissing = false }: LikenessBadgeProps) {
  const text = likenessText(job.likeness);
  if (!text || !job.likeness) {
    return explainMissing && job.likeness_unavailable_reason ? (
      <p className="text-xs text-slate-600">{job.likeness_unavailable_reason}</p>
    ) : null;
  }
  return (
    <span
      data-testid="likeness"
      className={`inline-block rounded px-1.5 py-0.5 text-xs font-medium ring-1 ring-inset ${tones[job.likeness.verdict]}`}
    >
      {job.likeness.verdict === 'no_match' ? '⚠ ' : ''}
      {text}
    </span>
  );
}
