/**
 * The runbook's contract: every step has the full anatomy, every AWS component of the model is
 * created by some phase, every phase has its page in both locales, and the deploy commands name
 * the repository's own stacks and configuration keys.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { model } from '../../diagrams/model/index';
import { phaseFile, runbook } from '../../src/runbook/index';
import { stacks } from '../../src/runbook/iac';
import type { RunbookPhase } from '../../src/runbook/types';
import { anatomyProblems, snippetsOf } from '../../src/runbook/validate';

const root = process.cwd();
const pageDirs = {
  'pt-BR': join(root, 'docs/runbook'),
  en: join(root, 'i18n/en/docusaurus-plugin-content-docs/current/runbook'),
};

test('every step of every phase has goal, prerequisites, commands, verification, rollback and duration, in order', () => {
  const problems = runbook.flatMap((p) =>
    anatomyProblems(p).map((x) => `${phaseFile(p.id)}: ${x}`),
  );
  assert.deepEqual(problems, []);
});

test('the anatomy check names the file and step that breaks it', () => {
  const broken = {
    ...runbook[2]!,
    steps: [
      {
        ...runbook[2]!.steps[0]!,
        verification: { command: 'true', expected: ' ' },
        durationMinutes: 0,
      },
    ],
  } as RunbookPhase;
  const problems = anatomyProblems(broken);
  assert.ok(
    problems.some((p) =>
      p.includes(`step ${broken.steps[0]!.id}: verification has no expected output`),
    ),
  );
  assert.ok(problems.some((p) => p.includes('duration must be a positive number')));
  const { goal, ...withoutGoal } = runbook[2]!.steps[0]!;
  const late = { ...runbook[2]!, steps: [{ ...withoutGoal, goal }] } as RunbookPhase;
  assert.match(anatomyProblems(late)[0] ?? '', /in this order/);
});

test('step ids are unique kebab-case, so progress kept in the browser maps to one step', () => {
  const ids = runbook.flatMap((p) => p.steps.map((s) => s.id));
  assert.deepEqual(
    ids.filter((id, i) => ids.indexOf(id) !== i),
    [],
    'duplicate step ids',
  );
  assert.deepEqual(
    ids.filter((id) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)),
    [],
    'ids not in kebab-case',
  );
});

test('every AWS component of the model is created by some phase, and by one only', () => {
  const created = runbook.flatMap((p) => p.creates.map((id) => ({ id, phase: p.id })));
  const aws = Object.entries(model.components)
    .filter(([, c]) => c.kind === 'aws')
    .map(([id]) => id);
  const missing = aws.filter((id) => !created.some((c) => c.id === id));
  assert.deepEqual(missing, [], `AWS components no phase creates: ${missing.join(', ')}`);
  const twice = created.filter((c, i) => created.findIndex((d) => d.id === c.id) !== i);
  assert.deepEqual(twice, [], 'components claimed by two phases');
});

test('each phase has its page in both locales, showing its view and rendering its steps', () => {
  for (const [locale, dir] of Object.entries(pageDirs)) {
    const pages = readdirSync(dir).filter(
      (f) => f.endsWith('.mdx') && !['index.mdx', 'summary.mdx'].includes(f),
    );
    assert.deepEqual(
      pages.sort(),
      runbook.map((p) => `${p.id}.mdx`).sort(),
      `${locale}: one page per phase`,
    );
    runbook.forEach((phase, i) => {
      const file = join(dir, `${phase.id}.mdx`);
      const text = readFileSync(file, 'utf8');
      assert.ok(
        text.includes(`<RunbookPhase phase="${phase.id}" />`),
        `${file}: does not render phase ${phase.id}`,
      );
      assert.ok(
        text.includes(`<TopologyDiagram view="${phase.view}" />`),
        `${file}: does not show view ${phase.view}`,
      );
      assert.match(
        text,
        new RegExp(`^sidebar_position: ${i + 2}$`, 'm'),
        `${file}: sidebar position out of order`,
      );
    });
  }
});

test('deploys name only the stacks of the IaC contract, and every stack is deployed by some step', () => {
  const shell = runbook
    .flatMap((p) => snippetsOf(p, phaseFile(p.id)))
    .filter((s) => s.lang === 'bash');
  const deployed = new Set<string>();
  for (const s of shell) {
    for (const m of s.code.matchAll(/npx cdk (deploy|diff|destroy|synth) (\S+)/g)) {
      assert.ok(m[2]! in stacks, `${s.where}: unknown stack ${m[2]}`);
      if (m[1] === 'deploy') deployed.add(m[2]!);
    }
  }
  assert.deepEqual(
    Object.keys(stacks).filter((s) => !deployed.has(s)),
    [],
    'stacks no step deploys',
  );
});

test('context keys passed with -c are the CDK app configuration keys', () => {
  const keys = new Set([
    'config',
    'productionAccount',
    'securityAccount',
    'sharedServicesAccount',
    'organizationId',
    'primaryRegion',
    'drRegion',
    'domainName',
    'hostedZoneId',
    'alertEmail',
    'imageTag',
    'albDnsName',
  ]);
  for (const p of runbook) {
    for (const s of snippetsOf(p, phaseFile(p.id)).filter((x) => x.lang === 'bash')) {
      for (const m of s.code.matchAll(/ -c (\w+)=/g))
        assert.ok(keys.has(m[1]!), `${s.where}: unknown context key ${m[1]}`);
    }
  }
});

// The CDK app lives in infra/ once the infrastructure branch is merged; then the names must match it.
const infraLib = join(root, 'infra/lib');
test(
  'stack ids and stack outputs the runbook reads exist in the CDK app',
  { skip: !existsSync(infraLib) && 'infra/ is not in this checkout' },
  () => {
    const source = readdirSync(infraLib, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(join(infraLib, f), 'utf8'))
      .join('\n');
    for (const stack of Object.keys(stacks))
      assert.ok(source.includes(`'${stack}'`), `stack ${stack} not in infra/lib`);
    for (const p of runbook) {
      for (const s of snippetsOf(p, phaseFile(p.id))) {
        for (const m of s.code.matchAll(/OutputKey=='(\w+)'/g)) {
          assert.ok(
            source.includes(`'${m[1]}'`),
            `${s.where}: output ${m[1]} is not declared in infra/lib`,
          );
        }
      }
    }
  },
);
