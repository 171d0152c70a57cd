// Country statistics page: one Chart.js line chart per series group, plus the shares chart.
// Series come from /api/v1/statistics/countries/{iso3}; null values (missing, suppressed, conflicting) are gaps.
(function () {
  'use strict';
  var box = document.getElementById('stat-charts');
  if (!box || !window.Chart) { return; }
  var PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b'];
  fetch(box.dataset.source).then(function (r) { return r.json(); }).then(function (summary) {
    summary.charts.forEach(function (chart) {
      var canvas = document.getElementById('chart-' + chart.id);
      if (!canvas) { return; }
      new Chart(canvas, {
        type: 'line',
        data: {
          labels: chart.years,
          datasets: chart.series.map(function (s, i) {
            return {
              label: s.label,
              data: s.points.map(function (p) { return p.value; }),
              valueTexts: s.points.map(function (p) { return p.value_text; }),
              borderColor: PALETTE[i % PALETTE.length],
              backgroundColor: PALETTE[i % PALETTE.length],
              spanGaps: false,
              tension: 0.1
            };
          })
        },
        options: {
          maintainAspectRatio: false,
          scales: { y: { beginAtZero: true } },
          plugins: { tooltip: { callbacks: { label: function (c) {
            return c.dataset.label + ': ' + (c.dataset.valueTexts[c.dataIndex] || 'no data');
          } } } }
        }
      });
      canvas.setAttribute('data-rendered', 'true');
    });
    var shares = document.getElementById('chart-shares');
    if (shares && summary.shares.length) {
      new Chart(shares, {
        type: 'bar',
        data: {
          labels: summary.shares.map(function (s) { return s.year; }),
          datasets: [
            { label: 'Women and girls (%)', data: summary.shares.map(function (s) { return s.share_women_and_girls === null ? null : 100 * s.share_women_and_girls; }), backgroundColor: '#d62728' },
            { label: 'Children (%)', data: summary.shares.map(function (s) { return s.share_children === null ? null : 100 * s.share_children; }), backgroundColor: '#1f77b4' }
          ]
        },
        options: { maintainAspectRatio: false, scales: { y: { min: 0, max: 100 } } }
      });
      shares.setAttribute('data-rendered', 'true');
    }
    box.setAttribute('data-rendered', String(summary.charts.length));
  }).catch(function (e) {
    box.textContent = 'The charts could not be drawn: ' + e;
  });
})();
