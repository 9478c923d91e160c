import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { create } from 'zustand';
import './context-loss.css';

/** The WebGL context's state: lost (the browser or GPU driver took it), and how many times it came back. */
interface ContextLossState {
  lost: boolean;
  /** Bumped on every restore: parts holding GPU-only data (baked environment maps) remount on it. */
  generation: number;
  /** Bumped by the "reload now" button: the whole canvas remounts with a new context. */
  canvasKey: number;
}

/** The stage's context-loss state (read by Stage for keys and by the overlay). */
export const useContextLoss = create<ContextLossState>(() => ({ lost: false, generation: 0, canvasKey: 0 }));

/**
 * Inside the canvas: on `webglcontextlost` marks the stage not ready; on `webglcontextrestored` (three
 * re-creates its GL state and re-uploads buffers, textures and programs) bumps the generation so baked
 * environment maps are rebuilt, draws, and marks `<html data-scene-ready>` again after the first frame.
 */
export function ContextLossGuard() {
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  const generation = useContextLoss((s) => s.generation);
  const awaitingFrame = useRef(false);
  useEffect(() => {
    const canvas = gl.domElement;
    const onLost = () => {
      delete document.documentElement.dataset.sceneReady;
      useContextLoss.setState({ lost: true });
    };
    const onRestored = () => useContextLoss.setState((s) => ({ lost: false, generation: s.generation + 1 }));
    canvas.addEventListener('webglcontextlost', onLost);
    canvas.addEventListener('webglcontextrestored', onRestored);
    return () => {
      canvas.removeEventListener('webglcontextlost', onLost);
      canvas.removeEventListener('webglcontextrestored', onRestored);
      useContextLoss.setState({ lost: false });
    };
  }, [gl]);
  // After the remounted parts have committed (their effects run before the next frame), draw and mark ready.
  useEffect(() => {
    if (generation === 0) return;
    awaitingFrame.current = true;
    invalidate();
  }, [generation, invalidate]);
  useFrame(() => {
    if (!awaitingFrame.current) return;
    awaitingFrame.current = false;
    requestAnimationFrame(() => {
      document.documentElement.dataset.sceneReady = 'true';
      window.dispatchEvent(new Event('scene-ready'));
    });
  });
  return null;
}

/** Over the stage while the context is lost: says the view is being restored, with a way to force it. */
export function ContextLossNotice() {
  const { t } = useTranslation();
  const lost = useContextLoss((s) => s.lost);
  if (!lost) return null;
  return (
    <div className="scene-restoring" role="status" data-testid="scene-restoring">
      {t('recovery.restoring')}{' '}
      <button
        type="button"
        onClick={() => useContextLoss.setState((s) => ({ lost: false, canvasKey: s.canvasKey + 1 }))}
      >
        {t('recovery.restartNow')}
      </button>
    </div>
  );
}
