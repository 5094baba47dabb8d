/**
 * Every snippet the runbook shows is syntactically right: shell passes `bash -n`, JSON parses,
 * YAML parses, policies have the IAM policy-document shape and manifests the Kubernetes one.
 * Snippets come from the step data and from any fenced block written in the runbook pages.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadAll } from 'js-yaml';
import { phaseFile, runbook } from '../../src/runbook/index';
import {
  manifestProblems,
  policyProblems,
  snippetsOf,
  type LocatedSnippet,
} from '../../src/runbook/validate';

const root = process.cwd();
const pageDirs = ['docs/runbook', 'i18n/en/docusaurus-plugin-content-docs/current/runbook'];

function fencedBlocks(): LocatedSnippet[] {
  const langs: Record<string, LocatedSnippet['lang']> = {
    bash: 'bash',
    sh: 'bash',
    shell: 'bash',
    json: 'json',
    yaml: 'yaml',
    yml: 'yaml',
  };
  return pageDirs.flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter((f) => f.endsWith('.mdx'))
      .flatMap((f) => {
        const text = readFileSync(join(root, dir, f), 'utf8');
        return [...text.matchAll(/^```(\w+)[^\n]*\n([\s\S]*?)^```/gm)]
          .filter((m) => m[1]! in langs)
          .map((m, i) => ({
            lang: langs[m[1]!]!,
            code: m[2]!,
            where: `${dir}/${f} block ${i + 1}`,
          }));
      }),
  );
}

const snippets = [...runbook.flatMap((p) => snippetsOf(p, phaseFile(p.id))), ...fencedBlocks()];

function bashSyntaxError(code: string): string {
  const run = spawnSync('bash', ['-n'], { input: code, encoding: 'utf8' });
  return run.status === 0 ? '' : run.stderr.trim() || `bash -n exited ${String(run.status)}`;
}

test('there are shell, JSON and YAML snippets to check', () => {
  for (const lang of ['bash', 'json', 'yaml'] as const) {
    assert.ok(
      snippets.some((s) => s.lang === lang),
      `no ${lang} snippet found`,
    );
  }
});

test('every shell snippet passes bash -n', () => {
  const broken = snippets
    .filter((s) => s.lang === 'bash')
    .map((s) => ({ where: s.where, error: bashSyntaxError(s.code) }))
    .filter((r) => r.error);
  assert.deepEqual(broken, []);
});

test('bash -n really rejects a broken snippet', () => {
  assert.notEqual(bashSyntaxError('for x in a b; do echo "$x"'), '');
});

test('every JSON snippet parses, and policies have the policy-document shape', () => {
  for (const s of snippets.filter((x) => x.lang === 'json')) {
    let doc: unknown;
    assert.doesNotThrow(() => (doc = JSON.parse(s.code)), `${s.where}: invalid JSON`);
    if (s.schema === 'iam-policy' || s.schema === 'scp') {
      assert.deepEqual(
        policyProblems(doc, s.schema, s.code),
        [],
        `${s.where}: not a valid ${s.schema}`,
      );
    }
  }
  assert.ok(
    snippets.some((s) => s.schema === 'scp') && snippets.some((s) => s.schema === 'iam-policy'),
  );
});

test('the policy check rejects malformed policies', () => {
  assert.match(policyProblems({ Version: '2008-10-17', Statement: [] }, 'scp').join(), /Version/);
  const scp = {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Deny', Action: 's3:*', Principal: '*' }],
  };
  const problems = policyProblems(scp, 'scp').join();
  assert.match(problems, /no Principal/);
  assert.match(problems, /Resource/);
  assert.match(
    policyProblems(
      {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 'x', NotAction: 'y', Resource: '*' }],
      },
      'iam-policy',
    ).join(),
    /exactly one/,
  );
});

test('every YAML snippet parses, and Kubernetes manifests have apiVersion, kind and metadata', () => {
  for (const s of snippets.filter((x) => x.lang === 'yaml')) {
    let docs: unknown[] = [];
    assert.doesNotThrow(() => (docs = loadAll(s.code)), `${s.where}: invalid YAML`);
    if (s.schema === 'kubernetes') {
      assert.ok(docs.length > 0, `${s.where}: empty manifest`);
      docs.forEach((d, i) =>
        assert.deepEqual(manifestProblems(d), [], `${s.where}: document ${i + 1}`),
      );
    }
  }
  assert.deepEqual(manifestProblems({ kind: 'deployment', metadata: {} }).length, 3);
});

test('files a command reads with file:// are shown by the same step', () => {
  for (const phase of runbook) {
    for (const step of phase.steps) {
      const shown = new Set(step.commands.map((c) => c.file).filter(Boolean));
      const produced = step.commands.map((c) => c.code).join('\n');
      for (const m of produced.matchAll(/file:\/\/([\w./-]+)/g)) {
        const name = m[1]!;
        const writtenByCommand = new RegExp(`> ${name.replace(/\./g, '\\.')}`).test(produced);
        assert.ok(
          shown.has(name) || writtenByCommand,
          `${phaseFile(phase.id)} step ${step.id}: reads ${name}, which it neither shows nor writes`,
        );
      }
    }
  }
});
