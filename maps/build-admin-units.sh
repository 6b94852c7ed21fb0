#!/usr/bin/env bash
# Rebuild the administrative units of Deir ez-Zor (maps/admin/*.geojson) from geoBoundaries' simplified
# TopoJSON files of Syria (gbOpen release, SYR; OCHA / UN Cartographic Section via HDX, CC BY 3.0 IGO).
#
# Source files, from https://github.com/wmgeolab/geoBoundaries (later commits hold them only as Git LFS pointers):
#   releaseData/gbOpen/SYR/ADM1/geoBoundaries-SYR-ADM1_simplified.topojson  commit a0b1d5fdaacf9b0909022c4924b237cf8287982a
#   releaseData/gbOpen/SYR/ADM2/geoBoundaries-SYR-ADM2_simplified.topojson  commit 090cbaab0591e29665eb2a0cb1d6e186c4674b72
#   releaseData/gbOpen/SYR/ADM3/geoBoundaries-SYR-ADM3_simplified.topojson  commit 24a22ea190cf13a3cf43af1fd1ff5150ef60e69b
#
# Usage:  bash maps/build-admin-units.sh FOLDER_WITH_THE_THREE_TOPOJSON_FILES
#
# Needs GDAL's ogr2ogr (TopoJSON driver; built with GDAL 3.6.2). Writes RFC 7946 GeoJSON, WGS 84 lon/lat,
# simplified with a tolerance of 0.001 degrees (about 100 m) and rounded to 5 decimals:
#   admin/deir-ez-zor-units.geojson      the governorate (level 1), its 3 districts (2) and 14 sub-districts (3)
#   admin/neighbour-governorates.geojson Ar-Raqqa, Al-Hasakeh and Homs (level 1), for the map and for places
#                                        just outside the governorate
# Each feature keeps geoBoundaries' shapeID and shapeName and gains "level". Arabic names and the keys the app
# uses are in data/gazetteer/admin-units.csv, joined by shapeID. Membership is not in the source files: the app
# nests the levels by point-in-polygon (geo.AdminLookup), as the levels' borders do not share arcs.
set -euo pipefail

src="${1:?give the folder holding the three geoBoundaries-SYR-ADMn_simplified.topojson files}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/admin"
mkdir -p "$out"
command -v ogr2ogr >/dev/null || { echo "missing: ogr2ogr (GDAL)" >&2; exit 1; }

adm1="$src/geoBoundaries-SYR-ADM1_simplified.topojson"
adm2="$src/geoBoundaries-SYR-ADM2_simplified.topojson"
adm3="$src/geoBoundaries-SYR-ADM3_simplified.topojson"
for f in "$adm1" "$adm2" "$adm3"; do [ -f "$f" ] || { echo "missing: $f" >&2; exit 1; }; done

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# The governorate by its ISO code; districts and sub-districts by shapeID (their membership was checked by
# point-on-surface against the governorate and district polygons; the source has no parent attribute).
DEZ_ADM1="'SYR-DY'"
DEZ_ADM2="'Deir-ez-Zor','Al Mayadin','Abu Kamal'"
DEZ_ADM3="'Deir-ez-Zor','Kisreh','Basira','Muhasan','Tabni','Khasham','Sur','Al Mayadin','Thiban','Ashara','Abu Kamal','Hajin','Jalaa','Susat'"
NEIGHBOURS="'SYR-RA','SYR-HA','SYR-HI'"

convert() { # source layer-sql level output
    ogr2ogr -f GeoJSON "$4" "$1" -dialect SQLite \
        -sql "SELECT shapeID, trim(shapeName, ' '||char(13)||char(10)) AS shapeName, $3 AS level, geometry FROM $2" \
        -a_srs EPSG:4326 -simplify 0.001 -lco RFC7946=YES -lco COORDINATE_PRECISION=5 -lco WRITE_NAME=NO
}
convert "$adm1" "\"SYR-ADM1-56403185\" WHERE shapeISO IN ($DEZ_ADM1)" 1 "$tmp/1.geojson"
convert "$adm2" "\"SYR-ADM2-18623615\" WHERE shapeName IN ($DEZ_ADM2)" 2 "$tmp/2.geojson"
# Sub-district names are unique inside the governorate; the box keeps namesakes elsewhere in Syria out.
convert "$adm3" "\"SYR-ADM3-54000\" WHERE trim(shapeName, ' '||char(13)||char(10)) IN ($DEZ_ADM3) AND MbrMinX(geometry) > 39.0 AND MbrMinY(geometry) > 33.5" 3 "$tmp/3.geojson"
convert "$adm1" "\"SYR-ADM1-56403185\" WHERE shapeISO IN ($NEIGHBOURS)" 1 "$out/neighbour-governorates.geojson"

# One collection for the three levels, in level order.
python3 - "$tmp" "$out/deir-ez-zor-units.geojson" <<'PY'
import json, sys
tmp, target = sys.argv[1], sys.argv[2]
features = []
for level in (1, 2, 3):
    with open(f"{tmp}/{level}.geojson", encoding="utf-8") as f:
        features += json.load(f)["features"]
counts = {lvl: sum(1 for f in features if f["properties"]["level"] == lvl) for lvl in (1, 2, 3)}
assert counts == {1: 1, 2: 3, 3: 14}, counts
with open(target, "w", encoding="utf-8") as f:
    json.dump({"type": "FeatureCollection", "features": features}, f, ensure_ascii=False, separators=(",", ":"))
    f.write("\n")
print("units:", counts)
PY
python3 - "$out/neighbour-governorates.geojson" <<'PY'
import json, sys
path = sys.argv[1]
with open(path, encoding="utf-8") as f:
    data = json.load(f)
assert len(data["features"]) == 3, len(data["features"])
with open(path, "w", encoding="utf-8") as f:
    json.dump({"type": "FeatureCollection", "features": data["features"]}, f, ensure_ascii=False, separators=(",", ":"))
    f.write("\n")
print("neighbours:", [f["properties"]["shapeName"] for f in data["features"]])
PY
ls -l "$out"
