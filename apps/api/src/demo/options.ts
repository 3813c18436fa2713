/** What `leadstatus seed --demo` can vary; everything else follows from the seed. */
export interface DemoOptions {
  seed: number;
  leads: number;
  days: number;
}

export const DEFAULT_DEMO_OPTIONS: DemoOptions = { seed: 42, leads: 3000, days: 30 };

/**
 * Inclusive bounds: under 20 leads some campaigns would be empty; under 7 days no sequence can
 * complete before the re-engagement campaign looks for Completed leads.
 */
export const DEMO_OPTION_BOUNDS: Record<keyof DemoOptions, { min: number; max: number }> = {
  seed: { min: 0, max: 4_294_967_295 },
  leads: { min: 20, max: 100_000 },
  days: { min: 7, max: 365 },
};
