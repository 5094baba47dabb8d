/**
 * Every shell snippet on the SRE pages (both locales) must at least parse, so an engineer who
 * pastes it during an incident does not meet a quoting mistake; every JSON and YAML block (FIS
 * templates, alarm definitions, alert rules) must parse as what it claims to be. YAML is parsed
 * with js-yaml.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, test } from 'node:test';
import { type CodeBlock, codeBlocks, loadYaml } from './support/code-blocks';

const root = process.cwd();
const sreDirs = [
  join(root, 'docs/sre'),
  join(root, 'i18n/en/docusaurus-plugin-content-docs/current/sre'),
];

function sreBlocks(): CodeBlock[] {
  return sreDirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.mdx'))
      .flatMap((name) => {
        const path = join(dir, name);
        return codeBlocks(relative(root, path), readFileSync(path, 'utf8'));
      }),
  );
}

const scratch = mkdtempSync(join(tmpdir(), 'sre-snippets-'));

/** `bash -n` on the snippet; returns bash's complaint, or '' when it parses. */
export function bashSyntaxError(code: string): string {
  const path = join(scratch, 'snippet.sh');
  writeFileSync(path, `${code}\n`);
  const run = spawnSync('bash', ['-n', path], { encoding: 'utf8' });
  return run.status === 0 ? '' : run.stderr.trim() || `bash exited ${run.status}`;
}

const where = (b: CodeBlock) => `${b.file}:${b.line} (${b.lang})`;

describe('SRE page code blocks', () => {
  const blocks = sreBlocks();

  test('the pages have shell, JSON and YAML blocks to check', () => {
    const langs = new Set(blocks.map((b) => b.lang));
    for (const lang of ['bash', 'json', 'yaml']) {
      assert.ok(langs.has(lang), `no \`\`\`${lang} block found on the SRE pages`);
    }
  });

  test('every ```bash and ```sh block passes bash -n', () => {
    const problems = blocks
      .filter((b) => b.lang === 'bash' || b.lang === 'sh')
      .map((b) => [where(b), bashSyntaxError(b.code)] as const)
      .filter(([, error]) => error)
      .map(([at, error]) => `${at}: ${error}`);
    assert.deepEqual(problems, []);
  });

  test('every ```json block parses', () => {
    const problems: string[] = [];
    for (const b of blocks.filter((b) => b.lang === 'json')) {
      try {
        JSON.parse(b.code);
      } catch (error) {
        problems.push(`${where(b)}: ${(error as Error).message}`);
      }
    }
    assert.deepEqual(problems, []);
  });

  test('every SRE page has front matter that parses, with a title and a description', () => {
    for (const dir of sreDirs) {
      for (const name of readdirSync(dir).filter((n) => n.endsWith('.mdx'))) {
        const text = readFileSync(join(dir, name), 'utf8');
        const yaml = /^---\n([\s\S]*?)\n---/.exec(text)?.[1];
        assert.ok(yaml, `${name}: no front matter`);
        const data = loadYaml(yaml) as { title?: unknown; description?: unknown };
        assert.equal(typeof data.title, 'string', `${relative(root, dir)}/${name}: title`);
        assert.equal(
          typeof data.description,
          'string',
          `${relative(root, dir)}/${name}: description`,
        );
      }
    }
  });

  test('every ```yaml block parses', () => {
    const problems: string[] = [];
    for (const b of blocks.filter((b) => b.lang === 'yaml' || b.lang === 'yml')) {
      try {
        loadYaml(b.code);
      } catch (error) {
        problems.push(`${where(b)}: ${(error as Error).message.split('\n')[0]}`);
      }
    }
    assert.deepEqual(problems, []);
  });

  test('both locales carry the same commands and templates, block for block', () => {
    // Diagrams are translated; everything an engineer runs or applies must be identical.
    const runnable = new Set(['bash', 'sh', 'json', 'yaml', 'yml', 'sql']);
    const byFile = (prefix: string) =>
      blocks
        .filter((b) => b.file.startsWith(prefix) && runnable.has(b.lang))
        .map((b) => `${b.file.slice(prefix.length)} ${b.lang}\n${b.code}`);
    assert.deepEqual(
      byFile('i18n/en/docusaurus-plugin-content-docs/current/sre/'),
      byFile('docs/sre/'),
    );
  });
});

describe('the checks themselves', () => {
  test('bash -n rejects a broken snippet and a placeholder in angle brackets', () => {
    assert.match(bashSyntaxError('if true; then echo'), /syntax error|unexpected end of file/);
    assert.match(
      bashSyntaxError('aws rds describe-db-proxies --db-proxy-name <name>'),
      /syntax error/,
    );
    assert.equal(bashSyntaxError('echo "ok"'), '');
  });

  test('fences are found with their language and line', () => {
    const text = 'intro\n\n```bash\necho a\n```\n\n```json\n{"a": 1}\n```\n';
    assert.deepEqual(
      codeBlocks('x.mdx', text).map((b) => [b.line, b.lang, b.code]),
      [
        [3, 'bash', 'echo a'],
        [7, 'json', '{"a": 1}'],
      ],
    );
  });

  test('YAML that is not YAML is caught', () => {
    assert.throws(() => loadYaml('a: [1, 2'));
  });
});
