/**
 * The studio editor's CodeMirror extensions: line numbers, history,
 * highlighting, completion from the scenario vocabulary, the findings as
 * diagnostics, and the editor's look in the site's colours. Tab is left
 * alone, so it moves focus on out of the editor as everywhere else on the
 * page (CodeMirror's default keymap does not bind it).
 */
import { autocompletion, type CompletionSource, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { bracketMatching, indentOnInput } from '@codemirror/language';
import { lintGutter, lintKeymap } from '@codemirror/lint';
import type { Extension } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, highlightActiveLineGutter, highlightSpecialChars, keymap, lineNumbers } from '@codemirror/view';
import { scenarioLanguage } from './editor-language.js';

/** The editor's look: the site's font sizes, colours and focus ring. */
const studioTheme = EditorView.theme({
  '&': { fontSize: '0.85rem', border: '2px solid #0b0c0c', backgroundColor: '#ffffff', color: '#0b0c0c', height: '100%' },
  '&.cm-focused': { outline: '3px solid #ffdd00', outlineOffset: '0', boxShadow: 'inset 0 0 0 2px #0b0c0c' },
  '.cm-scroller': { fontFamily: "ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace", lineHeight: '1.5' },
  '.cm-content': { padding: '0.5rem 0' },
  '.cm-gutters': { backgroundColor: '#f3f2f1', color: '#484949', borderRight: '1px solid #b1b4b6' },
  '.cm-activeLine': { backgroundColor: '#f3f2f1' },
  '.cm-activeLineGutter': { backgroundColor: '#dbdad9', color: '#0b0c0c' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': { backgroundColor: '#bbd4ea' },
  '.cm-cursor': { borderLeftColor: '#0b0c0c', borderLeftWidth: '2px' },
  '.cm-tooltip': { border: '2px solid #0b0c0c', backgroundColor: '#ffffff', color: '#0b0c0c' },
  '.cm-tooltip-autocomplete ul li[aria-selected]': { backgroundColor: '#1d5fa0', color: '#ffffff' },
  '.cm-completionDetail': { fontStyle: 'normal', marginLeft: '0.75em' },
  '.cm-diagnostic': { padding: '0.25rem 0.5rem', maxWidth: '40rem', whiteSpace: 'pre-wrap' },
  '.cm-diagnostic-error': { borderLeft: '5px solid #a3251b' },
  '.cm-diagnostic-warning': { borderLeft: '5px dashed #0b0c0c' },
  '.cm-lintRange-error': { backgroundImage: 'none', textDecoration: 'underline wavy #a3251b', textUnderlineOffset: '3px' },
  '.cm-lintRange-warning': { backgroundImage: 'none', textDecoration: 'underline dashed #0b0c0c', textUnderlineOffset: '3px' },
});

/**
 * Typing over a selection that spans lines is done here rather than left to
 * the browser: Chromium deletes such a selection itself, merging the lines'
 * elements and copying their look onto the merged line as an inline style,
 * which the site's Content-Security-Policy refuses (a console error on each
 * such keystroke). CodeMirror draws the line again either way.
 */
const typeOverLines = EditorView.domEventHandlers({
  beforeinput(event, view) {
    const { state } = view;
    const spansLines = state.selection.ranges.some((range) => state.doc.lineAt(range.from).number !== state.doc.lineAt(range.to).number);
    if (event.inputType !== 'insertText' || event.data === null || !spansLines) return false;
    event.preventDefault();
    view.dispatch(state.replaceSelection(event.data), { userEvent: 'input.type', scrollIntoView: true });
    return true;
  },
});

/** What the editor is told from outside. */
export interface EditorSetupOptions {
  /** Completions at the cursor. */
  completions: CompletionSource;
  /** The editor's name (the same words as its visible label, which a shadow root keeps ids from reaching). */
  label: string;
  /** The id of the keyboard hint, in the editor's own root. */
  describedBy: string;
  /** Called with the whole text after every change. */
  onChange: (text: string) => void;
}

/**
 * Every extension of the studio editor.
 *
 * @example
 * EditorState.create({ doc: text, extensions: studioEditorSetup({ completions, label: 'Scenario text (MDX)', describedBy: 'editor-keys', onChange }) });
 */
export function studioEditorSetup(options: EditorSetupOptions): Extension {
  return [
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightSpecialChars(),
    history(),
    drawSelection(),
    indentOnInput(),
    bracketMatching(),
    highlightActiveLine(),
    EditorView.lineWrapping,
    scenarioLanguage(),
    autocompletion({ override: [options.completions], icons: false }),
    lintGutter(),
    keymap.of([...completionKeymap, ...defaultKeymap, ...historyKeymap, ...lintKeymap]),
    studioTheme,
    typeOverLines,
    // tabindex: the text is in the tab order already (it is editable); saying so lets checkers see the scrolling area can be reached.
    EditorView.contentAttributes.of({ tabindex: '0', 'aria-label': options.label, 'aria-describedby': options.describedBy, spellcheck: 'true', lang: 'en-GB' }),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) options.onChange(update.state.doc.toString());
    }),
  ];
}
