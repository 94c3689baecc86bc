import type { PhotoLimits } from '@/api/referenceImages';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { Spinner } from '@/components/ui/Spinner';
import { formatMegabytes, listWithOr } from '@/lib/photoChecks';
import { useGenerationOptions } from '../hooks/use-image-generation';
import { useReferenceImages } from '../hooks/use-reference-images';
import { ConsentGate } from './ConsentGate';
import { ReferenceImageSlot } from './ReferenceImageSlot';

interface ReferenceImageManagerProps {
  userId: string;
  userLabel: string;
}

/** What makes a good reference photo, with the numbers the server checks. */
function PhotoTips({ limits }: { limits: PhotoLimits }) {
  const [maxSize] = formatMegabytes([limits.max_bytes]);
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
        Up to {limits.max_photos} photos: {listWithOr(limits.accepted_formats)}, each at most {maxSize} and{' '}
        {limits.max_megapixels} megapixels.
      </li>
    </ul>
  );
}

export function ReferenceImageManager({ userId, userLabel }: ReferenceImageManagerProps) {
  const images = useReferenceImages(userId);
  const options = useGenerationOptions();
  const limits = options.data?.photo_limits;
  const slots = Array.from({ length: limits?.max_photos ?? 0 }, (_, order) => ({
    order,
    image: images.data?.find((item) => item.order === order),
  }));

  return (
    <section aria-labelledby="reference-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="reference-heading" className="text-lg font-semibold">
        Reference images for {userLabel}
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
