import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { DesignerPanel } from './designer/DesignerPanel';
import { KioskFrame } from './kiosk/KioskFrame';
import { kioskSession } from './kiosk/session';
import { AppHeader } from './panels/AppHeader';
import { ConfiguratorPanel } from './panels/ConfiguratorPanel';
import { ComparePanel } from './sales/ComparePanel';
import { SlotSwitch } from './sales/SlotSwitch';
import { startConfigurator } from './store/boot';
import { useConfigurator } from './store/store';
import { VehiclesPanel } from './vehicles/VehiclesPanel';

/** The 3D stage loads as its own chunk: three.js stays out of the initial bundle (bench budget ≤ 450 KB gzip). */
const Stage = lazy(() => import('./scene/Stage').then((m) => ({ default: m.Stage })));

/** The app frame: the 3D stage as the hero, the configurator panel beside it (below it in portrait). */
export function App() {
  const { i18n } = useTranslation();
  // Once per launch; i18n changes identity on every language switch.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once.
  useEffect(() => startConfigurator(i18n), []);
  const kiosk = useConfigurator((s) => s.appInfo?.kiosk ?? false);
  const idleSeconds = useConfigurator((s) => s.appInfo?.idleSeconds ?? 90);
  const workspace = useConfigurator((s) => (kiosk ? 'configure' : s.workspace));
  return (
    <KioskFrame enabled={kiosk} idleSeconds={idleSeconds} hooks={kioskSession}>
      {(session) => (
        <div className="app" data-workspace={workspace}>
          <AppHeader key={`header-${session}`} />
          <main className="stage">
            <Suspense fallback={null}>
              <Stage />
            </Suspense>
            <SlotSwitch />
          </main>
          {workspace === 'configure' && <ConfiguratorPanel key={`panel-${session}`} />}
          {workspace === 'compare' && <ComparePanel />}
          {workspace === 'design' && <DesignerPanel />}
          {workspace === 'vehicles' && <VehiclesPanel />}
        </div>
      )}
    </KioskFrame>
  );
}
