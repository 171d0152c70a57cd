// Submission pages: every change goes through the statistics API with the session's CSRF token;
// refusals (problem+json) are shown with each rule and cell, nothing is changed on a refusal.
(function () {
  'use strict';

  function send(method, url, csrf, body, json) {
    var headers = { 'Accept': 'application/json' };
    headers[csrf.header] = csrf.token;
    if (json) { headers['Content-Type'] = 'application/json'; }
    return fetch(url, { method: method, headers: headers, body: body, credentials: 'same-origin' }).then(function (r) {
      return r.text().then(function (text) {
        var data = null;
        try { data = text ? JSON.parse(text) : null; } catch (e) { data = { detail: text || r.statusText }; }
        if (!r.ok) { throw data || { detail: r.statusText }; }
        return data;
      });
    });
  }

  function showError(problem) {
    var box = document.getElementById('errors');
    box.textContent = '';
    var p = document.createElement('p');
    p.textContent = (problem && problem.detail) || 'The request failed';
    box.appendChild(p);
    if (problem && problem.errors) {
      var ul = document.createElement('ul');
      problem.errors.forEach(function (e) {
        var li = document.createElement('li');
        var strong = document.createElement('strong');
        strong.textContent = e.rule;
        li.appendChild(strong);
        li.appendChild(document.createTextNode(': ' + e.message));
        ul.appendChild(li);
      });
      box.appendChild(ul);
    }
    box.hidden = false;
    box.scrollIntoView();
  }

  function done(url, message) {
    window.location.href = url + '?done=' + encodeURIComponent(message);
  }

  // The list page: start or open a submission.
  var create = document.getElementById('new-submission');
  if (create) {
    var csrf0 = { header: create.dataset.csrfHeader, token: create.dataset.csrfToken };
    create.addEventListener('submit', function (ev) {
      ev.preventDefault();
      var body = JSON.stringify({ country: create.elements.country.value, year: parseInt(create.elements.year.value, 10) });
      send('POST', '/api/v1/statistics/submissions', csrf0, body, true)
        .then(function (s) { done('/statistics/submissions/' + s.id, 'Submission opened'); })
        .catch(showError);
    });
  }

  // The list page, for analysts: validate or publish a backlog at once; every outcome is listed.
  var bulk = document.getElementById('bulk-step');
  if (bulk) {
    var csrfB = { header: bulk.dataset.csrfHeader, token: bulk.dataset.csrfToken };
    var all = document.getElementById('bulk-all');
    all.addEventListener('change', function () {
      document.querySelectorAll('.bulk-pick').forEach(function (c) { c.checked = all.checked; });
    });
    bulk.querySelectorAll('button[data-action]').forEach(function (button) {
      button.addEventListener('click', function () {
        var action = button.dataset.action;
        var ids = Array.prototype.map.call(document.querySelectorAll('.bulk-pick:checked'), function (c) { return parseInt(c.value, 10); });
        if (!ids.length) { showError({ detail: 'Tick the submissions to ' + action + ' first' }); return; }
        document.getElementById('errors').hidden = true;
        send('POST', '/api/v1/statistics/submissions/bulk', csrfB, JSON.stringify({ action: action, ids: ids }), true)
          .then(function (result) { showBulk(result); })
          .catch(showError);
      });
    });
  }

  function showBulk(result) {
    var box = document.getElementById('bulk-results');
    box.textContent = '';
    var p = document.createElement('p');
    p.textContent = (result.action === 'publish' ? 'Published ' : 'Validated ') + result.done + ', refused ' + result.refused + '.';
    box.appendChild(p);
    var ul = document.createElement('ul');
    result.results.forEach(function (o) {
      var li = document.createElement('li');
      li.className = o.done ? 'bulk-done' : 'bulk-refused';
      li.textContent = (o.country ? o.country + ' ' + o.year : 'submission ' + o.id) + ': '
        + (o.done ? o.status : 'refused: ' + o.error);
      ul.appendChild(li);
      var row = document.querySelector('#submissions tr[data-id="' + o.id + '"]');
      if (row && o.status) {
        row.querySelector('.badge').textContent = o.status;
        var pick = row.querySelector('.bulk-pick');
        if (pick) {
          pick.checked = false;
          if (o.status !== 'SUBMITTED' && o.status !== 'VALIDATED') { pick.remove(); }
        }
      }
    });
    box.appendChild(ul);
    box.hidden = false;
  }

  // One submission: figures, spreadsheet, workflow steps.
  var box = document.getElementById('stat-submission');
  if (!box) { return; }
  var api = box.dataset.api;
  var csrf = { header: box.dataset.csrfHeader, token: box.dataset.csrfToken };
  var page = window.location.pathname;

  var form = document.getElementById('values-form');
  if (form) {
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      var values = [];
      form.querySelectorAll('tr.value-row').forEach(function (tr) {
        var input = tr.querySelector('input.value');
        var typed = tr.querySelector('input.category');
        var category = typed ? typed.value : tr.dataset.category;
        if (!input.value.trim()) { return; }
        values.push({
          indicator: tr.dataset.indicator, dimension: tr.dataset.dimension, category: category,
          sex: tr.dataset.sex, age: tr.dataset.age, value: input.value,
          cell: 'row ' + tr.dataset.row + ' (' + [tr.dataset.indicator, tr.dataset.dimension, category, tr.dataset.sex, tr.dataset.age].join(' / ') + ')'
        });
      });
      send('PUT', api + '/values', csrf, JSON.stringify({ values: values }), true)
        .then(function () { done(page, 'Figures saved'); })
        .catch(showError);
    });
  }

  var upload = document.getElementById('upload-form');
  if (upload) {
    upload.addEventListener('submit', function (ev) {
      ev.preventDefault();
      var data = new FormData();
      var file = document.getElementById('upload-file').files[0];
      if (!file) { return; }
      data.append('file', file, file.name);
      send('POST', api + '/spreadsheet', csrf, data, false)
        .then(function () { done(page, 'Spreadsheet ' + file.name + ' read'); })
        .catch(showError);
    });
  }

  box.querySelectorAll('button[data-action]').forEach(function (button) {
    button.addEventListener('click', function () {
      var action = button.dataset.action;
      var body = null;
      if (action === 'return') {
        body = JSON.stringify({ comment: document.getElementById('return-comment').value });
      }
      send('POST', api + '/' + action, csrf, body, action === 'return')
        .then(function () { done(page, button.dataset.done); })
        .catch(showError);
    });
  });
})();
