import type { ZoneTable } from '../catalog/zones';
import type { VehicleContext } from '../vehicle/context';

/** Context for rule checks: the car's zone table and the date (for availability windows and codes). */
export interface RuleContext {
  zones?: ZoneTable;
  /** YYYY-MM-DD; when given, items and promotion codes outside their windows are violations. */
  date?: string;
  /** The vehicle (absent = the catalog's launch EV): its kind, mounts and measured figures. */
  vehicle?: VehicleContext;
}
