import type { ReactNode } from 'react';
import { aspects, type NotesRecord } from '@site/diagrams/model/component-notes';
import type { Locale, Text } from '@site/diagrams/model/text';
import { renderInline } from './render-inline';
import styles from './styles.module.css';
import { words } from './words';

/** The written prose of one component: one definition per aspect, skipping those an actor leaves out. */
export default function Notes({
  id,
  notes,
  locale,
}: {
  id: string;
  notes: NotesRecord[keyof NotesRecord];
  locale: Locale;
}): ReactNode {
  const w = words[locale];
  const entries = aspects.flatMap((aspect) => {
    const text: Text | null = notes[aspect];
    return text ? [{ aspect, text }] : [];
  });
  return (
    <dl className={styles.notes}>
      {entries.map(({ aspect, text }) => (
        <div key={aspect} className={styles.note}>
          <dt>{w.aspects[aspect]}</dt>
          <dd>{renderInline(text[locale], `${id}.${aspect} (${locale})`)}</dd>
        </div>
      ))}
    </dl>
  );
}
