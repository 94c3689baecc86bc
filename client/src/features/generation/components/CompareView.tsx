import { useEffect, useState } from 'react';
import type { Job } from '@/api/imageGeneration';
import type { ReferenceImageOutput as ReferenceImage } from '@/api/generated/model';
import { Button, focusRing } from '@/components/ui/Button';
import { useModalDialog } from '@/hooks/use-modal-dialog';

/** How far a finger must travel sideways to count as a swipe. */
const SWIPE_PX = 50;

interface CompareViewProps {
  jobs: Job[];
  references: ReferenceImage[];
  currentJobId: string | null;
  onUse: (jobId: string) => void;
  onClose: () => void;
}

/**
 * Two to four posters side by side at full height, the photos they were drawn from pinned
 * above them.
 * Arrow keys (or a swipe) move between them, Enter uses the focused one, Escape closes;
 * on a narrow screen one shows at a time.
 */
export function CompareView({ jobs, references, currentJobId, onUse, onClose }: CompareViewProps) {
  const [focused, setFocused] = useState(0);
  const dialog = useModalDialog(onClose);

  // Only the photos sent with these posters: one without a face, or added later, was not.
  const sent = references.filter((reference) => jobs.some((job) => job.reference_image_ids.includes(reference.id)));
  const chosen = jobs[focused];
  const move = (step: number) => setFocused((index) => (index + step + jobs.length) % jobs.length);

  // The keys work anywhere in the dialog; Enter on one of its buttons presses that button.
  // Escape is the dialog's own (its cancel event).
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
      if (step !== undefined) {
        event.preventDefault();
        setFocused((index) => (index + step + jobs.length) % jobs.length);
      } else if (event.key === 'Enter' && event.target === element && chosen) {
        event.preventDefault();
        onUse(chosen.id);
      }
    };
    // A swipe on a narrow screen moves too: left for the next, right for the one before.
    let touchX: number | null = null;
    const onTouchStart = (event: TouchEvent) => {
      touchX = event.changedTouches[0]?.clientX ?? null;
    };
    const onTouchEnd = (event: TouchEvent) => {
      const endX = event.changedTouches[0]?.clientX;
      if (touchX === null || endX === undefined || Math.abs(endX - touchX) < SWIPE_PX) return;
      const step = endX < touchX ? 1 : -1;
      setFocused((index) => (index + step + jobs.length) % jobs.length);
    };
    element.addEventListener('keydown', onKeyDown);
    element.addEventListener('touchstart', onTouchStart);
    element.addEventListener('touchend', onTouchEnd);
    return () => {
      element.removeEventListener('keydown', onKeyDown);
      element.removeEventListener('touchstart', onTouchStart);
      element.removeEventListener('touchend', onTouchEnd);
    };
  }, [chosen, dialog, jobs.length, onUse]);

  return (
    <dialog
      ref={dialog}
      aria-labelledby="compare-heading"
      aria-describedby="compare-help"
      tabIndex={-1}
      className={`m-0 flex h-full max-h-none w-full max-w-none flex-col bg-slate-950 p-2 text-white sm:p-4 ${focusRing}`}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="compare-heading" className="text-lg font-semibold">
          Compare {jobs.length} posters
        </h2>
        <p id="compare-help" className="text-xs text-slate-300">
          Arrow keys move between posters, Enter uses the focused one, Escape closes.
        </p>
        <div className="flex gap-2">
          {chosen ? (
            <Button onClick={() => onUse(chosen.id)} disabled={chosen.id === currentJobId}>
              {chosen.id === currentJobId ? 'In use' : `Use poster ${focused + 1}`}
            </Button>
          ) : null}
          <Button variant="secondary" onClick={onClose}>
            Close
          </Button>
        </div>
      </div>
      {sent.length > 0 ? (
        <ul aria-label="Reference photos" className="mt-2 flex flex-none gap-2 overflow-x-auto p-1">
          {sent.map((reference, index) =>
            reference.image ? (
              <li key={reference.id} className="flex-none">
                <img src={reference.image.thumbnail} alt={`Reference ${index + 1} of the person`} className="h-16 w-16 rounded object-cover" />
              </li>
            ) : null,
          )}
        </ul>
      ) : null}
      <ul className="mt-2 flex min-h-0 flex-1 gap-2 p-1">
        {jobs.map((job, index) => (
          <li
            key={job.id}
            // Narrow screens show only the focused one; wider ones all, side by side.
            className={`${index === focused ? 'flex' : 'hidden sm:flex'} min-h-0 min-w-0 flex-1 flex-col items-center`}
          >
            <button
              type="button"
              onClick={() => setFocused(index)}
              aria-pressed={index === focused}
              className={`flex min-h-0 flex-1 items-center justify-center rounded-md p-1 ${focusRing}`}
            >
              {job.image ? (
                <img
                  src={job.image.full_size}
                  alt={`Poster ${index + 1} for ${job.identity.name}`}
                  className={`max-h-full max-w-full rounded object-contain ${index === focused ? 'ring-4 ring-indigo-400' : 'opacity-80'}`}
                />
              ) : null}
            </button>
            <p className="mt-1 text-sm">
              Poster {index + 1}
              {job.id === currentJobId ? ' · Current' : ''}
              {job.starred ? ' · ★' : ''}
            </p>
          </li>
        ))}
      </ul>
      <div className="mt-2 flex justify-center gap-2 sm:hidden">
        <Button variant="secondary" onClick={() => move(-1)}>
          Previous
        </Button>
        <Button variant="secondary" onClick={() => move(1)}>
          Next
        </Button>
      </div>
      <p role="status" className="sr-only">
        Poster {focused + 1} of {jobs.length}
      </p>
    </dialog>
  );
}
