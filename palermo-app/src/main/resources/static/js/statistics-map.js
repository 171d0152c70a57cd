// World choropleth of one indicator and year (d3), and its scatter against HDI (Chart.js).
// Data come from /api/v1/statistics/map; boundaries from /geo/countries-110m.geojson (feature id = ISO numeric).
(function () {
  'use strict';
  var el = document.getElementById('stat-map');
  if (!el || !window.d3) { return; }
  var indicator = el.dataset.indicator, year = el.dataset.year;
  var NO_DATA = '#d9d9d9', SUPPRESSED = '#fde0c5';
  var COLOURS = ['#fee5d9', '#fcbba1', '#fc9272', '#fb6a4a', '#de2d26', '#a50f15'];
  var form = document.getElementById('selection');
  document.getElementById('indicator').addEventListener('change', function () {
    document.getElementById('year').disabled = true; form.submit();
  });

  Promise.all([
    fetch(el.dataset.geo).then(function (r) { return r.json(); }),
    fetch(el.dataset.countries).then(function (r) { return r.json(); }),
    fetch('/api/v1/statistics/map?indicator=' + encodeURIComponent(indicator) + '&year=' + encodeURIComponent(year)).then(function (r) { return r.json(); })
  ]).then(function (all) {
    var geo = all[0], countries = all[1], data = all[2].countries;
    var iso3ByNumeric = {};
    countries.forEach(function (c) { iso3ByNumeric[c.numeric] = c.iso3; });
    var byIso3 = {};
    data.forEach(function (d) { byIso3[d.country] = d; });
    var values = data.filter(function (d) { return d.value !== null && d.value > 0; }).map(function (d) { return d.value; }).sort(d3.ascending);
    var thresholds = [];
    if (values.length) {
      for (var i = 1; i < COLOURS.length; i++) {
        var q = Math.round(d3.quantile(values, i / COLOURS.length));
        if (!thresholds.length || q > thresholds[thresholds.length - 1]) { thresholds.push(q); }
      }
    }
    var scale = d3.scaleThreshold().domain(thresholds).range(COLOURS.slice(0, thresholds.length + 1));
    function fill(d) {
      if (!d) { return NO_DATA; }
      if (d.value === null) { return SUPPRESSED; }
      return scale(d.value);
    }
    var width = 960, height = 480;
    var svg = d3.select(el).append('svg').attr('viewBox', '0 0 ' + width + ' ' + height).attr('id', 'stat-map-svg');
    var projection = d3.geoNaturalEarth1().fitSize([width, height], geo);
    var path = d3.geoPath(projection);
    svg.selectAll('path').data(geo.features).enter().append('path')
      .attr('class', 'country')
      .attr('d', path)
      .attr('data-iso3', function (f) { return iso3ByNumeric[f.id] || ''; })
      .attr('fill', function (f) { return fill(byIso3[iso3ByNumeric[f.id]]); })
      .append('title').text(function (f) {
        var d = byIso3[iso3ByNumeric[f.id]];
        var name = (d && d.name) || (f.properties && f.properties.name) || '';
        return name + ': ' + (d ? d.value_text + (d.conflict ? ' (published twice with different values)' : '') : 'no data');
      });
    svg.selectAll('path.country').on('click', function () {
      var iso3 = this.getAttribute('data-iso3');
      if (iso3 && byIso3[iso3]) { window.location = '/statistics/countries/' + iso3; }
    });
    legend(thresholds, scale);
    el.setAttribute('data-rendered', String(data.length));
    scatter(data);
  }).catch(function (e) {
    el.textContent = 'The map could not be drawn: ' + e;
  });

  function legend(thresholds, scale) {
    var box = document.getElementById('stat-legend');
    var items = [];
    var lower = 1;
    scale.range().forEach(function (colour, i) {
      var upper = thresholds[i];
      var label = upper === undefined ? '≥ ' + lower.toLocaleString() : lower.toLocaleString() + '–' + (upper - 1).toLocaleString();
      items.push([colour, label]);
      if (upper !== undefined) { lower = upper; }
    });
    items.push([SUPPRESSED, 'suppressed (<5)']);
    items.push([NO_DATA, 'no data']);
    items.forEach(function (it) {
      var span = document.createElement('span');
      span.className = 'legend-item';
      var sw = document.createElement('span');
      sw.className = 'swatch';
      sw.style.background = it[0];
      span.appendChild(sw);
      span.appendChild(document.createTextNode(it[1]));
      box.appendChild(span);
    });
  }

  function scatter(data) {
    var canvas = document.getElementById('stat-scatter');
    if (!canvas || !window.Chart) { return; }
    var points = data.filter(function (d) { return d.value !== null && d.value > 0 && d.hdi !== null; })
      .map(function (d) { return { x: d.hdi, y: d.value, name: d.name, iso3: d.country }; });
    new Chart(canvas, {
      type: 'scatter',
      data: { datasets: [{ label: indicator + ' ' + year, data: points, backgroundColor: 'rgba(222,45,38,0.6)' }] },
      options: {
        maintainAspectRatio: false,
        scales: {
          x: { title: { display: true, text: 'Human Development Index' }, min: 0.3, max: 1 },
          y: { type: 'logarithmic', title: { display: true, text: indicator + ' (' + year + ')' } }
        },
        plugins: { tooltip: { callbacks: { label: function (c) { return c.raw.name + ': ' + c.raw.y.toLocaleString() + ', HDI ' + c.raw.x; } } } }
      }
    });
  }
})();
