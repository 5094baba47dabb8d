// js-yaml ships no types and is present only as a dependency of Docusaurus; these are the calls the tests use.
declare module 'js-yaml' {
  export function load(text: string): unknown;
  export function loadAll(text: string): unknown[];
}
