/**
 * Drops the other locale's half of every `l(ptBR, en)` call in a source file, so a locale's
 * build ships only its own prose. Each locale is built separately, and the component notes
 * (most of the component reference's JavaScript) would otherwise carry both languages.
 *
 * Plain CommonJS: the bundler loads its loaders with require(), without a TypeScript step.
 */
const ts = require('typescript');

/** Argument index of each locale in `l(ptBR, en)`. */
const argumentOf = { 'pt-BR': 0, en: 1 };

/**
 * @param {string} source TypeScript source
 * @param {'pt-BR' | 'en'} keep the locale being built
 * @param {string} fileName for the parser and for error messages
 * @returns {string} the source with the other locale's strings replaced by ''
 */
function pruneOtherLocale(source, keep, fileName) {
  const kept = argumentOf[keep];
  if (kept === undefined) throw new Error(`locale-text: unknown locale "${keep}" for ${fileName}`);
  const file = ts.createSourceFile(
    fileName,
    source,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TS,
  );
  /** @type {{ start: number; end: number }[]} */
  const drops = [];
  const visit = (node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'l' &&
      node.arguments.length === 2
    ) {
      const dropped = node.arguments[1 - kept];
      drops.push({ start: dropped.getStart(file), end: dropped.getEnd() });
      // The kept argument may itself contain calls (rare, but a template can nest one).
      ts.forEachChild(node.arguments[kept], visit);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const { start, end } of drops.sort((a, b) => b.start - a.start))
    out = `${out.slice(0, start)}''${out.slice(end)}`;
  return out;
}

module.exports = { pruneOtherLocale };
