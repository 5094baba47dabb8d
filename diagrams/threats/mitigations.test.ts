import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Text } from '../model/text';
import { controls } from './controls';
import { mitigationIds } from './mitigation-ids';
import { pillars, type Json, type MitigationDef } from './mitigation-types';
import { mitigations } from './mitigations';
import { toYaml } from './yaml';
import { loadYaml } from '../../tests/unit/support/code-blocks';

const entries = Object.entries(mitigations) as [string, MitigationDef][];

type Statement = Record<string, Json>;

/** The shape IAM accepts for a policy document; returns what is wrong, naming the statement. */
function policyProblems(doc: Json): string[] {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return ['not an object'];
  const d = doc as Record<string, Json>;
  const problems: string[] = [];
  if (d.Version !== '2012-10-17') problems.push('Version is not 2012-10-17');
  const statements = d.Statement;
  if (!Array.isArray(statements) || statements.length === 0) return [...problems, 'no Statement'];
  (statements as Statement[]).forEach((s, i) => {
    const name = `Statement ${String(s.Sid ?? i)}`;
    if (s.Effect !== 'Allow' && s.Effect !== 'Deny') problems.push(`${name}: Effect`);
    if ('Action' in s === 'NotAction' in s)
      problems.push(`${name}: exactly one of Action/NotAction`);
    if (!('Resource' in s)) problems.push(`${name}: no Resource`);
  });
  return problems;
}

function texts(m: MitigationDef): Text[] {
  return [
    m.title,
    m.why,
    m.mitigation,
    ...m.prevent,
    ...(m.detect.alarms ? [m.detect.alarms] : []),
  ];
}

describe('mitigation catalogue', () => {
  test('has exactly the listed entries, at least twenty, over all five pillars', () => {
    assert.deepEqual(Object.keys(mitigations).sort(), [...mitigationIds].sort());
    assert.ok(mitigationIds.length >= 20);
    assert.deepEqual([...new Set(entries.map(([, m]) => m.pillar))].sort(), [...pillars].sort());
  });

  test('every entry says how it is prevented and how it is detected', () => {
    for (const [id, m] of entries) {
      assert.ok(m.prevent.length > 0, `${id}: no prevention`);
      const d = m.detect;
      const count =
        (d.config?.length ?? 0) + (d.securityHub?.length ?? 0) + (d.guardDuty?.length ?? 0);
      assert.ok(count > 0 || d.alarms, `${id}: no detection`);
    }
  });

  test('every text is in both languages with balanced inline code', () => {
    for (const [id, m] of entries) {
      for (const t of texts(m)) {
        for (const locale of ['pt-BR', 'en'] as const) {
          assert.ok(t[locale].trim().length > 0, `${id}: empty ${locale} text`);
          assert.equal(
            t[locale].split('`').length % 2,
            1,
            `${id}: unbalanced backticks in ${t[locale]}`,
          );
        }
      }
    }
  });

  test('every JSON snippet round-trips and every policy document has the shape IAM accepts', () => {
    let policies = 0;
    for (const [id, m] of entries) {
      for (const s of m.snippets ?? []) {
        if (s.kind !== 'json') continue;
        const text = JSON.stringify(s.value, null, 2);
        assert.deepEqual(JSON.parse(text), s.value, `${id}: ${s.title.en}`);
        assert.deepEqual(policyProblems(s.value), [], `${id}: ${s.title.en}`);
        policies += 1;
      }
    }
    assert.ok(policies >= 10, `only ${policies} policy snippets`);
  });

  test('every YAML snippet parses back to its data and is a Kubernetes object', () => {
    for (const [id, m] of entries) {
      for (const s of m.snippets ?? []) {
        if (s.kind !== 'yaml') continue;
        assert.deepEqual(loadYaml(toYaml(s.value)), s.value, `${id}: ${s.title.en}`);
        const o = s.value as Record<string, Record<string, Json>>;
        assert.ok(o.apiVersion && o.kind && o.metadata?.name, `${id}: not a Kubernetes object`);
      }
    }
  });

  test('every control linking to the catalogue names an existing entry', () => {
    for (const [id, c] of Object.entries(controls)) {
      if ('catalogue' in c) assert.ok(c.catalogue in mitigations, `control ${id}`);
    }
  });

  test('the policy checker itself rejects malformed documents', () => {
    assert.deepEqual(
      policyProblems({
        Version: '2008-10-17',
        Statement: [{ Sid: 'x', Effect: 'Allow', Resource: '*' }],
      }),
      ['Version is not 2012-10-17', 'Statement x: exactly one of Action/NotAction'],
    );
  });
});

describe('toYaml', () => {
  test('quotes what YAML would read as another type and keeps structure', () => {
    const value: Json = {
      on: 'yes',
      version: '1.0',
      limit: 1,
      flag: true,
      list: [{ a: 'x: y' }, 'plain', '*glob'],
      empty: {},
      none: [],
      '=(initContainers)': [{ image: 'repo/app@sha256:*' }],
    };
    const text = toYaml(value);
    assert.deepEqual(loadYaml(text), value);
    assert.match(text, /^"on": "yes"$/m);
    assert.match(text, /^version: "1.0"$/m);
  });
});
