import { MAX_REFERENCE_IMAGES } from '@/api/referenceImages';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { Spinner } from '@/components/ui/Spinner';
import { useGenerationOptions } from '../hooks/use-image-generation';
import { useReferenceImages } from '../hooks/use-reference-images';
import { ConsentGate } from './ConsentGate';
import { ReferenceImageSlot } from './ReferenceImageSlot';

interface ReferenceImageManagerProps {
  userId: string;
  userLabel: string;
}

export function ReferenceImageManager({ userId, userLabel }: ReferenceImageManagerProps) {
  const images = useReferenceImages(userId);
  const options = useGenerationOptions();
  const limits = options.data?.photo_limits;
  const slots = Array.from({ length: MAX_REFERENCE_IMAGES }, (_, order) => ({
    order,
    image: images.data?.find((item) => item.order === order),
  }));

  return (
    <section aria-labelledby="reference-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="reference-heading" className="text-lg font-semibold">
        Reference images for {userLabel} <span className="text-sm font-normal text-slate-500">(up to {MAX_REFERENCE_IMAGES})</span>
      </h2>
      <details className="mt-1 text-sm text-slate-600">
        <summary className="cursor-pointer rounded focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500">
          What makes a good reference photo?
        </summary>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          <li>One person only, the face clearly visible and in focus.</li>
          <li>Good, even light; no sunglasses, hats or heavy filters.</li>
          <li>The face fills a good part of the photo; at least 512 px on the short side.</li>
          <li>Mix angles and expressions: a straight-on portrait, a three-quarter view, a smile.</li>
        </ul>
      </details>
      {images.isPending || options.isPending ? <Spinner label="Loading reference images…" /> : null}
      {images.isError ? <ErrorMessage error={images.error} className="mt-3" /> : null}
      {options.isError ? <ErrorMessage error={options.error} className="mt-3" /> : null}
      {images.data && limits ? (
        <ConsentGate userId={userId} userLabel={userLabel}>
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
                limits={limits}
              />
            ))}
          </ul>
        </ConsentGate>
      ) : null}
    </section>
  );
}
