/**
 * Checks the compiler cannot make: unique ids, backup slides after the talk, text and notes in
 * both languages, a diagram exactly where the layout has room for one, zoom steps that name
 * components drawn in the view, and the timing budget. The site build runs it through the deck
 * plugin, so a broken deck fails the build with the slide named.
 */
import { model } from '../diagrams/model/index';
import { locales } from '../diagrams/model/text';
import { renderView } from '../diagrams/render/index';
import { budgetProblems } from './budget';
import type { Slide, SlideLayout, Text } from './types';

const withDiagram: ReadonlySet<SlideLayout> = new Set(['diagram', 'split']);

function blankLocales(text: Text | undefined): string[] {
  if (!text) return [];
  return locales.filter((locale) => text[locale].trim() === '');
}

function textProblems(slide: Slide): string[] {
  const fields: [string, Text | undefined][] = [
    ['title', slide.title],
    ['notes', slide.notes],
    ['kicker', slide.kicker],
    ['lead', slide.lead],
    ...(slide.points ?? []).map((p, i): [string, Text] => [`point ${i + 1}`, p]),
    ...(slide.links ?? []).map((link, i): [string, Text] => [`link ${i + 1}`, link.label]),
    ...(slide.diagram?.focus ?? []).map((f, i): [string, Text] => [
      `zoom step ${i + 1}`,
      f.caption,
    ]),
  ];
  return fields.flatMap(([field, text]) =>
    blankLocales(text).map((locale) => `slide "${slide.id}": ${field} is empty in ${locale}`),
  );
}

function diagramProblems(slide: Slide): string[] {
  const { diagram } = slide;
  if (!withDiagram.has(slide.layout)) {
    return diagram
      ? [`slide "${slide.id}": layout "${slide.layout}" has no room for a diagram`]
      : [];
  }
  if (!diagram) return [`slide "${slide.id}": layout "${slide.layout}" needs a diagram`];
  const drawn = new Set(Object.values(renderView(model, diagram.view, 'pt-BR').nodes));
  return (diagram.focus ?? []).flatMap((step, i) => {
    const where = `slide "${slide.id}", zoom step ${i + 1}`;
    if ('region' in step) {
      const [left, top, right, bottom] = step.region;
      const inside = (a: number, b: number) => a >= 0 && a < b && b <= 1;
      return inside(left, right) && inside(top, bottom)
        ? []
        : [
            `${where}: region [${step.region.join(', ')}] must be fractions with left < right, top < bottom`,
          ];
    }
    if (step.components.length === 0) return [`${where}: names no component`];
    return step.components
      .filter((id) => !drawn.has(id))
      .map((id) => `${where}: component "${id}" is not drawn in view "${diagram.view}"`);
  });
}

export function deckProblems(slides: readonly Slide[], limitSeconds: number): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const slide of slides) {
    if (seen.has(slide.id)) problems.push(`slide id "${slide.id}" is used twice`);
    seen.add(slide.id);
    if (!/^[A-Za-z][A-Za-z0-9-]*$/.test(slide.id)) {
      problems.push(
        `slide id "${slide.id}" must be letters, digits and dashes (it is a URL fragment)`,
      );
    }
    problems.push(...textProblems(slide), ...diagramProblems(slide));
  }
  const firstBackup = slides.findIndex((s) => s.part === 'backup');
  const lateTalk =
    firstBackup < 0 ? undefined : slides.slice(firstBackup).find((s) => s.part === 'talk');
  if (lateTalk)
    problems.push(`slide "${lateTalk.id}" is a talk slide placed after the backup slides`);
  if (!slides.some((s) => s.part === 'talk')) problems.push('the deck has no talk slides');
  return [...problems, ...budgetProblems(slides, limitSeconds)];
}

export function assertValidDeck(slides: readonly Slide[], limitSeconds: number): void {
  const problems = deckProblems(slides, limitSeconds);
  if (problems.length > 0) {
    throw new Error(
      `The deck (slides/) is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }
}
