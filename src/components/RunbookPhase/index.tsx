import Link from '@docusaurus/Link';
import CodeBlock from '@theme/CodeBlock';
import Heading from '@theme/Heading';
import type { ReactNode } from 'react';
import { model } from '@site/diagrams/model/index';
import type { Locale } from '@site/diagrams/model/text';
import { runbook as phases, type PhaseId } from '@site/src/runbook/index';
import type { RunbookPhase as Phase, RunbookStep } from '@site/src/runbook/types';
import RunbookChecklist from '../RunbookChecklist';
import { useLocale } from './locale';
import styles from './styles.module.css';
import { words } from './words';

function findPhase(id: string): Phase {
  const phase = phases.find((p) => p.id === id);
  if (!phase) throw new Error(`RunbookPhase: unknown phase "${id}"`);
  return phase;
}

function Creates({ phase, locale }: { phase: Phase; locale: Locale }): ReactNode {
  if (!phase.creates.length) return <p>{words.createsNone[locale]}</p>;
  return (
    <ul className={styles.creates}>
      {phase.creates.map((id) => (
        <li key={id}>
          <Link to={`/docs/reference/components#${id}`}>{model.components[id].label[locale]}</Link>
        </li>
      ))}
    </ul>
  );
}

function Step({
  step,
  index,
  locale,
}: {
  step: RunbookStep;
  index: number;
  locale: Locale;
}): ReactNode {
  return (
    <section className={styles.step} aria-labelledby={step.id}>
      <Heading as="h2" id={step.id}>
        {index + 1}. {step.title[locale]}
      </Heading>
      <Heading as="h3" id={`${step.id}-goal`}>
        {words.goal[locale]}
      </Heading>
      <p>{step.goal[locale]}</p>
      <Heading as="h3" id={`${step.id}-prerequisites`}>
        {words.prerequisites[locale]}
      </Heading>
      <ul>
        {step.prerequisites.map((p) => (
          <li key={p.en}>{p[locale]}</li>
        ))}
      </ul>
      <Heading as="h3" id={`${step.id}-commands`}>
        {words.commands[locale]}
      </Heading>
      {step.commands.map((snippet) => (
        <CodeBlock
          key={snippet.code}
          language={snippet.lang}
          title={snippet.file ? `${words.saveAs[locale]}: ${snippet.file}` : undefined}
        >
          {snippet.code}
        </CodeBlock>
      ))}
      <Heading as="h3" id={`${step.id}-verification`}>
        {words.verification[locale]}
      </Heading>
      <CodeBlock language="bash">{step.verification.command}</CodeBlock>
      <CodeBlock language="text" title={words.expected[locale]}>
        {step.verification.expected}
      </CodeBlock>
      <Heading as="h3" id={`${step.id}-rollback`}>
        {words.rollback[locale]}
      </Heading>
      <p>{step.rollback.text[locale]}</p>
      {step.rollback.command ? (
        <CodeBlock language="bash">{step.rollback.command}</CodeBlock>
      ) : null}
      <Heading as="h3" id={`${step.id}-duration`}>
        {words.duration[locale]}
      </Heading>
      <p>
        ~{step.durationMinutes} {words.minutes[locale]}
      </p>
    </section>
  );
}

/** One provisioning phase: where it runs, what it creates, its progress and every step. */
export default function RunbookPhase({ phase: id }: { phase: PhaseId }): ReactNode {
  const locale = useLocale();
  const phase = findPhase(id);
  return (
    <div className={styles.phase}>
      <p>
        <strong>{words.where[locale]}:</strong> {phase.where[locale]}
      </p>
      <p className={styles.createsTitle}>
        <strong>{words.creates[locale]}</strong>
      </p>
      <Creates phase={phase} locale={locale} />
      <RunbookChecklist phase={id} />
      {phase.steps.map((step, index) => (
        <Step key={step.id} step={step} index={index} locale={locale} />
      ))}
    </div>
  );
}
