// A titled card: the one building block of every column.
import { useId, type ReactNode } from 'react';

interface PanelProps {
  title: string;
  /** Right side of the title bar: counts, buttons. */
  aside?: ReactNode;
  className?: string;
  /**
   * The body scrolls on its own (a log, a list): it takes keyboard focus, so that a keyboard
   * scrolls it even when nothing in it is focusable, and is a region named by the title.
   */
  scrolls?: boolean;
  children: ReactNode;
}

export function Panel({ title, aside, className, scrolls, children }: PanelProps) {
  const titleId = useId();
  return (
    <section className={'panel' + (className ? ' ' + className : '')}>
      <header className="panel-head">
        <h2 id={titleId}>{title}</h2>
        {aside && <div className="panel-aside">{aside}</div>}
      </header>
      {scrolls ? (
        <div className="panel-body" tabIndex={0} role="region" aria-labelledby={titleId}>
          {children}
        </div>
      ) : (
        <div className="panel-body">{children}</div>
      )}
    </section>
  );
}
