import type { PortalResult } from './generated/operations';

type Colours = NonNullable<NonNullable<PortalResult['portalBySlug']>['colours']>;

const DEFAULT_COLOURS: Colours = { primary: '#1d4f91', secondary: '#eef2f7', accent: '#f2a900' };

function channels(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** WCAG relative luminance. */
function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The colour darkened (or lightened) by steps until it reaches `ratio` against `background`. */
function readableOn(colour: string, background: string, ratio: number): string {
  let [r, g, b] = channels(colour);
  const darken = luminance(background) > 0.18;
  let candidate = colour;
  for (let step = 0; step < 40 && contrast(candidate, background) < ratio; step++) {
    [r, g, b] = [r, g, b].map((c) => Math.round(darken ? c * 0.9 : c + (255 - c) * 0.1)) as [
      number,
      number,
      number,
    ];
    candidate = `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
  }
  return candidate;
}

/**
 * The portal's colours from the CMS as CSS variables, adjusted where needed so that text keeps a
 * contrast of 4.5:1 (RGAA 3.2) whatever an editor chose: links and headings in the primary colour
 * on white and on the secondary colour, the header's text on the primary colour.
 */
export function applyTheme(colours: Colours | null, root: HTMLElement = document.documentElement): void {
  const { primary, secondary, accent } = colours ?? DEFAULT_COLOURS;
  const onPrimary = contrast('#ffffff', primary) >= contrast('#1a1a1a', primary) ? '#ffffff' : '#1a1a1a';
  const variables: Record<string, string> = {
    '--primary': primary,
    '--on-primary': onPrimary,
    '--secondary': secondary,
    '--accent': accent,
    '--link': readableOn(readableOn(primary, '#ffffff', 4.5), secondary, 4.5),
    '--focus': readableOn(accent, '#ffffff', 3),
  };
  for (const [name, value] of Object.entries(variables)) root.style.setProperty(name, value);
}
