import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isValidElement, type ReactElement } from 'react';
import { renderInline } from '../../src/components/ComponentReference/render-inline';

describe('renderInline', () => {
  test('plain text stays a string', () => {
    assert.deepEqual(renderInline('Só texto.', 'x.why'), ['Só texto.']);
  });

  test('code spans become <code> and links become <a href>', () => {
    const nodes = renderInline(
      'Set `minvCpus = 0` ([Batch](https://docs.aws.amazon.com/batch/)).',
      'x',
    );
    const elements = nodes.filter(isValidElement) as ReactElement<{ href?: string }>[];
    assert.deepEqual(
      elements.map((e) => e.type),
      ['code', 'a'],
    );
    assert.equal(elements[1]?.props.href, 'https://docs.aws.amazon.com/batch/');
    assert.deepEqual(
      nodes.map((n) => (isValidElement(n) ? (n.props as { children: unknown }).children : n)),
      ['Set ', 'minvCpus = 0', ' (', 'Batch', ').'],
    );
  });

  test('malformed markup throws, naming the component and aspect', () => {
    assert.throws(
      () => renderInline('See [docs](http://x.y)', 'alb.cost (pt-BR)'),
      /^MarkupError: alb\.cost \(pt-BR\): link is not https/,
    );
  });
});
