import { useId, type ReactNode } from 'react';
import styles from './styles.module.css';

export interface ScrollableTableProps {
  readonly caption: string;
  /** The table's head and body; the caption is added here so it can name the region. */
  readonly children: ReactNode;
}

/**
 * A wide table that scrolls sideways on narrow screens inside a focusable, named region, so
 * keyboard users can scroll it too (axe: scrollable-region-focusable).
 */
export default function ScrollableTable({ caption, children }: ScrollableTableProps): ReactNode {
  const id = useId();
  return (
    <div className={styles.scroll} role="region" aria-labelledby={id} tabIndex={0}>
      <table className={styles.table}>
        <caption id={id}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}
