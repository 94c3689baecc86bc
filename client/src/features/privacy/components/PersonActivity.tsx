import { useState } from 'react';
import type { GenerationUser } from '@/api/imageGeneration';
import { BreakableText } from '@/components/ui/BreakableText';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { Spinner } from '@/components/ui/Spinner';
import { usePersonActivity } from '../api/get-person-activity';
import { when } from '@/lib/jobText';

const ACTIONS: Record<string, string> = {
  'reference.upload': 'Photo added',
  'reference.replace': 'Photo replaced',
  'reference.update': 'Photo renamed or moved',
  'reference.delete': 'Photo deleted',
  'generation.create': 'Poster requested',
  'generation.cancel': 'Poster cancelled',
  'generation.refine': 'Poster refined',
  'identity.create': 'Identity created',
  'identity.update': 'Identity changed',
  'identity.delete': 'Identity deleted',
  'identity.version.save': 'Identity image saved',
  'identity.version.restore': 'Identity image restored',
  'identity.version.delete': 'Identity image removed',
  'consent.record': 'Consent recorded',
  'consent.withdraw': 'Consent withdrawn',
  'person.erase': 'Person erased',
  'retention.purge': 'Deleted by retention',
  'media.download': 'File downloaded',
};

interface PersonActivityProps {
  userId: string;
  userLabel: string;
  /** The people this admin can see (themself among them), to name who acted. */
  people: GenerationUser[];
}

/** Who acted, as the admin knows them: "you", an e-mail, or an account's short id. */
function actorText(actorId: string | null, people: GenerationUser[]): string {
  if (!actorId) return 'by the system';
  const person = people.find((candidate) => candidate.id === actorId);
  if (person?.is_current_user) return 'by you';
  return person ? `by ${person.email}` : `by account ${actorId.slice(0, 8)}`;
}

/** Who did what with the person's data, newest first (loaded when opened). */
export function PersonActivity({ userId, userLabel, people }: PersonActivityProps) {
  const [opened, setOpened] = useState(false);
  const activity = usePersonActivity(userId, opened);
  return (
    <details
      className="rounded-lg border border-slate-200 bg-white p-4"
      onToggle={(event) => setOpened(event.currentTarget.open)}
    >
      <summary className="cursor-pointer rounded text-lg font-semibold focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500">
        Activity for <BreakableText text={userLabel} />
      </summary>
      {activity.isPending && opened ? <Spinner label="Loading activity…" /> : null}
      <ErrorMessage error={activity.error} className="mt-3" />
      {activity.data?.length === 0 ? <p className="mt-3 text-sm text-slate-600">Nothing recorded yet.</p> : null}
      {activity.data?.length ? (
        <ol className="mt-3 divide-y divide-slate-100 text-sm">
          {activity.data.map((event) => (
            <li key={event.id} className="flex flex-wrap gap-x-3 py-1">
              <time dateTime={event.at} className="text-slate-500">
                {when(event.at)}
              </time>
              <span className="font-medium">{ACTIONS[event.action] ?? event.action}</span>
              <span className="text-slate-500">{actorText(event.actor_id, people)}</span>
            </li>
          ))}
        </ol>
      ) : null}
    </details>
  );
}
