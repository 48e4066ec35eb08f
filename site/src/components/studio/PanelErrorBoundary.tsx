import { Component, type ReactNode } from 'react';

/** Props of {@link PanelErrorBoundary}. */
export interface PanelErrorBoundaryProps {
  /** What the panel is, for the sentence: "The preview". */
  what: string;
  children: ReactNode;
}

/**
 * Keeps a failure inside one panel (a draft the player cannot start, a map
 * the browser cannot draw) from taking the editor, and the author's text,
 * down with it: the panel says what stopped, and tries again.
 *
 * @example
 * ```tsx
 * <PanelErrorBoundary what="The preview"><PreviewPanel … /></PanelErrorBoundary>
 * ```
 */
export class PanelErrorBoundary extends Component<PanelErrorBoundaryProps, { failed: string | undefined }> {
  override state = { failed: undefined as string | undefined };

  static getDerivedStateFromError(error: unknown) {
    return { failed: error instanceof Error ? error.message : String(error) };
  }

  override render() {
    if (this.state.failed === undefined) return this.props.children;
    return (
      <div className="notice notice--alert" role="alert">
        <p>
          {this.props.what} stopped inside Common Ground ({this.state.failed}). Your draft is safe in the editor.
        </p>
        <p className="notice__actions">
          <button type="button" className="button button--secondary" onClick={() => this.setState({ failed: undefined })}>
            Try again
          </button>
        </p>
      </div>
    );
  }
}
