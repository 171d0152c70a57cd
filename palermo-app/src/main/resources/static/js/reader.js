// Document reader: highlights each fact's quote in its paragraph (from /api/v1/documents/{id}/facts),
// scrolls to the paragraph named in the address (#p21) or to the fact named by ?fact=ID.
(function () {
  const article = document.getElementById('text');
  if (!article) return;
  const docId = article.dataset.document;
  const wanted = new URLSearchParams(location.search).get('fact');

  function focusTarget() {
    const id = decodeURIComponent(location.hash.slice(1));
    const el = id && document.getElementById(id);
    if (el) el.scrollIntoView({block: 'start'});
  }

  // Wraps [from, to) of the paragraph's text (offsets relative to the paragraph) in a <mark>.
  function mark(p, from, to, fact) {
    const text = p.firstChild;
    if (!text || text.nodeType !== Node.TEXT_NODE) return null;
    if (from < 0 || to > text.length || from >= to) return null;
    const middle = text.splitText(from);
    middle.splitText(to - from);
    const m = document.createElement('mark');
    m.className = 'fact ' + fact.status.toLowerCase();
    m.id = 'fact-' + fact.id;
    m.title = fact.type + (fact.metric ? ' ' + fact.metric + ' = ' + fact.value : '') +
      (fact.role ? ' ' + fact.role + (fact.counterpart ? ' ↔ ' + fact.counterpart : '') : '') +
      (fact.event ? ' ' + fact.event : '') + ' · ' + (fact.country || '') + ' · ' + fact.status +
      ' · confidence ' + fact.confidence.toFixed(2) + ' · rule ' + fact.rule;
    middle.parentNode.insertBefore(m, middle);
    m.appendChild(middle);
    return m;
  }

  fetch('/api/v1/documents/' + encodeURIComponent(docId) + '/facts', {credentials: 'same-origin'})
    .then(r => r.ok ? r.json() : [])
    .then(facts => {
      const sections = Array.from(article.querySelectorAll('section.para'));
      // Mark from the end of each paragraph backwards so earlier offsets stay valid; skip overlaps.
      facts.filter(f => f.start != null).sort((a, b) => b.start - a.start).forEach(f => {
        const s = sections.find(sec => +sec.dataset.start <= f.start && f.end <= +sec.dataset.end);
        if (!s) return;
        const p = s.querySelector('p');
        if (p.querySelector('mark') && Array.from(p.querySelectorAll('mark')).some(m => +m.dataset.start < f.end)) return;
        const m = mark(p, f.start - +s.dataset.start, f.end - +s.dataset.start, f);
        if (m) m.dataset.start = f.start;
      });
      const count = document.getElementById('fact-count');
      if (count) count.textContent = facts.length + ' facts drawn from this document';
      if (wanted) {
        const m = document.getElementById('fact-' + wanted);
        if (m) { m.classList.add('wanted'); m.scrollIntoView({block: 'center'}); return; }
      }
      focusTarget();
    })
    .catch(focusTarget);
  window.addEventListener('hashchange', focusTarget);
  focusTarget();
})();
