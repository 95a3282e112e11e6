import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/content';

// Colours live in one file: src/styles/tokens.css. Every other stylesheet and every
// <style> block uses its custom properties, so the dark theme is one redefinition.
const TOKENS = join(ROOT, 'src', 'styles', 'tokens.css');

/** CSS named colours (CSS Color 4) and the system colours; transparent, currentColor and inherit are allowed. */
const NAMED = (
  'aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown ' +
  'burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan ' +
  'darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred ' +
  'darksalmon darkseagreen darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink ' +
  'deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold ' +
  'goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki lavender lavenderblush ' +
  'lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen lightgrey ' +
  'lightpink lightsalmon lightseagreen lightskyblue lightslategray lightslategrey lightsteelblue lightyellow ' +
  'lime limegreen linen magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen ' +
  'mediumslateblue mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin ' +
  'navajowhite navy oldlace olive olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise ' +
  'palevioletred papayawhip peachpuff peru pink plum powderblue purple rebeccapurple red rosybrown royalblue ' +
  'saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue slateblue slategray slategrey snow ' +
  'springgreen steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen ' +
  'canvas canvastext linktext visitedtext activetext buttonface buttontext buttonborder field fieldtext ' +
  'highlight highlighttext selecteditem selecteditemtext mark marktext graytext accentcolor accentcolortext'
).split(' ');
const NAMED_RE = new RegExp(`(?<![\\w-])(${NAMED.join('|')})(?![\\w-])`, 'gi');
const FUNCTION_RE = /(?<![\w-])(rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/gi;
const HEX_RE = /#[0-9a-f]{3,8}(?![\w-])/gi;

/** The colour literals in the declarations of a piece of CSS (selectors, comments, strings and var() names are ignored). */
export function colourLiterals(css: string): string[] {
  const found: string[] = [];
  const code = css.replace(/\/\*[\s\S]*?\*\//g, ' ');
  // A declaration: a property, a colon, a value that ends at ';' or '}' (a selector ends at '{').
  for (const match of code.matchAll(/([a-z-]+)\s*:\s*([^;{}]+)(?=[;}])/gi)) {
    const value = match[2]!.replace(/'[^']*'|"[^"]*"/g, "''").replace(/var\(\s*--[\w-]+/g, 'var(');
    for (const re of [HEX_RE, FUNCTION_RE, NAMED_RE]) {
      for (const hit of value.matchAll(re)) found.push(`${match[1]}: ${hit[0]}`);
    }
  }
  return found;
}

function files(folder: string, ending: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? files(path, ending) : path.endsWith(ending) ? [path] : [];
  });
}

const styleBlocks = (astro: string) => [...astro.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]!).join('\n');

describe('colourLiterals', () => {
  it.each([
    ['a { color: #fff; }', ['color: #fff']],
    ['a { background: #0B5CAD }', ['background: #0B5CAD']],
    ['a { box-shadow: 0 4px 16px rgb(0 0 0 / 25%); }', ['box-shadow: rgb(']],
    ['a { color: hsl(0 0% 0%); }', ['color: hsl(']],
    ['a { border: 1px solid red; }', ['border: red']],
    ['a { color: CanvasText; }', ['color: CanvasText']],
    ['a { color: var(--ink); background: transparent; fill: currentColor; color: inherit; }', []],
    ['.notice :global(#addressees) { text-indent: 0; }', []],
    ['#fade, a:hover { color: var(--brand-red); }', []],
    ["a::before { content: 'red'; } /* color: #000 */", []],
    ['a { border-left: 6px solid var(--line); text-decoration: underline; }', []],
  ])('%s', (css, expected) => {
    expect(colourLiterals(css)).toEqual(expected);
  });
});

describe('colours come from tokens.css only', () => {
  const stylesheets = files(join(ROOT, 'src', 'styles'), '.css').filter((path) => path !== TOKENS);
  const astro = files(join(ROOT, 'src'), '.astro');

  it('has stylesheets and <style> blocks to check', () => {
    expect(stylesheets.length).toBeGreaterThanOrEqual(2);
    expect(astro.filter((path) => styleBlocks(readFileSync(path, 'utf8')) !== '').length).toBeGreaterThanOrEqual(3);
  });

  it('the tokens file defines the colours and a dark theme', () => {
    const tokens = readFileSync(TOKENS, 'utf8');
    expect(colourLiterals(tokens).length).toBeGreaterThan(10);
    expect(tokens).toMatch(/prefers-color-scheme:\s*dark/);
    expect(tokens).toMatch(/color-scheme:\s*light dark/);
  });

  it.each(stylesheets.map((path) => [relative(ROOT, path), path]))('%s has no colour literal', (_name, path) => {
    expect(colourLiterals(readFileSync(path, 'utf8'))).toEqual([]);
  });

  it.each(astro.map((path) => [relative(ROOT, path), path]))('<style> in %s has no colour literal', (_name, path) => {
    expect(colourLiterals(styleBlocks(readFileSync(path, 'utf8')))).toEqual([]);
  });

  it('components set no colour of their own (the years chart draws with classes)', () => {
    const offenders = files(join(ROOT, 'src', 'islands'), '.tsx').filter((path) => /(?:fill|stroke|color|background)\s*[=:]\s*\{?\s*['"](?:#|rgb|hsl)/i.test(readFileSync(path, 'utf8')));
    expect(offenders.map((path) => relative(ROOT, path))).toEqual([]);
  });
});

/** The hex colour tokens of a block of declarations. */
function hexTokens(block: string): Map<string, string> {
  return new Map([...block.matchAll(/(--[\w-]+)\s*:\s*(#[0-9a-f]{6})\s*;/gi)].map((match) => [match[1]!, match[2]!]));
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((at) => {
      const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

// Text on background, as the stylesheets pair them; 4.5:1 is WCAG AA for normal text.
const TEXT_PAIRS: [string, string][] = [
  ['--ink', '--paper'],
  ['--ink', '--paper-soft'],
  ['--ink-soft', '--paper'],
  ['--ink-soft', '--paper-soft'],
  ['--brand', '--paper'],
  ['--brand', '--paper-soft'],
  ['--brand-ink', '--brand-fill'],
  ['--accent', '--paper'],
  ['--danger', '--paper'],
  ['--danger', '--paper-soft'],
  ['--danger-ink', '--danger-bg'],
  ['--ink', '--danger-bg'],
  ['--ok-ink', '--ok-bg'],
  ['--ok-ink', '--paper'],
  ['--ink', '--warn-bg'],
  ['--brand', '--warn-bg'],
  ['--ink', '--caution-bg'],
  ['--notice-ink', '--notice-bg'],
  ['--ink', '--highlight-bg'],
  ['--ink-soft', '--highlight-bg'],
  ['--ink', '--target-bg'],
  ['--snackbar-ink', '--snackbar-bg'],
  ['--sheet-ink', '--sheet-paper'],
  ['--sheet-ink-soft', '--sheet-paper'],
];
// Non-text parts that must be seen: 3:1 (WCAG 1.4.11).
const UI_PAIRS: [string, string][] = [
  ['--focus', '--paper'],
  ['--brand', '--track'],
  ['--bar-met', '--track'],
];

describe('token contrast in both themes', () => {
  const tokens = readFileSync(TOKENS, 'utf8').replace(/\/\*[\s\S]*?\*\//g, ' ');
  const light = hexTokens(tokens.slice(0, tokens.indexOf('@media')));
  const darkStart = tokens.search(/@media[^{]*prefers-color-scheme:\s*dark/);
  const darkBlock = tokens.slice(darkStart, tokens.indexOf('}\n}', darkStart));
  const dark = new Map([...light, ...hexTokens(darkBlock)]);

  it('reads both themes', () => {
    expect(light.size).toBeGreaterThan(30);
    expect(hexTokens(darkBlock).size).toBeGreaterThan(20);
  });

  for (const [theme, values] of [
    ['light', light],
    ['dark', dark],
  ] as const) {
    it.each(TEXT_PAIRS)(`${theme}: %s on %s is at least 4.5:1`, (text, background) => {
      expect(contrast(values.get(text)!, values.get(background)!)).toBeGreaterThanOrEqual(4.5);
    });
    it.each(UI_PAIRS)(`${theme}: %s against %s is at least 3:1`, (part, background) => {
      expect(contrast(values.get(part)!, values.get(background)!)).toBeGreaterThanOrEqual(3);
    });
  }
});
