// Checklist pages: every change goes through the checklist API with the session's CSRF token; a refusal
// (problem+json) is shown with its field or, for a file, each line; nothing changes on a refusal.
(function () {
  'use strict';

  function csrfOf(el) { return { header: el.dataset.csrfHeader, token: el.dataset.csrfToken }; }

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
    box.textContent = (problem && problem.detail) || 'The request failed';
    box.hidden = false;
    box.scrollIntoView();
  }

  function reloadWith(message, params) {
    var url = new URL(window.location.href);
    Object.keys(params || {}).forEach(function (k) { url.searchParams.set(k, params[k]); });
    url.searchParams.set('done', message);
    window.location.href = url.toString();
  }

  var done = new URL(window.location.href).searchParams.get('done');
  if (done && document.getElementById('done')) {
    var d = document.getElementById('done');
    d.textContent = done;
    d.hidden = false;
  }

  // Rounds: open, publish, close (analysts and administrators).
  var open = document.getElementById('open-round');
  if (open) {
    open.addEventListener('submit', function (ev) {
      ev.preventDefault();
      var body = JSON.stringify({ checklist: open.dataset.checklist, name: open.elements.name.value });
      send('POST', '/api/v1/checklist/rounds', csrfOf(open), body, true)
        .then(function (r) { reloadWith('Round ' + r.name + ' opened', { round: r.id }); })
        .catch(showError);
    });
    Array.prototype.forEach.call(document.querySelectorAll('button.round-action'), function (b) {
      b.addEventListener('click', function () {
        send('POST', '/api/v1/checklist/rounds/' + b.dataset.round + '/' + b.dataset.action, csrfOf(open), null, false)
          .then(function (r) { reloadWith('Round ' + r.name + ' is now ' + r.status, { round: r.id }); })
          .catch(showError);
      });
    });
  }

  // A new checklist version from one or more files; each file's outcome is listed with its problems.
  var imp = document.getElementById('import-version');
  if (imp) {
    imp.addEventListener('submit', function (ev) {
      ev.preventDefault();
      var data = new FormData();
      Array.prototype.forEach.call(imp.elements.file.files, function (f) { data.append('file', f); });
      var out = document.getElementById('import-results');
      send('POST', '/api/v1/checklist/versions', csrfOf(imp), data, false)
        .then(function (r) { list(out, r.files); })
        .catch(function (p) { if (p && p.files) { list(out, p.files); } else { showError(p); } });
    });
  }

  function list(box, files) {
    box.textContent = '';
    var ul = document.createElement('ul');
    files.forEach(function (f) {
      var li = document.createElement('li');
      var head = f.file + ': ' + f.outcome;
      if (f.imported) { head += ' (version ' + f.imported.version + ', ' + f.imported.measures + ' measures, ' + f.imported.new_measures
        + ' new, ' + f.imported.reworded + ' reworded)'; }
      li.appendChild(document.createTextNode(head));
      if (f.problems && f.problems.length) {
        var inner = document.createElement('ul');
        f.problems.forEach(function (p) {
          var x = document.createElement('li');
          x.textContent = (p.line ? 'line ' + p.line + ', ' : '') + (p.field ? 'field ' + p.field + ': ' : '') + p.message;
          inner.appendChild(x);
        });
        li.appendChild(inner);
      }
      ul.appendChild(li);
    });
    box.appendChild(ul);
    box.hidden = false;
  }

  // A country's answers: the rows with a status are sent together, as drafts or submitted.
  var form = document.getElementById('answers');
  if (form && form.dataset.editable === 'true') {
    ['save-drafts', 'submit-answers'].forEach(function (id) {
      var button = document.getElementById(id);
      button.addEventListener('click', function () {
        var answers = [];
        Array.prototype.forEach.call(form.querySelectorAll('tr[data-key]'), function (tr) {
          var status = tr.querySelector('select[name=status]');
          if (!status || !status.value) { return; }
          answers.push({
            measure: tr.dataset.key,
            status: status.value,
            evidence: tr.querySelector('input[name=evidence]').value,
            ta_needs: tr.querySelector('textarea[name=ta_needs]').value,
            obstacles: tr.querySelector('textarea[name=obstacles]').value,
            submit: button.dataset.submit === 'true'
          });
        });
        if (!answers.length) { showError({ detail: 'Choose a status for at least one measure' }); return; }
        var url = '/api/v1/checklist/rounds/' + form.dataset.round + '/countries/' + form.dataset.country;
        send('PUT', url, csrfOf(form), JSON.stringify({ answers: answers }), true)
          .then(function () {
            reloadWith(answers.length + (answers.length === 1 ? ' answer ' : ' answers ')
              + (button.dataset.submit === 'true' ? 'submitted' : 'saved as drafts'), { round: form.dataset.round });
          })
          .catch(showError);
      });
    });
  }

  // Pick a country on the index page.
  var pick = document.getElementById('pick-country');
  if (pick) {
    pick.addEventListener('submit', function (ev) {
      ev.preventDefault();
      var iso = document.getElementById('country-pick').value;
      window.location.href = '/checklist/' + encodeURIComponent(iso) + '?checklist=' + encodeURIComponent(pick.elements.checklist.value);
    });
  }
})();
