export { addXlsxCharts } from "./package";
export { absoluteReference, chartXml } from "./chart-xml";
