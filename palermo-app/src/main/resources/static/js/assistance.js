// Technical-assistance pages: imports go through the API with the session's CSRF token; each file's outcome is
// listed, a refused file with each problem's line and field.
(function () {
  'use strict';
  var form = document.getElementById('import-projects');
  if (!form) { return; }
  form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    var data = new FormData();
    Array.prototype.forEach.call(form.elements.file.files, function (f) { data.append('file', f); });
    var headers = { 'Accept': 'application/json' };
    headers[form.dataset.csrfHeader] = form.dataset.csrfToken;
    fetch('/api/v1/assistance/imports', { method: 'POST', headers: headers, body: data, credentials: 'same-origin' })
      .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
      .then(function (r) {
        if (r.body.files) { list(r.body.files); } else { error(r.body.detail || 'The import failed'); }
      })
      .catch(function () { error('The import failed'); });
  });

  function error(text) {
    var box = document.getElementById('errors');
    box.textContent = text;
    box.hidden = false;
  }

  function list(files) {
    var box = document.getElementById('import-results');
    box.textContent = '';
    var ul = document.createElement('ul');
    files.forEach(function (f) {
      var li = document.createElement('li');
      li.className = f.outcome;
      li.textContent = f.file + ' (' + f.format + '): ' + f.outcome
        + (f.outcome === 'imported' ? ', ' + f.projects + ' projects (' + f.created + ' new, ' + f.replaced + ' replaced)' : '');
      if (f.problems && f.problems.length) {
        var inner = document.createElement('ul');
        inner.className = 'problems';
        f.problems.forEach(function (p) {
          var x = document.createElement('li');
          x.textContent = (p.line ? 'line ' + p.line + ', ' : '') + (p.field ? p.field + ': ' : '') + p.message;
          inner.appendChild(x);
        });
        li.appendChild(inner);
      }
      ul.appendChild(li);
    });
    box.appendChild(ul);
    box.hidden = false;
  }
})();
