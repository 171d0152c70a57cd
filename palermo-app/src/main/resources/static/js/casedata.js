// Draws the published case-data counts of the table as a bar chart. It reads only what the page
// already shows (protected numbers); a suppressed or "<5" cell is drawn as a labelled gap, never as a bar.
(function () {
  const table = document.getElementById('aggregates');
  const figure = document.getElementById('chart');
  if (!table || !figure) return;
  const rows = Array.from(table.tBodies[0].rows).slice(0, 60);
  if (rows.length === 0) return;
  const NS = 'http://www.w3.org/2000/svg';
  const values = rows.map(r => r.dataset.value ? Number(r.dataset.value) : null);
  const max = Math.max(1, ...values.filter(v => v !== null));
  const rowHeight = 18, labelWidth = 220, width = 760;
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(rows.length * rowHeight + 10));
  svg.setAttribute('role', 'img');
  rows.forEach((row, i) => {
    const cells = Array.from(row.cells);
    const label = cells.slice(0, cells.length - 2).map(c => c.textContent).join(' · ');
    const y = i * rowHeight + 4;
    const text = document.createElementNS(NS, 'text');
    text.setAttribute('x', '0');
    text.setAttribute('y', String(y + 12));
    text.setAttribute('font-size', '12');
    text.textContent = label;
    svg.appendChild(text);
    const v = values[i];
    if (v === null) {
      const note = document.createElementNS(NS, 'text');
      note.setAttribute('x', String(labelWidth));
      note.setAttribute('y', String(y + 12));
      note.setAttribute('font-size', '12');
      note.setAttribute('font-style', 'italic');
      note.setAttribute('fill', '#5b6475');
      note.setAttribute('class', 'bar-hidden');
      note.textContent = cells[cells.length - 2].textContent;
      svg.appendChild(note);
      return;
    }
    const bar = document.createElementNS(NS, 'rect');
    bar.setAttribute('x', String(labelWidth));
    bar.setAttribute('y', String(y));
    bar.setAttribute('height', String(rowHeight - 4));
    bar.setAttribute('width', String(Math.max(1, (width - labelWidth - 60) * v / max)));
    bar.setAttribute('fill', '#0b5cad');
    bar.setAttribute('class', 'bar');
    svg.appendChild(bar);
    const count = document.createElementNS(NS, 'text');
    count.setAttribute('x', String(labelWidth + 4 + (width - labelWidth - 60) * v / max));
    count.setAttribute('y', String(y + 12));
    count.setAttribute('font-size', '12');
    count.textContent = String(v);
    svg.appendChild(count);
  });
  figure.appendChild(svg);
})();
