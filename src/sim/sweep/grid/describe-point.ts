import type { SettingValue } from './values.js';

/** `turnout=0.7, elimination=top-two`: a point in a few words (the last segment of each path). */
export function describePoint(values: Readonly<Record<string, SettingValue>>): string {
  return Object.entries(values).map(([path, value]) => `${path.split('.').at(-1)}=${String(value)}`).join(', ') || 'the scenario as written';
}
