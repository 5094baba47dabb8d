import type { ModelShape } from '../model/shape';
import type { Locale } from '../model/text';
import { renderFlowchart } from './flowchart';
import { renderLifecycle } from './lifecycle';
import { renderSequence } from './sequence';
import { renderStateMachine } from './state';
import type { RenderedView } from './types';

export type { RenderedView } from './types';

/** Pure: the same model, view and locale always give byte-identical Mermaid text. */
export function renderView(model: ModelShape, viewId: string, locale: Locale): RenderedView {
  const view = model.views[viewId];
  if (!view) {
    const known = Object.keys(model.views).join(', ');
    throw new Error(`Unknown view "${viewId}". Known views: ${known}`);
  }
  switch (view.kind) {
    case 'flowchart':
      return renderFlowchart(model, viewId, view, locale);
    case 'sequence':
      return renderSequence(model, viewId, view, locale);
    case 'state':
      return renderStateMachine(model, viewId, view, locale);
    case 'lifecycle':
      return renderLifecycle(model, viewId, view, locale);
  }
}

export function renderAllViews(model: ModelShape, locale: Locale): RenderedView[] {
  return Object.keys(model.views).map((id) => renderView(model, id, locale));
}
