#!/usr/bin/env python3
"""Convert a world-atlas TopoJSON file to GeoJSON (one Feature per country, id = ISO numeric code).

Used once to derive palermo-app/src/main/resources/static/geo/countries-110m.geojson from world-atlas@2.0.2
(Natural Earth 4.1.0); kept so the derivation can be repeated:
    python3 tools/topojson_to_geojson.py INPUT.topo.json OUTPUT.geojson
"""
import json, sys

def main(src, dst):
    topo = json.load(open(src, encoding="utf-8"))
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx; y += dy
            pts.append([round(x * sx + tx, 4), round(y * sy + ty, 4)])
        arcs.append(pts)

    def ring(indexes):
        out = []
        for i in indexes:
            pts = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
            out.extend(pts if not out else pts[1:])
        return out

    features = []
    for g in topo["objects"]["countries"]["geometries"]:
        if g["type"] == "Polygon":
            geom = {"type": "Polygon", "coordinates": [ring(r) for r in g["arcs"]]}
        elif g["type"] == "MultiPolygon":
            geom = {"type": "MultiPolygon", "coordinates": [[ring(r) for r in p] for p in g["arcs"]]}
        else:
            continue
        features.append({"type": "Feature", "id": g.get("id"), "properties": {"name": g.get("properties", {}).get("name")}, "geometry": geom})
    json.dump({"type": "FeatureCollection", "features": features}, open(dst, "w", encoding="utf-8"), separators=(",", ":"))

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
