import type { ReactNode } from 'react';
import StaticIsland from '../StaticIsland';

/** Browser side of a production build: the server's HTML, without the model in the bundle. */
export default function ComponentReferenceIsland(): ReactNode {
  return <StaticIsland name="component-reference" />;
}
