import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { ReactNode } from 'react';
import { componentDocPath } from '@site/diagrams/model/doc-links';
import { model, requirements } from '@site/diagrams/model/index';
import type { RequirementDef } from '@site/diagrams/model/requirements';
import type { Locale } from '@site/diagrams/model/text';

const words = {
  'pt-BR': {
    requirement: 'Requisito do enunciado',
    components: 'Componentes',
    section: 'Onde é argumentado',
    check: 'Verificação no modelo',
    explicit: 'explícito',
    implicit: 'implícito',
    pass: 'atendido',
    fail: 'falhou',
    summary: (ok: number, all: number) => `${ok} de ${all} requisitos verificados no modelo.`,
  },
  en: {
    requirement: 'Requirement of the brief',
    components: 'Components',
    section: 'Where it is argued',
    check: 'Check on the model',
    explicit: 'explicit',
    implicit: 'implicit',
    pass: 'met',
    fail: 'failed',
    summary: (ok: number, all: number) => `${ok} of ${all} requirements checked on the model.`,
  },
} as const;

/** Requirement -> components -> section -> check, computed from the model on every build. */
export default function TraceabilityMatrix(): ReactNode {
  const locale = useDocusaurusContext().i18n.currentLocale as Locale;
  const w = words[locale];
  const rows = (Object.entries(requirements) as [string, RequirementDef][]).map(([id, r]) => ({
    id,
    requirement: r,
    problems: r.check(model),
  }));
  const passed = rows.filter((r) => r.problems.length === 0).length;
  return (
    <>
      <p>
        <strong>{w.summary(passed, rows.length)}</strong>
      </p>
      <table className="traceability-matrix">
        <thead>
          <tr>
            <th scope="col">{w.requirement}</th>
            <th scope="col">{w.components}</th>
            <th scope="col">{w.section}</th>
            <th scope="col">{w.check}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ id, requirement: r, problems }) => (
            <tr key={id} id={`req-${id}`}>
              <td>
                <q lang="pt-BR">{r.quote['pt-BR']}</q>
                {locale === 'en' ? (
                  <>
                    <br />
                    <em>{r.quote.en}</em>
                  </>
                ) : null}{' '}
                <small>({r.kind === 'explicit' ? w.explicit : w.implicit})</small>
              </td>
              <td>
                {r.components.map((c, i) => (
                  <span key={c}>
                    {i > 0 ? ', ' : ''}
                    <Link to={componentDocPath(model, c)}>
                      {model.components[c as keyof typeof model.components]?.label[locale] ?? c}
                    </Link>
                  </span>
                ))}
              </td>
              <td>
                <Link to={`/docs/${r.section.page}#${r.section.anchor}`}>#{r.section.anchor}</Link>
              </td>
              <td>
                {problems.length === 0 ? (
                  <span className="traceability-matrix__pass">✓ {w.pass}</span>
                ) : (
                  <span className="traceability-matrix__fail">
                    ✗ {w.fail}: {problems.join('; ')}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
