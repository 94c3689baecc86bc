import { ApiError } from '@/lib/apiClient';
import { ConsentLinkControls } from './ConsentLinkControls';

interface ConsentLinkOfferProps {
  userId: string;
  /** A refusal to generate: when it is for want of consent, a new link is offered. */
  error: unknown;
}

/**
 * Generating refused with `consent_required` (no consent to send the photos, or a notice that
 * now names another provider): the sentence is shown by the form; this offers the person a link
 * to read the notice and give their consent themself.
 */
export function ConsentLinkOffer({ userId, error }: ConsentLinkOfferProps) {
  if (!(error instanceof ApiError && error.code === 'consent_required')) return null;
  return (
    <div className="rounded-md border border-amber-200 bg-amber-50 p-3 text-amber-950">
      <ConsentLinkControls
        userId={userId}
        intro="Send the person a link to read the privacy notice as it is now and give their consent themself."
        sendLabel="Send a new consent link"
      />
    </div>
  );
}
