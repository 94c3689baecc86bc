import { Fragment } from 'react';

/**
 * Text with a line-break opportunity after an e-mail's "@" and before each dot of its domain, so a
 * long e-mail on a phone wraps as "maya.okafor@ / demo.example.com" instead of at whatever letter
 * meets the edge.
 */
export function BreakableText({ text }: { text: string }) {
  const parts = text.split(/(?<=@)|(?<=@\S*)(?=\.)/);
  return (
    <>
      {parts.map((part, index) => (
        // The parts of one fixed string: their position is their identity.
        <Fragment key={index}>
          {index > 0 ? <wbr /> : null}
          {part}
        </Fragment>
      ))}
    </>
  );
}
