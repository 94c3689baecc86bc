import { render, screen } from '@testing-library/react';
import { makeJob } from '@/testing/mocks/db';
import { GeneratedImageDisplay, LONG_QUEUE_S } from './GeneratedImageDisplay';

function showQueued(elapsedSeconds: number) {
  render(
    <GeneratedImageDisplay
      job={makeJob({ status: 'queued' })}
      elapsedSeconds={elapsedSeconds}
      onSave={() => {}}
      isSaving={false}
      saveError={null}
      savedNow={false}
      isCurrent={false}
      onRegenerate={() => {}}
      canRegenerate={false}
    />,
  );
}

describe('A queued job', () => {
  it('shows only the wait at first', () => {
    showQueued(5);
    expect(screen.getByRole('status')).toHaveTextContent('Status: queued. Waiting to start… 5 s');
    expect(screen.getByRole('status')).not.toHaveTextContent(/worker/);
  });

  it('says why it may wait, and that it needs no watching, once the wait is long', () => {
    showQueued(LONG_QUEUE_S + 15);
    expect(screen.getByRole('status')).toHaveTextContent(
      `Waiting to start… ${LONG_QUEUE_S + 15} s. Every worker is busy or the queue is catching up`,
    );
    expect(screen.getByRole('status')).toHaveTextContent(/you can leave this page and come back/);
  });
});
