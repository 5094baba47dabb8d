import type { ReactNode } from 'react';
import type { Locale } from '@site/diagrams/model/text';
import { configRuleUrl, guardDutyUrl, securityHubUrl } from '@site/diagrams/threats/aws-ids';
import type { MitigationDef } from '@site/diagrams/threats/mitigation-types';
import Inline from './Inline';
import { words } from './words';

function Ids({ ids, href }: { ids: readonly string[]; href: (id: never) => string }): ReactNode {
  return ids.map((id, i) => (
    <span key={id}>
      {i > 0 ? ', ' : ''}
      <a href={href(id as never)}>
        <code>{id}</code>
      </a>
    </span>
  ));
}

/** The detection side of an entry: each identifier links to its AWS documentation page. */
export default function Detection({
  detect,
  locale,
}: {
  detect: MitigationDef['detect'];
  locale: Locale;
}): ReactNode {
  const w = words[locale];
  return (
    <ul>
      {detect.config?.length ? (
        <li>
          {w.config}: <Ids ids={detect.config} href={configRuleUrl} />
        </li>
      ) : null}
      {detect.securityHub?.length ? (
        <li>
          {w.securityHub}: <Ids ids={detect.securityHub} href={securityHubUrl} />
        </li>
      ) : null}
      {detect.guardDuty?.length ? (
        <li>
          {w.guardDuty}: <Ids ids={detect.guardDuty} href={guardDutyUrl} />
        </li>
      ) : null}
      {detect.alarms ? (
        <li>
          {w.alarms}: <Inline text={detect.alarms[locale]} />
        </li>
      ) : null}
    </ul>
  );
}
