/**
 * Ink's `Text`, with every string in it sanitised for the terminal
 * (`sanitiseTerminalText`) before Ink styles and draws it: the only `Text`
 * the full-screen apps use.
 *
 * Why here, and not where lines are built (`wrapSpans`, `StyledLines`):
 * Ink draws words only inside a `<Text>`, so every word on screen passes
 * through this component, while many never pass through a line builder (the
 * status bar's title, a saved session's title in the start menu, a
 * workshop's choice labels are handed to `<Text>` directly). A test
 * (tests/cli/app/components/Text.test.tsx) fails when any module imports
 * Ink's own `Text` or `Transform`, so nothing can go round it. Ink adds its
 * colour codes later, in its own render, so they are untouched; Ink 6 does
 * strip cursor movement and screen clearing from text, but keeps OSC
 * sequences (which set the window title) and passes C1, bidi and lone
 * carriage returns, so its own filtering is not enough.
 *
 * A string rendered by a component given as a child would not pass through
 * here; the app's components render `Text`, never bare strings.
 */
import { Text as InkText, type TextProps } from 'ink';
import { Children, cloneElement, Fragment, isValidElement, type ReactNode } from 'react';
import { sanitiseTerminalText } from '../../terminal/index.js';

/** Children with every string sanitised, inside fragments and lists too. */
function sanitiseChildren(children: ReactNode): ReactNode {
  return Children.map(children, (child): ReactNode => {
    if (typeof child === 'string') return sanitiseTerminalText(child);
    if (isValidElement<{ children?: ReactNode }>(child) && child.type === Fragment) return cloneElement(child, undefined, sanitiseChildren(child.props.children));
    return child;
  });
}

/**
 * Text in the terminal: Ink's `Text`, its words made safe.
 *
 * @example
 * <Text bold>{scenario.frontmatter.title}</Text>
 */
export function Text({ children, 'aria-label': ariaLabel, ...props }: TextProps) {
  return (
    <InkText {...props} {...(ariaLabel === undefined ? {} : { 'aria-label': sanitiseTerminalText(ariaLabel) })}>
      {sanitiseChildren(children)}
    </InkText>
  );
}
