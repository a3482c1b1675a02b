// A titled card: the one building block of every column.
import type { ReactNode } from 'react';

interface PanelProps {
  title: string;
  /** Right side of the title bar: counts, buttons. */
  aside?: ReactNode;
  className?: string;
  children: ReactNode;
}

export function Panel({ title, aside, className, children }: PanelProps) {
  return (
    <section className={'panel' + (className ? ' ' + className : '')}>
      <header className="panel-head">
        <h2>{title}</h2>
        {aside && <div className="panel-aside">{aside}</div>}
      </header>
      <div className="panel-body">{children}</div>
    </section>
  );
}
