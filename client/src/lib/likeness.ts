import type { Job } from '@/api/imageGeneration';

/** What a poster's likeness says, in words and a number a person understands. */
export function likenessText(likeness: Job['likeness']): string | null {
  if (!likeness) return null;
  if (likeness.verdict === 'no_face' || likeness.score === null) return 'No face found';
  const percent = `Likeness ${Math.round(likeness.score * 100)} %`;
  return likeness.verdict === 'match' ? `${percent} — looks like them` : `${percent} — may not be them`;
}

/** Highest likeness first; posters with no face or no likeness measured after every score. */
export function byLikeness(a: Pick<Job, 'likeness'>, b: Pick<Job, 'likeness'>): number {
  return (b.likeness?.score ?? -1) - (a.likeness?.score ?? -1);
}

export const LIKENESS_EXPLANATION =
  'The likeness is how closely the face in the poster matches the faces in the reference photos that were sent, measured on this server; “looks like them” means it is as close as two photos of one person usually are.';
