import type { ReactNode } from 'react';
import { islandAttribute } from '../StaticIsland';
import ComponentReference from './index';

/** Server side (and `npm start`): the full reference, marked for the browser to keep as is. */
export default function ComponentReferenceIsland(): ReactNode {
  return (
    <div {...{ [islandAttribute]: 'component-reference' }}>
      <ComponentReference />
    </div>
  );
}
