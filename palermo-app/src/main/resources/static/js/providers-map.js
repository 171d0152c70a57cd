// Service providers on a Leaflet map without tiles (no outside server is called): country outlines from the
// bundled GeoJSON, one circle per provider with a location. Text is set with textContent, never as HTML.
(function () {
  'use strict';
  var box = document.getElementById('providers-map');
  if (!box || !window.L) { return; }
  var map = L.map(box, { attributionControl: true, worldCopyJump: true }).setView([10, 10], 2);
  map.attributionControl.addAttribution('Boundaries: Natural Earth');
  fetch('/geo/countries-110m.geojson').then(function (r) { return r.json(); }).then(function (geo) {
    L.geoJSON(geo, { style: { color: '#ffffff', weight: 0.6, fillColor: '#dde2ea', fillOpacity: 1 } }).addTo(map);
    return fetch(box.dataset.source, { headers: { 'Accept': 'application/json' } });
  }).then(function (r) { return r.json(); }).then(function (rows) {
    var points = [];
    rows.forEach(function (p) {
      if (p.latitude === null || p.latitude === undefined) { return; }
      var ll = [p.latitude, p.longitude];
      points.push(ll);
      var popup = document.createElement('div');
      var name = document.createElement('strong');
      name.textContent = p.name;
      var what = document.createElement('div');
      what.textContent = [p.type_label, p.city, (p.services || []).join(', ')].filter(Boolean).join(' — ');
      var where = document.createElement('div');
      where.textContent = p.location_precision || '';
      popup.appendChild(name); popup.appendChild(what); popup.appendChild(where);
      L.circleMarker(ll, { radius: 7, color: '#ffffff', weight: 1, fillColor: '#0b5cad', fillOpacity: 0.9 })
        .bindPopup(popup).addTo(map);
    });
    if (points.length) { map.fitBounds(points, { maxZoom: 7, padding: [30, 30] }); }
    box.setAttribute('data-rendered', String(points.length));
  }).catch(function (e) { box.textContent = 'The map could not be drawn: ' + e; });
})();
