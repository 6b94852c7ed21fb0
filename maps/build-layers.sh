#!/usr/bin/env bash
# Rebuild the vector layers of the Deir ez-Zor basemap (maps/layers/*.geojson).
#
# Data: GSHHG / WDBII rivers and borders and DCW-GMT country polygons, read through GMT
# from these Debian packages (versions the committed layers were built with):
#
#   gmt             6.4.0+dfsg-2
#   gmt-gshhg-full  2.3.7-6      (GSHHG 2.3.7, includes WDBII rivers and borders; LGPL-3+)
#   gmt-dcw         2.1.1-1      (DCW-GMT 2.1.1; LGPL-3+)
#
#   apt-get install -y --no-install-recommends gmt gmt-gshhg-full gmt-dcw
#
# Usage (from the repository root or anywhere):  bash maps/build-layers.sh
#
# Steps: `gmt coast ... -M` dumps whole 1-degree bins as multi-segment text. A small
# python3 step (standard library only; this is a maintainer tool, the app does not need it)
# then joins segments that share end points, drops degenerate and duplicate pieces, clips
# to the region box, rounds to 5 decimals (about 1 m) and writes RFC 7946 GeoJSON
# (WGS 84 longitude/latitude). It finishes with sanity checks against known places.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/layers"

# Extent box of maps/deir-ez-zor.json: the layers cover it and the map never shows beyond it, so it
# reaches well past the governorate (39.2-41.3 E, 34.1-36.3 N) and its neighbours.
W=37.0; E=43.5; S=33.0; N=37.5
R="-R$W/$E/$S/$N"

for tool in gmt python3 dpkg-query; do
    command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 1; }
done

pkgver() { dpkg-query -W -f='${Version}' "$1" 2>/dev/null || echo unknown; }
GMT_VER="$(pkgver gmt)"
GSHHG_PKG="$(pkgver gmt-gshhg-full)"
DCW_PKG="$(pkgver gmt-dcw)"
if [ "$GSHHG_PKG" = unknown ] || [ "$DCW_PKG" = unknown ]; then
    echo "gmt-gshhg-full and gmt-dcw must be installed" >&2; exit 1
fi
[ "$GMT_VER" = "6.4.0+dfsg-2" ] && [ "$GSHHG_PKG" = "2.3.7-6" ] && [ "$DCW_PKG" = "2.1.1-1" ] ||
    echo "note: package versions differ from the ones recorded above ($GMT_VER, $GSHHG_PKG, $DCW_PKG)" >&2
export GMT_VER GSHHG_PKG DCW_PKG
export GSHHG_VER="${GSHHG_PKG%%-*}" DCW_VER="${DCW_PKG%%-*}"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# WDBII river levels: 1 permanent major rivers, 3 additional rivers,
# 5-7 intermittent rivers (major, additional, minor). Border level 1 = national boundaries.
# GMT writes a gmt.history file into the working directory: work in the temporary one.
cd "$tmp"
gmt coast "$R" -Df -I1 -M > "$tmp/river1.txt"
gmt coast "$R" -Df -I3 -M > "$tmp/river3.txt"
gmt coast "$R" -Df -I5 -I6 -I7 -M > "$tmp/river5-7.txt"
gmt coast "$R" -Df -N1 -M > "$tmp/border1.txt"
for code in SY IQ TR JO; do gmt coast -E$code -M > "$tmp/dcw-$code.txt"; done

mkdir -p "$out"
python3 - "$tmp" "$out" "$W" "$S" "$E" "$N" <<'PY'
import json, math, os, sys

tmp, out = sys.argv[1], sys.argv[2]
W, S, E, N = map(float, sys.argv[3:7])
GMT, GSHHG, GSHHG_PKG = os.environ["GMT_VER"], os.environ["GSHHG_VER"], os.environ["GSHHG_PKG"]
DCW, DCW_PKG = os.environ["DCW_VER"], os.environ["DCW_PKG"]
EPS = 1e-7      # end points closer than this (degrees) are the same point


def read_segments(name):
    """Multi-segment text from `gmt coast -M`: '>' header lines, then 'lon lat' rows."""
    segs, cur = [], None
    with open(os.path.join(tmp, name)) as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            if line.startswith(">"):
                cur = []
                segs.append(cur)
                continue
            x, y = line.split()[:2]
            cur.append((float(x), float(y)))
    return segs


def same(p, q):
    return abs(p[0] - q[0]) < EPS and abs(p[1] - q[1]) < EPS


def dedup(pts):
    res = []
    for p in pts:
        if not res or not same(res[-1], p):
            res.append(p)
    return res


def clean_lines(segs):
    """Remove repeated points, degenerate stubs (fewer than 2 distinct points), duplicates."""
    res, seen = [], set()
    for s in segs:
        s = dedup(s)
        if len(s) < 2:
            continue
        key = tuple((round(x, 7), round(y, 7)) for x, y in s)
        if key in seen or key[::-1] in seen:
            continue
        seen.add(key)
        res.append(s)
    return res


def join_lines(segs):
    """Join polylines that share an end point into longer chains."""
    segs = [list(s) for s in segs]
    changed = True
    while changed:
        changed = False
        for i in range(len(segs)):
            a = segs[i]
            for j in range(len(segs)):
                if i == j:
                    continue
                b = segs[j]
                if same(a[-1], b[0]):
                    merged = a + b[1:]
                elif same(a[-1], b[-1]):
                    merged = a + b[::-1][1:]
                elif same(a[0], b[-1]):
                    merged = b + a[1:]
                elif same(a[0], b[0]):
                    merged = b[::-1] + a[1:]
                else:
                    continue
                segs[i] = merged
                del segs[j]
                changed = True
                break
            if changed:
                break
    return segs


def clip_segment(p, q):
    """Liang-Barsky: the part of segment p-q inside the box, or None."""
    x0, y0 = p
    dx, dy = q[0] - x0, q[1] - y0
    t0, t1 = 0.0, 1.0
    for pk, qk in ((-dx, x0 - W), (dx, E - x0), (-dy, y0 - S), (dy, N - y0)):
        if pk == 0:
            if qk < 0:
                return None
            continue
        t = qk / pk
        if pk < 0:
            if t > t1:
                return None
            t0 = max(t0, t)
        else:
            if t < t0:
                return None
            t1 = min(t1, t)
    a = p if t0 == 0 else (x0 + t0 * dx, y0 + t0 * dy)
    b = q if t1 == 1 else (x0 + t1 * dx, y0 + t1 * dy)
    return a, b


def clip_line(pts):
    """Clip a polyline to the box; it may fall apart into several pieces."""
    pieces, cur = [], []
    for p, q in zip(pts, pts[1:]):
        c = clip_segment(p, q)
        if c is None:
            if cur:
                pieces.append(cur)
                cur = []
            continue
        a, b = c
        if cur and same(cur[-1], a):
            cur.append(b)
        else:
            if cur:
                pieces.append(cur)
            cur = [a, b]
        if not same(b, q):          # left the box inside this segment
            pieces.append(cur)
            cur = []
    if cur:
        pieces.append(cur)
    return pieces


def rnd(pts):
    return dedup([(round(x, 5), round(y, 5)) for x, y in pts])


def line_geometry(chains):
    pieces = []
    for c in chains:
        for piece in clip_line(c):
            piece = rnd(piece)
            if len(piece) >= 2:
                pieces.append(piece)
    return pieces


def clip_ring(ring):
    """Sutherland-Hodgman clip of one closed ring against the box."""
    def inside(p, edge):
        return (p[0] >= W, p[0] <= E, p[1] >= S, p[1] <= N)[edge]

    def cross(p, q, edge):
        (x0, y0), (x1, y1) = p, q
        if edge < 2:
            x = (W, E)[edge]
            return (x, y0 + (y1 - y0) * (x - x0) / (x1 - x0))
        y = (S, N)[edge - 2]
        return (x0 + (x1 - x0) * (y - y0) / (y1 - y0), y)

    pts = ring[:-1] if same(ring[0], ring[-1]) else ring[:]
    for edge in range(4):
        if not pts:
            break
        res = []
        prev = pts[-1]
        for cur in pts:
            if inside(cur, edge):
                if not inside(prev, edge):
                    res.append(cross(prev, cur, edge))
                res.append(cur)
            elif inside(prev, edge):
                res.append(cross(prev, cur, edge))
            prev = cur
        pts = res
    return pts


def area(ring):
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:])) / 2


def polygon_geometry(rings):
    polys = []
    for ring in rings:
        pts = rnd(clip_ring(ring))
        if len(pts) > 1 and same(pts[0], pts[-1]):
            pts.pop()
        # drop zero-width spikes left by rounding or by the clip (a point between two equal points)
        changed = True
        while changed and len(pts) >= 3:
            changed = False
            for i in range(len(pts)):
                if same(pts[i - 1], pts[(i + 1) % len(pts)]):
                    del pts[max(i, (i + 1) % len(pts))], pts[min(i, (i + 1) % len(pts))]
                    changed = True
                    break
            pts = dedup(pts)
            if len(pts) > 1 and same(pts[0], pts[-1]):
                pts.pop()
        if len(pts) < 3:
            continue
        pts.append(pts[0])                  # closed ring
        a = area(pts)
        if abs(a) < 1e-9:
            continue
        if a < 0:                           # RFC 7946: exterior rings counterclockwise
            pts.reverse()
        polys.append([pts])
    return polys


def geometry(kind, parts):
    coords = [[list(p) for p in part] for part in parts] if kind == "line" else \
             [[[list(p) for p in ring] for ring in poly] for poly in parts]
    if kind == "line":
        return {"type": "LineString", "coordinates": coords[0]} if len(coords) == 1 else \
               {"type": "MultiLineString", "coordinates": coords}
    return {"type": "Polygon", "coordinates": coords[0]} if len(coords) == 1 else \
           {"type": "MultiPolygon", "coordinates": coords}


def write(name, features):
    path = os.path.join(out, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write('{"type":"FeatureCollection","features":[\n')
        f.write(",\n".join(json.dumps(ft, ensure_ascii=False, separators=(",", ":")) for ft in features))
        f.write("\n]}\n")
    nverts = 0
    for ft in features:
        g = ft["geometry"]
        c = g["coordinates"]
        nverts += {"LineString": lambda: len(c), "MultiLineString": lambda: sum(map(len, c)),
                   "Polygon": lambda: sum(map(len, c)),
                   "MultiPolygon": lambda: sum(len(r) for p in c for r in p)}[g["type"]]()
    print(f"{name}: {len(features)} feature(s), {nverts} vertices, {os.path.getsize(path)} bytes")


def feature(props, geom):
    return {"type": "Feature", "properties": props, "geometry": geom}


def wdbii(what, level):
    return f"GSHHG {GSHHG} WDBII {what} level {level} via Debian gmt-gshhg-full {GSHHG_PKG} (GMT {GMT})"


# --- distances for the sanity checks (km, local equirectangular approximation) ---
def dist_to_lines(p, parts):
    best = float("inf")
    c = math.cos(math.radians(p[1]))
    for part in parts:
        for a, b in zip(part, part[1:]):
            ax, ay = (a[0] - p[0]) * c, a[1] - p[1]
            bx, by = (b[0] - p[0]) * c, b[1] - p[1]
            dx, dy = bx - ax, by - ay
            ll = dx * dx + dy * dy
            t = 0.0 if ll == 0 else max(0.0, min(1.0, -(ax * dx + ay * dy) / ll))
            best = min(best, math.hypot(ax + t * dx, ay + t * dy) * 111.195)
    return best


checks = []

# Euphrates: WDBII level 1. In this box level 1 also holds the Tigris (and other major rivers), so only
# chains that pass Deir ez-Zor are kept, and those that pass Jarabulus, where the Euphrates enters Syria
# (GMT's bins leave a gap of a few metres there that the join does not close).
DEIR_EZ_ZOR = (40.14084, 35.33588)  # GeoNames 170794 (lon, lat)
JARABULUS = (38.011, 36.818)        # the town on the Turkish border, approximate (lon, lat)
eup_all = join_lines(clean_lines(read_segments("river1.txt")))
eup_chains = [c for c in eup_all if dist_to_lines(DEIR_EZ_ZOR, [c]) < 2.0 or dist_to_lines(JARABULUS, [c]) < 3.0]
print(f"level-1 chains: {len(eup_all)}, kept as the Euphrates: {len(eup_chains)}", file=sys.stderr)
eup = line_geometry(eup_chains)
write("euphrates.geojson", [feature(
    {"name_en": "Euphrates", "name_ar": "نهر الفرات", "source": wdbii("rivers", 1)},
    geometry("line", eup))])

# Khabur: WDBII level 3. It comes from the north and joins the Euphrates near Al-Busayrah.
# Only chains that reach the Euphrates there are kept, so another level-3 river would not be
# mislabelled as the Khabur.
BUSAYRAH = (40.42716, 35.15618)     # GeoNames 173927 (lon, lat)
khab_all = line_geometry(join_lines(clean_lines(read_segments("river3.txt"))))
khab = [p for p in khab_all if dist_to_lines(BUSAYRAH, [p]) < 3.0]
if len(khab) != len(khab_all):
    print(f"warning: {len(khab_all) - len(khab)} level-3 piece(s) not near Al-Busayrah were left out",
          file=sys.stderr)
write("khabur.geojson", [feature(
    {"name_en": "Khabur", "name_ar": "نهر الخابور", "source": wdbii("rivers", 3)},
    geometry("line", khab))])

# Seasonal wadis: WDBII levels 5-7 (intermittent rivers); one feature per joined chain.
wadis = []
for chain in join_lines(clean_lines(read_segments("river5-7.txt"))):
    parts = line_geometry([chain])
    if parts:
        wadis.append(feature({"name_en": "Seasonal wadi", "name_ar": "وادٍ موسمي",
                              "source": wdbii("rivers (intermittent)", "5-7")}, geometry("line", parts)))
write("wadis.geojson", wadis)

# Border: WDBII national boundaries, level 1: in this box Syria's borders with Iraq, Turkey and Jordan,
# and Iraq's with Turkey.
border = line_geometry(join_lines(clean_lines(read_segments("border1.txt"))))
write("border.geojson", [feature(
    {"name_en": "National borders", "name_ar": "الحدود الدولية",
     "source": wdbii("borders", 1)}, geometry("line", border))])

# Countries: DCW-GMT polygons, clipped to the box.
countries = []
for code, en, ar in (("SY", "Syria", "سوريا"), ("IQ", "Iraq", "العراق"), ("TR", "Turkey", "تركيا"),
                     ("JO", "Jordan", "الأردن")):
    polys = polygon_geometry([dedup(r) for r in read_segments(f"dcw-{code}.txt") if len(r) >= 4])
    if polys:
        countries.append(feature({"name_en": en, "name_ar": ar, "iso_a2": code,
                                  "source": f"DCW-GMT {DCW} via Debian gmt-dcw {DCW_PKG} (GMT {GMT})"},
                                 geometry("polygon", polys)))
write("countries.geojson", countries)

# --- sanity checks: the rivers must pass the places they are known to pass ---
for label, p, parts, limit in (
        ("Euphrates - Deir ez-Zor (GeoNames 170794)", (40.14084, 35.33588), eup, 2.0),
        ("Euphrates - Al-Mayadin (GeoNames 173480)", (40.45154, 35.01982), eup, 2.0),
        ("Khabur - Al-Busayrah (GeoNames 173927)", BUSAYRAH, khab, 1.0)):
    d = dist_to_lines(p, parts)
    print(f"check {label}: {d:.2f} km")
    if d > limit:
        sys.exit(f"sanity check failed: {label} is {d:.2f} km away (limit {limit} km)")
if not khab:
    sys.exit("sanity check failed: no Khabur line")
ends = [q for p in khab for q in (p[0], p[-1])]
d = min(dist_to_lines(q, eup) for q in ends)
print(f"check Khabur mouth - Euphrates: {d:.2f} km")
if d > 1.0:
    sys.exit("sanity check failed: the Khabur does not reach the Euphrates")
PY
