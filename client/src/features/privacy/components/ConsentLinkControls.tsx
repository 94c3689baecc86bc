import { useId, useState } from 'react';
import { Button } from '@/components/ui/Button';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { useCreateConsentLink } from '../api/create-consent-link';
import { useConsentLinkStatus } from '../api/get-consent-link-status';
import { useRevokeConsentLink } from '../api/revoke-consent-link';
import { momentText } from '../utils/consent-text';

interface ConsentLinkControlsProps {
  userId: string;
  /** Says why a link is offered, e.g. that the notice changed. */
  intro?: string;
  /** What the button that makes a link says, when not the usual. */
  sendLabel?: string;
}

/**
 * "Send consent link": a link the person opens without an account to read the notice and give
 * (or withdraw) consent themself. Its address is shown once, with Copy; then its expiry and Revoke.
 */
export function ConsentLinkControls({ userId, intro, sendLabel }: ConsentLinkControlsProps) {
  const id = useId();
  const status = useConsentLinkStatus(userId);
  const create = useCreateConsentLink();
  const revoke = useRevokeConsentLink();
  const [copied, setCopied] = useState(false);
  const created = create.data && status.data?.live && status.data.id === create.data.id ? create.data : null;
  const live = status.data?.live ? status.data : null;

  const send = () => {
    setCopied(false);
    revoke.reset();
    create.mutate({ id: userId });
  };
  const copy = async (url: string) => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      // No clipboard (an insecure origin, or refused): the address is selected to copy by hand.
      const input = document.getElementById(`${id}-url`);
      if (input instanceof HTMLInputElement) input.select();
    }
  };

  return (
    <div className="space-y-2 text-sm">
      {intro ? <p>{intro}</p> : null}
      {created ? (
        <div className="space-y-2 rounded-md border border-indigo-200 bg-indigo-50 p-3">
          <label htmlFor={`${id}-url`} className="block font-medium text-indigo-950">
            Consent link: send it to the person (it is shown only now)
          </label>
          <div className="flex flex-wrap gap-2">
            <input
              id={`${id}-url`}
              readOnly
              value={created.url}
              onFocus={(event) => event.currentTarget.select()}
              className="min-w-0 flex-1 basis-64 rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-xs text-slate-900"
            />
            <Button variant="secondary" onClick={() => void copy(created.url)}>
              Copy
            </Button>
          </div>
          <p role="status" className="text-indigo-950">
            {copied ? 'Copied. ' : ''}Works until <time dateTime={created.expires_at}>{momentText(created.expires_at)}</time>.
          </p>
        </div>
      ) : live?.expires_at ? (
        <p>
          A consent link sent{live.created_at ? ` on ${momentText(live.created_at)}` : ''} works until{' '}
          <time dateTime={live.expires_at}>{momentText(live.expires_at)}</time>.
        </p>
      ) : null}
      {revoke.isSuccess && !live ? <p role="status">The consent link was revoked: it no longer opens.</p> : null}
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={send} disabled={create.isPending}>
          {create.isPending ? 'Making a link…' : (sendLabel ?? (live ? 'Send a new consent link' : 'Send consent link'))}
        </Button>
        {live ? (
          <Button variant="secondary" onClick={() => revoke.mutate({ id: userId })} disabled={revoke.isPending}>
            Revoke the link
          </Button>
        ) : null}
      </div>
      <ErrorMessage error={create.error ?? revoke.error ?? status.error} />
    </div>
  );
}
