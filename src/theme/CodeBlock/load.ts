/** The highlighter's chunk: one import shared by the lazy code block and the early start. */
export const loadHighlighted = () => import('./Highlighted');
