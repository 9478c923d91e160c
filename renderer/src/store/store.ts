import { create } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';
import { type CompareSlice, createCompareSlice } from './compare-slice';
import { type ConfigurationSlice, createConfigurationSlice } from './configuration-slice';
import { createSessionSlice, type SessionSlice } from './session-slice';
import { createUiSlice, type UiSlice } from './ui-slice';
import { createVehicleSlice, type VehicleSlice } from './vehicle-slice';

/** The whole configurator state: configuration, ui, session, sales compare and vehicle slices. */
export type ConfiguratorState = ConfigurationSlice & UiSlice & SessionSlice & CompareSlice & VehicleSlice;

/** Creates a configurator store (tests make their own; the app uses `useConfigurator`). */
export function createConfiguratorStore() {
  return create<ConfiguratorState>()(
    subscribeWithSelector((...a) => ({
      ...createConfigurationSlice(...a),
      ...createUiSlice(...a),
      ...createSessionSlice(...a),
      ...createCompareSlice(...a),
      ...createVehicleSlice(...a),
    })),
  );
}

/** The app's configurator store. */
export const useConfigurator = createConfiguratorStore();

/** The store API type (what the controller and bridges take). */
export type ConfiguratorStore = ReturnType<typeof createConfiguratorStore>;
