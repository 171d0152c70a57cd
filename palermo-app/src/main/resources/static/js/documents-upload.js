// The documents page's upload form: the file goes to the documents API with the session's CSRF token; the
// answer links to the document and to the review queue of its suggestions. Refusals (problem+json) are shown.
(function () {
  'use strict';
  var form = document.getElementById('upload-form');
  if (!form) { return; }
  var result = document.getElementById('upload-result');

  function show(nodes) {
    result.textContent = '';
    nodes.forEach(function (n) { result.appendChild(typeof n === 'string' ? document.createTextNode(n) : n); });
    result.hidden = false;
  }

  function link(href, text, id) {
    var a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    if (id) { a.id = id; }
    return a;
  }

  form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    var file = document.getElementById('upload-file').files[0];
    if (!file) { return; }
    var data = new FormData();
    data.append('file', file, file.name);
    ['source_type', 'source', 'country'].forEach(function (name) {
      var value = form.elements[name].value.trim();
      if (value) { data.append(name, value); }
    });
    var headers = { 'Accept': 'application/json' };
    headers[form.dataset.csrfHeader] = form.dataset.csrfToken;
    show(['Reading ' + file.name + '…']);
    fetch('/api/v1/documents', { method: 'POST', headers: headers, body: data, credentials: 'same-origin' })
      .then(function (r) {
        return r.text().then(function (text) {
          var body = null;
          try { body = text ? JSON.parse(text) : null; } catch (e) { body = { detail: text || r.statusText }; }
          if (!r.ok) { throw body || { detail: r.statusText }; }
          return { created: r.status === 201, doc: body };
        });
      })
      .then(function (answer) {
        var d = answer.doc;
        show([(answer.created ? 'Added ' : 'Already there: ') + '', link('/documents/' + d.id, d.title, 'uploaded-document'),
          '. ', link('/review?document=' + d.id + '&type=statistic', 'Review its statistics', 'review-uploaded')]);
      })
      .catch(function (problem) {
        show(['Not added: ' + ((problem && problem.detail) || 'the request failed')]);
      });
  });
})();
