import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MarkupError, parseInline } from './markup';

describe('parseInline', () => {
  test('plain text is one text piece', () => {
    assert.deepEqual(parseInline('Sem marcação (nenhuma).', 'x.why'), [
      { kind: 'text', text: 'Sem marcação (nenhuma).' },
    ]);
  });

  test('code spans and links split the text', () => {
    assert.deepEqual(
      parseInline(
        'Use `rds.force_ssl = 1`, see [Aurora](https://docs.aws.amazon.com/a.html).',
        'x',
      ),
      [
        { kind: 'text', text: 'Use ' },
        { kind: 'code', text: 'rds.force_ssl = 1' },
        { kind: 'text', text: ', see ' },
        { kind: 'link', label: 'Aurora', href: 'https://docs.aws.amazon.com/a.html' },
        { kind: 'text', text: '.' },
      ],
    );
  });

  test('an empty string has no pieces', () => {
    assert.deepEqual(parseInline('', 'x'), []);
  });

  const malformed: [string, string, RegExp][] = [
    ['unclosed code', 'Use `kubectl', /unclosed code span/],
    ['empty code', 'Use `` here', /empty code span/],
    ['link without url', 'See [docs] here', /malformed link/],
    ['link with broken parenthesis', 'See [docs](https://a.b/c', /malformed link/],
    ['plain http link', 'See [docs](http://a.b/c)', /link is not https/],
    ['stray bracket', 'A ] here', /stray "\]"/],
  ];
  for (const [name, source, message] of malformed) {
    test(`rejects ${name}, naming where it is`, () => {
      assert.throws(
        () => parseInline(source, 'rdsProxy.failure (en)'),
        (error: unknown) =>
          error instanceof MarkupError &&
          error.message.startsWith('rdsProxy.failure (en): ') &&
          message.test(error.message),
      );
    });
  }
});
