// ECharts from the gateway's WebJar: served locally, so the dashboard works offline.
// Tooltips are off: ECharts renders them as HTML with inline styles, which the CSP forbids.
import * as echarts from '/webjars/echarts/5.3.1/dist/echarts.esm.min.js';

const open = new Set();

export function chart(container, option) {
  const instance = echarts.init(container, null, { renderer: 'canvas' });
  instance.setOption({ animation: false, tooltip: { show: false }, ...option });
  open.add(instance);
  return instance;
}

export function disposeCharts() {
  open.forEach(instance => instance.dispose());
  open.clear();
}

window.addEventListener('resize', () => open.forEach(instance => instance.resize()));
