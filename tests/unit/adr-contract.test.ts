/**
 * Contract for the architecture decision records: every ADR page, in both locales, has a status
 * and a date, exactly the four sections in order (with pros and cons per option and positive and
 * negative consequences), and the typed list behind the index names every page.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { decisions, statusLabels } from '../../src/components/DecisionIndex/decisions';

const root = process.cwd();
const locales = {
  'pt-BR': {
    dir: join(root, 'docs/decisions'),
    sections: ['Contexto', 'Opções consideradas', 'Decisão', 'Consequências'],
    statusLine: /^\*\*Status:\*\* (.+?) · \*\*Data:\*\* (\d{4}-\d{2}-\d{2})$/m,
    pros: '**Prós:**',
    cons: '**Contras:**',
    positive: '**Positivas**',
    negative: '**Negativas**',
  },
  en: {
    dir: join(root, 'i18n/en/docusaurus-plugin-content-docs/current/decisions'),
    sections: ['Context', 'Options considered', 'Decision', 'Consequences'],
    statusLine: /^\*\*Status:\*\* (.+?) · \*\*Date:\*\* (\d{4}-\d{2}-\d{2})$/m,
    pros: '**Pros:**',
    cons: '**Cons:**',
    positive: '**Positive**',
    negative: '**Negative**',
  },
} as const;

type Locale = keyof typeof locales;

function adrFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /^adr-\d{4}-.+\.mdx$/.test(f))
    .sort();
}

/** The text under each `## ` heading, in order, with the heading's title (anchor comment removed). */
function sections(text: string): { title: string; body: string }[] {
  const parts = text.split(/^## /m).slice(1);
  return parts.map((part) => {
    const newline = part.indexOf('\n');
    const title = part
      .slice(0, newline)
      .replace(/\{\/\*.*?\*\/\}/g, '')
      .trim();
    return { title, body: part.slice(newline + 1) };
  });
}

function frontMatterTitle(text: string): string | undefined {
  return /^---\n[\s\S]*?^title: (.+)$[\s\S]*?^---/m.exec(text)?.[1]?.trim();
}

test('there are at least 12 ADRs and both locales have the same files', () => {
  const pt = adrFiles(locales['pt-BR'].dir);
  assert.ok(pt.length >= 12, `only ${pt.length} ADRs`);
  assert.deepEqual(adrFiles(locales.en.dir), pt);
});

/** Everything wrong with one ADR page, each message naming the file. */
function adrProblems(locale: Locale, file: string, text: string): string[] {
  const spec = locales[locale];
  const problems: string[] = [];
  if (!spec.statusLine.test(text))
    problems.push(`${locale} ${file}: no "**Status:** … · date" line`);
  const found = sections(text);
  const titles = found.map((s) => s.title);
  if (JSON.stringify(titles) !== JSON.stringify(spec.sections)) {
    problems.push(
      `${locale} ${file}: sections are [${titles.join(', ')}], must be exactly [${spec.sections.join(', ')}]`,
    );
    return problems;
  }
  const [, options, , consequences] = found;
  const optionBlocks = options!.body.split(/^### /m).slice(1);
  if (optionBlocks.length < 2)
    problems.push(`${locale} ${file}: fewer than two options considered`);
  for (const block of optionBlocks) {
    const name = block.slice(0, block.indexOf('\n'));
    if (!block.includes(spec.pros) || !block.includes(spec.cons))
      problems.push(`${locale} ${file}: option "${name}" lacks ${spec.pros} or ${spec.cons}`);
  }
  if (!consequences!.body.includes(spec.positive) || !consequences!.body.includes(spec.negative))
    problems.push(`${locale} ${file}: consequences lack ${spec.positive} or ${spec.negative}`);
  return problems;
}

for (const locale of Object.keys(locales) as Locale[]) {
  const spec = locales[locale];

  test(`${locale}: every ADR has a status, a date and exactly the four sections in order`, () => {
    const problems = adrFiles(spec.dir).flatMap((file) =>
      adrProblems(locale, file, readFileSync(join(spec.dir, file), 'utf8')),
    );
    assert.deepEqual(problems, []);
  });

  test(`${locale}: the index lists every ADR with its title, status and date`, () => {
    const listed = new Map<string, (typeof decisions)[number]>(
      decisions.map((d) => [`${d.file}.mdx`, d]),
    );
    for (const file of adrFiles(spec.dir)) {
      const record = listed.get(file);
      assert.ok(
        record,
        `${locale} ${file} is missing from src/components/DecisionIndex/decisions.ts`,
      );
      const text = readFileSync(join(spec.dir, file), 'utf8');
      assert.equal(
        frontMatterTitle(text),
        record.title[locale],
        `${locale} ${file}: title differs from the index`,
      );
      const [, status, date] = spec.statusLine.exec(text) ?? [];
      assert.equal(
        status,
        statusLabels[record.status][locale],
        `${locale} ${file}: status differs from the index`,
      );
      assert.equal(date, record.date, `${locale} ${file}: date differs from the index`);
    }
    for (const d of decisions)
      assert.ok(
        adrFiles(spec.dir).includes(`${d.file}.mdx`),
        `${locale}: the index names ${d.file}, which has no page`,
      );
    const index = readFileSync(join(spec.dir, 'index.mdx'), 'utf8');
    assert.match(
      index,
      /<DecisionIndex \/>/,
      `${locale} decisions/index.mdx does not render <DecisionIndex />`,
    );
  });
}

test('ADR numbers are unique, consecutive and match the file names', () => {
  decisions.forEach((d, i) => {
    assert.equal(d.number, i + 1, `${d.file}: expected number ${i + 1}`);
    assert.ok(
      d.file.startsWith(`adr-${String(d.number).padStart(4, '0')}-`),
      `${d.file}: number mismatch`,
    );
  });
});

test('the checks catch a broken page, naming it', () => {
  const missingSection =
    '---\ntitle: X\n---\n\n**Status:** Aceita · **Data:** 2026-01-01\n\n## Contexto\n\n## Decisão\n';
  assert.match(
    adrProblems('pt-BR', 'adr-9999-x.mdx', missingSection).join(),
    /adr-9999-x\.mdx: sections are \[Contexto, Decisão\]/,
  );
  const noStatusOneOption = [
    '---\ntitle: X\n---',
    '## Context',
    '## Options considered',
    '### Only one\n\n- **Pros:** a\n- **Cons:** b',
    '## Decision',
    '## Consequences\n\n**Positive**\n\n- a',
  ].join('\n\n');
  const problems = adrProblems('en', 'adr-9998-y.mdx', noStatusOneOption).join('\n');
  assert.match(problems, /adr-9998-y\.mdx: no "\*\*Status:\*\*/);
  assert.match(problems, /adr-9998-y\.mdx: fewer than two options/);
  assert.match(problems, /adr-9998-y\.mdx: consequences lack/);
});
