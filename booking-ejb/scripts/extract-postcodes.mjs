// Extracts the French postcodes of the gazetteer's cities into
// src/main/resources/com/medislot/booking/search/gazetteer/postcodes-fr.csv.
//
// Usage (from any scratch directory holding the package):
//   npm install @etalab/decoupage-administratif@6.0.0
//   node <repo>/booking-ejb/scripts/extract-postcodes.mjs <repo>/data-generator/src/main/resources/com/medislot/datagen/cities.csv \
//     > <repo>/booking-ejb/src/main/resources/com/medislot/booking/search/gazetteer/postcodes-fr.csv
//
// A commune (INSEE code officiel géographique, type commune-actuelle) is joined to a French city of
// cities.csv when their names are equal once accents, case and punctuation are dropped and the
// commune's region is the city's first-level administrative code (GeoNames uses the INSEE region
// code for France). Each postcode of a joined commune then points at that city; a postcode shared by
// several joined cities points at the most populous one.
// Columns: postcode,geonames_id. Sorted by postcode.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const require = createRequire(path.join(process.cwd(), 'noop.js'));
const communes = require('@etalab/decoupage-administratif/data/communes.json');

const normalize = (s) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

const parseCsvLine = (line) => {
  const fields = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { fields.push(field); field = ''; }
    else field += ch;
  }
  fields.push(field);
  return fields;
};

const citiesFile = process.argv[2];
const cities = readFileSync(citiesFile, 'utf8')
  .split('\n')
  .slice(1)
  .filter((l) => l.trim() !== '')
  .map(parseCsvLine)
  .filter((f) => f[2] === 'FR')
  .map((f) => ({ id: f[0], key: normalize(f[1]), region: f[3], population: Number(f[6]) }));

const byKey = new Map();
for (const c of communes) {
  if (c.type !== 'commune-actuelle' || !c.codesPostaux) continue;
  const k = normalize(c.nom) + '|' + c.region;
  const known = byKey.get(k);
  if (!known || (c.population ?? 0) > (known.population ?? 0)) byKey.set(k, c);
}

const best = new Map(); // postcode -> city
for (const city of cities) {
  const commune = byKey.get(city.key + '|' + city.region);
  if (!commune) continue;
  for (const pc of commune.codesPostaux) {
    const known = best.get(pc);
    if (!known || city.population > known.population) best.set(pc, city);
  }
}

process.stdout.write('postcode,geonames_id\n');
for (const pc of [...best.keys()].sort()) {
  process.stdout.write(pc + ',' + best.get(pc).id + '\n');
}
