import { render, screen } from '@testing-library/react';
import { makeJob } from '@/testing/mocks/fixtures';
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
      onUseSettings={() => undefined}
    />,
  );
}

describe('A queued job', () => {
  it('shows only the wait at first', () => {
    showQueued(5);
    // The live region holds the state only; the counter beside it is not re-announced.
    expect(screen.getByRole('status')).toHaveTextContent(/^Waiting to start\.$/);
    expect(screen.getByText('5 s')).not.toHaveAttribute('role');
    expect(screen.queryByText(/worker/)).toBeNull();
  });

  it('says why it may wait, and that it needs no watching, once the wait is long', () => {
    showQueued(LONG_QUEUE_S + 15);
    expect(screen.getByRole('status')).toHaveTextContent(/^Waiting to start\.$/);
    expect(screen.getByText(`${LONG_QUEUE_S + 15} s`)).toBeInTheDocument();
    expect(screen.getByText(/Every worker is busy or the queue is catching up/)).toHaveTextContent(/you can leave this page and come back/);
  });
});
