// The kit's load status as a coloured pill (header and state panel).
import type { CrispFailure, CrispStatus } from '@crispkit/core';

export function StatusPill({ status, error }: { status: CrispStatus; error: CrispFailure | null }) {
  return (
    <span className={`pill pill-${status}`} title="client.getState().status">
      <span className="pill-dot" aria-hidden />
      {status}
      {error && <span className="pill-error">· {error}</span>}
    </span>
  );
}
