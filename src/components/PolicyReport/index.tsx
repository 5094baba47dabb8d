import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { ReactNode } from 'react';
import { componentDocPath } from '@site/diagrams/model/doc-links';
import { model } from '@site/diagrams/model/index';
import type { Locale } from '@site/diagrams/model/text';
import { runPolicyRules } from '@site/diagrams/rules/run';

const words = {
  'pt-BR': {
    rule: 'Regra',
    severity: 'Severidade',
    result: 'Resultado',
    pass: 'passa',
    error: 'erro (bloqueia o build)',
    warning: 'aviso',
  },
  en: {
    rule: 'Rule',
    severity: 'Severity',
    result: 'Result',
    pass: 'passes',
    error: 'error (fails the build)',
    warning: 'warning',
  },
} as const;

/** Every policy rule with its result on the current model, computed at build time. */
export default function PolicyReport(): ReactNode {
  const locale = useDocusaurusContext().i18n.currentLocale as Locale;
  const w = words[locale];
  return (
    <table className="policy-report">
      <thead>
        <tr>
          <th scope="col">{w.rule}</th>
          <th scope="col">{w.severity}</th>
          <th scope="col">{w.result}</th>
        </tr>
      </thead>
      <tbody>
        {runPolicyRules(model).map(({ rule, findings }) => (
          <tr key={rule.id} id={`rule-${rule.id}`}>
            <td>
              {rule.title[locale]}
              <br />
              <code>{rule.id}</code>
            </td>
            <td>{w[rule.severity]}</td>
            <td>
              {findings.length === 0
                ? `✓ ${w.pass}`
                : findings.map((f) => (
                    <span key={f.subject + f.message}>
                      !{' '}
                      {f.subject in model.components ? (
                        <Link to={componentDocPath(model, f.subject)}>{f.subject}</Link>
                      ) : (
                        <code>{f.subject}</code>
                      )}
                      : {f.message}
                      <br />
                    </span>
                  ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
