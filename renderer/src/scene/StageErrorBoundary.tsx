import { Component, type ReactNode } from 'react';

/** Keeps a failure inside the 3D stage from taking the whole app down: the panels stay usable and a message shows. */
export class StageErrorBoundary extends Component<{ children: ReactNode }, { error: string | null }> {
  override state = { error: null as string | null };

  static getDerivedStateFromError(error: unknown): { error: string } {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  override render(): ReactNode {
    if (this.state.error === null) return this.props.children;
    return (
      <div className="scene-hud-error" role="alert" style={{ position: 'absolute', left: 12, top: 12 }}>
        The 3D preview stopped ({this.state.error}).{' '}
        <button type="button" onClick={() => this.setState({ error: null })}>
          Restart preview
        </button>
      </div>
    );
  }
}
