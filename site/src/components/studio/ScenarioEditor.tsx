import { setDiagnostics } from '@codemirror/lint';
import { EditorSelection, EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { type Ref, useEffect, useImperativeHandle, useRef } from 'react';
import type { Finding, StudioVocabulary } from '../../../../engine/runtime.js';
import { studioEditorSetup } from './editor-setup.js';
import { findingDiagnostics, findingOffset } from './finding-diagnostics.js';
import { scenarioCompletions } from './scenario-completions.js';

/** What the rest of the studio may do to the editor. */
export interface EditorHandle {
  /** Puts the cursor at a 1-based line and column, scrolls it into view and focuses the editor. */
  goTo(line: number, column?: number): void;
}

/** Props of {@link ScenarioEditor}. */
export interface ScenarioEditorProps {
  /** Changes whenever another draft is opened: the editor then starts afresh, with its own undo history. */
  draftKey: string;
  /** The text the draft opens with (later changes come from typing). */
  initialText: string;
  /** The findings of the text as it is now, or undefined while it is being checked. */
  findings: readonly Finding[] | undefined;
  vocabulary: StudioVocabulary;
  onChange: (text: string) => void;
  ref?: Ref<EditorHandle>;
}

const KEYS_ID = 'studio-editor-keys';
const LABEL = 'Scenario text (MDX)';
const KEYS = 'Tab leaves the editor. Ctrl+Space offers what can go at the cursor (ids, guidance sections, principles, durations); Ctrl+Shift+M lists the findings.';

/**
 * The editor lives in a shadow root of its own. CodeMirror styles itself
 * at run time; in a document it does so with a `<style>` element, which the
 * site's Content-Security-Policy refuses (no 'unsafe-inline'), but in a
 * shadow root it uses a constructed style sheet, which the policy allows
 * (https://github.com/codemirror/dev/issues/395). The shadow root also
 * holds the keyboard hint the editor is described by, since ids do not
 * reach across a shadow root's edge.
 */
function editorRoot(host: HTMLElement): { shadow: ShadowRoot; parent: HTMLElement } {
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  shadow.replaceChildren();
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(':host { display: block; } .studio-editor-root { height: 100%; }');
  shadow.adoptedStyleSheets = [sheet];
  const keys = document.createElement('p');
  keys.id = KEYS_ID;
  keys.hidden = true;
  keys.textContent = KEYS;
  const parent = document.createElement('div');
  parent.className = 'studio-editor-root';
  shadow.append(keys, parent);
  return { shadow, parent };
}

/**
 * The scenario text, in CodeMirror 6: Markdown and the components
 * highlighted, line numbers, completions (Ctrl+Space), and the findings
 * marked where they are. Tab leaves the editor, as it leaves any field.
 *
 * @example
 * ```tsx
 * <ScenarioEditor ref={editor} draftKey={draft.id} initialText={draft.text} findings={check.findings} vocabulary={vocabulary} onChange={drafts.edit} />
 * ```
 */
export function ScenarioEditor({ draftKey, initialText, findings, vocabulary, onChange, ref }: ScenarioEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const latest = useRef({ vocabulary, onChange });
  latest.current = { vocabulary, onChange };

  useEffect(() => {
    const state = EditorState.create({
      doc: initialText,
      extensions: studioEditorSetup({
        completions: scenarioCompletions(() => latest.current.vocabulary),
        label: LABEL,
        describedBy: KEYS_ID,
        onChange: (text) => latest.current.onChange(text),
      }),
    });
    const { shadow, parent } = editorRoot(host.current!);
    const editor = new EditorView({ state, parent, root: shadow });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
    // A new editor state per draft; the text typed later is the editor's own.
  }, [draftKey]);

  useEffect(() => {
    const editor = view.current;
    if (!editor || findings === undefined) return;
    editor.dispatch(setDiagnostics(editor.state, findingDiagnostics(editor.state.doc, findings)));
  }, [findings, draftKey]);

  useImperativeHandle(ref, () => ({
    goTo(line, column = 1) {
      const editor = view.current;
      if (!editor) return;
      const at = findingOffset(editor.state.doc, { line, column });
      editor.dispatch({ selection: EditorSelection.cursor(at), effects: EditorView.scrollIntoView(at, { y: 'center' }) });
      editor.focus();
    },
  }));

  return (
    <div className="studio-editor">
      <p className="studio-editor__label" aria-hidden="true">
        <strong>{LABEL}</strong>
      </p>
      <p className="studio-editor__keys" aria-hidden="true">
        {KEYS}
      </p>
      <div className="studio-editor__host" ref={host} />
    </div>
  );
}
