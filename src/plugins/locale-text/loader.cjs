/** Bundler loader around pruneOtherLocale; options: { locale }. */
const { pruneOtherLocale } = require('./prune.cjs');

module.exports = function localeTextLoader(source) {
  const { locale } = this.getOptions();
  return pruneOtherLocale(source, locale, this.resourcePath);
};
