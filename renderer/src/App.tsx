import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { AppHeader } from './panels/AppHeader';
import { ConfiguratorPanel } from './panels/ConfiguratorPanel';
import { Stage } from './scene/Stage';
import { startConfigurator } from './store/boot';

/** The app frame: the 3D stage as the hero, the configurator panel beside it (below it in portrait). */
export function App() {
  const { i18n } = useTranslation();
  // Once per launch; i18n changes identity on every language switch.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once.
  useEffect(() => startConfigurator(i18n), []);
  return (
    <div className="app">
      <AppHeader />
      <main className="stage">
        <Stage />
      </main>
      <ConfiguratorPanel />
    </div>
  );
}
