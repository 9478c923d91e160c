import type { Message } from '../messages/message';

/** Why a configuration is not valid; `code` is stable for the UI, `message` is for people. */
export interface Violation {
  code:
    | 'wrong-vehicle'
    | 'missing-choice'
    | 'not-for-vehicle'
    | 'needs-zones'
    | 'not-measured'
    | 'no-mount'
    | 'unknown-item'
    | 'unknown-zone'
    | 'not-available-on-date'
    | 'duplicate-choice'
    | 'accessory-twice'
    | 'requires'
    | 'excludes'
    | 'only-on-trims'
    | 'subscription-unavailable'
    | 'printed-film-needs-artwork'
    | 'artwork-film-not-printed'
    | 'zone-assigned-twice'
    | 'decal-film-not-printed'
    | 'decal-size'
    | 'decal-normal'
    | 'tint-below-legal-vlt'
    | 'financing-term'
    | 'financing-down-payment'
    | 'unknown-promotion-code'
    | 'promotion-code-not-valid';
  message: Message;
  /** JSON path in the configuration, when the problem sits at one place. */
  path?: string;
  /** The catalog rule that was broken. */
  rule?: string;
  /** The option the violation is about, and the other option involved. */
  item?: string;
  other?: string;
  /** Zones involved (same-zone exclusions). */
  zones?: string[];
}
