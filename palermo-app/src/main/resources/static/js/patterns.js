// Pages of the trends-and-patterns tool. Each page's form drives a fetch of the public API; the
// answer's freshness headers are shown; nothing is inlined in the HTML (the CSP forbids it).
(function () {
  'use strict';
  var page = document.body.dataset.page;
  var form = document.getElementById('filters');

  function params(f) {
    var p = new URLSearchParams();
    if (!f) { return p; }
    new FormData(f).forEach(function (v, k) { if (String(v).trim() !== '') { p.set(k, String(v).trim()); } });
    return p;
  }

  function restore(f) {
    if (!f) { return; }
    var q = new URLSearchParams(location.search);
    q.forEach(function (v, k) { if (f.elements[k]) { f.elements[k].value = v; } });
  }

  function fetchJson(url) {
    return fetch(url, {headers: {Accept: 'application/json'}, credentials: 'same-origin'}).then(function (r) {
      if (!r.ok) {
        return r.json().catch(function () { return {}; }).then(function (p) { throw new Error(p.detail || ('HTTP ' + r.status)); });
      }
      return r.json().then(function (body) { return {body: body, headers: r.headers}; });
    });
  }

  function showFreshness(headers) {
    var el = document.getElementById('freshness');
    if (!el) { return; }
    var at = headers && headers.get('X-Computed-At');
    var v = headers && headers.get('X-Data-Version');
    el.textContent = at ? 'Live: computed ' + new Date(at).toLocaleString() + ' from data version ' + v +
      (headers.get('X-Cached') === 'true' ? ' (cached; recomputed as soon as any fact changes).' : ' (just computed).')
      : 'Computed on request.';
  }

  function fail(e) {
    var el = document.getElementById('freshness') || document.querySelector('main');
    el.textContent = 'Could not load: ' + e.message;
    el.classList.add('error');
  }

  function cell(tr, text, cls) {
    var td = document.createElement('td');
    td.textContent = text === null || text === undefined ? '' : text;
    if (cls) { td.className = cls; }
    tr.appendChild(td);
    return td;
  }

  function fill(tableId, rows, columns) {
    var body = document.querySelector('#' + tableId + ' tbody');
    body.textContent = '';
    rows.forEach(function (row, i) {
      var tr = document.createElement('tr');
      columns.forEach(function (c) { cell(tr, c.value(row, i), c.num ? 'num' : null); });
      body.appendChild(tr);
    });
  }

  function years(a, b) { return a == null ? '' : (a === b ? String(a) : a + '–' + b); }

  function link(id, base, p) {
    var q = new URLSearchParams(p);
    q.set('format', 'csv');
    var a = document.getElementById(id);
    if (a) { a.href = base + '?' + q.toString(); }
  }

  function bind(f, run) {
    if (!f) { run(); return; }
    restore(f);
    f.addEventListener('submit', function (ev) {
      ev.preventDefault();
      history.replaceState(null, '', location.pathname + '?' + params(f).toString());
      run();
    });
    run();
  }

  // ---- world map (d3) ----------------------------------------------------------------------
  var world = null;
  function loadWorld() {
    if (world) { return Promise.resolve(world); }
    return Promise.all([fetch('/geo/countries-110m.geojson').then(function (r) { return r.json(); }),
      fetch('/api/v1/countries').then(function (r) { return r.json(); })]).then(function (res) {
      var byNumeric = {};
      res[1].forEach(function (c) { byNumeric[c.numeric] = c.iso3; });
      res[0].features.forEach(function (f) { f.properties = f.properties || {}; f.properties.iso3 = byNumeric[String(f.id).padStart(3, '0')]; });
      world = res[0];
      return world;
    });
  }

  function drawBase(svg, geo) {
    var projection = d3.geoNaturalEarth1().fitExtent([[6, 6], [954, 474]], {type: 'Sphere'});
    var path = d3.geoPath(projection);
    var s = d3.select(svg);
    s.selectAll('*').remove();
    s.append('path').attr('class', 'sphere').attr('d', path({type: 'Sphere'}));
    var land = s.append('g').selectAll('path').data(geo.features).enter().append('path')
      .attr('class', 'land').attr('d', path);
    land.append('title').text(function (f) { return (f.properties.name || f.properties.iso3 || ''); });
    return {projection: projection, path: path, land: land, svg: s};
  }

  // ---- citation index ----------------------------------------------------------------------
  function citationIndex() {
    bind(form, function () {
      var p = params(form);
      if (!p.get('role')) { p.set('role', 'DESTINATION'); }
      link('csv', '/api/v1/citation-index', p);
      document.getElementById('basis-label').textContent = p.get('basis') === 'all' ? 'all facts, with suggestions' : 'accepted facts';
      Promise.all([loadWorld(), fetchJson('/api/v1/citation-index?' + p.toString())]).then(function (res) {
        var rows = res[1].body;
        var byIso = {};
        rows.forEach(function (r) { byIso[r.country] = r; });
        var m = drawBase(document.getElementById('map'), res[0]);
        m.land.attr('class', function (f) { var r = byIso[f.properties.iso3]; return 'land' + (r ? ' lvl-' + r.level : ''); })
          .attr('data-iso3', function (f) { return f.properties.iso3 || ''; });
        m.land.select('title').text(function (f) {
          var r = byIso[f.properties.iso3];
          return r ? r.name + ': ' + r.level + ' (' + r.sources + ' sources)' : (f.properties.iso3 || '') + ': no source';
        });
        fill('citation-table', rows, [
          {value: function (r, i) { return i + 1; }, num: true},
          {value: function (r) { return r.name + ' (' + r.country + ')'; }},
          {value: function (r) { return r.region; }},
          {value: function (r) { return r.level; }},
          {value: function (r) { return r.sources; }, num: true},
          {value: function (r) { return r.publishers; }, num: true},
          {value: function (r) { return r.facts; }, num: true},
          {value: function (r) { return years(r.first_year, r.last_year); }}]);
        showFreshness(res[1].headers);
      }).catch(fail);
    });
  }

  // ---- flows -------------------------------------------------------------------------------
  function flows() {
    bind(form, function () {
      var p = params(form);
      var top = parseInt(p.get('top') || '250', 10);
      p.delete('top');
      link('csv', '/api/v1/flows', p);
      Promise.all([loadWorld(), fetchJson('/api/v1/flows?' + p.toString())]).then(function (res) {
        var rows = res[1].body;
        var m = drawBase(document.getElementById('map'), res[0]);
        var centre = {};
        res[0].features.forEach(function (f) { if (f.properties.iso3) { centre[f.properties.iso3] = m.projection(d3.geoCentroid(f)); } });
        var shown = rows.slice(0, top).filter(function (r) { return centre[r.origin] && centre[r.destination]; }).reverse();
        var undrawn = Math.min(rows.length, top) - shown.length;
        var max = rows.length ? rows[0].sources : 1;
        var colour = d3.scaleSequential(d3.interpolateYlOrRd).domain([0, max]);
        var defs = m.svg.append('defs');
        defs.append('marker').attr('id', 'arrow').attr('viewBox', '0 0 10 10').attr('refX', 9).attr('refY', 5)
          .attr('markerWidth', 4).attr('markerHeight', 4).attr('orient', 'auto')
          .append('path').attr('d', 'M0,0L10,5L0,10z').attr('fill', '#7a1f5c');
        m.svg.append('g').selectAll('path').data(shown).enter().append('path')
          .attr('class', 'arc')
          .attr('d', function (r) {
            var a = centre[r.origin], b = centre[r.destination];
            var dx = b[0] - a[0], dy = b[1] - a[1];
            var mx = (a[0] + b[0]) / 2 - dy * 0.2, my = (a[1] + b[1]) / 2 + dx * 0.2;
            return 'M' + a[0] + ',' + a[1] + 'Q' + mx + ',' + my + ' ' + b[0] + ',' + b[1];
          })
          .attr('stroke', function (r) { return colour(r.sources * 0.8 + max * 0.2); })
          .attr('stroke-width', function (r) { return 0.4 + 2.6 * r.weight; })
          .attr('stroke-opacity', function (r) { return 0.35 + 0.55 * r.weight; })
          .attr('marker-end', 'url(#arrow)')
          .append('title').text(function (r) { return r.origin_name + ' → ' + r.destination_name + ': ' + r.sources + ' sources'; });
        var origins = {};
        shown.forEach(function (r) { origins[r.origin] = true; });
        m.svg.append('g').selectAll('circle').data(Object.keys(origins)).enter().append('circle')
          .attr('class', 'origin').attr('r', 1.8)
          .attr('cx', function (k) { return centre[k][0]; }).attr('cy', function (k) { return centre[k][1]; });
        document.getElementById('undrawn').textContent = undrawn > 0
          ? undrawn + ' of the top ' + top + ' pairs involve places too small for the 1:110m map and are only in the table.' : '';
        document.getElementById('count').textContent = rows.length + ' pairs; the map shows the ' + Math.min(top, rows.length) + ' most reported';
        fill('flows-table', rows.slice(0, 500), [
          {value: function (r, i) { return i + 1; }, num: true},
          {value: function (r) { return r.origin_name + ' (' + r.origin + ')'; }},
          {value: function (r) { return r.destination_name + ' (' + r.destination + ')'; }},
          {value: function (r) { return r.sources; }, num: true},
          {value: function (r) { return r.weight; }, num: true},
          {value: function (r) { return r.facts; }, num: true},
          {value: function (r) { return years(r.first_year, r.last_year); }}]);
        showFreshness(res[1].headers);
      }).catch(fail);
    });
  }

  // ---- trends and changes ------------------------------------------------------------------
  var charts = {};
  function chart(id, config) {
    if (charts[id]) { charts[id].destroy(); }
    charts[id] = new Chart(document.getElementById(id), config);
  }

  function trends() {
    bind(form, function () {
      var p = params(form);
      link('csv', '/api/v1/patterns/trends', p);
      fetchJson('/api/v1/patterns/trends?' + p.toString()).then(function (res) {
        var rows = res.body;
        var one = !!p.get('country');
        chart('trend-chart', {type: 'line', data: {labels: rows.map(function (r) { return r.year; }), datasets: [
          {label: 'sources', data: rows.map(function (r) { return r.sources; }), borderColor: '#0b5cad'},
          {label: 'flows (pairs)', data: rows.map(function (r) { return r.flows; }), borderColor: '#7a1f5c', yAxisID: 'y2'},
          {label: one ? 'sources citing it as origin' : 'countries of origin', data: rows.map(function (r) { return r.origin; }), borderColor: '#d7301f'},
          {label: one ? 'sources citing it as destination' : 'countries of destination', data: rows.map(function (r) { return r.destination; }), borderColor: '#2b8cbe'},
          {label: one ? 'sources citing it as transit' : 'countries of transit', data: rows.map(function (r) { return r.transit; }), borderColor: '#31a354'}]},
          options: {maintainAspectRatio: false, animation: false, scales: {y: {beginAtZero: true},
            y2: {beginAtZero: true, position: 'right', grid: {drawOnChartArea: false}, title: {display: true, text: 'flows'}}}}});
        fill('trends-table', rows, ['year', 'sources', 'facts', 'flows', 'origin', 'transit', 'destination', 'internal'].map(function (k, i) {
          return {value: function (r) { return r[k]; }, num: i > 0};
        }));
        showFreshness(res.headers);
      }).catch(fail);
    });
    var cf = document.getElementById('change-filters');
    cf.addEventListener('submit', function (ev) { ev.preventDefault(); changes(cf); });
    changes(cf);
  }

  function changes(cf) {
    var p = params(cf);
    link('changes-csv', '/api/v1/patterns/changes', p);
    fetchJson('/api/v1/patterns/changes?' + p.toString()).then(function (res) {
      var r = res.body;
      var c = r.counts;
      document.getElementById('change-counts').textContent = r.before + ' → ' + r.after + ': ' +
        (c.NEW_FLOW || 0) + ' new flows, ' + (c.FLOW_NO_LONGER_REPORTED || 0) + ' no longer reported, ' +
        (c.ROLE_APPEARED || 0) + ' roles appeared, ' + (c.ROLE_DISAPPEARED || 0) + ' disappeared.';
      fill('changes-table', r.changes.slice(0, 1000), [
        {value: function (x) { return x.kind.replace(/_/g, ' ').toLowerCase(); }},
        {value: function (x) {
          return x.country ? x.country_name + ' (' + x.country + ')'
            : x.origin_name + ' (' + x.origin + ') → ' + x.destination_name + ' (' + x.destination + ')';
        }},
        {value: function (x) { return x.role; }},
        {value: function (x) { return x.sources_before; }, num: true},
        {value: function (x) { return x.sources_after; }, num: true}]);
    }).catch(fail);
  }

  // ---- victim profiles ---------------------------------------------------------------------
  function victims() {
    bind(form, function () {
      var p = params(form);
      link('csv', '/api/v1/patterns/victim-profiles', p);
      fetchJson('/api/v1/patterns/victim-profiles?' + p.toString()).then(function (res) {
        var v = res.body;
        function bars(id, shares, colour) {
          chart(id, {type: 'bar', data: {labels: shares.map(function (s) { return s.category; }),
            datasets: [{label: 'share of facts naming any', data: shares.map(function (s) { return s.share; }), backgroundColor: colour}]},
            options: {indexAxis: 'y', maintainAspectRatio: false, animation: false, scales: {x: {min: 0, max: 1}}}});
        }
        bars('groups-chart', v.groups, '#0b5cad');
        bars('forms-chart', v.forms, '#7a1f5c');
        document.getElementById('mentions-basis').textContent = 'Basis: ' + v.mentions_basis +
          (v.facts_with_groups === 0 ? ' No fact names a victim group yet.' : '');
        document.getElementById('counts-basis').textContent = 'Basis: ' + v.counts_basis;
        document.getElementById('statistics-note').textContent = v.statistics_note;
        function pct(x) { return x == null ? '—' : Math.round(x * 1000) / 10 + ' %'; }
        function num(x) { return x == null ? '—' : x; }
        fill('statistics-table', v.statistics || [], [
          {value: function (s) { return s.year; }},
          {value: function (s) { return s.countries === undefined ? '' : s.countries; }, num: true},
          {value: function (s) { return num(s.total); }, num: true},
          {value: function (s) { return num(s.women_and_girls); }, num: true},
          {value: function (s) { return pct(s.share_women_and_girls); }, num: true},
          {value: function (s) { return num(s.children); }, num: true},
          {value: function (s) { return pct(s.share_children); }, num: true}]);
        fill('counts-table', v.counts, [
          {value: function (s) { return s.category.replace('_', ' '); }},
          {value: function (s) { return s.part; }, num: true},
          {value: function (s) { return s.total; }, num: true},
          {value: function (s) { return s.share == null ? '—' : Math.round(s.share * 1000) / 10 + ' %'; }, num: true},
          {value: function (s) { return s.country_years; }, num: true}]);
        showFreshness(res.headers);
      }).catch(fail);
    });
  }

  // ---- development -------------------------------------------------------------------------
  function development() {
    bind(form, function () {
      var p = params(form);
      link('csv', '/api/v1/patterns/development', p);
      fetchJson('/api/v1/patterns/development?' + p.toString()).then(function (res) {
        var r = res.body;
        document.getElementById('caveat').textContent = 'Caveat: ' + r.caveat;
        var regions = {};
        r.points.filter(function (x) { return x.hdi != null; }).forEach(function (x) {
          (regions[x.region || 'other'] = regions[x.region || 'other'] || []).push({x: x.hdi, y: x.sources, label: x.name});
        });
        var palette = ['#d7301f', '#0b5cad', '#31a354', '#7a1f5c', '#e6a800', '#555'];
        chart('hdi-chart', {type: 'scatter', data: {datasets: Object.keys(regions).sort().map(function (k, i) {
          return {label: k, data: regions[k], backgroundColor: palette[i % palette.length]};
        })}, options: {maintainAspectRatio: false, animation: false, scales: {
          x: {title: {display: true, text: 'Human Development Index'}, min: 0.2, max: 1},
          y: {title: {display: true, text: 'sources citing the country as ' + r.role.toLowerCase()}, beginAtZero: true}},
          plugins: {tooltip: {callbacks: {label: function (c) { return c.raw.label + ': HDI ' + c.raw.x + ', ' + c.raw.y + ' sources'; }}}}}});
        fill('correlations', r.correlations, [
          {value: function (c) { return c.scope; }},
          {value: function (c) { return c.n; }, num: true},
          {value: function (c) { return c.pearson == null ? '—' : c.pearson; }, num: true},
          {value: function (c) { return c.spearman == null ? '—' : c.spearman; }, num: true}]);
        showFreshness(res.headers);
      }).catch(fail);
    });
  }

  // ---- data gaps ---------------------------------------------------------------------------
  function gaps() {
    var only = document.getElementById('only-gaps');
    var last = null;
    function render() {
      if (!last) { return; }
      var rows = last.countries.filter(function (c) { return !only.checked || c.facts === 0 || c.years_without_data.length > 0 || c.single_source_roles.length > 0; });
      fill('gaps-table', rows, [
        {value: function (c) { return c.name + ' (' + c.country + ')'; }},
        {value: function (c) { return c.region; }},
        {value: function (c) { return c.facts; }, num: true},
        {value: function (c) { return c.sources; }, num: true},
        {value: function (c) { return c.years_with_data + (c.first_year ? ' (' + years(c.first_year, c.last_year) + ')' : ''); }},
        {value: function (c) { return c.years_without_data.length > 8 ? c.years_without_data.length + ' years' : c.years_without_data.join(' '); }},
        {value: function (c) { return c.single_source_roles.join(', '); }},
        {value: function (c) { return Object.keys(c.sources_by_type).map(function (k) { return k + ' ' + c.sources_by_type[k]; }).join(', '); }}]);
    }
    only.addEventListener('change', render);
    bind(form, function () {
      var p = params(form);
      link('csv', '/api/v1/patterns/gaps', p);
      fetchJson('/api/v1/patterns/gaps?' + p.toString()).then(function (res) {
        last = res.body;
        var s = document.getElementById('summary');
        s.textContent = '';
        [last.countries_without_data.length + ' of ' + last.countries_total + ' countries and territories have no fact at all' +
          (last.year_span.length ? ' (years ' + last.year_span[0] + '–' + last.year_span[1] + ')' : '') + '.',
          last.single_source_facts + ' country-role statements rest on a single source.',
          'Statistics indicators no source reports: ' + (last.metrics_never_reported.join(', ') || 'none') + '.',
          'Institutional events no source reports: ' + (last.events_never_reported.join(', ') || 'none') + '.'
        ].forEach(function (t) { var li = document.createElement('li'); li.textContent = t; s.appendChild(li); });
        render();
        showFreshness(res.headers);
      }).catch(fail);
    });
  }

  var pages = {'citation-index': citationIndex, flows: flows, trends: trends, victims: victims, development: development, gaps: gaps};
  if (pages[page]) { pages[page](); }
})();
