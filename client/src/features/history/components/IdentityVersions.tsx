import { useState } from 'react';
import type { Identity, IdentityVersion } from '@/api/identities';
import { Button, focusRing } from '@/components/ui/Button';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { Spinner } from '@/components/ui/Spinner';
import { when, whenShort } from '@/lib/jobText';
import { useIdentityVersions } from '../api/get-identity-versions';
import { useRestoreVersion } from '../api/restore-identity-version';

function sourceText(version: IdentityVersion): string {
  if (version.source === 'upload') return 'Uploaded';
  return version.job ? 'Generated' : 'Generated; its job since deleted';
}

interface IdentityVersionsProps {
  identity: Identity;
  /** Shows the generation a version came from, with its settings and prompt. */
  onOpenJob: (jobId: string) => void;
}

/** The identity's current poster and every image it has had, each restorable. */
export function IdentityVersions({ identity, onOpenJob }: IdentityVersionsProps) {
  const versions = useIdentityVersions(identity.id);
  const restore = useRestoreVersion();
  // The version current before the last restore: restoring it undoes that restore.
  const [previous, setPrevious] = useState<string | null>(null);

  const onRestore = (versionId: string) => {
    const before = identity.current_version;
    restore.mutate(
      { id: identity.id, versionId },
      { onSuccess: () => setPrevious(before && before !== versionId ? before : null) },
    );
  };

  return (
    <section aria-labelledby="versions-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="versions-heading" className="text-lg font-semibold">
        {identity.name}: current poster and versions
      </h2>
      {identity.image ? (
        <img
          src={identity.image.medium}
          alt={`Current poster of ${identity.name}`}
          className="mt-2 h-auto max-h-64 w-auto max-w-full rounded-md bg-slate-100"
        />
      ) : (
        <p className="mt-2 text-sm text-slate-600">No current poster.</p>
      )}
      <div aria-live="polite">
        {restore.isSuccess ? (
          <p className="mt-2 flex flex-wrap items-center gap-2 text-sm text-green-800">
            Restored.
            {previous ? (
              <Button variant="secondary" className="px-2 py-1" onClick={() => onRestore(previous)} disabled={restore.isPending}>
                Undo
              </Button>
            ) : null}
          </p>
        ) : null}
      </div>
      <ErrorMessage error={restore.error ?? versions.error} className="mt-2" />
      <h3 className="mt-3 text-sm font-semibold">Versions</h3>
      {versions.isPending ? <Spinner label="Loading versions…" /> : null}
      {versions.data && versions.data.length === 0 ? <p className="text-sm text-slate-600">No versions yet.</p> : null}
      {versions.data && versions.data.length > 0 ? (
        <ul className="mt-2 flex flex-wrap gap-3 p-1" aria-label="Versions">
          {versions.data.map((version) => (
            <li key={version.id} className="w-40 rounded-md border border-slate-200 p-2 text-xs">
              {version.image ? (
                <img
                  src={version.image.thumbnail}
                  alt={`Version of ${identity.name} from ${when(version.created_at)}`}
                  className="aspect-video w-full rounded bg-slate-100 object-contain"
                  loading="lazy"
                />
              ) : null}
              <p className="mt-1" title={when(version.created_at)}>
                {whenShort(version.created_at)}
              </p>
              <p className="text-slate-600">
                {sourceText(version)}
                {version.job ? (
                  <>
                    {' · '}
                    <button
                      type="button"
                      className={`rounded text-indigo-700 underline ${focusRing}`}
                      onClick={() => onOpenJob(version.job!)}
                      aria-label={`Open the poster of the version from ${when(version.created_at)}`}
                    >
                      Open
                    </button>
                  </>
                ) : null}
              </p>
              {version.is_current ? (
                <p className="mt-1 font-medium text-green-800">Current</p>
              ) : (
                <Button
                  variant="secondary"
                  className="mt-1 px-2 py-1"
                  aria-label={`Restore the version from ${when(version.created_at)}`}
                  onClick={() => onRestore(version.id)}
                  disabled={restore.isPending}
                >
                  Restore
                </Button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
