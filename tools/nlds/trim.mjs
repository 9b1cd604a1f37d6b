// Builds the vendored NL Design System files from an npm install (see bijwerken.sh).
// usage: node trim.mjs <node_modules> <wwwroot>
import fs from 'node:fs';
import path from 'node:path';

const [nm, www] = process.argv.slice(2);
const lib = path.join(www, 'lib', 'nlds');
fs.mkdirSync(lib, { recursive: true });

const utrecht = path.join(nm, '@utrecht', 'component-library-css');
const tokens = path.join(nm, '@nl-design-system-unstable', 'voorbeeld-design-tokens');
const versie = (p) => JSON.parse(fs.readFileSync(path.join(p, 'package.json'), 'utf8')).version;

// 1. Semantic HTML styles under .utrecht-html, as published (keeps its licence header).
const html = fs.readFileSync(path.join(utrecht, 'dist', 'html.css'), 'utf8');
fs.writeFileSync(path.join(lib, 'html.css'), html);

// 2. From index.css only the component classes the layout uses.
const index = fs.readFileSync(path.join(utrecht, 'dist', 'index.css'), 'utf8');
const nodig = ['.utrecht-document'];
const blokken = [];
for (const m of index.matchAll(/(^|\n)([^{}@\n][^{}]*)\{([^{}]*)\}/g)) {
  const selector = m[2].trim();
  if (selector.split(',').every((s) => nodig.some((n) => s.trim() === n || s.trim().startsWith(n + ' ') || s.trim().startsWith(n + '--')))) {
    blokken.push(`${selector} {${m[3]}}`);
  }
}
const indexKop = index.slice(0, index.indexOf('*/') + 2);
fs.writeFileSync(path.join(lib, 'document.css'),
  `${indexKop}\n/* Uit @utrecht/component-library-css@${versie(utrecht)} dist/index.css: ${nodig.join(', ')} */\n${blokken.join('\n')}\n`);

// 3. Design tokens: only the custom properties our CSS uses, plus what they refer to, scoped to .regie-thema.
const thema = fs.readFileSync(path.join(tokens, 'dist', 'theme.css'), 'utf8');
const definities = new Map();
for (const m of thema.matchAll(/^\s*(--[a-z0-9-]+)\s*:\s*([^;]*);/gm)) definities.set(m[1], m[2].trim());
const gebruikt = (css) => [...css.matchAll(/var\(\s*(--[a-zA-Z0-9_-]+)/g)].map((m) => m[1]);
const bronnen = [html, blokken.join('\n'),
  fs.readFileSync(path.join(www, 'css', 'site.css'), 'utf8'),
  fs.readFileSync(path.join(www, 'css', 'regie-thema.css'), 'utf8')];
const open = bronnen.flatMap(gebruikt);
const houden = new Set();
while (open.length) {
  const naam = open.pop();
  if (houden.has(naam) || !definities.has(naam)) continue;
  houden.add(naam);
  open.push(...gebruikt(definities.get(naam)));
}
const regels = [...definities].filter(([naam]) => houden.has(naam)).map(([naam, waarde]) => `  ${naam}: ${waarde};`);
fs.writeFileSync(path.join(lib, 'voorbeeld-tokens.css'),
`/**
 * @license EUPL-1.2
 * Afgeleid van @nl-design-system-unstable/voorbeeld-design-tokens@${versie(tokens)} dist/theme.css
 * (Copyright (c) 2021 NL Design System Community): alleen de custom properties die Regie gebruikt,
 * op .regie-thema in plaats van .voorbeeld-theme. Gemaakt door tools/nlds/bijwerken.sh; niet met de hand wijzigen.
 */
.regie-thema {
${regels.join('\n')}
}
`);
fs.copyFileSync(path.join(utrecht, 'LICENSE.md'), path.join(lib, 'LICENSE.md'));
console.log(`html.css ${html.length} B, document.css ${blokken.length} regels, tokens ${houden.size} van ${definities.size}`);
