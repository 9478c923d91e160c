import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api';

/** The friendly message shown in place of the 3D stage, in the current language, with a restart button. */
function StageError({ onRestart }: { onRestart: () => void }) {
  const { t } = useTranslation();
  return (
    <div
      className="scene-hud-error"
      role="alert"
      style={{ position: 'absolute', left: 12, top: 12, right: 12 }}
    >
      {t('scene.stopped')}{' '}
      <button type="button" onClick={onRestart}>
        {t('scene.restart')}
      </button>
    </div>
  );
}

/** Keeps a failure inside the 3D stage from taking the whole app down: the panels stay usable and a message shows. */
export class StageErrorBoundary extends Component<{ children: ReactNode }, { error: string | null }> {
  override state = { error: null as string | null };

  static getDerivedStateFromError(error: unknown): { error: string } {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  override componentDidCatch(error: unknown): void {
    // The technical reason goes to main's log, not to the customer.
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    void call('log:report', { level: 'error', message: message.slice(0, 4000), source: '3d-stage' });
  }

  override render(): ReactNode {
    if (this.state.error === null) return this.props.children;
    return <StageError onRestart={() => this.setState({ error: null })} />;
  }
}
