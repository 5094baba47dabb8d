import Link from '@docusaurus/Link';
import type { ReactNode } from 'react';
import { componentDocPath } from '@site/diagrams/model/doc-links';
import { model, type ComponentId } from '@site/diagrams/model/index';
import type { Locale } from '@site/diagrams/model/text';

/** A component's label, linked to its section of the component reference. */
export default function ComponentName({
  id,
  locale,
}: {
  id: ComponentId;
  locale: Locale;
}): ReactNode {
  return <Link to={componentDocPath(model, id)}>{model.components[id].label[locale]}</Link>;
}
