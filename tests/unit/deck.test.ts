/**
 * The deck's content: the talk fits its 20 minutes (and the message names the slide where it
 * stops fitting), the story covers what the brief and the issue ask for, both locales have the
 * same slides with text and notes, the backup slides answer the four SRE questions, and links
 * only point at pages and sections that exist.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { model } from '../../diagrams/model/index';
import { l, locales } from '../../diagrams/model/text';
import { budgetProblems, formatDuration, talkSeconds } from '../../slides/budget';
import { buildDeck } from '../../slides/build';
import { deck, talkLimitSeconds } from '../../slides/deck';
import { docPages, sreAnchors, type SrePage } from '../../slides/links';
import type { Slide } from '../../slides/types';
import { assertValidDeck, deckProblems } from '../../slides/validate';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const slides: readonly Slide[] = deck;

function slide(id: string, seconds: number, part: Slide['part'] = 'talk'): Slide {
  return {
    id,
    part,
    seconds,
    layout: 'text',
    title: l(`Título ${id}`, `Title ${id}`),
    notes: l(`Notas de ${id}.`, `Notes for ${id}.`),
  };
}

describe('timing budget', () => {
  test(`the talk fits in ${formatDuration(talkLimitSeconds)}`, () => {
    const total = talkSeconds(slides);
    assert.ok(total <= talkLimitSeconds, `the talk is planned at ${formatDuration(total)}`);
    assert.deepEqual(budgetProblems(slides, talkLimitSeconds), []);
  });

  test('every slide has a whole, positive number of seconds', () => {
    for (const s of slides) {
      assert.ok(Number.isInteger(s.seconds) && s.seconds > 0, `slide "${s.id}": ${s.seconds} s`);
    }
  });

  test('an over-long talk is reported at the slide where time runs out', () => {
    const overBudget = [
      slide('opening', 300),
      slide('middle', 600),
      slide('long', 400),
      slide('closing', 60),
      slide('spare', 500, 'backup'),
    ];
    assert.deepEqual(budgetProblems(overBudget, 1200), [
      'the talk runs 22:40, over its 20:00 limit: slide "long" (talk slide 3 of 4, 6:40) ends at ' +
        '21:40; shorten it or a slide before it',
    ]);
    assert.throws(
      () => assertValidDeck(overBudget, 1200),
      (error: Error) => error.message.includes('slide "long"') && error.message.includes('22:40'),
    );
  });

  test('backup slides do not count against the talk', () => {
    assert.deepEqual(budgetProblems([slide('talk', 1200), slide('qa', 900, 'backup')], 1200), []);
  });

  test('a budget that is not a whole positive number is named', () => {
    assert.deepEqual(budgetProblems([slide('zero', 0), slide('half', 1.5)], 1200), [
      'slide "zero" has a time budget of 0 s: use a whole number of seconds above 0',
      'slide "half" has a time budget of 1.5 s: use a whole number of seconds above 0',
    ]);
  });
});

describe('structure', () => {
  test('the deck passes every structural check', () => {
    assert.deepEqual(deckProblems(slides, talkLimitSeconds), []);
  });

  test('the talk tells the story in order, then the backup slides follow', () => {
    const story = [
      'problem',
      'glance',
      'upload',
      'analysis',
      'retention',
      'availability',
      'security',
      'delivery',
      'observability',
      'cost',
      'provisioning',
      'next',
    ];
    const talk = slides.filter((s) => s.part === 'talk').map((s) => s.id);
    const positions = story.map((id) => talk.indexOf(id));
    assert.ok(
      !positions.includes(-1),
      `missing from the talk: ${story.filter((id) => !talk.includes(id))}`,
    );
    assert.deepEqual(
      positions,
      [...positions].sort((a, b) => a - b),
      'story order',
    );
    const firstBackup = slides.findIndex((s) => s.part === 'backup');
    assert.ok(firstBackup > 0, 'backup slides come after the talk');
    assert.ok(slides.slice(firstBackup).every((s) => s.part === 'backup'));
  });

  test('backup slides answer the four SRE questions of the brief', () => {
    const backup = new Set(slides.filter((s) => s.part === 'backup').map((s) => s.id));
    for (const id of ['dbFix', 'dbDebug', 'dbPrevent', 'sloDefine', 'sloTrack']) {
      assert.ok(backup.has(id), `no backup slide "${id}"`);
    }
  });

  test('both locales have the same slides, each with its text and notes', () => {
    const options = { root, prerendered: false, talkLimitSeconds, css: '' };
    const [ptBR, en] = locales.map((locale) => buildDeck(slides, locale, options));
    assert.ok(ptBR && en);
    const shape = (d: typeof ptBR) =>
      d.slides.map((s) => ({
        id: s.id,
        part: s.part,
        seconds: s.seconds,
        layout: s.layout,
        points: s.points.length,
        links: s.links.map((link) => link.to ?? link.href),
        view: s.diagram?.view,
        focus: s.diagram?.focus.map((f) => f.nodes ?? f.region),
      }));
    assert.deepEqual(shape(ptBR), shape(en));
    for (const built of [ptBR, en]) {
      for (const s of built.slides) {
        assert.ok(s.title.trim(), `${built.locale} "${s.id}": no title`);
        assert.ok(s.notes.length > 0, `${built.locale} "${s.id}": no notes`);
        assert.ok(
          s.notes.join(' ').split(/\s+/).length >= 10,
          `${built.locale} "${s.id}": notes too short`,
        );
      }
    }
  });

  test('zoom steps resolve to diagram nodes in both locales', () => {
    for (const locale of locales) {
      const built = buildDeck(slides, locale, {
        root,
        prerendered: false,
        talkLimitSeconds,
        css: '',
      });
      for (const s of built.slides) {
        for (const [i, step] of (s.diagram?.focus ?? []).entries()) {
          assert.ok(
            (step.nodes?.length ?? 0) > 0 || step.region,
            `${locale} "${s.id}" zoom step ${i + 1} has no region`,
          );
        }
      }
    }
  });

  test('structural mistakes are reported with the slide named', () => {
    const broken: Slide[] = [
      slide('first', 60),
      { ...slide('first', 60), layout: 'diagram' },
      slide('extra', 60, 'backup'),
      slide('late', 60),
      {
        ...slide('zoomed', 60, 'backup'),
        layout: 'diagram',
        diagram: {
          view: 'upload',
          focus: [{ caption: l('a', 'a'), region: [0.5, 0, 0.4, 1] }],
        },
      },
      {
        ...slide('wrong-node', 60, 'backup'),
        layout: 'split',
        diagram: { view: 'dr', focus: [{ caption: l('b', 'b'), components: ['cognito'] }] },
      },
      { ...slide('blank', 60, 'backup'), notes: l('', 'Notes.') },
    ];
    assert.deepEqual(deckProblems(broken, 1200), [
      'slide id "first" is used twice',
      'slide "first": layout "diagram" needs a diagram',
      'slide "zoomed", zoom step 1: region [0.5, 0, 0.4, 1] must be fractions with left < right, top < bottom',
      'slide "wrong-node", zoom step 1: component "cognito" is not drawn in view "dr"',
      'slide "blank": notes is empty in pt-BR',
      'slide "late" is a talk slide placed after the backup slides',
    ]);
  });
});

describe('links', () => {
  test('every declared SRE section exists in both locales', () => {
    for (const [page, anchors] of Object.entries(sreAnchors) as [SrePage, readonly string[]][]) {
      for (const file of docPages[page].files) {
        const text = readFileSync(join(root, file), 'utf8');
        for (const anchor of anchors) {
          assert.ok(text.includes(`{/* #${anchor} */}`), `${file} has no section #${anchor}`);
        }
      }
    }
  });

  test('the SRE backup slides link to the SRE pages, not to the overview', () => {
    const sre = new Set<string>(Object.keys(sreAnchors));
    for (const id of ['dbFix', 'dbDebug', 'dbPrevent', 'sloDefine', 'sloTrack']) {
      const links = slides.find((s) => s.id === id)?.links ?? [];
      const docs = links.flatMap((link) => ('doc' in link ? [link.doc] : []));
      assert.ok(
        docs.some((doc) => sre.has(doc)),
        `slide "${id}" links to no SRE page`,
      );
      assert.ok(!docs.includes('overview'), `slide "${id}" still links to the overview`);
    }
  });

  test('site links point at existing pages, in both locales, and at existing sections', () => {
    for (const s of slides) {
      for (const link of s.links ?? []) {
        if ('href' in link) {
          assert.match(link.href, /^https:\/\//);
          continue;
        }
        for (const file of docPages[link.doc].files) {
          assert.ok(existsSync(join(root, file)), `slide "${s.id}": ${file} does not exist`);
          // The overview and the SRE pages give their sections explicit ids shared by both locales.
          if (link.doc !== 'components' && 'anchor' in link && link.anchor) {
            assert.ok(
              readFileSync(join(root, file), 'utf8').includes(`{/* #${link.anchor} */}`),
              `slide "${s.id}": ${file} has no section #${link.anchor}`,
            );
          }
        }
        if (link.doc === 'components' && link.anchor) {
          assert.ok(
            link.anchor in model.components,
            `slide "${s.id}": no component ${link.anchor}`,
          );
        }
      }
    }
  });
});
