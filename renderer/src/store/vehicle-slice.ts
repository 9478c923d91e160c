import type { VehicleDetail } from '@contract/vehicle-contract';
import type { VehicleKind, VehicleSummary } from '@domain/vehicle/vehicle';
import { BUILT_IN_VEHICLE_ID } from '@domain/vehicle/vehicle';
import type { StateCreator } from 'zustand';

/** The shop's vehicle library as the page knows it, and the vehicle being configured. */
export interface VehicleSlice {
  /** Every library vehicle (damaged ones included); null until listed. */
  vehicles: VehicleSummary[] | null;
  /** Why the library could not be listed (shown to staff), else null. */
  vehiclesProblem: string | null;
  /** Id of the vehicle being configured (`compact-ev`: the launch EV). */
  vehicleId: string;
  /** The library vehicle being configured with its manifest and report; null for the launch EV. */
  vehicle: VehicleDetail | null;
  /** Kiosk: the customer has picked their car this session (the tiles give way to the steps). */
  vehiclePicked: boolean;
  setVehicles: (vehicles: VehicleSummary[] | null, problem?: string | null) => void;
  /** Puts a library vehicle (or the launch EV, with null) in configuration. */
  setVehicle: (vehicle: VehicleDetail | null) => void;
  setVehiclePicked: (picked: boolean) => void;
}

/** The vehicle slice. */
export const createVehicleSlice: StateCreator<VehicleSlice, [], [], VehicleSlice> = (set) => ({
  vehicles: null,
  vehiclesProblem: null,
  vehicleId: BUILT_IN_VEHICLE_ID,
  vehicle: null,
  vehiclePicked: false,
  setVehicles: (vehicles, vehiclesProblem = null) => set({ vehicles, vehiclesProblem }),
  setVehicle: (vehicle) => set({ vehicle, vehicleId: vehicle?.summary.id ?? BUILT_IN_VEHICLE_ID }),
  setVehiclePicked: (vehiclePicked) => set({ vehiclePicked }),
});

/** The kind of the vehicle being configured: the launch EV is a new car, a library car a service vehicle. */
export function vehicleKindOf(s: Pick<VehicleSlice, 'vehicle'>): VehicleKind {
  return s.vehicle?.summary.kind ?? 'new-car';
}
