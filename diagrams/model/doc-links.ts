import type { ModelShape } from './shape';

/** The generated component reference; every component has a section anchored by its id. */
export const componentReferencePath = '/docs/reference/components';

/** Site path (without locale prefix) of the documentation that explains a component. */
export function componentDocPath(model: ModelShape, componentId: string): string {
  const doc = model.components[componentId]?.doc;
  return doc ? `/docs/${doc.page}#${doc.anchor}` : `${componentReferencePath}#${componentId}`;
}
