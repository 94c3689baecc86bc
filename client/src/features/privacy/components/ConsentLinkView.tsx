import { useId, useState, type ReactNode } from 'react';
import { BreakableText } from '@/components/ui/BreakableText';
import { Button } from '@/components/ui/Button';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { Spinner } from '@/components/ui/Spinner';
import { ApiError } from '@/lib/apiClient';
import { useConsentLinkPage, type ConsentLinkPage } from '../api/get-consent-link-page';
import { useGiveLinkConsent } from '../api/give-link-consent';
import type { LinkConsent } from '../api/show-link-consent';
import { useWithdrawLinkConsent } from '../api/withdraw-link-consent';
import { momentText, providerText } from '../utils/consent-text';
import type { Scope } from '../utils/withdrawal-text';

/** Unknown, used up, revoked or expired: the server gives one answer, and so does the page. */
const isDeadLink = (error: unknown) => error instanceof ApiError && error.status === 404;

const SCOPE_NAMES: Record<Scope, string> = {
  send_to_provider: 'sending your photos to the image provider',
  face_matching: 'measuring your face to check that posters look like you',
};

/** The page a consent link opens: no account, no admin navigation, readable on a phone. */
export function ConsentLinkView({ token }: { token: string }) {
  const page = useConsentLinkPage(token);
  if (page.isPending) {
    return (
      <Shell>
        <Spinner label="Loading…" />
      </Shell>
    );
  }
  if (isDeadLink(page.error)) {
    return (
      <Shell>
        <h1 className="text-2xl font-semibold tracking-tight">This link has expired; ask for a new one</h1>
        <p className="mt-3 text-base text-slate-700">
          A consent link works for a limited time, and only the latest one sent to you. Ask the person who sent it for a
          new link.
        </p>
      </Shell>
    );
  }
  if (page.isError) {
    return (
      <Shell>
        <h1 className="text-2xl font-semibold tracking-tight">Your consent</h1>
        <ErrorMessage error={page.error} className="mt-3" />
      </Shell>
    );
  }
  return (
    <Shell>
      <ConsentForm token={token} page={page.data} />
    </Shell>
  );
}

/** The form goes once consent is given: the focus goes to what was recorded, not to the top. */
const focusWhenShown = (node: HTMLElement | null) => node?.focus();

function Shell({ children }: { children: ReactNode }) {
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-6 break-words text-slate-900 sm:py-10">
      {children}
    </main>
  );
}

function ConsentForm({ token, page }: { token: string; page: ConsentLinkPage }) {
  const id = useId();
  const give = useGiveLinkConsent();
  // Every choice starts unticked, whatever is in force: the person ticks what they agree to.
  const [ticked, setTicked] = useState<ReadonlySet<Scope>>(new Set());
  const [fullName, setFullName] = useState('');
  const [changing, setChanging] = useState(false);
  // After a withdrawal of everything the page keeps its answer (not in force) to say so.
  const current = page.current?.active ? page.current : null;
  const withdrawn = page.current && !page.current.active ? page.current : null;
  const showForm = !current || changing;

  const toggle = (scope: Scope, on: boolean) =>
    setTicked((before) => {
      const after = new Set(before);
      if (on) after.add(scope);
      else after.delete(scope);
      return after;
    });

  const submit = () =>
    give.mutate(
      {
        token,
        data: {
          notice_version: page.notice.version,
          notice_sha256: page.notice.text_sha256,
          scopes: page.choices.map((choice) => choice.scope).filter((scope) => ticked.has(scope)),
          full_name: fullName.trim(),
        },
      },
      {
        onSuccess: () => {
          setChanging(false);
          setTicked(new Set());
        },
      },
    );

  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Your photos and your consent</h1>
      <p className="mt-2 text-base text-slate-700">
        For <BreakableText text={page.person_email} />. This link works until{' '}
        <time dateTime={page.expires_at}>{momentText(page.expires_at)}</time>.
      </p>

      {withdrawn ? (
        <p role="status" className="mt-4 rounded-md border border-amber-300 bg-amber-50 p-4 text-base text-amber-950">
          Your consent is withdrawn: your reference photos and the measurements of your face are deleted. You can agree
          again below while this link works.
        </p>
      ) : null}
      {give.isSuccess && current && !changing ? (
        <p
          ref={focusWhenShown}
          tabIndex={-1}
          role="status"
          className="mt-4 rounded-md border border-green-300 bg-white p-4 text-base font-medium text-green-950 focus:outline-none"
        >
          Thank you: your consent is recorded.
        </p>
      ) : null}
      {current ? <InForce token={token} current={current} /> : null}
      {current && !changing ? (
        <Button variant="secondary" className="mt-3 w-full sm:w-auto" onClick={() => setChanging(true)}>
          Change what I agree to
        </Button>
      ) : null}

      <section aria-labelledby={`${id}-notice`} className="mt-6">
        <h2 id={`${id}-notice`} className="text-lg font-semibold">
          Privacy notice
        </h2>
        <div className="mt-2 space-y-3 rounded-md border border-slate-200 bg-slate-50 p-4 text-base leading-relaxed text-slate-800">
          {page.notice.text.split('\n\n').map((paragraph) => (
            <p key={paragraph} className="whitespace-pre-line">
              {paragraph}
            </p>
          ))}
          <p className="text-sm text-slate-600">
            Notice version {page.notice.version}. Photos go to: {providerText(page.notice.provider)}.
          </p>
        </div>
      </section>

      {showForm ? (
        <form
          className="mt-6 space-y-4"
          aria-labelledby={`${id}-agree`}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <h2 id={`${id}-agree`} className="text-lg font-semibold">
            {current ? 'Agree again' : 'Your consent'}
          </h2>
          <fieldset className="space-y-3">
            <legend className="text-base font-medium">Tick what you agree to (nothing is ticked for you):</legend>
            {page.choices.map((choice) => (
              <label key={choice.scope} className="flex items-start gap-3 text-base">
                <input
                  type="checkbox"
                  checked={ticked.has(choice.scope)}
                  onChange={(event) => toggle(choice.scope, event.target.checked)}
                  className="mt-1 h-5 w-5 shrink-0 accent-indigo-700"
                />
                <span>{choice.sentence}</span>
              </label>
            ))}
          </fieldset>
          <div>
            <label htmlFor={`${id}-name`} className="block text-base font-medium">
              Your full name, as your signature
            </label>
            <input
              id={`${id}-name`}
              type="text"
              autoComplete="name"
              maxLength={200}
              required
              aria-required="true"
              value={fullName}
              onChange={(event) => setFullName(event.target.value)}
              className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2 text-base focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500"
            />
          </div>
          <ErrorMessage error={give.error} />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" className="w-full py-3 text-base sm:w-auto" disabled={give.isPending}>
              {give.isPending ? 'Recording…' : 'Agree'}
            </Button>
            {changing ? (
              <Button variant="secondary" className="w-full py-3 text-base sm:w-auto" onClick={() => setChanging(false)}>
                Cancel
              </Button>
            ) : null}
          </div>
        </form>
      ) : null}
    </>
  );
}

/** What is recorded now, and the way to take it back. */
function InForce({ token, current }: { token: string; current: LinkConsent }) {
  const id = useId();
  const withdraw = useWithdrawLinkConsent();
  const [asked, setAsked] = useState<Scope | 'everything' | null>(null);
  const agreed = (['send_to_provider', 'face_matching'] as const).filter((scope) => current[scope]);
  const offered: (Scope | 'everything')[] = agreed.length > 1 ? [...agreed, 'everything'] : ['everything'];
  const labels: Record<Scope | 'everything', string> = {
    send_to_provider: 'Withdraw sending photos',
    face_matching: 'Withdraw face measuring',
    everything: 'Withdraw all my consent',
  };
  const consequences: Record<Scope | 'everything', string> = {
    send_to_provider: 'Your photos will no longer be sent to draw posters; posters waiting to be drawn are cancelled.',
    face_matching:
      'The measurements of your face, and how much each poster looked like you, are deleted now; no poster is compared with your face again.',
    everything: 'Your reference photos and the measurements of your face are deleted now.',
  };

  return (
    <section
      aria-labelledby={`${id}-title`}
      className="mt-4 rounded-md border border-green-300 bg-green-50 p-4 text-base text-green-950"
    >
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        What you agree to now
      </h2>
      <p className="mt-1">
        {current.change === 'withdraw' ? 'Since you withdrew part of it on ' : 'Recorded on '}
        <time dateTime={current.recorded_at}>{momentText(current.recorded_at)}</time>
        {current.change === 'withdraw'
          ? ''
          : current.given_by === 'person'
            ? ', given by you'
            : ', attested by an admin from your signed form'}
        , under notice version {current.notice_version}:
      </p>
      <ul className="mt-1 list-disc pl-6">
        {agreed.map((scope) => (
          <li key={scope}>{SCOPE_NAMES[scope]}</li>
        ))}
      </ul>
      <p className="mt-3">You can withdraw with this link until it expires:</p>
      <div className="mt-2 flex flex-wrap gap-2">
        {offered.map((scope) => (
          <Button
            key={scope}
            variant="secondary"
            className="w-full sm:w-auto"
            disabled={withdraw.isPending}
            onClick={() => setAsked(scope)}
          >
            {labels[scope]}…
          </Button>
        ))}
      </div>
      <ErrorMessage error={withdraw.error} className="mt-2" />
      <ConfirmDialog
        open={asked !== null}
        title={asked ? `${labels[asked]}?` : ''}
        message={asked ? consequences[asked] : ''}
        confirmLabel="Withdraw"
        onConfirm={() => {
          if (asked) withdraw.mutate({ token, data: asked === 'everything' ? {} : { scopes: [asked] } });
          setAsked(null);
        }}
        onCancel={() => setAsked(null)}
      />
    </section>
  );
}
