// Editing the registries from their pages: a CSV/XLSX import on the contact-point and provider pages (focal points,
// analysts, administrators) and, on a country's treaty page, an analyst's new entry and retractions. Every call goes
// to the JSON API with the page's CSRF token; answers are shown with textContent only.
(function () {
  'use strict';

  function csrf(el) { var h = {}; h[el.dataset.csrfHeader] = el.dataset.csrfToken; return h; }

  function problem(r) {
    return r.json().then(function (p) { return p; }, function () { return { detail: 'HTTP ' + r.status }; });
  }

  function say(box, text, cls) {
    var p = document.createElement('p');
    p.className = cls || 'note';
    p.textContent = text;
    box.appendChild(p);
    return p;
  }

  var upload = document.getElementById('directory-import');
  if (upload) {
    upload.addEventListener('submit', function (ev) {
      ev.preventDefault();
      var out = document.getElementById('import-result');
      out.textContent = '';
      var data = new FormData();
      var files = upload.querySelector('input[type=file]').files;
      for (var i = 0; i < files.length; i++) { data.append('file', files[i]); }
      fetch(upload.dataset.api, { method: 'POST', headers: csrf(upload), body: data, credentials: 'same-origin' })
        .then(function (r) { return r.ok ? r.json() : problem(r); })
        .then(function (report) {
          var list = document.createElement('ul');
          (report.files || []).forEach(function (f) {
            var li = document.createElement('li');
            li.className = f.outcome === 'IMPORTED' ? 'imported' : 'rejected';
            li.textContent = f.file + ': ' + (f.outcome === 'IMPORTED'
              ? 'imported (' + f.created + ' added, ' + f.updated + ' changed)'
              : 'rejected, nothing kept');
            if (f.errors && f.errors.length) {
              var errs = document.createElement('ul');
              f.errors.forEach(function (e) {
                var x = document.createElement('li');
                x.textContent = e.file + (e.line ? ', line ' + e.line : '') + (e.field ? ', ' + e.field : '') + ': ' + e.message;
                errs.appendChild(x);
              });
              li.appendChild(errs);
            }
            list.appendChild(li);
          });
          if (!report.files) { say(out, report.detail || 'The import failed', 'error'); }
          out.appendChild(list);
          if (report.imported > 0) {
            var a = document.createElement('a');
            a.href = window.location.href;
            a.textContent = 'Show the updated list';
            a.id = 'reload-list';
            out.appendChild(a);
          }
          out.setAttribute('data-done', 'true');
        })
        .catch(function (e) { say(out, 'The import failed: ' + e, 'error'); });
    });
  }

  var entry = document.getElementById('treaty-entry');
  if (entry) {
    entry.addEventListener('submit', function (ev) {
      ev.preventDefault();
      var out = document.getElementById('entry-result');
      out.textContent = '';
      var body = {};
      ['country', 'action', 'date', 'source', 'url', 'quote', 'location'].forEach(function (k) {
        var f = entry.elements[k];
        if (f && f.value !== '') { body[k] = f.value; }
      });
      var headers = csrf(entry);
      headers['Content-Type'] = 'application/json';
      fetch('/api/v1/registries/treaty/entries', { method: 'POST', headers: headers, body: JSON.stringify(body), credentials: 'same-origin' })
        .then(function (r) {
          if (r.status === 201) { window.location.reload(); return null; }
          return problem(r).then(function (p) { say(out, (p.field ? p.field + ': ' : '') + (p.detail || 'refused'), 'error'); });
        });
    });
    document.querySelectorAll('form.retract').forEach(function (form) {
      form.addEventListener('submit', function (ev) {
        ev.preventDefault();
        var headers = csrf(entry);
        headers['Content-Type'] = 'application/json';
        fetch('/api/v1/registries/treaty/entries/' + form.dataset.id + '/retract', { method: 'POST', headers: headers,
          body: JSON.stringify({ reason: form.elements.reason.value }), credentials: 'same-origin' })
          .then(function (r) {
            if (r.ok) { window.location.reload(); return null; }
            return problem(r).then(function (p) { say(form, p.detail || 'refused', 'error'); });
          });
      });
    });
  }
})();
