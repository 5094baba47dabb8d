import { createElement, type ReactNode } from 'react';
import { parseInline } from '../../../diagrams/model/component-notes/markup';

/** Turns a note's inline markup into React nodes: plain text, `<code>` and `<a>`. */
export function renderInline(source: string, where: string): ReactNode[] {
  return parseInline(source, where).map((piece, index) => {
    switch (piece.kind) {
      case 'text':
        return piece.text;
      case 'code':
        return createElement('code', { key: index }, piece.text);
      case 'link':
        return createElement('a', { key: index, href: piece.href }, piece.label);
    }
  });
}
