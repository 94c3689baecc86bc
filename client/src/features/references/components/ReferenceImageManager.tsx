import { useCallback, useRef, useState, type DragEvent, type ReactNode } from 'react';
import type { PhotoLimitsOutput as PhotoLimits } from '@/api/generated/model';
import { BreakableText } from '@/components/ui/BreakableText';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { Spinner } from '@/components/ui/Spinner';
import { useReferenceImages, type ReferenceImage } from '../api/get-reference-images';
import { useUploadReferenceImage } from '../api/upload-reference-image';
import { carriesFiles, useCatchFileDrops } from '../hooks/use-catch-file-drops';
import { acceptAttribute, checkPhoto, listWithOr } from '../utils/photo-checks';
import { ReferenceImageSlot, type SlotUpload } from './ReferenceImageSlot';

interface ReferenceImageManagerProps {
  userId: string;
  userLabel: string;
  /** What a photo may be, as the server checks it (served with the generation options). */
  limits: PhotoLimits | undefined;
  limitsError: unknown;
  /** Photos are stored only with the person's consent. */
  consented: boolean;
  /** Shows the slots, or (before consent) the way to ask for it. */
  gate: (slots: ReactNode) => ReactNode;
}

interface QueuedPhoto {
  order: number;
  file: File;
  /** The image a replace puts the photo into. */
  replaceId?: string;
}

/** A checked photo waiting for the admin to confirm that it replaces a slot's photo. */
interface Replacement {
  order: number;
  file: File;
  image: ReferenceImage;
}

/** The free slots in the order a batch fills them: the chosen one and those after it, then the rest. */
function fillOrder(free: number[], start: number): number[] {
  return [...free.filter((order) => order >= start), ...free.filter((order) => order < start)];
}

function leftOutSentence(left: number, chosen: number, free: number): string {
  if (free === 0) {
    const what = chosen === 1 ? 'the photo was' : `the ${chosen} photos were`;
    return `Every slot has a photo, so ${what} left out. Delete or replace a photo first.`;
  }
  const slots = free === 1 ? '1 slot was' : `${free} slots were`;
  return `${left} of the ${chosen} photos ${left === 1 ? 'was' : 'were'} left out: only ${slots} free.`;
}

function without<T>(record: Record<number, T>, orders: number[]): Record<number, T> {
  const next = { ...record };
  for (const order of orders) delete next[order];
  return next;
}

/** What makes a good reference photo, with the numbers the server checks. */
function PhotoTips({ limits }: { limits: PhotoLimits }) {
  return (
    <ul aria-label="Photo tips" className="mt-2 list-disc space-y-1 pl-5">
      <li>One person only: the person&rsquo;s face clearly visible and in focus.</li>
      <li>Good, even light; no sunglasses, hats or heavy filters.</li>
      <li>
        The face fills a good part of the photo; at least {limits.recommended_short_side_px} px on the short side; a photo
        under {limits.min_short_side_px} px is refused.
      </li>
      <li>Mix angles and expressions: a straight-on portrait, a three-quarter view, a smile.</li>
      <li>
        Up to {limits.max_photos} photos: {listWithOr(limits.accepted_formats)}, each at most {limits.max_size} and{' '}
        {limits.max_megapixels} megapixels. Choose or drop several at once to fill the free slots.
      </li>
    </ul>
  );
}

export function ReferenceImageManager({ userId, userLabel, limits, limitsError, consented, gate }: ReferenceImageManagerProps) {
  const images = useReferenceImages(userId);
  const upload = useUploadReferenceImage(userId);
  const [uploads, setUploads] = useState<Record<number, SlotUpload>>({});
  const [errors, setErrors] = useState<Record<number, unknown>>({});
  const [notices, setNotices] = useState<string[]>([]);
  const [replacement, setReplacement] = useState<Replacement | null>(null);
  /** Slots with a photo on its way: not free for another, though the list does not show it yet. */
  const onTheirWay = useRef(new Set<number>());
  useCatchFileDrops();

  const slots = Array.from({ length: limits?.max_photos ?? 0 }, (_, order) => ({
    order,
    image: images.data?.find((item) => item.order === order),
  }));
  const canAdd = Boolean(limits && images.data && consented);

  /** Sends the photos one after another (the others wait), each into its slot. */
  const sendAll = async (queue: QueuedPhoto[]) => {
    const orders = queue.map((item) => item.order);
    for (const order of orders) onTheirWay.current.add(order);
    setErrors((previous) => without(previous, orders));
    setUploads((previous) => ({ ...previous, ...Object.fromEntries(orders.map((order) => [order, { state: 'waiting', progress: 0 }])) }));
    for (const item of queue) {
      const onProgress = (progress: number) =>
        setUploads((previous) => ({ ...previous, [item.order]: { state: 'sending', progress } }));
      onProgress(0);
      try {
        await upload.mutateAsync({ ...item, onProgress });
      } catch (error: unknown) {
        setErrors((previous) => ({ ...previous, [item.order]: error }));
      } finally {
        onTheirWay.current.delete(item.order);
        setUploads((previous) => without(previous, [item.order]));
      }
    }
  };

  /**
   * Files chosen for or dropped on a slot (`target`), or dropped on the manager. One file for a
   * slot goes there (a filled slot asks first); several fill the free slots, from `target` on.
   */
  const addFiles = async (files: File[], target?: number) => {
    if (!limits || !images.data || files.length === 0) return;
    const imageAt = (order: number) => images.data?.find((item) => item.order === order);
    setNotices([]);
    const checked = await Promise.all(files.map(async (file) => ({ file, problem: await checkPhoto(file, limits) })));

    const [only] = checked;
    if (target !== undefined && checked.length === 1 && only) {
      setErrors((previous) => (only.problem ? { ...previous, [target]: only.problem } : without(previous, [target])));
      if (only.problem || onTheirWay.current.has(target)) return;
      const image = imageAt(target);
      if (image) setReplacement({ order: target, file: only.file, image });
      else void sendAll([{ order: target, file: only.file }]);
      return;
    }

    const refused = checked.flatMap(({ file, problem }) => (problem ? [`${file.name}: ${problem}`] : []));
    const accepted = checked.flatMap(({ file, problem }) => (problem ? [] : [file]));
    const free = fillOrder(
      slots.map((slot) => slot.order).filter((order) => !imageAt(order) && !onTheirWay.current.has(order)),
      target ?? 0,
    );
    const queue = accepted.slice(0, free.length).map((file, index) => ({ order: free[index] ?? 0, file }));
    const left = accepted.length - queue.length;
    setNotices([...refused, ...(left > 0 ? [leftOutSentence(left, accepted.length, free.length)] : [])]);
    if (queue.length > 0) void sendAll(queue);
  };

  const onDragOver = (event: DragEvent) => {
    if (canAdd && carriesFiles(event.dataTransfer)) event.preventDefault();
  };
  const onDrop = (event: DragEvent) => {
    if (!canAdd || !carriesFiles(event.dataTransfer)) return;
    event.preventDefault();
    void addFiles(Array.from(event.dataTransfer.files));
  };

  const cancelReplace = useCallback(() => setReplacement(null), []);
  const confirmReplace = () => {
    setReplacement(null);
    if (replacement) void sendAll([{ order: replacement.order, file: replacement.file, replaceId: replacement.image.id }]);
  };
  const replacedName = replacement?.image.name ? `“${replacement.image.name}”` : 'the photo';

  return (
    <section
      aria-labelledby="reference-heading"
      className="rounded-lg border border-slate-200 bg-white p-4"
      onDragOver={onDragOver}
      onDrop={onDrop}
    >
      <h2 id="reference-heading" className="text-lg font-semibold">
        Reference images for <BreakableText text={userLabel} />
        {limits ? <span className="text-sm font-normal text-slate-600"> (up to {limits.max_photos})</span> : null}
      </h2>
      {limits ? (
        <details className="mt-1 text-sm text-slate-600">
          <summary className="cursor-pointer rounded focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500">
            What makes a good reference photo?
          </summary>
          <PhotoTips limits={limits} />
        </details>
      ) : null}
      {images.isPending || (!limits && !limitsError) ? <Spinner label="Loading reference images…" /> : null}
      {images.isError ? <ErrorMessage error={images.error} className="mt-3" /> : null}
      {limitsError ? <ErrorMessage error={limitsError} className="mt-3" /> : null}
      <div role="status">
        {notices.length > 0 ? (
          <ul className="mt-3 space-y-1 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {notices.map((notice) => (
              <li key={notice}>{notice}</li>
            ))}
          </ul>
        ) : null}
      </div>
      {images.data && limits
        ? gate(
            <>
              {images.data.length === 0 ? (
                <p className="mt-3 text-sm text-slate-600">No reference images yet. Add at least one photo to generate.</p>
              ) : null}
              <ul className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
                {slots.map((slot) => (
                  <ReferenceImageSlot
                    key={`${slot.order}-${slot.image?.id ?? 'empty'}`}
                    userId={userId}
                    order={slot.order}
                    image={slot.image}
                    accept={acceptAttribute(limits.accepted_formats)}
                    upload={uploads[slot.order]}
                    error={errors[slot.order]}
                    onFiles={(files) => void addFiles(files, slot.order)}
                    onClearError={() => setErrors((previous) => without(previous, [slot.order]))}
                  />
                ))}
              </ul>
            </>,
          )
        : null}
      <ConfirmDialog
        open={replacement !== null}
        title={`Replace photo ${(replacement?.order ?? 0) + 1}?`}
        message={`“${replacement?.file.name ?? ''}” takes the place of ${replacedName}, which is deleted.`}
        confirmLabel="Replace photo"
        onConfirm={confirmReplace}
        onCancel={cancelReplace}
      />
    </section>
  );
}
