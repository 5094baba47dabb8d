import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { components } from '../components';
import { l } from '../text';
import { checkNotes, formatFindings } from './checks';
import { componentNotes, notesByFile } from './index';

const actorIds = new Set(
  Object.entries(components)
    .filter(([, c]) => c.kind === 'actor')
    .map(([id]) => id),
);

describe('component notes', () => {
  test('cover exactly the components of the model', () => {
    const modelIds = Object.keys(components).sort();
    const noteIds = Object.keys(componentNotes).sort();
    assert.deepEqual(noteIds, modelIds);
  });

  test('write each component in one layer file only', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const [file, notes] of Object.entries(notesByFile)) {
      for (const id of Object.keys(notes)) {
        const previous = seen.get(id);
        if (previous) duplicates.push(`${id} in ${previous} and ${file}`);
        seen.set(id, file);
      }
    }
    assert.deepEqual(duplicates, []);
  });

  test('are bilingual, well formed, sourced and link only to official hosts', () => {
    const findings = checkNotes(componentNotes, actorIds);
    assert.equal(findings.length, 0, formatFindings(findings));
  });
});

describe('checkNotes finds', () => {
  const ok = l('Texto.', 'Text.');
  const service = (over: Partial<Record<string, ReturnType<typeof l> | null>>) => ({
    x: { why: ok, configuration: ok, scaling: ok, failure: ok, security: ok, cost: ok, ...over },
  });

  test('an empty language, naming component, aspect and locale', () => {
    const findings = checkNotes(service({ cost: l('Custa pouco.', ' ') }), new Set());
    assert.match(formatFindings(findings), /^x\.cost \(en\): empty text$/);
  });

  test('malformed markup, naming component, aspect and locale', () => {
    const findings = checkNotes(
      service({
        failure: l(
          'Ver [doc(https://docs.aws.amazon.com/x).',
          'See [doc](https://docs.aws.amazon.com/x).',
        ),
      }),
      new Set(),
    );
    assert.match(formatFindings(findings), /x\.failure \(pt-BR\): .*malformed link/);
  });

  test('a link to a host outside the allowed list', () => {
    const text = l('Ver [blog](https://example.com/a).', 'See [blog](https://example.com/a).');
    const findings = checkNotes(service({ why: text }), new Set());
    assert.match(formatFindings(findings), /host example\.com is not an allowed official source/);
  });

  test('a quantity with a unit and no link', () => {
    const findings = checkNotes(
      service({ configuration: l('Retenção de 14 dias.', 'Kept 14 days.') }),
      new Set(),
    );
    assert.equal(findings.length, 2);
    assert.match(formatFindings(findings), /states "14 dias" without a source link/);
  });

  test('a quantity inside a code span is configuration, not a claim', () => {
    const findings = checkNotes(
      service({ configuration: l('Valor `rate(1 minute)`.', 'Value `rate(1 minute)`.') }),
      new Set(),
    );
    assert.deepEqual(findings, []);
  });

  test('different sources in the two languages', () => {
    const text = l(
      'Ver [a](https://docs.aws.amazon.com/a).',
      'See [b](https://docs.aws.amazon.com/b).',
    );
    const findings = checkNotes(service({ cost: text }), new Set());
    assert.match(formatFindings(findings), /cite different sources/);
  });

  test('a null aspect on a service but not on an actor', () => {
    assert.equal(checkNotes(service({ scaling: null }), new Set()).length, 1);
    assert.equal(checkNotes(service({ scaling: null }), new Set(['x'])).length, 0);
    assert.equal(checkNotes(service({ why: null }), new Set(['x'])).length, 1);
  });
});
