// Upload decisions from the case-law page (analysts): the file and the form go to the API as they are;
// the answer lists the decisions imported, each with a link to its page and to its labels in the review queue.
(function () {
  const form = document.getElementById('case-upload-form');
  if (!form) return;
  const meta = document.querySelector('meta[name="csrf-token"]');
  const result = document.getElementById('upload-result');
  const error = document.getElementById('upload-error');

  function link(href, text) {
    const a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    return a;
  }

  form.addEventListener('submit', async function (e) {
    e.preventDefault();
    error.textContent = '';
    result.textContent = '';
    const data = new FormData(form);
    for (const [k, v] of Array.from(data.entries())) {
      if (typeof v === 'string' && v.trim() === '') data.delete(k);
    }
    const res = await fetch('/api/v1/cases/imports', {
      method: 'POST', body: data, credentials: 'same-origin',
      headers: meta ? {'X-CSRF-TOKEN': meta.content} : {}
    });
    let body = null;
    try { body = await res.json(); } catch (ignored) { /* not JSON */ }
    if (!res.ok) {
      error.textContent = body && body.detail ? body.detail : 'The server answered ' + res.status;
      return;
    }
    const p = document.createElement('p');
    p.id = 'upload-summary';
    p.textContent = body.file + ': ' + body.created + ' imported, ' + body.updated + ' updated, ' + body.unchanged + ' unchanged; '
      + body.suggestions + ' coded values suggested for review.';
    result.appendChild(p);
    const ul = document.createElement('ul');
    ul.className = 'uploaded';
    for (const key of body.cases) {
      const li = document.createElement('li');
      li.appendChild(link('/cases/' + encodeURIComponent(key), key));
      li.appendChild(document.createTextNode(' · '));
      const review = link('/review?kind=case_label&case=' + encodeURIComponent(key), 'review its labels');
      review.className = 'review-labels';
      li.appendChild(review);
      ul.appendChild(li);
    }
    result.appendChild(ul);
    for (const w of body.warnings) {
      const note = document.createElement('p');
      note.className = 'note';
      note.textContent = w;
      result.appendChild(note);
    }
  });
})();
