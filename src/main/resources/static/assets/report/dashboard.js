// Charts for the dashboard, drawn from the server-rendered tables (they work without this file).
(function () {
  if (typeof Chart === 'undefined') { return; }
  const green = '#0b7a53', colours = ['#0b7a53', '#2f6db5', '#c9732c', '#8a4fb0', '#b8345b', '#5a8f29', '#6b6b6b', '#1f8a99'];

  function table(id) { return document.getElementById('table-' + id); }
  function number(text) {
    const v = parseFloat(String(text).replace('%', ''));
    return isNaN(v) ? null : v;  // "<5", "not yet recorded" and "—" are not drawn
  }
  function rows(t) { return Array.from(t.tBodies[0].rows); }
  function columns(t) { return Array.from(t.tHead.rows[0].cells).map(c => c.textContent); }
  function cell(row, i) { return row.cells[i].textContent.trim(); }
  function draw(id, config) {
    const canvas = document.getElementById(id);
    if (!canvas) { return; }
    config.options = Object.assign({ responsive: true, maintainAspectRatio: false, animation: false }, config.options || {});
    window.lokerbotCharts = window.lokerbotCharts || {};
    window.lokerbotCharts[id] = new Chart(canvas, config);
  }

  const funnel = table('funnel');
  if (funnel) {
    draw('chart-funnel', { type: 'bar', data: {
      labels: rows(funnel).map(r => cell(r, 0)),
      datasets: [{ label: 'people', data: rows(funnel).map(r => number(cell(r, 1))), backgroundColor: green }] },
      options: { indexAxis: 'y', plugins: { legend: { display: false } } } });
  }
  const regency = table('by-regency');
  if (regency) {
    const reachedAt = columns(regency).indexOf('reached');
    draw('chart-regency', { type: 'bar', data: {
      labels: rows(regency).map(r => cell(r, 0)),
      datasets: [{ label: 'reached', data: rows(regency).map(r => number(cell(r, reachedAt))), backgroundColor: '#2f6db5' }] },
      options: { plugins: { legend: { display: false } } } });
  }
  const targets = table('targets');
  if (targets) {
    const shareRows = rows(targets).slice(3);
    draw('chart-shares', { type: 'bar', data: {
      labels: ['Women', 'With disabilities'].slice(0, shareRows.length),
      datasets: [
        { label: 'actual %', data: shareRows.map(r => number(cell(r, 2))), backgroundColor: green },
        { label: 'target %', data: shareRows.map(r => number(cell(r, 1))), backgroundColor: '#c9c9c9' }] },
      options: { indexAxis: 'y', scales: { x: { min: 0, max: 100 } } } });
  }
  const trend = table('trend');
  if (trend) {
    const cols = columns(trend);
    const datasets = [];
    cols.slice(1).forEach((stage, i) => {
      const values = rows(trend).map(r => number(cell(r, i + 1)));
      if (values.some(v => v !== null)) {
        datasets.push({ label: stage, data: values, borderColor: colours[i % colours.length], backgroundColor: colours[i % colours.length], tension: 0.2 });
      }
    });
    draw('chart-trend', { type: 'line', data: { labels: rows(trend).map(r => cell(r, 0)), datasets } });
  }
})();
